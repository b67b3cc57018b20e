package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.internal.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Churn per calendar period of a population of customers: one {@link ChurnCounts} per period,
 * from the period of the first acquisition to the last period of the data, every period in
 * between included (a period without events still has customers at risk). Immutable.
 *
 * <p>The last period is the last one complete at the calculator's {@code asOf}; without
 * {@code asOf}, the period of the latest event (which may be partial: give {@code asOf} to say
 * when the data ends). The first period has no customer at its start, so its churn is undefined.
 *
 * <p><b>Formula</b>: see {@link ChurnCounts}. {@link #trailing(int)} and {@link #pooled()} pool
 * several periods, for an average churn rate and for the churn-based lifetime value.
 *
 * <p><b>Empty input</b>: no customers gives {@link #isEmpty()} true and no periods;
 * {@link #last()}, {@link #trailing(int)} and {@link #pooled()} then throw
 * {@link IllegalStateException}, as they do when {@code asOf} ends the data before the first
 * period is complete.
 *
 * <p>Results of disjoint sets of customers add up exactly with {@link #plus(ChurnResult)}: the
 * churn of all segments is the sum of the segments' results.
 */
public final class ChurnResult implements MetricResult<ChurnResult> {

    /** The customers who joined, were lost, or joined and left in one period. */
    record Flow(long joined, long lost, long joinedAndLeft) {
        static final Flow NONE = new Flow(0, 0, 0);

        Flow plus(Flow other) {
            return new Flow(Checks.addCount(joined, other.joined, "customers joined"),
                    Checks.addCount(lost, other.lost, "customers lost"),
                    Checks.addCount(joinedAndLeft, other.joinedAndLeft,
                            "customers joined and left"));
        }
    }

    private final Horizon horizon;
    private final JoinedAndLeft rule;
    private final SortedMap<CalendarPeriod, Flow> flows;
    private final long customers;
    private final Instant latest;
    private final SortedMap<CalendarPeriod, ChurnCounts> periods;

    ChurnResult(Horizon horizon, JoinedAndLeft rule, SortedMap<CalendarPeriod, Flow> flows,
            long customers, Instant latest) {
        this.horizon = horizon;
        this.rule = rule;
        this.flows = Collections.unmodifiableSortedMap(new TreeMap<>(flows));
        this.customers = customers;
        this.latest = latest;
        TreeMap<CalendarPeriod, ChurnCounts> table = new TreeMap<>();
        if (!flows.isEmpty()) {
            long active = 0;
            for (CalendarPeriod p : Periods.range(horizon.periodicity(), flows.firstKey(),
                    horizon.lastPeriod(latest))) {
                Flow f = flows.getOrDefault(p, Flow.NONE);
                ChurnCounts counts = new ChurnCounts(p, 1, active, f.joined(), f.lost(),
                        f.joinedAndLeft(), rule);
                table.put(p, counts);
                active = counts.activeAtEnd();
            }
        }
        this.periods = Collections.unmodifiableSortedMap(table);
    }

    /** Returns this result with the data extended to {@code time} (a later event elsewhere). */
    ChurnResult extendedTo(Instant time) {
        Instant extended = Periods.later(latest, time);
        return Objects.equals(extended, latest) ? this
                : new ChurnResult(horizon, rule, flows, customers, extended);
    }

    Instant latest() {
        return latest;
    }

    /** Returns the counts of every period, in order. */
    public SortedMap<CalendarPeriod, ChurnCounts> periods() {
        return periods;
    }

    /** Returns the counts of one period, if it is in the table. */
    public Optional<ChurnCounts> period(CalendarPeriod period) {
        return Optional.ofNullable(periods.get(Checks.requireNonNull(period, "period")));
    }

    /** Returns the number of customers in scope, whether or not their periods are in the table. */
    public long customers() {
        return customers;
    }

    /** Returns the number of customers, as {@link #customers()}: the base of the result. */
    @Override
    public long count() {
        return customers();
    }


    /**
     * Returns the counts of the last period.
     *
     * @throws IllegalStateException if the table has no period
     */
    public ChurnCounts last() {
        return periods.get(requirePeriods().lastKey());
    }

    /**
     * Returns the counts of up to the last {@code n} periods pooled (all periods when there are
     * fewer; {@link ChurnCounts#periodCount()} says how many): the trailing-window churn rate
     * {@code Σ lost / Σ active at start}.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws IllegalStateException if the table has no period
     */
    public ChurnCounts trailing(int n) {
        Periods.requireTrailing(n);
        List<ChurnCounts> all = List.copyOf(requirePeriods().values());
        return ChurnCounts.pool(all.subList(Math.max(0, all.size() - n), all.size()));
    }

    /**
     * Returns the counts of all periods pooled.
     *
     * @throws IllegalStateException if the table has no period
     */
    public ChurnCounts pooled() {
        return ChurnCounts.pool(requirePeriods().values());
    }

    private SortedMap<CalendarPeriod, ChurnCounts> requirePeriods() {
        if (periods.isEmpty()) {
            throw new IllegalStateException(customers == 0
                    ? "churn is undefined for an empty result: no customers"
                    : "churn has no complete period: the first period " + flows.firstKey()
                            + " ends after asOf " + horizon.asOf());
        }
        return periods;
    }

    /** Returns the periodicity of the periods. */
    public Periodicity periodicity() {
        return horizon.periodicity();
    }

    /** Returns the time zone of the periods. */
    public ZoneId zone() {
        return horizon.zone();
    }

    /** Returns the calculator's {@code asOf}, if it was set. */
    public Optional<Instant> asOf() {
        return Optional.ofNullable(horizon.asOf());
    }

    /** Returns the rule for customers who joined and left within a period. */
    public JoinedAndLeft joinedAndLeft() {
        return rule;
    }

    /**
     * Returns the result of both populations together, exactly as one pass over both would give
     * (the populations should be disjoint: a customer in both counts twice).
     *
     * @throws IllegalArgumentException if the results were computed with different options
     */
    @Override
    public ChurnResult plus(ChurnResult other) {
        Checks.requireNonNull(other, "other result");
        Checks.requireSameOptions(horizon.equals(other.horizon) && rule == other.rule, this,
                other);
        return new ChurnResult(horizon, rule, Periods.merged(flows, other.flows, Flow::plus),
                Checks.addCount(customers, other.customers, "customers"),
                Periods.later(latest, other.latest));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChurnResult r && horizon.equals(r.horizon) && rule == r.rule
                && flows.equals(r.flows) && customers == r.customers
                && Objects.equals(latest, r.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(horizon, rule, flows, customers, latest);
    }

    /** Returns a summary such as {@code churn by MONTH in UTC: 120 customers, 12 periods}. */
    @Override
    public String toString() {
        return "churn by " + horizon + (rule == JoinedAndLeft.EXCLUDE ? "" : ", joined and left "
                + rule) + ": " + customers + " customers, " + periods.size() + " periods";
    }
}
