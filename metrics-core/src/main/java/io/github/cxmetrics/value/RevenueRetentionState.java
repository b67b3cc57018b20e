package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutable sums behind a revenue retention table: per cohort, the customers and, per period,
 * the revenue and the revenue capped at each customer's base. A customer's purchases are in one
 * item, so the cap is applied within {@link #add} and the table only adds exact sums. Not
 * thread-safe.
 */
final class RevenueRetentionState
        implements State<CustomerPurchases, RevenueRetentionTable, RevenueRetentionState> {

    /** Mutable counterpart of {@link RevenueRetentionTable.Sums}. */
    private static final class Cohort {
        long customers;
        final TreeMap<CalendarPeriod, BigDecimal[]> byPeriod = new TreeMap<>();

        void add(CalendarPeriod period, BigDecimal revenue, BigDecimal retained) {
            BigDecimal[] sums = byPeriod.get(period);
            if (sums == null) {
                byPeriod.put(period, new BigDecimal[] {revenue, retained});
            } else {
                sums[0] = sums[0].add(revenue);
                sums[1] = sums[1].add(retained);
            }
        }
    }

    /** The periods of acquisitions (cohorts) and of purchases. */
    private final SeenEvents seen;
    private final TreeMap<CalendarPeriod, Cohort> cohorts = new TreeMap<>();
    private Currency currency;

    RevenueRetentionState(Horizon horizon, Currency currency) {
        this.seen = new SeenEvents(horizon);
        this.currency = currency;
    }

    @Override
    public void add(CustomerPurchases history) {
        Customer customer = history.customer();
        CalendarPeriod cohortPeriod = seen.acquisition(customer);
        Cohort cohort = cohorts.computeIfAbsent(cohortPeriod, p -> new Cohort());
        cohort.customers++;
        seen.churn(customer);
        // Purchases are in time order and none precedes the acquisition: runs of one period,
        // the first of which, if any, is the base period.
        BigDecimal cap = null;
        CalendarPeriod period = null;
        BigDecimal run = BigDecimal.ZERO;
        for (Purchase p : history.purchases()) {
            if (!seen.horizon().sees(p.at())) {
                break;
            }
            currency = Checks.requireSameCurrency(currency, p.currency());
            seen.observe(p.at());
            CalendarPeriod in = seen.periodOf(p.at());
            if (period != null && !in.equals(period)) {
                cap = flush(cohort, cohortPeriod, period, run, cap);
                run = BigDecimal.ZERO;
            }
            period = in;
            run = run.add(p.amount());
        }
        if (period != null) {
            flush(cohort, cohortPeriod, period, run, cap);
        }
    }

    /** Adds one period's revenue of one customer; returns the customer's cap (base revenue, at least 0). */
    private static BigDecimal flush(Cohort cohort, CalendarPeriod cohortPeriod,
            CalendarPeriod period, BigDecimal revenue, BigDecimal cap) {
        if (cap == null) {
            cap = period.equals(cohortPeriod) ? revenue.max(BigDecimal.ZERO) : BigDecimal.ZERO;
        }
        cohort.add(period, revenue, period.equals(cohortPeriod) ? revenue : revenue.min(cap));
        return cap;
    }

    @Override
    public void merge(RevenueRetentionState that) {
        if (that.currency != null) {
            currency = Checks.requireSameCurrency(currency, that.currency);
        }
        for (Map.Entry<CalendarPeriod, Cohort> e : that.cohorts.entrySet()) {
            Cohort mine = cohorts.computeIfAbsent(e.getKey(), p -> new Cohort());
            mine.customers = Checks.addCount(mine.customers, e.getValue().customers, "customers");
            e.getValue().byPeriod.forEach((p, sums) -> mine.add(p, sums[0], sums[1]));
        }
        seen.merge(that.seen);
    }

    @Override
    public RevenueRetentionTable result() {
        TreeMap<CalendarPeriod, RevenueRetentionTable.Sums> sums = new TreeMap<>();
        cohorts.forEach((period, cohort) -> {
            TreeMap<CalendarPeriod, RevenueRetentionTable.Amounts> amounts = new TreeMap<>();
            cohort.byPeriod.forEach((p, a) ->
                    amounts.put(p, new RevenueRetentionTable.Amounts(a[0], a[1])));
            sums.put(period, new RevenueRetentionTable.Sums(cohort.customers, amounts));
        });
        return new RevenueRetentionTable(seen.horizon(), currency, sums, seen.latest());
    }

    /**
     * Writes the currency, the latest event (without {@code asOf}), then per cohort in order its
     * period, customers, and per period its revenue and retained revenue.
     */
    @Override
    public void writeTo(StateWriter out) {
        out.writeCurrency(currency);
        out.writeOptionalInstant(seen.latest());
        out.writePeriodMap(cohorts, (cohort, o) -> {
            o.writeCount(cohort.customers);
            o.writePeriodMap(cohort.byPeriod, (sums, p) -> {
                p.writeDecimal(sums[0]);
                p.writeDecimal(sums[1]);
            });
        });
    }

    static RevenueRetentionState read(StateReader in, Horizon horizon, Currency configured) {
        Currency currency = in.readCurrency("currency");
        if (configured != null && !configured.equals(currency)) {
            throw in.malformed("currency " + currency + " is not the calculator's " + configured);
        }
        RevenueRetentionState state = new RevenueRetentionState(horizon, currency);
        state.seen.latest(in.readOptionalInstant("latest event"));
        in.readPeriodMap("cohort", horizon.periodicity(), 4, state.cohorts, period -> {
            Cohort cohort = new Cohort();
            cohort.customers = in.readCount("customers");
            in.readPeriodMap("period", horizon.periodicity(), 6, cohort.byPeriod, p -> {
                if (p.compareTo(period) < 0 || currency == null) {
                    throw in.malformed("revenue of " + p + " before its cohort " + period
                            + " or without a currency");
                }
                return new BigDecimal[] {in.readDecimal("revenue"),
                        in.readDecimal("retained revenue")};
            });
            return cohort;
        });
        return state;
    }
}
