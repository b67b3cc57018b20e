package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.PeriodLocator;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The mutable sums behind lifetime value: churn counts per period, exact money sums (revenue,
 * acquisition and service costs), revenue per period, purchase counts and customer time. Memory
 * grows with the number of periods, not of customers; merges are exact. Not thread-safe.
 */
final class LifetimeValueState
        implements State<CustomerPurchases, LifetimeValueResult, LifetimeValueState> {

    private final ValueOptions options;
    private final Horizon horizon;
    private final ChurnEvents churn;
    private final PeriodLocator purchaseLocator;
    private final TreeMap<CalendarPeriod, BigDecimal> revenueByPeriod = new TreeMap<>();
    private Currency currency;
    private BigDecimal revenue = BigDecimal.ZERO;
    private BigDecimal acquisitionCost = BigDecimal.ZERO;
    private BigDecimal serviceCost = BigDecimal.ZERO;
    private long knownCosts;
    private long unknownCosts;
    private long purchases;
    private long refunds;
    /** Σ (churned − acquired) in seconds over the customers whose churn is seen. */
    private long churnedSeconds;
    /** The customers still active as far as the data goes. */
    private long active;
    /** Σ acquired in epoch seconds over those active customers. */
    private long activeAcquiredSeconds;

    LifetimeValueState(ValueOptions options, Horizon horizon) {
        this.options = options;
        this.horizon = horizon;
        this.churn = new ChurnEvents(horizon, options.joinedAndLeft());
        this.purchaseLocator = horizon.locator();
        this.currency = options.currency();
    }

    @Override
    public void add(CustomerPurchases history) {
        Customer customer = history.customer();
        Money cost = customer.acquisitionCost();
        if (cost != null) {
            currency = Checks.requireSameCurrency(currency, cost.currency());
        }
        Money service = serviceCostOf(history);
        churn.add(customer);
        Instant churned = horizon.churnSeen(customer);
        if (churned != null) {
            churnedSeconds += churned.getEpochSecond() - customer.acquiredAt().getEpochSecond();
        } else {
            active++;
            activeAcquiredSeconds += customer.acquiredAt().getEpochSecond();
        }
        if (cost != null) {
            acquisitionCost = acquisitionCost.add(cost.amount());
            knownCosts++;
        } else {
            unknownCosts++;
        }
        if (service != null) {
            serviceCost = serviceCost.add(service.amount());
        }
        for (Purchase p : history.purchases()) {
            if (!horizon.sees(p.at())) {
                break;   // in time order: the rest is later still
            }
            currency = Checks.requireSameCurrency(currency, p.currency());
            BigDecimal amount = p.amount();
            revenue = revenue.add(amount);
            if (amount.signum() < 0) {
                refunds++;
            } else {
                purchases++;
            }
            revenueByPeriod.merge(purchaseLocator.periodOf(p.at()), amount, BigDecimal::add);
            churn.observe(p.at());
        }
    }

    private Money serviceCostOf(CustomerPurchases history) {
        Function<? super CustomerPurchases, Money> function = options.serviceCost();
        if (function == null) {
            return null;
        }
        Money cost = function.apply(history);
        if (cost == null) {
            throw new NullPointerException(
                    "service cost must not be null (customer " + history.id() + ")");
        }
        if (cost.signum() < 0) {
            throw new IllegalArgumentException(
                    "service cost must be >= 0: " + cost + " (customer " + history.id() + ")");
        }
        currency = Checks.requireSameCurrency(currency, cost.currency());
        return cost;
    }

    @Override
    public void merge(LifetimeValueState that) {
        if (that.currency != null) {
            currency = Checks.requireSameCurrency(currency, that.currency);
        }
        LifetimeValueResult.Sums sum = sums().plus(that.sums());
        churn.merge(that.churn);
        revenue = sum.revenue();
        acquisitionCost = sum.acquisitionCost();
        serviceCost = sum.serviceCost();
        knownCosts = sum.knownCosts();
        unknownCosts = sum.unknownCosts();
        purchases = sum.purchases();
        refunds = sum.refunds();
        churnedSeconds = sum.churnedSeconds();
        active = sum.active();
        activeAcquiredSeconds = sum.activeAcquiredSeconds();
        that.revenueByPeriod.forEach((p, amount) -> revenueByPeriod.merge(p, amount, BigDecimal::add));
    }

    private LifetimeValueResult.Sums sums() {
        return new LifetimeValueResult.Sums(revenue, acquisitionCost, serviceCost, knownCosts,
                unknownCosts, purchases, refunds, churnedSeconds, active, activeAcquiredSeconds);
    }

    @Override
    public LifetimeValueResult result() {
        return new LifetimeValueResult(options, churn.result(), currency, sums(), revenueByPeriod,
                churn.latest());
    }

    /**
     * Writes the currency, the churn events, the three amounts, the seven counts and sums, and
     * the revenue per period in order.
     */
    @Override
    public void writeTo(StateWriter out) {
        out.writeCurrency(currency);
        churn.writeTo(out);
        out.writeDecimal(revenue);
        out.writeDecimal(acquisitionCost);
        out.writeDecimal(serviceCost);
        out.writeCount(knownCosts);
        out.writeCount(unknownCosts);
        out.writeCount(purchases);
        out.writeCount(refunds);
        out.writeSignedVarLong(churnedSeconds);
        out.writeCount(active);
        out.writeSignedVarLong(activeAcquiredSeconds);
        out.writePeriodMap(revenueByPeriod, (amount, o) -> o.writeDecimal(amount));
    }

    static LifetimeValueState read(StateReader in, ValueOptions options, Horizon horizon) {
        LifetimeValueState state = new LifetimeValueState(options, horizon);
        Currency currency = in.readCurrency("currency");
        if (options.currency() != null && !options.currency().equals(currency)) {
            throw in.malformed("currency " + currency + " is not the calculator's "
                    + options.currency());
        }
        state.currency = currency;
        ChurnEvents churn = ChurnEvents.read(in, horizon, options.joinedAndLeft());
        state.churn.merge(churn);
        state.revenue = in.readDecimal("revenue");
        state.acquisitionCost = in.readDecimal("acquisition cost");
        state.serviceCost = in.readDecimal("service cost");
        state.knownCosts = in.readCount("known acquisition costs");
        state.unknownCosts = in.readCount("unknown acquisition costs");
        state.purchases = in.readCount("purchases");
        state.refunds = in.readCount("refunds");
        state.churnedSeconds = in.readSignedVarLong();
        state.active = in.readCount("active customers");
        state.activeAcquiredSeconds = in.readSignedVarLong();
        if (Checks.addCount(state.knownCosts, state.unknownCosts, "customers")
                != churn.customers()
                || state.active > state.knownCosts + state.unknownCosts) {
            throw in.malformed("the customer counts disagree");
        }
        in.readPeriodMap("period", horizon.periodicity(), 4, state.revenueByPeriod,
                period -> in.readDecimal("revenue"));
        if ((!state.revenueByPeriod.isEmpty() || state.purchases + state.refunds > 0) && currency == null) {
            throw in.malformed("revenue without a currency");
        }
        return state;
    }
}
