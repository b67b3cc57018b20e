package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Business hours: a time zone, working intervals per day of the week and closed dates (holidays,
 * whole or partial); the clock by which support durations are measured in business time.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
 *         .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))         // Monday to Friday
 *         .holiday(LocalDate.of(2024, 12, 25))
 *         .closed(LocalDate.of(2024, 12, 24), LocalTime.of(13, 0), LocalTime.MIDNIGHT)
 *         .build();
 * Duration d = office.businessDuration(fridayAt1730, mondayAt0930);   // PT1H
 * }</pre>
 *
 * <h2>Working intervals</h2>
 * A working interval is a start and an end time on a day of the week; a day may have several
 * (a lunch break is two intervals). An end at or before the start is on the next day:
 * {@code 22:00–06:00} on Friday runs from Friday 22:00 to Saturday 06:00 (an overnight shift),
 * and {@code 00:00–00:00} is the whole day. Intervals may touch but not overlap, within a day or
 * across midnight. {@link #alwaysOpen(ZoneId)} (and {@link Builder#alwaysOpen()}) is 24/7.
 *
 * <h2>Closed dates</h2>
 * A holiday closes its whole local date, 00:00 to 24:00, including the part of an overnight shift
 * that started the evening before; {@link Builder#closed(LocalDate, LocalTime, LocalTime)} closes
 * part of a date, such as Christmas Eve afternoon.
 *
 * <h2>Exact elapsed time</h2>
 * {@link #businessDuration(Instant, Instant)} is the real time elapsed between two instants while
 * the calendar is open, exact to the nanosecond (so to the second), computed with
 * {@code java.time} in the calendar's zone. Local times become instants day by day, so daylight
 * saving is taken into account: an interval {@code 00:00–06:00} lasts 5 hours on the night the
 * clocks go forward and 7 hours on the night they go back. A local time that does not exist (in
 * the gap when clocks go forward) is read as the first instant after the gap, and a local time
 * that occurs twice as its first occurrence: an interval starts, or ends, at the first instant
 * the wall clock shows its time or a later one. Year ends and leap days need no special case.
 * The work is proportional to the number of days between the instants.
 */
public final class BusinessCalendar {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_WEEK = 7 * NANOS_PER_DAY;

    private final ZoneId zone;
    /** Per day of the week (index {@code ordinal()}), the intervals sorted by start. */
    private final Shift[][] shifts;
    /** Per closed date, the closed ranges, sorted and merged. */
    private final Map<LocalDate, List<ClosedRange>> closures;
    /** Whether every instant is working time: open 24/7 with no closed dates. */
    private final boolean allTime;

    /** A working interval; it ends on the next day when {@code end <= start}. */
    private record Shift(DayOfWeek day, LocalTime start, LocalTime end) {
        boolean overnight() {
            return !end.isAfter(start);
        }

        long startOfWeek() {
            return day.ordinal() * NANOS_PER_DAY + start.toNanoOfDay();
        }

        long length() {
            long s = start.toNanoOfDay();
            long e = end.toNanoOfDay();
            return e > s ? e - s : NANOS_PER_DAY - s + e;
        }

        @Override
        public String toString() {
            return day + " " + start + "-" + end;
        }
    }

    /** A closed range of a date in nanoseconds of the day, {@code [from, to)}; 24:00 is a day. */
    private record ClosedRange(long from, long to) {}

    private BusinessCalendar(ZoneId zone, Shift[][] shifts, Map<LocalDate, List<ClosedRange>> closures) {
        this.zone = zone;
        this.shifts = shifts;
        this.closures = closures;
        boolean everyDayWhole = true;
        for (Shift[] day : shifts) {
            everyDayWhole &= day.length == 1 && day[0].start().equals(LocalTime.MIDNIGHT)
                    && day[0].end().equals(LocalTime.MIDNIGHT);
        }
        this.allTime = everyDayWhole && closures.isEmpty();
    }

    /**
     * Returns a calendar open 24 hours a day, 7 days a week, without holidays: business time then
     * equals calendar time.
     */
    public static BusinessCalendar alwaysOpen(ZoneId zone) {
        return builder(zone).alwaysOpen().build();
    }

    /** Returns a builder of a calendar in {@code zone}. */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /** Returns the time zone in which the working hours and the closed dates are read. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the working time between two instants: the real time elapsed in
     * {@code [from, to)} while the calendar is open (within working hours and not on a closed
     * date), exact to the nanosecond. It is additive ({@code b(a, c) = b(a, b) + b(b, c)}), never
     * more than {@code to − from}, equal to it under 24/7, and zero inside a holiday.
     *
     * <p>Example: open Monday to Friday 09:00–18:00, a request on Friday 17:30 answered on
     * Monday 09:30 waited 30 minutes on Friday and 30 on Monday: {@code PT1H}.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Duration businessDuration(Instant from, Instant to) {
        Checks.requireNonNull(from, "from");
        Checks.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "to must not be before from: from " + from + ", to " + to);
        }
        if (allTime) {
            return Duration.between(from, to);
        }
        long seconds = 0;
        long nanos = 0;
        // Start a day early: an overnight shift of the day before may still be running.
        LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1);
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (Shift shift : shifts[day.getDayOfWeek().ordinal()]) {
                Instant start = at(day, shift.start());
                if (!start.isBefore(to)) {
                    break;
                }
                Instant end = at(shift.overnight() ? day.plusDays(1) : day, shift.end());
                Instant a = start.isAfter(from) ? start : from;
                Instant b = end.isBefore(to) ? end : to;
                if (!a.isBefore(b)) {
                    continue;
                }
                seconds += b.getEpochSecond() - a.getEpochSecond();
                nanos += b.getNano() - a.getNano();
                long[] closed = closedWithin(day, a, b);
                closed = shift.overnight() ? add(closed, closedWithin(day.plusDays(1), a, b)) : closed;
                seconds -= closed[0];
                nanos -= closed[1];
            }
        }
        return Duration.ofSeconds(seconds, nanos);
    }

    private static long[] add(long[] x, long[] y) {
        return new long[] {x[0] + y[0], x[1] + y[1]};
    }

    private static final long[] NONE = {0, 0};

    /** Returns the closed time of {@code date} inside {@code [a, b)}, as seconds and nanos. */
    private long[] closedWithin(LocalDate date, Instant a, Instant b) {
        List<ClosedRange> ranges = closures.get(date);
        if (ranges == null) {
            return NONE;
        }
        long seconds = 0;
        long nanos = 0;
        for (ClosedRange range : ranges) {
            Instant from = atNanoOfDay(date, range.from());
            Instant to = atNanoOfDay(date, range.to());
            Instant x = from.isAfter(a) ? from : a;
            Instant y = to.isBefore(b) ? to : b;
            if (x.isBefore(y)) {
                seconds += y.getEpochSecond() - x.getEpochSecond();
                nanos += y.getNano() - x.getNano();
            }
        }
        return new long[] {seconds, nanos};
    }

    /**
     * Returns whether the calendar is open at {@code instant}: inside a working interval and not
     * on a closed date.
     */
    public boolean isOpen(Instant instant) {
        Checks.requireNonNull(instant, "instant");
        if (allTime) {
            return true;
        }
        return !businessDuration(instant, instant.plusNanos(1)).isZero();
    }

    /** Returns the instant at which the wall clock of {@code zone} first shows {@code date time}. */
    private Instant at(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }

    private Instant atNanoOfDay(LocalDate date, long nanoOfDay) {
        return nanoOfDay == NANOS_PER_DAY
                ? at(date.plusDays(1), LocalTime.MIDNIGHT)
                : at(date, LocalTime.ofNanoOfDay(nanoOfDay));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other && zone.equals(other.zone)
                && Arrays.deepEquals(shifts, other.shifts) && closures.equals(other.closures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, Arrays.deepHashCode(shifts), closures);
    }

    /**
     * Returns the whole calendar in a fixed form, for the fingerprint of the binary form of the
     * calculators that use it: changing it makes their stored states unreadable.
     */
    String canonical() {
        StringBuilder s = new StringBuilder(zone.getId());
        for (Shift[] day : shifts) {
            for (Shift shift : day) {
                s.append(';').append(shift);
            }
        }
        new TreeMap<>(closures).forEach((date, ranges) -> {
            s.append(";closed ").append(date);
            ranges.forEach(r -> s.append(' ').append(r.from()).append('-').append(r.to()));
        });
        return s.toString();
    }

    /**
     * Returns a summary such as
     * {@code business hours in Europe/Berlin: MONDAY 09:00-18:00, …; 2 closed dates}.
     */
    @Override
    public String toString() {
        if (allTime) {
            return "business hours in " + zone + ": 24/7";
        }
        StringJoiner hours = new StringJoiner(", ");
        for (Shift[] day : shifts) {
            for (Shift shift : day) {
                hours.add(shift.toString());
            }
        }
        String s = "business hours in " + zone + ": " + hours;
        return closures.isEmpty() ? s
                : s + "; " + closures.size() + (closures.size() == 1 ? " closed date" : " closed dates");
    }

    /**
     * A builder of {@link BusinessCalendar}s. Intervals and closed dates accumulate; nothing is
     * checked against the rest until {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final ZoneId zone;
        private final List<Shift> shifts = new ArrayList<>();
        private final Map<LocalDate, List<ClosedRange>> closed = new TreeMap<>();

        private Builder(ZoneId zone) {
            this.zone = Checks.requireNonNull(zone, "zone");
        }

        /**
         * Adds a working interval on one day of the week; an {@code end} at or before
         * {@code start} is on the next day ({@code 22:00–06:00} is overnight, {@code 00:00–00:00}
         * the whole day).
         */
        public Builder hours(DayOfWeek day, LocalTime start, LocalTime end) {
            Checks.requireNonNull(day, "day");
            Checks.requireNonNull(start, "start");
            Checks.requireNonNull(end, "end");
            shifts.add(new Shift(day, start, end));
            return this;
        }

        /** Adds the same working interval on Monday to Friday. */
        public Builder weekdays(LocalTime start, LocalTime end) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    hours(day, start, end);
                }
            }
            return this;
        }

        /** Adds the same working interval on every day of the week. */
        public Builder everyDay(LocalTime start, LocalTime end) {
            for (DayOfWeek day : DayOfWeek.values()) {
                hours(day, start, end);
            }
            return this;
        }

        /** Makes every day a working day from 00:00 to 24:00: 24/7, holidays aside. */
        public Builder alwaysOpen() {
            return everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }

        /** Closes a whole date, 00:00 to 24:00 local time. */
        public Builder holiday(LocalDate date) {
            return closed(date, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }

        /** Closes each of {@code dates}. */
        public Builder holidays(Collection<LocalDate> dates) {
            Checks.requireNonNull(dates, "dates");
            for (LocalDate date : dates) {
                holiday(date);
            }
            return this;
        }

        /**
         * Closes part of a date, {@code [from, to)} in local time; a {@code to} of
         * {@link LocalTime#MIDNIGHT} means the end of the date, so
         * {@code closed(date, 13:00, 00:00)} closes the afternoon and evening.
         *
         * @throws IllegalArgumentException if {@code to} is neither after {@code from} nor
         *     midnight
         */
        public Builder closed(LocalDate date, LocalTime from, LocalTime to) {
            Checks.requireNonNull(date, "date");
            Checks.requireNonNull(from, "from");
            Checks.requireNonNull(to, "to");
            long end = to.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : to.toNanoOfDay();
            if (end <= from.toNanoOfDay()) {
                throw new IllegalArgumentException("closed hours must end after they start: "
                        + date + " " + from + "-" + to);
            }
            closed.computeIfAbsent(date, d -> new ArrayList<>())
                    .add(new ClosedRange(from.toNanoOfDay(), end));
            return this;
        }

        /**
         * Returns the calendar.
         *
         * @throws IllegalArgumentException if there are no working intervals, or two of them
         *     overlap (within a day, across midnight or across the end of the week)
         */
        public BusinessCalendar build() {
            if (shifts.isEmpty()) {
                throw new IllegalArgumentException(
                        "working hours must not be empty: add hours, weekdays, everyDay or alwaysOpen");
            }
            List<Shift> sorted = new ArrayList<>(shifts);
            sorted.sort(Comparator.comparingLong(Shift::startOfWeek));
            for (int i = 0; i < sorted.size(); i++) {
                Shift a = sorted.get(i);
                Shift b = sorted.get((i + 1) % sorted.size());
                long aEnd = a.startOfWeek() + a.length();
                long bStart = b.startOfWeek() + (i + 1 == sorted.size() ? NANOS_PER_WEEK : 0);
                if (aEnd > bStart) {
                    throw new IllegalArgumentException(
                            "working hours must not overlap: " + a + " and " + b);
                }
            }
            Map<DayOfWeek, List<Shift>> byDay = new EnumMap<>(DayOfWeek.class);
            for (Shift shift : sorted) {
                byDay.computeIfAbsent(shift.day(), d -> new ArrayList<>()).add(shift);
            }
            Shift[][] table = new Shift[7][];
            for (DayOfWeek day : DayOfWeek.values()) {
                table[day.ordinal()] = byDay.getOrDefault(day, List.of()).toArray(new Shift[0]);
            }
            Map<LocalDate, List<ClosedRange>> merged = new TreeMap<>();
            closed.forEach((date, ranges) -> merged.put(date, merge(ranges)));
            return new BusinessCalendar(zone, table, Collections.unmodifiableMap(merged));
        }

        private static List<ClosedRange> merge(List<ClosedRange> ranges) {
            List<ClosedRange> sorted = new ArrayList<>(ranges);
            sorted.sort(Comparator.comparingLong(ClosedRange::from));
            List<ClosedRange> out = new ArrayList<>();
            for (ClosedRange r : sorted) {
                ClosedRange last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && r.from() <= last.to()) {
                    out.set(out.size() - 1, new ClosedRange(last.from(), Math.max(last.to(), r.to())));
                } else {
                    out.add(r);
                }
            }
            return List.copyOf(out);
        }
    }
}
