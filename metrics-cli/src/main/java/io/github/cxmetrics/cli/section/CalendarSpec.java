package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.UsageException;
import io.github.cxmetrics.support.BusinessCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The business hours of {@code --calendar}, for support durations in business time: a zone,
 * working hours per weekday, holidays and dates with special hours, or {@code 24/7}. Written as
 * clauses separated by {@code ;} or new lines (in the option or in a file it names):
 * <pre>
 * mon-fri 09:00-18:00
 * mon-thu 09:00-12:00,13:00-18:00; fri 09:00-15:00
 * sat 22:00-06:00                      (overnight: until 06:00 on Sunday)
 * holidays 2024-12-25,2024-12-26
 * 2024-12-24 09:00-13:00               (special hours on one date)
 * zone Europe/Berlin                   (default: --zone)
 * 24/7
 * </pre>
 * Immutable.
 *
 * @param zone the zone of the hours
 * @param always whether every hour is a business hour
 * @param weekly working ranges per weekday (only days with hours)
 * @param holidays dates without working hours
 * @param special dates with their own working ranges, replacing the weekday's
 */
public record CalendarSpec(
        ZoneId zone,
        boolean always,
        Map<DayOfWeek, List<TimeRange>> weekly,
        Set<LocalDate> holidays,
        Map<LocalDate, List<TimeRange>> special) {

    /**
     * A working range of a day, {@code [start, end)}; an end not after the start runs into the
     * next day (an overnight shift); {@code 24:00} is written as an end of {@code 00:00}.
     *
     * @param start the first working minute
     * @param end the end of the range
     */
    record TimeRange(LocalTime start, LocalTime end) {
        /** Returns whether the range runs past midnight. */
        boolean overnight() {
            return !end.isAfter(start);
        }

        @Override
        public String toString() {
            return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
        }
    }

    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    /**
     * Parses a calendar: the text of the option, or the contents of the file it names.
     *
     * @param text the option's value
     * @param defaultZone the zone when the calendar names none
     * @throws UsageException if the calendar is not valid
     */
    static CalendarSpec parse(String text, ZoneId defaultZone) {
        String spec = text;
        Path path = null;
        try {
            path = Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            // not a file name: the calendar itself
        }
        if (path != null && Files.isRegularFile(path)) {
            try {
                spec = Files.readString(path);
            } catch (IOException e) {
                throw new UsageException("--calendar: cannot read " + path + ": " + e.getMessage());
            }
        }
        ZoneId zone = defaultZone;
        boolean always = false;
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        Set<LocalDate> holidays = new TreeSet<>();
        Map<LocalDate, List<TimeRange>> special = new TreeMap<>();
        List<String> clauses = new ArrayList<>();
        for (String line : spec.split("[;\\n]")) {
            String clause = line.replaceAll("#.*", "").strip();
            if (!clause.isEmpty()) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            throw new UsageException("--calendar: no business hours given: '" + text + "'");
        }
        for (String clause : clauses) {
            String[] parts = clause.split("\\s+", 2);
            String head = parts[0].toLowerCase(Locale.ROOT);
            if (head.equals("24/7")) {
                if (parts.length > 1) {
                    throw bad(clause, "24/7 takes nothing after it");
                }
                always = true;
            } else if (head.equals("zone")) {
                try {
                    zone = ZoneId.of(argument(clause, parts));
                } catch (DateTimeException e) {
                    throw bad(clause, "unknown time zone");
                }
            } else if (head.equals("holidays") || head.equals("holiday")) {
                for (String date : argument(clause, parts).split(",")) {
                    holidays.add(date(clause, date.strip()));
                }
            } else if (Character.isDigit(head.charAt(0))) {
                LocalDate date = date(clause, head);
                if (special.put(date, ranges(clause, argument(clause, parts))) != null) {
                    throw bad(clause, "the date " + date + " is given twice");
                }
            } else {
                List<TimeRange> ranges = ranges(clause, argument(clause, parts));
                for (DayOfWeek day : days(clause, head)) {
                    if (weekly.put(day, ranges) != null) {
                        throw bad(clause, day.name().toLowerCase(Locale.ROOT).substring(0, 3)
                                + " is given twice");
                    }
                }
            }
        }
        if (always && (!weekly.isEmpty() || !special.isEmpty())) {
            throw new UsageException("--calendar: 24/7 cannot be combined with working hours");
        }
        if (!always && weekly.isEmpty() && special.isEmpty()) {
            throw new UsageException("--calendar: no working hours given: '" + text.strip() + "'");
        }
        CalendarSpec calendar = new CalendarSpec(zone, always, Collections.unmodifiableMap(weekly),
                Collections.unmodifiableSet(holidays), Collections.unmodifiableMap(special));
        calendar.toBusinessCalendar();
        return calendar;
    }

    /**
     * Returns the library's calendar of these hours. A date with special hours is the weekday's
     * hours shortened to them: its other hours are closed ({@link BusinessCalendar.Builder#closed}),
     * so the special hours must lie within the weekly hours of that date and end on it (the
     * library's calendar can close hours on a date, not add any).
     *
     * @throws UsageException if working hours overlap, or special hours go beyond the weekly ones
     */
    BusinessCalendar toBusinessCalendar() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
        if (always) {
            builder.alwaysOpen();
        }
        weekly.forEach((day, ranges) -> ranges.forEach(r -> builder.hours(day, r.start(), r.end())));
        holidays.forEach(builder::holiday);
        BusinessCalendar weeklyOnly = build(builder);
        if (special.isEmpty()) {
            return weeklyOnly;
        }
        for (Map.Entry<LocalDate, List<TimeRange>> e : special.entrySet()) {
            LocalDate date = e.getKey();
            List<TimeRange> ranges = new ArrayList<>(e.getValue());
            ranges.sort(Comparator.comparing(TimeRange::start));
            LocalTime open = LocalTime.MIDNIGHT;
            boolean dayEnded = false;
            for (TimeRange r : ranges) {
                boolean toMidnight = r.end().equals(LocalTime.MIDNIGHT);
                if (r.overnight() && !toMidnight) {
                    throw new UsageException("--calendar: the hours of " + date
                            + " must end on that date: " + r);
                }
                if (dayEnded || r.start().isBefore(open)) {
                    throw new UsageException("--calendar: the hours of " + date + " overlap: "
                            + joined(e.getValue()));
                }
                Instant start = date.atTime(r.start()).atZone(zone).toInstant();
                Instant end = (toMidnight ? date.plusDays(1).atStartOfDay() : date.atTime(r.end()))
                        .atZone(zone).toInstant();
                if (!weeklyOnly.businessDuration(start, end).equals(Duration.between(start, end))) {
                    throw new UsageException("--calendar: the hours of " + date + " (" + r
                            + ") must lie within its weekly hours, not on a holiday: a date's"
                            + " hours can be shortened, not extended");
                }
                if (r.start().isAfter(open)) {
                    builder.closed(date, open, r.start());
                }
                open = r.end();
                dayEnded = toMidnight;
            }
            if (!dayEnded) {
                builder.closed(date, open, LocalTime.MIDNIGHT);
            }
        }
        return build(builder);
    }

    private static BusinessCalendar build(BusinessCalendar.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--calendar: " + e.getMessage());
        }
    }

    private static String argument(String clause, String[] parts) {
        if (parts.length < 2 || parts[1].isBlank()) {
            throw bad(clause, "'" + parts[0] + "' needs a value after it");
        }
        return parts[1].strip();
    }

    private static List<DayOfWeek> days(String clause, String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] range = item.split("-", -1);
            if (range.length > 2) {
                throw bad(clause, "days must be like mon, mon-fri or mon,wed: " + text);
            }
            int first = day(clause, range[0]);
            int last = range.length == 2 ? day(clause, range[1]) : first;
            if (last < first) {
                throw bad(clause, "day range must run forward: " + item);
            }
            for (int d = first; d <= last; d++) {
                days.add(DayOfWeek.of(d + 1));
            }
        }
        return days;
    }

    private static int day(String clause, String text) {
        for (int i = 0; i < DAYS.length; i++) {
            if (DAYS[i].equals(text.strip())) {
                return i;
            }
        }
        throw bad(clause, "unknown day '" + text + "' (mon, tue, wed, thu, fri, sat or sun)");
    }

    private static List<TimeRange> ranges(String clause, String text) {
        List<TimeRange> ranges = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] bounds = item.strip().split("-");
            if (bounds.length != 2) {
                throw bad(clause, "hours must be like 09:00-18:00: " + item.strip());
            }
            LocalTime start = time(clause, bounds[0], false);
            LocalTime end = time(clause, bounds[1], true);
            if (start.equals(end)) {
                throw bad(clause, "hours must not be empty: " + item.strip());
            }
            ranges.add(new TimeRange(start, end));
        }
        return List.copyOf(ranges);
    }

    private static LocalTime time(String clause, String text, boolean end) {
        String t = text.strip();
        if (end && t.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            if (!t.matches("\\d{2}:\\d{2}")) {
                throw new DateTimeException(t);
            }
            return LocalTime.parse(t);
        } catch (DateTimeException e) {
            throw bad(clause, "time must be HH:MM: " + t);
        }
    }

    private static LocalDate date(String clause, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw bad(clause, "date must be YYYY-MM-DD: " + text);
        }
    }

    private static UsageException bad(String clause, String what) {
        return new UsageException("--calendar: " + what + " (in '" + clause + "')");
    }

    /** Returns a one-line description, such as {@code mon-fri 09:00-18:00, Europe/Berlin}. */
    String describe() {
        if (always) {
            return "24/7";
        }
        StringBuilder s = new StringBuilder();
        weekly.forEach((day, ranges) -> s.append(s.length() == 0 ? "" : "; ")
                .append(DAYS[day.getValue() - 1]).append(' ').append(joined(ranges)));
        special.forEach((date, ranges) -> s.append(s.length() == 0 ? "" : "; ")
                .append(date).append(' ').append(joined(ranges)));
        if (!holidays.isEmpty()) {
            s.append("; ").append(holidays.size()).append(holidays.size() == 1 ? " holiday" : " holidays");
        }
        return s.append(", ").append(zone).toString();
    }

    private static String joined(List<TimeRange> ranges) {
        return String.join(",", ranges.stream().map(TimeRange::toString).toList());
    }
}
