package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.Proportion;
import io.github.cxmetrics.stats.Proportions;
import java.util.Locale;
import java.util.Objects;

/**
 * The customer counts of one calendar period and its churn rate, or the counts of several
 * consecutive periods pooled. Immutable.
 *
 * <p><b>Counts</b> of a period {@code [start, end)}:
 * <ul>
 *   <li>active at start: acquired before {@code start} and not churned before {@code start};
 *   <li>lost: of those, churned in {@code [start, end)};
 *   <li>joined: acquired in {@code [start, end)};
 *   <li>joined and left: of those, churned in {@code [start, end)} too;
 *   <li>active at end {@code = active at start + joined − lost − joined and left}, the next
 *       period's active at start.
 * </ul>
 *
 * <p><b>Formula</b> ({@code METRICS.md} §3, seed 002): {@code churn = lost / active at start},
 * the customers lost during the month over the customers at the end of the previous month; with
 * {@link JoinedAndLeft#COUNT}, {@code (lost + joined and left) / (active at start + joined and
 * left)}. {@code retention = 1 − churn}; {@code average lifetime = 1 / churn}, in periods.
 * <b>Range</b>: churn and retention in [0, 1]; the seed calls a monthly churn of at most 5 %
 * healthy. Example: 40 customers at the start of March, 2 of them lost → churn 0.05, retention
 * 0.95, average lifetime 20 months.
 *
 * <p><b>Pooled counts</b> ({@link ChurnResult#trailing(int)}, {@link ChurnResult#pooled()}) are
 * sums over the periods: active at start is then customer-periods at risk, and the churn rate
 * {@code Σ lost / Σ active at start} is the average churn per period weighted by the customers at
 * risk (a constant-hazard estimate).
 *
 * <p><b>Empty input</b>: a period with no customer at risk (no customer at its start, and with
 * {@link JoinedAndLeft#COUNT} none who joined and left) {@link #isEmpty() is empty}: its churn is
 * undefined, not 0, and the rates throw {@link IllegalStateException}. The average lifetime is
 * undefined (not infinite) at churn 0.
 */
public final class ChurnCounts {

    private final CalendarPeriod period;
    private final int periodCount;
    private final long activeAtStart;
    private final long joined;
    private final long lost;
    private final long joinedAndLeft;
    private final JoinedAndLeft rule;

    ChurnCounts(CalendarPeriod period, int periodCount, long activeAtStart, long joined, long lost,
            long joinedAndLeft, JoinedAndLeft rule) {
        this.period = period;
        this.periodCount = periodCount;
        this.activeAtStart = activeAtStart;
        this.joined = joined;
        this.lost = lost;
        this.joinedAndLeft = joinedAndLeft;
        this.rule = rule;
    }

    /** Returns the counts of consecutive periods pooled: every count summed. */
    static ChurnCounts pool(Iterable<ChurnCounts> periods) {
        CalendarPeriod first = null;
        CalendarPeriod last = null;
        int count = 0;
        long start = 0;
        long joined = 0;
        long lost = 0;
        long joinedAndLeft = 0;
        JoinedAndLeft rule = null;
        for (ChurnCounts p : periods) {
            first = first == null ? p.period : first;
            last = p.period;
            count += p.periodCount;
            start += p.activeAtStart;
            joined += p.joined;
            lost += p.lost;
            joinedAndLeft += p.joinedAndLeft;
            rule = p.rule;
        }
        return new ChurnCounts(new CalendarPeriod(first.start(), last.end()), count, start, joined,
                lost, joinedAndLeft, rule);
    }

    /** Returns the period, or the span from the first to the last of the pooled periods. */
    public CalendarPeriod period() {
        return period;
    }

    /** Returns how many periods these counts cover: 1 for one period. */
    public int periodCount() {
        return periodCount;
    }

    /** Returns the customers active at the start of the period (summed over pooled periods). */
    public long activeAtStart() {
        return activeAtStart;
    }

    /** Returns the customers acquired during the period. */
    public long joined() {
        return joined;
    }

    /** Returns the customers active at the start who churned during the period. */
    public long lost() {
        return lost;
    }

    /** Returns the customers acquired during the period who churned during it too. */
    public long joinedAndLeft() {
        return joinedAndLeft;
    }

    /** Returns {@code active at start + joined − lost − joined and left}. */
    public long activeAtEnd() {
        return activeAtStart + joined - lost - joinedAndLeft;
    }

    /** Returns the rule for customers who joined and left within the period. */
    public JoinedAndLeft joinedAndLeftRule() {
        return rule;
    }

    /** Returns the denominator of the churn rate: active at start, plus joined and left by {@link JoinedAndLeft#COUNT}. */
    public long atRisk() {
        return activeAtStart + (rule == JoinedAndLeft.COUNT ? joinedAndLeft : 0);
    }

    /** Returns the numerator of the churn rate: lost, plus joined and left by {@link JoinedAndLeft#COUNT}. */
    public long churned() {
        return lost + (rule == JoinedAndLeft.COUNT ? joinedAndLeft : 0);
    }

    /** Returns whether no customer was at risk, so that churn is undefined. */
    public boolean isEmpty() {
        return atRisk() == 0;
    }

    /**
     * Returns the churn rate {@code churned / at risk}, in [0, 1].
     *
     * @throws IllegalStateException if no customer was at risk
     */
    public double churnRate() {
        return (double) churned() / requireAtRisk("churn");
    }

    /**
     * Returns the retention rate {@code 1 − churn = (at risk − churned) / at risk}, in [0, 1].
     *
     * @throws IllegalStateException if no customer was at risk
     */
    public double retentionRate() {
        return (double) (atRisk() - churned()) / requireAtRisk("retention");
    }

    /**
     * Returns the average customer lifetime in periods, {@code 1 / churn}: a monthly churn of
     * 5 % gives 20 months.
     *
     * @throws IllegalStateException if no customer was at risk, or no customer was lost (the
     *     lifetime is then undefined, not infinite)
     */
    public double averageLifetime() {
        long atRisk = requireAtRisk("average lifetime");
        if (churned() == 0) {
            throw new IllegalStateException("average lifetime is undefined at churn 0: no customer"
                    + " lost in " + label() + " (" + atRisk + " at risk)");
        }
        return (double) atRisk / churned();
    }

    /**
     * Returns the Wilson score interval of the churn rate, on the 0–1 scale: each customer at
     * risk is a trial that churns or not (see {@link Proportions}). For pooled counts the trials
     * are customer-periods, which assumes a churn rate constant over the periods.
     *
     * @param level the confidence level in (0, 1), for example 0.95
     * @throws IllegalStateException if no customer was at risk
     */
    public Interval churnInterval(double level) {
        return Proportion.of(churned(), requireAtRisk("churn")).confidenceInterval(level);
    }

    private long requireAtRisk(String metric) {
        long atRisk = atRisk();
        if (atRisk == 0) {
            throw new IllegalStateException(metric + " is undefined for " + label()
                    + ": no customers at the start of the period");
        }
        return atRisk;
    }

    String label() {
        return periodCount == 1 ? period.toString() : period + " (" + periodCount + " periods)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChurnCounts c && period.equals(c.period) && periodCount == c.periodCount
                && activeAtStart == c.activeAtStart && joined == c.joined && lost == c.lost
                && joinedAndLeft == c.joinedAndLeft && rule == c.rule;
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, periodCount, activeAtStart, joined, lost, joinedAndLeft, rule);
    }

    /** Returns a line such as {@code 2024-03: churn 5.00% (2 of 40 lost, 3 joined, 0 joined and left, 41 at end)}. */
    @Override
    public String toString() {
        String counts = String.format(Locale.ROOT, "%d joined, %d joined and left, %d at end",
                joined, joinedAndLeft, activeAtEnd());
        if (isEmpty()) {
            return label() + ": churn undefined (no customers at the start, " + counts + ")";
        }
        return String.format(Locale.ROOT, "%s: churn %.2f%% (%d of %d lost, %s)",
                label(), 100 * churnRate(), churned(), atRisk(), counts);
    }
}
