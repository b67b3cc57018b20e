package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.BiFunction;

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
 *
 * <h2>Text form</h2>
 * {@link #parse(String, ZoneId)} reads a calendar written as clauses separated by {@code ;} or
 * line breaks ({@code #} starts a comment), the form command lines and configuration files
 * take; {@link #spec()} writes one back:
 * <pre>
 * mon-fri 09:00-18:00                    weekly hours: days mon..sun, runs mon-fri, lists mon,wed
 * mon-thu 09:00-12:00,13:00-18:00        several intervals a day (a lunch break)
 * sat 22:00-06:00                        overnight: until 06:00 on Sunday
 * sun 00:00-24:00                        the whole day
 * 24/7                                   every hour of every day
 * holidays 2024-12-25,2024-12-26         dates closed all day
 * closed 2024-12-24 13:00-24:00          hours closed on a date
 * 2024-12-24 09:00-13:00                 a date's own hours instead of its weekly hours
 * 2024-11-30 10:00-14:00,15:00-18:00     a Saturday opened for a campaign, with a break
 * zone Europe/Berlin                     the zone (default: the one given to parse)
 * </pre>
 * A date's own hours replace its weekly hours ({@link Builder#hoursOn}): they may shorten them,
 * go beyond them, or open a day that has none.
 *
 * <h2>Long spans</h2>
 * The work does not grow with the span beyond a few centuries: between changes of the zone's
 * offset whole weeks count the weekly hours at once, and where the zone follows yearly rules the
 * offsets repeat every 400 years (146,097 days, a whole number of weeks), so whole 400-year
 * cycles count at once; closed dates cost one step each. Any two instants, {@link Instant#MIN}
 * and {@link Instant#MAX} included, give an exact answer.
 */
public final class BusinessCalendar {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_WEEK = 7 * NANOS_PER_DAY;

    private final ZoneId zone;
    /** Per day of the week (index {@code ordinal()}), the intervals sorted by start. */
    private final Shift[][] shifts;
    /** Per closed date, the closed ranges, sorted and merged. */
    private final NavigableMap<LocalDate, List<ClosedRange>> closures;
    /**
     * Per date with its own hours, those hours (the date is also closed all day in
     * {@code closures}, so its weekly hours do not count), sorted and merged.
     */
    private final NavigableMap<LocalDate, List<ClosedRange>> ownHours;
    /** Whether every instant is working time: open 24/7 with no closed dates. */
    private final boolean allTime;
    /** Whether every day is a working day from 00:00 to 24:00 (closed dates aside). */
    private final boolean everyDayWhole;
    /** The working nanoseconds of a week: the lengths of the working intervals. */
    private final long weekNanos;
    /** {@link #openTime} as a measure of closed ranges, made once so that no call allocates it. */
    private final BiFunction<Instant, Instant, Duration> openTimeMeasure = this::openTime;

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

    /**
     * Returns {@code [from, to)} on {@code date} in nanoseconds of the day, a {@code to} of
     * midnight meaning the end of the date; {@code message} starts the error when it is empty.
     */
    private static ClosedRange rangeOn(LocalDate date, LocalTime from, LocalTime to, String message) {
        long end = to.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : to.toNanoOfDay();
        if (end <= from.toNanoOfDay()) {
            throw new IllegalArgumentException(message + date + " " + from + "-" + to);
        }
        return new ClosedRange(from.toNanoOfDay(), end);
    }

    private BusinessCalendar(ZoneId zone, Shift[][] shifts,
            NavigableMap<LocalDate, List<ClosedRange>> closures,
            NavigableMap<LocalDate, List<ClosedRange>> ownHours) {
        this.zone = zone;
        this.shifts = shifts;
        this.closures = closures;
        this.ownHours = ownHours;
        boolean everyDayWhole = true;
        for (Shift[] day : shifts) {
            everyDayWhole &= day.length == 1 && day[0].start().equals(LocalTime.MIDNIGHT)
                    && day[0].end().equals(LocalTime.MIDNIGHT);
        }
        this.everyDayWhole = everyDayWhole;
        this.allTime = everyDayWhole && closures.isEmpty();
        long week = 0;
        for (Shift[] day : shifts) {
            for (Shift shift : day) {
                week += shift.length();
            }
        }
        this.weekNanos = week;
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

    /**
     * Reads a calendar from its text form (see the class description), such as
     * {@code "mon-fri 09:00-18:00; holidays 2024-12-25"}.
     *
     * @param spec the calendar's clauses
     * @param defaultZone the zone when the text names none
     * @throws IllegalArgumentException if the text is not a calendar, naming the clause and what
     *     is wrong with it, such as {@code time must be HH:MM: 9 (in 'mon-fri 9-18')}
     */
    public static BusinessCalendar parse(String spec, ZoneId defaultZone) {
        Checks.requireNonNull(spec, "spec");
        Checks.requireNonNull(defaultZone, "defaultZone");
        return CalendarText.parse(spec, defaultZone);
    }

    /**
     * Returns the calendar in its canonical text form, which {@link #parse} reads back to an
     * equal calendar: {@code mon-fri 09:00-18:00; holidays 2024-12-25; zone Europe/Berlin}.
     */
    public String spec() {
        List<List<LocalTime[]>> week = new ArrayList<>();
        for (Shift[] day : shifts) {
            List<LocalTime[]> hours = new ArrayList<>();
            for (Shift shift : day) {
                hours.add(new LocalTime[] {shift.start(), shift.end()});
            }
            week.add(hours);
        }
        Map<LocalDate, List<long[]>> closed = new TreeMap<>();
        closures.forEach((date, ranges) -> {
            if (!ownHours.containsKey(date)) {
                closed.put(date, ranges.stream().map(r -> new long[] {r.from(), r.to()}).toList());
            }
        });
        Map<LocalDate, List<long[]>> own = new TreeMap<>();
        ownHours.forEach((date, ranges) -> own.put(date,
                ranges.stream().map(r -> new long[] {r.from(), r.to()}).toList()));
        return CalendarText.write(zone, week, everyDayWhole, closed, own);
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
        Duration open = openTime(from, to);
        if (closures.isEmpty()) {
            return open;
        }
        // A closed range of date D lies within D's local day: only the dates around the span.
        LocalDate first = localDate(from).minusDays(1);
        LocalDate last = localDate(to).plusDays(1);
        // Closed ranges take away the open time they cover; a date's own hours add their span.
        return open.minus(within(closures, first, last, from, to, openTimeMeasure))
                .plus(within(ownHours, first, last, from, to, Duration::between));
    }

    /**
     * Returns the sum of {@code measure} over the parts within {@code [from, to)} of the ranges
     * of the dates {@code first} to {@code last}.
     */
    private Duration within(NavigableMap<LocalDate, List<ClosedRange>> ranges, LocalDate first,
            LocalDate last, Instant from, Instant to,
            BiFunction<Instant, Instant, Duration> measure) {
        Duration sum = Duration.ZERO;
        for (Map.Entry<LocalDate, List<ClosedRange>> e
                : ranges.subMap(first, true, last, true).entrySet()) {
            for (ClosedRange range : e.getValue()) {
                Instant x = later(from, atNanoOfDay(e.getKey(), range.from()));
                Instant y = earlier(to, atNanoOfDay(e.getKey(), range.to()));
                if (x.isBefore(y)) {
                    sum = sum.plus(measure.apply(x, y));
                }
            }
        }
        return sum;
    }

    /**
     * Returns the local date of an instant in the zone, clamped to the dates {@code java.time}
     * can represent (the first and last {@link Instant}s lie beyond them).
     */
    private LocalDate localDate(Instant instant) {
        if (instant.isBefore(DAY_WALK_MIN)) {
            return LocalDate.MIN.plusDays(2);
        }
        if (instant.isAfter(DAY_WALK_MAX)) {
            return LocalDate.MAX.minusDays(2);
        }
        return LocalDate.ofInstant(instant, zone);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Spans up to this long are walked day by day. */
    private static final Duration SHORT_SPAN = Duration.ofDays(8);
    /** How long after or before a change of the zone's offset the weekly pattern may not hold. */
    private static final Duration MARGIN = Duration.ofDays(3);
    /** The Gregorian cycle: 146,097 days, exactly 20,871 weeks, after which the calendar repeats. */
    private static final Duration CYCLE = Duration.ofDays(146_097);
    /** The instants between which local dates, a day on either side, can be represented. */
    private static final Instant DAY_WALK_MIN = LocalDate.MIN.plusDays(3)
            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    private static final Instant DAY_WALK_MAX = LocalDate.MAX.minusDays(3)
            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    /**
     * Returns the working time in {@code [from, to)} ignoring closed dates. A short span is
     * walked day by day; a long one is split where the zone's offset changes, and between
     * changes (three days clear of them) whole weeks count the weekly hours at once. Past the
     * zone's last listed transition its yearly rules repeat every 400 years, so whole cycles
     * count at once too: the work does not depend on the length of the span beyond a few
     * centuries, and {@link Instant#MIN} to {@link Instant#MAX} is fine.
     */
    private Duration openTime(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        if (!from.isBefore(DAY_WALK_MIN) && !to.isAfter(DAY_WALK_MAX)
                && Duration.between(from, to).compareTo(SHORT_SPAN) <= 0) {
            return dayWalk(from, to);
        }
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return weekly(from, to, rules.getOffset(Instant.EPOCH));
        }
        Instant periodic = periodicFrom(rules);
        if (periodic == null || !to.isAfter(periodic)) {
            return segments(from, to, rules);
        }
        Duration before = from.isBefore(periodic) ? segments(from, periodic, rules) : Duration.ZERO;
        Instant start = from.isBefore(periodic) ? periodic : from;
        // [start, to): whole cycles, then the rest moved back into the first two cycles.
        long seconds = to.getEpochSecond() - start.getEpochSecond();
        long cycles = seconds / CYCLE.getSeconds() - 1;
        Duration total = before;
        if (cycles > 0) {
            total = total.plus(cycleTime(periodic).multipliedBy(cycles));
            start = start.plusSeconds(cycles * CYCLE.getSeconds());
        }
        long back = (start.getEpochSecond() - periodic.getEpochSecond()) / CYCLE.getSeconds();
        Duration shift = CYCLE.multipliedBy(back);
        return total.plus(segments(start.minus(shift), to.minus(shift), rules));
    }

    /** The working time of one 400-year cycle from {@link #periodicFrom}, computed once. */
    private volatile Duration cycle;

    private Duration cycleTime(Instant periodic) {
        Duration c = cycle;
        if (c == null) {
            c = segments(periodic, periodic.plus(CYCLE), zone.getRules());
            cycle = c;
        }
        return c;
    }

    /**
     * Returns the instant from which the zone's offsets follow its yearly rules alone, so that
     * they repeat every 400 years: two years after its last listed transition; null when the
     * zone has no yearly rules (then it has only the listed transitions).
     */
    private static Instant periodicFrom(ZoneRules rules) {
        if (rules.getTransitionRules().isEmpty()) {
            return null;
        }
        List<ZoneOffsetTransition> listed = rules.getTransitions();
        Instant last = listed.isEmpty() ? Instant.parse("1970-01-01T00:00:00Z")
                : listed.get(listed.size() - 1).getInstant();
        return last.plus(Duration.ofDays(2 * 366));
    }

    /**
     * Returns the working time in {@code [from, to)}, ignoring closed dates, by stretches of one
     * offset: walked day by day within {@link #MARGIN} of a change of offset (where a working
     * interval may map to instants by the other offset), by whole weeks elsewhere.
     */
    private Duration segments(Instant from, Instant to, ZoneRules rules) {
        Duration total = Duration.ZERO;
        Instant t = from;
        ZoneOffsetTransition previous = rules.previousTransition(from.plusNanos(1));
        while (t.isBefore(to)) {
            ZoneOffsetTransition next = rules.nextTransition(t);
            Instant end = next == null || next.getInstant().isAfter(to) ? to : next.getInstant();
            Instant clearFrom = previous == null ? t
                    : later(t, previous.getInstant().plus(MARGIN));
            Instant clearTo = next == null ? end : earlier(end, next.getInstant().minus(MARGIN));
            if (clearFrom.isBefore(clearTo)) {
                total = total.plus(dayWalk(t, clearFrom))
                        .plus(weekly(clearFrom, clearTo, rules.getOffset(t)))
                        .plus(dayWalk(clearTo, end));
            } else {
                total = total.plus(dayWalk(t, end));
            }
            previous = next;
            t = end;
        }
        return total;
    }

    /**
     * Returns the working time in {@code [from, to)} in a stretch of constant offset where every
     * working interval maps to instants by that offset: the weekly hours repeat, so
     * {@code G(to) − G(from)} with {@code G} the working time since a Monday 00:00, whole weeks
     * times the weekly hours plus the part of the last week.
     */
    private Duration weekly(Instant from, Instant to, ZoneOffset offset) {
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        return sinceMonday(to, offset).minus(sinceMonday(from, offset));
    }

    private Duration sinceMonday(Instant instant, ZoneOffset offset) {
        // Epoch day 0 (1970-01-01) is a Thursday: Mondays are 3 days before it, modulo 7.
        long local = instant.getEpochSecond() + offset.getTotalSeconds() + 3 * 86_400L;
        long weeks = Math.floorDiv(local, 604_800L);
        long inWeek = Math.floorMod(local, 604_800L) * 1_000_000_000L + instant.getNano();
        return Duration.ofNanos(weekNanos).multipliedBy(weeks).plusNanos(openInWeek(inWeek));
    }

    /** Returns the working nanoseconds of a week from Monday 00:00 to {@code t} nanoseconds. */
    private long openInWeek(long t) {
        long open = 0;
        for (Shift[] day : shifts) {
            for (Shift shift : day) {
                long s = shift.startOfWeek();
                long e = s + shift.length();
                open += overlap(s, e, t) + overlap(s - NANOS_PER_WEEK, e - NANOS_PER_WEEK, t);
            }
        }
        return open;
    }

    private static long overlap(long start, long end, long t) {
        return Math.max(0, Math.min(end, t) - Math.max(start, 0));
    }

    /**
     * Returns the working time in {@code [from, to)}, ignoring closed dates, day by day: each
     * working interval of each local date (from the day before, whose overnight interval may
     * still run) becomes instants in the zone. The reference for every other way.
     */
    private Duration dayWalk(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        long seconds = 0;
        long nanos = 0;
        LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1);
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (Shift shift : shifts[day.getDayOfWeek().ordinal()]) {
                Instant start = at(day, shift.start());
                if (!start.isBefore(to)) {
                    break;
                }
                Instant end = at(shift.overnight() ? day.plusDays(1) : day, shift.end());
                Instant a = later(start, from);
                Instant b = earlier(end, to);
                if (a.isBefore(b)) {
                    seconds += b.getEpochSecond() - a.getEpochSecond();
                    nanos += b.getNano() - a.getNano();
                }
            }
        }
        return Duration.ofSeconds(seconds, nanos);
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
        if (instant.equals(Instant.MAX)) {
            return !businessDuration(instant.minusNanos(1), instant).isZero();
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
                && Arrays.deepEquals(shifts, other.shifts) && closures.equals(other.closures)
                && ownHours.equals(other.ownHours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, Arrays.deepHashCode(shifts), closures, ownHours);
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
        // dates with their own hours only when there are some: other calendars keep their text
        ownHours.forEach((date, ranges) -> {
            s.append(";own hours ").append(date);
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
        int closed = closures.size() - ownHours.size();
        if (closed > 0) {
            s += "; " + closed + (closed == 1 ? " closed date" : " closed dates");
        }
        if (!ownHours.isEmpty()) {
            s += "; " + ownHours.size() + (ownHours.size() == 1 ? " date" : " dates")
                    + " with own hours";
        }
        return s;
    }

    /**
     * A builder of {@link BusinessCalendar}s. Intervals and closed dates accumulate; nothing is
     * checked against the rest until {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final ZoneId zone;
        private final List<Shift> shifts = new ArrayList<>();
        private final Map<LocalDate, List<ClosedRange>> closed = new TreeMap<>();
        private final Map<LocalDate, List<ClosedRange>> own = new TreeMap<>();

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
            closed.computeIfAbsent(date, d -> new ArrayList<>())
                    .add(rangeOn(date, from, to, "closed hours must end after they start: "));
            return this;
        }

        /**
         * Gives a date its own working hours, {@code [start, end)} in local time, instead of its
         * weekly hours: call it once per interval (a lunch break is two). The date's hours may
         * go beyond its weekly hours, or open a day that has none (a Saturday opened for a
         * campaign); its weekly hours, and the morning part of an overnight shift from the
         * evening before, do not count. An {@code end} of {@link LocalTime#MIDNIGHT} is the end
         * of the date; the hours do not run into the next date.
         *
         * <p>Example: weekly Monday–Friday 09:00–18:00, and Saturday 2024-11-30 opened 10:00–14:00
         * and 15:00–18:00 for a campaign: from Friday 17:00 to Monday 10:00 is 1 + 4 + 3 + 1 = 9
         * business hours.
         *
         * @throws IllegalArgumentException if {@code end} is neither after {@code start} nor
         *     midnight
         */
        public Builder hoursOn(LocalDate date, LocalTime start, LocalTime end) {
            Checks.requireNonNull(date, "date");
            Checks.requireNonNull(start, "start");
            Checks.requireNonNull(end, "end");
            own.computeIfAbsent(date, d -> new ArrayList<>()).add(rangeOn(date, start, end,
                    "the hours of a date must end after they start, on that date: "));
            return this;
        }

        /**
         * Returns the calendar.
         *
         * @throws IllegalArgumentException if there are no working intervals, two of them
         *     overlap (within a day, across midnight or across the end of the week), the hours
         *     of a date overlap, or a date has both its own hours and closed hours
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
            TreeMap<LocalDate, List<ClosedRange>> merged = new TreeMap<>();
            closed.forEach((date, ranges) -> merged.put(date, merge(ranges)));
            TreeMap<LocalDate, List<ClosedRange>> ownMerged = new TreeMap<>();
            for (Map.Entry<LocalDate, List<ClosedRange>> e : own.entrySet()) {
                LocalDate date = e.getKey();
                if (merged.containsKey(date)) {
                    throw new IllegalArgumentException("a date must not have both its own hours"
                            + " and closed hours: " + date + " (its own hours already close the"
                            + " rest of it)");
                }
                List<ClosedRange> hours = new ArrayList<>(e.getValue());
                hours.sort(Comparator.comparingLong(ClosedRange::from));
                for (int i = 1; i < hours.size(); i++) {
                    if (hours.get(i).from() < hours.get(i - 1).to()) {
                        throw new IllegalArgumentException("the hours of " + date
                                + " must not overlap: " + text(hours.get(i - 1)) + " and "
                                + text(hours.get(i)));
                    }
                }
                ownMerged.put(date, merge(hours));
                merged.put(date, List.of(new ClosedRange(0, NANOS_PER_DAY)));
            }
            return new BusinessCalendar(zone, table, Collections.unmodifiableNavigableMap(merged),
                    Collections.unmodifiableNavigableMap(ownMerged));
        }

        private static String text(ClosedRange r) {
            return LocalTime.ofNanoOfDay(r.from()) + "-" + (r.to() == NANOS_PER_DAY
                    ? "24:00" : LocalTime.ofNanoOfDay(r.to()).toString());
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
