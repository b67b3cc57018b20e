package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.internal.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A cohort retention table: one {@link CohortRetention} row per acquisition period (cohort),
 * each with the customers retained at every age observed. Immutable.
 *
 * <p>All rows end at the same last period: the last period complete at the calculator's
 * {@code asOf}, or without it the period of the latest event of any cohort; a row of a later
 * cohort has fewer ages. Cohorts acquired after that period (in the partial period before
 * {@code asOf}) have no row; their customers still count in {@link #customers()}.
 *
 * <p><b>Empty input</b>: no customers gives {@link #isEmpty()} true and no rows.
 *
 * <p>Tables of disjoint sets of customers add up exactly with {@link #plus(RetentionTable)}.
 */
public final class RetentionTable extends CohortTable<CohortRetention>
        implements MetricResult<RetentionTable> {

    private final Horizon horizon;
    private final SortedMap<CalendarPeriod, ChurnResult> churnByCohort;

    private RetentionTable(Horizon horizon, SortedMap<CalendarPeriod, ChurnResult> extended,
            SortedMap<CalendarPeriod, CohortRetention> rows) {
        super(rows);
        this.horizon = horizon;
        this.churnByCohort = Collections.unmodifiableSortedMap(extended);
    }

    /** Returns the table of the churn of each cohort, all extended to the latest event of any. */
    static RetentionTable of(Horizon horizon, SortedMap<CalendarPeriod, ChurnResult> churnByCohort) {
        Instant latest = null;
        for (ChurnResult r : churnByCohort.values()) {
            latest = Periods.later(latest, r.latest());
        }
        TreeMap<CalendarPeriod, ChurnResult> extended = new TreeMap<>();
        TreeMap<CalendarPeriod, CohortRetention> rows = new TreeMap<>();
        for (var entry : churnByCohort.entrySet()) {
            ChurnResult churn = entry.getValue().extendedTo(latest);
            extended.put(entry.getKey(), churn);
            if (churn.periods().isEmpty()) {
                continue;
            }
            long[] retained = new long[churn.periods().size()];
            int age = 0;
            for (ChurnCounts counts : churn.periods().values()) {
                // age 0: the whole cohort, all acquired in its first period
                retained[age] = age == 0 ? counts.joined() : counts.activeAtStart();
                age++;
            }
            rows.put(entry.getKey(), new CohortRetention(entry.getKey(), retained));
        }
        return new RetentionTable(horizon, extended, rows);
    }

    /** Returns the number of customers, whether or not their cohort has a row. */
    @Override
    public long customers() {
        return churnByCohort.values().stream().mapToLong(ChurnResult::customers).sum();
    }

    /** Returns the churn of each cohort's customers per period, the counts behind the rows. */
    public SortedMap<CalendarPeriod, ChurnResult> churnByCohort() {
        return churnByCohort;
    }

    /**
     * Returns the table of both populations together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if the tables were computed with different options
     */
    @Override
    public RetentionTable plus(RetentionTable other) {
        Checks.requireNonNull(other, "other table");
        Checks.requireSameOptions(horizon.equals(other.horizon), this, other);
        return of(horizon, Periods.merged(churnByCohort, other.churnByCohort, ChurnResult::plus));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionTable t && horizon.equals(t.horizon)
                && churnByCohort.equals(t.churnByCohort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(horizon, churnByCohort);
    }

    /** Returns a summary line and one line per cohort. */
    @Override
    public String toString() {
        return toString("retention", horizon);
    }
}
