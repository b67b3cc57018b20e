package io.github.cxmetrics.internal;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Periodicity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Finds the calendar period of an instant in a time zone. Remembers the bounds of the last
 * period found, so that instants in time order find their period with two comparisons and no
 * allocation. Not thread-safe: one locator per accumulator.
 */
public final class PeriodLocator {

    private final Periodicity periodicity;
    private final ZoneId zone;
    private CalendarPeriod last;
    private Instant lastStart;
    private Instant lastEnd;

    /** Creates a locator of the periods of {@code periodicity} in {@code zone}. */
    public PeriodLocator(Periodicity periodicity, ZoneId zone) {
        this.periodicity = Checks.requireNonNull(periodicity, "periodicity");
        this.zone = Checks.requireNonNull(zone, "zone");
    }

    /** Returns the period containing {@code time}: the period of its local date in the zone. */
    public CalendarPeriod periodOf(Instant time) {
        if (last != null && !time.isBefore(lastStart) && time.isBefore(lastEnd)) {
            return last;
        }
        last = periodicity.periodOf(LocalDate.ofInstant(time, zone));
        lastStart = last.startIn(zone);
        lastEnd = last.endIn(zone);
        return last;
    }
}
