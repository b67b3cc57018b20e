package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.PeriodLocator;
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
final class LifetimeValueState implements ValueState<CustomerPurchases, LifetimeValueResult> {

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
        this.purchaseLocator = new PeriodLocator(horizon.periodicity(), horizon.zone());
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
    public void merge(ValueState<CustomerPurchases, LifetimeValueResult> other) {
        LifetimeValueState that = (LifetimeValueState) other;
        if (that.currency != null) {
            currency = Checks.requireSameCurrency(currency, that.currency);
        }
        churn.merge(that.churn);
        churnedSeconds += that.churnedSeconds;
        active += that.active;
        activeAcquiredSeconds += that.activeAcquiredSeconds;
        revenue = revenue.add(that.revenue);
        acquisitionCost = acquisitionCost.add(that.acquisitionCost);
        serviceCost = serviceCost.add(that.serviceCost);
        knownCosts += that.knownCosts;
        unknownCosts += that.unknownCosts;
        purchases += that.purchases;
        refunds += that.refunds;
        that.revenueByPeriod.forEach((p, amount) -> revenueByPeriod.merge(p, amount, BigDecimal::add));
    }

    @Override
    public LifetimeValueResult snapshot() {
        return new LifetimeValueResult(options, churn.snapshot(), currency,
                new LifetimeValueResult.Sums(revenue, acquisitionCost, serviceCost, knownCosts,
                        unknownCosts, purchases, refunds, churnedSeconds, active,
                        activeAcquiredSeconds),
                revenueByPeriod, churn.latest());
    }
}
