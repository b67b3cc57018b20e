package io.github.cxmetrics.support;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The text form of a {@link BusinessCalendar}: the grammar of {@link BusinessCalendar#parse} and
 * its canonical writing, {@link BusinessCalendar#spec()}.
 */
final class CalendarText {

    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private CalendarText() {}

    /** A working or closed range of a day, {@code [start, end)}; an end of 00:00 is 24:00. */
    private record Range(LocalTime start, LocalTime end) {
        boolean overnight() {
            return !end.isAfter(start);
        }

        @Override
        public String toString() {
            return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
        }
    }

    static BusinessCalendar parse(String text, ZoneId defaultZone) {
        ZoneId zone = defaultZone;
        boolean always = false;
        Map<DayOfWeek, List<Range>> weekly = new EnumMap<>(DayOfWeek.class);
        Set<LocalDate> holidays = new TreeSet<>();
        Map<LocalDate, List<Range>> special = new TreeMap<>();
        Map<LocalDate, List<Range>> closed = new TreeMap<>();
        List<String> clauses = new ArrayList<>();
        for (String line : text.split("[;\\n]")) {
            String clause = line.replaceAll("#.*", "").strip();
            if (!clause.isEmpty()) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("no business hours given: '" + text + "'");
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
            } else if (head.equals("closed")) {
                String[] dateAndHours = argument(clause, parts).split("\\s+", 2);
                LocalDate date = date(clause, dateAndHours[0]);
                if (dateAndHours.length < 2) {
                    throw bad(clause, "closed needs a date and hours, such as closed 2024-12-24"
                            + " 13:00-24:00");
                }
                closed.computeIfAbsent(date, d -> new ArrayList<>())
                        .addAll(ranges(clause, dateAndHours[1]));
            } else if (Character.isDigit(head.charAt(0))) {
                LocalDate date = date(clause, head);
                if (special.put(date, ranges(clause, argument(clause, parts))) != null) {
                    throw bad(clause, "the date " + date + " is given twice");
                }
            } else {
                List<Range> ranges = ranges(clause, argument(clause, parts));
                for (DayOfWeek day : days(clause, head)) {
                    if (weekly.put(day, ranges) != null) {
                        throw bad(clause, day.name().toLowerCase(Locale.ROOT).substring(0, 3)
                                + " is given twice");
                    }
                }
            }
        }
        if (always && (!weekly.isEmpty() || !special.isEmpty())) {
            throw new IllegalArgumentException("24/7 cannot be combined with working hours");
        }
        if (!always && weekly.isEmpty() && special.isEmpty()) {
            throw new IllegalArgumentException("no working hours given: '" + text.strip() + "'");
        }
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
        if (always) {
            builder.alwaysOpen();
        }
        weekly.forEach((day, ranges) -> ranges.forEach(r -> builder.hours(day, r.start(), r.end())));
        holidays.forEach(builder::holiday);
        closed.forEach((date, ranges) -> ranges.forEach(r -> builder.closed(date, r.start(),
                r.end())));
        special.forEach((date, ranges) -> ranges.forEach(r -> {
            if (r.overnight() && !r.end().equals(LocalTime.MIDNIGHT)) {
                throw new IllegalArgumentException("the hours of " + date
                        + " must end on that date: " + r);
            }
            builder.hoursOn(date, r.start(), r.end());
        }));
        return builder.build();
    }

    /**
     * Writes a calendar in the grammar of {@link #parse}: the weekly hours with runs of days of
     * the same hours joined ({@code mon-fri 09:00-18:00}), or {@code 24/7}; the holidays; the
     * dates closed in part; the zone.
     */
    static String write(ZoneId zone, List<List<LocalTime[]>> week, boolean always,
            Map<LocalDate, List<long[]>> closures, Map<LocalDate, List<long[]>> ownHours) {
        List<String> clauses = new ArrayList<>();
        if (always) {
            clauses.add("24/7");
        } else {
            for (int d = 0; d < 7; d++) {
                if (week.get(d).isEmpty()) {
                    continue;
                }
                int last = d;
                while (last + 1 < 7 && same(week.get(last + 1), week.get(d))) {
                    last++;
                }
                List<String> ranges = new ArrayList<>();
                for (LocalTime[] shift : week.get(d)) {
                    ranges.add(new Range(shift[0], shift[1]).toString());
                }
                clauses.add(DAYS[d] + (last > d ? "-" + DAYS[last] : "") + " "
                        + String.join(",", ranges));
                d = last;
            }
        }
        List<String> holidays = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        closures.forEach((date, ranges) -> {
            if (ranges.size() == 1 && ranges.get(0)[0] == 0
                    && ranges.get(0)[1] == Duration.ofDays(1).toNanos()) {
                holidays.add(date.toString());
            } else {
                partial.add("closed " + date + " " + hours(ranges));
            }
        });
        if (!holidays.isEmpty()) {
            clauses.add("holidays " + String.join(",", holidays));
        }
        clauses.addAll(partial);
        ownHours.forEach((date, ranges) -> clauses.add(date + " " + hours(ranges)));
        clauses.add("zone " + zone);
        return String.join("; ", clauses);
    }

    /** Writes ranges in nanoseconds of a day as {@code 09:00-12:00,13:00-24:00}. */
    private static String hours(List<long[]> ranges) {
        List<String> hours = new ArrayList<>();
        for (long[] r : ranges) {
            hours.add(new Range(LocalTime.ofNanoOfDay(r[0]), r[1] == Duration.ofDays(1).toNanos()
                    ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(r[1])).toString());
        }
        return String.join(",", hours);
    }

    private static boolean same(List<LocalTime[]> a, List<LocalTime[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i)[0].equals(b.get(i)[0]) || !a.get(i)[1].equals(b.get(i)[1])) {
                return false;
            }
        }
        return true;
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

    private static List<Range> ranges(String clause, String text) {
        List<Range> ranges = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] bounds = item.strip().split("-");
            if (bounds.length != 2) {
                throw bad(clause, "hours must be like 09:00-18:00: " + item.strip());
            }
            LocalTime start = time(clause, bounds[0], false);
            LocalTime end = time(clause, bounds[1], true);
            if (start.equals(end) && !bounds[1].strip().equals("24:00")) {
                throw bad(clause, "hours must not be empty: " + item.strip());
            }
            ranges.add(new Range(start, end));
        }
        return List.copyOf(ranges);
    }

    private static LocalTime time(String clause, String text, boolean end) {
        String t = text.strip();
        if (end && t.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        return parsed(clause, t, "\\d{2}:\\d{2}", LocalTime::parse, "time must be HH:MM: ");
    }

    private static LocalDate date(String clause, String text) {
        return parsed(clause, text, "\\d{4}-\\d{2}-\\d{2}", LocalDate::parse,
                "date must be YYYY-MM-DD: ");
    }

    /** Parses {@code text} if it has the digits of {@code pattern} and is a real date or time. */
    private static <T> T parsed(String clause, String text, String pattern,
            Function<String, T> parser, String message) {
        try {
            if (!text.matches(pattern)) {
                throw new DateTimeException(text);
            }
            return parser.apply(text);
        } catch (DateTimeException e) {
            throw bad(clause, message + text);
        }
    }

    private static IllegalArgumentException bad(String clause, String what) {
        return new IllegalArgumentException(what + " (in '" + clause + "')");
    }
}
