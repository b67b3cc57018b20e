package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.Checks;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A table of one row per acquisition period (cohort), {@link RetentionTable} and
 * {@link RevenueRetentionTable}: the rows, and the customers behind them. Immutable.
 *
 * @param <C> the row of one cohort
 */
abstract class CohortTable<C> {

    private final SortedMap<CalendarPeriod, C> cohorts;

    CohortTable(SortedMap<CalendarPeriod, C> rows) {
        this.cohorts = Collections.unmodifiableSortedMap(rows);
    }

    /** Returns the rows, by acquisition period. */
    public SortedMap<CalendarPeriod, C> cohorts() {
        return cohorts;
    }

    /** Returns the row of one cohort, if it is in the table. */
    public Optional<C> cohort(CalendarPeriod period) {
        return Optional.ofNullable(cohorts.get(Checks.requireNonNull(period, "period")));
    }

    /** Returns the number of customers, whether or not their cohort has a row. */
    public abstract long customers();

    /** Returns the number of customers, as {@link #customers()}: the base of the result. */
    public long count() {
        return customers();
    }

    /** Returns a summary line, {@code what} by the horizon, and one line per cohort. */
    String toString(String what, Horizon horizon) {
        StringBuilder s = new StringBuilder(what).append(" by ").append(horizon).append(": ")
                .append(customers()).append(" customers, ").append(cohorts.size()).append(" cohorts");
        for (C row : cohorts.values()) {
            s.append('\n').append(row);
        }
        return s.toString();
    }
}
