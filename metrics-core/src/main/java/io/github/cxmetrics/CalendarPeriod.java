package io.github.cxmetrics;

import io.github.cxmetrics.internal.Checks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * A calendar period {@code [start, end)} of local dates, the key of a trend computed with
 * {@link Calculator#byPeriod(java.time.temporal.ChronoUnit, ZoneId)}. Periods sort by start, then
 * end.
 *
 * <p>{@link #toString()} is a readable label: {@code 2024-04-02} for a day, {@code 2024-W14} for
 * an ISO week, {@code 2024-04} for a month, {@code 2024-Q2} for a quarter, {@code 2024} for a
 * year, {@code 2024-04-01..2024-04-15} otherwise.
 *
 * @param start the first day of the period
 * @param end the first day after the period, after {@code start}
 */
public record CalendarPeriod(LocalDate start, LocalDate end) implements Comparable<CalendarPeriod> {

    /**
     * Creates a period.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public CalendarPeriod {
        Checks.requireNonNull(start, "start");
        Checks.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(
                    "period end must be after its start: " + start + " to " + end);
        }
    }

    /** Returns whether {@code date} is in {@code [start, end)}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    /** Returns the instant the period starts in {@code zone}: the start of its first day. */
    public Instant startIn(ZoneId zone) {
        Checks.requireNonNull(zone, "zone");
        return start.atStartOfDay(zone).toInstant();
    }

    /** Returns the instant the period ends in {@code zone}: the start of the day after it. */
    public Instant endIn(ZoneId zone) {
        Checks.requireNonNull(zone, "zone");
        return end.atStartOfDay(zone).toInstant();
    }

    /** Returns the number of days in the period. */
    public long days() {
        return end.toEpochDay() - start.toEpochDay();
    }

    @Override
    public int compareTo(CalendarPeriod other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        if (days() == 1) {
            return start.toString();
        }
        if (days() == 7 && start.getDayOfWeek() == DayOfWeek.MONDAY) {
            return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        if (start.getDayOfMonth() == 1) {
            if (end.equals(start.plusMonths(1))) {
                return String.format("%d-%02d", start.getYear(), start.getMonthValue());
            }
            if (end.equals(start.plusMonths(3)) && (start.getMonthValue() - 1) % 3 == 0) {
                return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            }
            if (end.equals(start.plusYears(1)) && start.getMonthValue() == 1) {
                return Integer.toString(start.getYear());
            }
        }
        return start + ".." + end;
    }
}
