package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The value of a population of customers, measured from their purchases: exact revenue and cost
 * totals, the figures the lifetime-value formulas need (average purchase value, purchases per
 * year, revenue per customer per period, churn), and the lifetime values of {@link Ltv} computed
 * from them. Immutable.
 *
 * <table class="striped">
 *   <caption>Measured figures and lifetime values</caption>
 *   <thead><tr><th>method</th><th>formula</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #historicalValue()}</td><td>{@code revenue / customers}: what a customer has
 *       spent so far, on average</td></tr>
 *   <tr><td>{@link #netValue()}</td><td>{@code (revenue − acquisition costs − service costs) /
 *       customers} (seed 001's net CLV, averaged)</td></tr>
 *   <tr><td>{@link #averagePurchaseValue()}</td><td>{@code revenue / purchases}, refunds
 *       subtracted from the revenue and not counted as purchases</td></tr>
 *   <tr><td>{@link #purchasesPerYear()}</td><td>{@code purchases / customer-years}, each
 *       customer observed from acquisition to churn or to the end of the data</td></tr>
 *   <tr><td>{@link #simpleValue(double)}</td><td>{@code average purchase value × purchases per
 *       year × retention years} (seed 001)</td></tr>
 *   <tr><td>{@link #revenuePerCustomer(int)}</td><td>ARPA over a trailing window of periods:
 *       {@code Σ revenue / Σ (active at start + joined)}</td></tr>
 *   <tr><td>{@link #churnBasedValue(double, int)}</td><td>{@code ARPA × gross margin / churn},
 *       both over the trailing window</td></tr>
 *   <tr><td>{@link #discountedValue(double, double, int, int)}</td><td>{@code Σ_{t=1..H} m·r^t /
 *       (1+d)^t} with {@code m = ARPA × margin}, {@code r = 1 − churn}</td></tr>
 *   <tr><td>{@link #ltvToCac(Money)}</td><td>{@code LTV / average acquisition cost}</td></tr>
 *   <tr><td>{@link #cacPaybackPeriods(double, int)}</td><td>{@code average acquisition cost /
 *       (ARPA × gross margin)}, in periods (months by default)</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Example: one customer who spent 200,000 over five years and cost 40,000 to acquire and
 * 60,000 to serve has a historical value of 200,000 and a net value of 100,000.
 *
 * <p><b>Rounding</b>: totals ({@link #revenue()}, {@link #acquisitionCost()},
 * {@link #serviceCost()}) are exact sums; averages and lifetime values are estimates rounded to
 * {@link Money#ESTIMATES} (16 significant digits, half-even), see {@link Ltv}.
 *
 * <p><b>Empty input</b>: no customers gives {@link #isEmpty()} true and zero counts; averages,
 * rates and lifetime values throw {@link IllegalStateException}, as does each figure whose base is
 * 0 (no purchases, no customer at risk, churn 0 for the churn-based value). A result with
 * customers but no money at all has no currency unless the calculator was given one: its money
 * figures then throw {@link IllegalStateException}.
 *
 * <p>Results of disjoint populations add up exactly with {@link #plus(LifetimeValueResult)}.
 */
public final class LifetimeValueResult implements MetricResult<LifetimeValueResult> {

    private static final BigDecimal SECONDS_PER_YEAR = BigDecimal.valueOf(365.2425 * 86_400);

    /** The exact sums and counts; BigDecimal sums of the same amounts have the same scale in any order. */
    record Sums(BigDecimal revenue, BigDecimal acquisitionCost, BigDecimal serviceCost,
            long knownCosts, long unknownCosts, long purchases, long refunds,
            long churnedSeconds, long active, long activeAcquiredSeconds) {

        Sums plus(Sums o) {
            return new Sums(revenue.add(o.revenue), acquisitionCost.add(o.acquisitionCost),
                    serviceCost.add(o.serviceCost),
                    Checks.addCount(knownCosts, o.knownCosts, "known acquisition costs"),
                    Checks.addCount(unknownCosts, o.unknownCosts, "unknown acquisition costs"),
                    Checks.addCount(purchases, o.purchases, "purchases"),
                    Checks.addCount(refunds, o.refunds, "refunds"),
                    Checks.addCount(churnedSeconds, o.churnedSeconds, "churned seconds"),
                    Checks.addCount(active, o.active, "active customers"),
                    Checks.addCount(activeAcquiredSeconds, o.activeAcquiredSeconds,
                            "acquisition seconds of active customers"));
        }
    }

    private final ValueOptions options;
    private final ChurnResult churn;
    private final Currency currency;
    private final Sums sums;
    private final SortedMap<CalendarPeriod, BigDecimal> revenueByPeriod;
    private final Instant latest;

    LifetimeValueResult(ValueOptions options, ChurnResult churn, Currency currency, Sums sums,
            SortedMap<CalendarPeriod, BigDecimal> revenueByPeriod, Instant latest) {
        this.options = options;
        this.churn = churn;
        this.currency = currency;
        this.sums = sums;
        this.revenueByPeriod = Collections.unmodifiableSortedMap(new TreeMap<>(revenueByPeriod));
        this.latest = latest;
    }

    /** Returns the number of customers. */
    public long customers() {
        return churn.customers();
    }

    /** Returns the number of customers, as {@link #customers()}: the base of the result. */
    @Override
    public long count() {
        return customers();
    }


    /** Returns the churn of these customers per period; its table runs through the latest purchase too. */
    public ChurnResult churn() {
        return churn;
    }

    /** Returns the currency of the money figures: the calculator's, or the one the data used. */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /** Returns the number of purchases (amounts {@code >= 0}). */
    public long purchases() {
        return sums.purchases;
    }

    /** Returns the number of refunds (negative amounts). */
    public long refunds() {
        return sums.refunds;
    }

    /** Returns the number of customers whose acquisition cost is unknown. */
    public long unknownAcquisitionCosts() {
        return sums.unknownCosts;
    }

    /**
     * Returns the revenue: the exact sum of every purchase, refunds subtracted.
     *
     * @throws IllegalStateException if the result has no currency
     */
    public Money revenue() {
        return money(sums.revenue, "revenue");
    }

    /**
     * Returns the exact sum of the known acquisition costs.
     *
     * @throws IllegalStateException if the result has no currency
     */
    public Money acquisitionCost() {
        return money(sums.acquisitionCost, "acquisition cost");
    }

    /**
     * Returns the exact sum of the service costs (zero without a service-cost function).
     *
     * @throws IllegalStateException if the result has no currency
     */
    public Money serviceCost() {
        return money(sums.serviceCost, "service cost");
    }

    /**
     * Returns the customer-years observed: each customer from acquisition to churn, or to the end
     * of the data ({@code asOf}, else the latest event) while active; a year is 365.2425 days.
     */
    public double customerYears() {
        return customerSeconds().divide(SECONDS_PER_YEAR, MathContext.DECIMAL64).doubleValue();
    }

    private BigDecimal customerSeconds() {
        if (isEmpty()) {
            return BigDecimal.ZERO;
        }
        long end = options.horizon().end(latest).getEpochSecond();
        return BigDecimal.valueOf(sums.churnedSeconds)
                .add(BigDecimal.valueOf(end).multiply(BigDecimal.valueOf(sums.active)))
                .subtract(BigDecimal.valueOf(sums.activeAcquiredSeconds));
    }

    /**
     * Returns the historical value per customer, {@code revenue / customers}: what a customer
     * has spent so far, on average.
     *
     * @throws IllegalStateException if the result is empty or has no currency
     */
    public Money historicalValue() {
        requireCustomers("historical value");
        return revenue().dividedBy(BigDecimal.valueOf(customers()));
    }

    /**
     * Returns the net value per customer (seed 001's net CLV, averaged):
     * {@code (revenue − acquisition costs − service costs) / customers}.
     *
     * @throws IllegalStateException if the result is empty, has no currency, or some customer's
     *     acquisition cost is unknown
     */
    public Money netValue() {
        requireCustomers("net value");
        if (sums.unknownCosts > 0) {
            throw new IllegalStateException("net value needs every customer's acquisition cost: "
                    + sums.unknownCosts + " of " + customers() + " are unknown");
        }
        return Ltv.net(revenue(), acquisitionCost(), serviceCost())
                .dividedBy(BigDecimal.valueOf(customers()));
    }

    /**
     * Returns the average purchase value, {@code revenue / purchases}.
     *
     * @throws IllegalStateException if there are no purchases or no currency
     */
    public Money averagePurchaseValue() {
        if (sums.purchases == 0) {
            throw new IllegalStateException("average purchase value is undefined: no purchases");
        }
        return revenue().dividedBy(BigDecimal.valueOf(sums.purchases));
    }

    /**
     * Returns the purchases per customer-year, {@code purchases / customer-years}.
     *
     * @throws IllegalStateException if the customers were observed for no time
     */
    public double purchasesPerYear() {
        BigDecimal seconds = customerSeconds();
        if (seconds.signum() <= 0) {
            throw new IllegalStateException("purchases per year are undefined: the customers were"
                    + " observed for no time");
        }
        return BigDecimal.valueOf(sums.purchases).multiply(SECONDS_PER_YEAR)
                .divide(seconds, MathContext.DECIMAL64).doubleValue();
    }

    /**
     * Returns the simple lifetime value (seed 001), {@code average purchase value × purchases per
     * year × retention years}, with both rates measured here and the retention assumed: a
     * one-off buyer's segment should not be given five years.
     *
     * @param retentionYears how many years a customer stays, finite and {@code >= 0}
     * @throws IllegalStateException if there are no purchases or the customers were observed for
     *     no time
     */
    public Money simpleValue(double retentionYears) {
        return Ltv.simple(averagePurchaseValue(), purchasesPerYear(), retentionYears);
    }

    /**
     * Returns the average acquisition cost (CAC) of the customers whose cost is known.
     *
     * @throws IllegalStateException if no acquisition cost is known
     */
    public Money averageAcquisitionCost() {
        if (sums.knownCosts == 0) {
            throw new IllegalStateException("average acquisition cost is undefined: no customer's"
                    + " acquisition cost is known");
        }
        return acquisitionCost().dividedBy(BigDecimal.valueOf(sums.knownCosts));
    }

    /**
     * Returns the average revenue per customer per period (ARPA) over up to the last
     * {@code trailingPeriods} periods of {@link #churn()}: the revenue of those periods over the
     * customers active in them ({@code active at start + joined}, summed over the periods).
     *
     * @throws IllegalArgumentException if {@code trailingPeriods < 1}
     * @throws IllegalStateException if there is no period, no customer in the window, or no
     *     currency
     */
    public Money revenuePerCustomer(int trailingPeriods) {
        List<ChurnCounts> window = window(trailingPeriods);
        BigDecimal revenue = BigDecimal.ZERO;
        long customers = 0;
        for (ChurnCounts c : window) {
            revenue = revenue.add(revenueByPeriod.getOrDefault(c.period(), BigDecimal.ZERO));
            customers += c.activeAtStart() + c.joined();
        }
        if (customers == 0) {
            throw new IllegalStateException("revenue per customer is undefined: no customers in "
                    + ChurnCounts.pool(window).label());
        }
        return money(revenue, "revenue per customer").dividedBy(BigDecimal.valueOf(customers));
    }

    /**
     * Returns the churn-based lifetime value (ChartMogul, Finmark), {@code ARPA × gross margin /
     * churn}, with ARPA ({@link #revenuePerCustomer(int)}) and churn
     * ({@link ChurnResult#trailing(int)}) over the same trailing window. It is per period of the
     * calculator: monthly churn and monthly ARPA by default.
     *
     * @param grossMargin the gross margin, in [0, 1]
     * @param trailingPeriods the window, {@code >= 1} periods (fewer when the data has fewer)
     * @throws IllegalStateException if churn over the window is 0 (the value is then undefined,
     *     not infinite) or undefined, or ARPA is undefined
     */
    public Money churnBasedValue(double grossMargin, int trailingPeriods) {
        BigDecimal margin = Ltv.share(grossMargin, "grossMargin");
        ChurnCounts counts = churn.trailing(Periods.requireTrailing(trailingPeriods));
        requireAtRisk(counts, "churn-based lifetime value");
        if (counts.churned() == 0) {
            throw new IllegalStateException("churn-based lifetime value is undefined at churn 0:"
                    + " no customer lost in " + counts.label() + " (" + counts.atRisk()
                    + " at risk)");
        }
        BigDecimal rate = BigDecimal.valueOf(counts.churned())
                .divide(BigDecimal.valueOf(counts.atRisk()), MathContext.DECIMAL128);
        return Ltv.churnBased(revenuePerCustomer(trailingPeriods), margin, rate);
    }

    /**
     * Returns the discounted lifetime value over {@code horizonPeriods}, {@link Ltv#discounted}
     * with margin {@code m = ARPA × gross margin} and retention {@code r = 1 − churn}, both over
     * the trailing window.
     *
     * @param grossMargin the gross margin, in [0, 1]
     * @param discountRate the discount rate per period, finite and {@code >= 0}
     * @param horizonPeriods the horizon, {@code >= 1} periods
     * @param trailingPeriods the window for ARPA and churn, {@code >= 1} periods
     * @throws IllegalStateException if churn or ARPA over the window is undefined
     */
    public Money discountedValue(double grossMargin, double discountRate, int horizonPeriods,
            int trailingPeriods) {
        BigDecimal margin = Ltv.share(grossMargin, "grossMargin");
        BigDecimal rate = Ltv.rate(discountRate);
        Ltv.requireHorizon(horizonPeriods);
        ChurnCounts counts = churn.trailing(Periods.requireTrailing(trailingPeriods));
        requireAtRisk(counts, "discounted lifetime value");
        BigDecimal retention = BigDecimal.valueOf(counts.atRisk() - counts.churned())
                .divide(BigDecimal.valueOf(counts.atRisk()), MathContext.DECIMAL128);
        Money m = revenuePerCustomer(trailingPeriods).times(margin);
        return Ltv.discounted(m, retention, rate, horizonPeriods);
    }

    /**
     * Returns {@code lifetimeValue / average acquisition cost}; 3 or more is the common rule of
     * thumb.
     *
     * @throws IllegalStateException if no acquisition cost is known
     * @throws IllegalArgumentException if the currencies differ or the average cost is 0
     */
    public double ltvToCac(Money lifetimeValue) {
        Checks.requireNonNull(lifetimeValue, "lifetimeValue");
        return Ltv.ltvToCac(lifetimeValue, averageAcquisitionCost());
    }

    /**
     * Returns the CAC payback time in periods (months by default): {@code average acquisition
     * cost / (ARPA × gross margin)}, ARPA over the trailing window.
     *
     * @throws IllegalStateException if no acquisition cost is known or ARPA is undefined
     * @throws IllegalArgumentException if ARPA × margin is not positive
     */
    public double cacPaybackPeriods(double grossMargin, int trailingPeriods) {
        BigDecimal margin = Ltv.share(grossMargin, "grossMargin");
        return Ltv.cacPayback(averageAcquisitionCost(), revenuePerCustomer(trailingPeriods), margin);
    }

    /**
     * Returns the result of both populations together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if the results were computed with different options or
     *     in different currencies
     */
    @Override
    public LifetimeValueResult plus(LifetimeValueResult other) {
        Checks.requireNonNull(other, "other result");
        Checks.requireSameOptions(options.equals(other.options), options, other.options);
        Currency both = currency;
        if (other.currency != null) {
            both = Checks.requireSameCurrency(currency, other.currency);
        }
        return new LifetimeValueResult(options, churn.plus(other.churn), both,
                sums.plus(other.sums),
                Periods.merged(revenueByPeriod, other.revenueByPeriod, BigDecimal::add),
                Periods.later(latest, other.latest));
    }

    private List<ChurnCounts> window(int trailingPeriods) {
        Periods.requireTrailing(trailingPeriods);
        List<ChurnCounts> all = List.copyOf(churn.periods().values());
        if (all.isEmpty()) {
            churn.last();   // throws, saying why there is no period
        }
        return all.subList(Math.max(0, all.size() - trailingPeriods), all.size());
    }

    private static void requireAtRisk(ChurnCounts counts, String metric) {
        if (counts.isEmpty()) {
            throw new IllegalStateException(metric + " is undefined: no customers at the start of "
                    + counts.label());
        }
    }

    private void requireCustomers(String metric) {
        if (isEmpty()) {
            throw new IllegalStateException(metric + " is undefined for an empty result: no customers");
        }
    }

    private Money money(BigDecimal amount, String metric) {
        if (currency == null) {
            throw new IllegalStateException(metric + " has no currency: no purchase, acquisition or"
                    + " service cost was seen; give the calculator one with currency(...)");
        }
        return new Money(amount, currency);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LifetimeValueResult r && options.equals(r.options)
                && churn.equals(r.churn) && Objects.equals(currency, r.currency)
                && sums.equals(r.sums) && revenueByPeriod.equals(r.revenueByPeriod)
                && Objects.equals(latest, r.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(options, churn, currency, sums, revenueByPeriod, latest);
    }

    /** Returns a summary such as {@code lifetime value by MONTH in UTC: 3 customers, 7 purchases, 1 refund, revenue 310.00 EUR}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d customers, %d purchases, %d refunds, revenue %s",
                options, customers(), sums.purchases, sums.refunds,
                currency == null ? "(no currency)" : revenue());
    }
}
