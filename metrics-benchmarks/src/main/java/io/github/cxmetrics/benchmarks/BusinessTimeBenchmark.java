package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.support.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Business time of one long span (Europe/Berlin, Monday to Friday 09:00-18:00, two holidays a
 * year for ten years): the library, which counts whole weeks and 400-year cycles at once,
 * against the day-by-day walk people write. {@code size} is the span in days.
 */
public class BusinessTimeBenchmark extends BaseBenchmark {

    /** The span in days: a day, a year, a century. */
    @Param({"1", "365", "36525"})
    public int size;

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalTime OPEN = LocalTime.of(9, 0);
    static final LocalTime CLOSE = LocalTime.of(18, 0);

    BusinessCalendar calendar;
    Set<LocalDate> holidays;
    Instant from;
    Instant to;

    @Setup
    public void generate() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(BERLIN).weekdays(OPEN, CLOSE);
        holidays = new java.util.TreeSet<>();
        for (int year = 2024; year < 2034; year++) {
            holidays.add(LocalDate.of(year, 12, 25));
            holidays.add(LocalDate.of(year, 5, 1));
        }
        holidays.forEach(b::holiday);
        calendar = b.build();
        from = Instant.parse("2024-03-29T16:30:00Z");
        to = from.plus(Duration.ofDays(size)).plusSeconds(3_600);
    }

    @Benchmark
    public Duration library() {
        return calendar.businessDuration(from, to);
    }

    /** A million years, as hostile data asks; the walk would take half a minute. */
    @Benchmark
    public Duration libraryMillionYears() {
        return calendar.businessDuration(from, from.plus(Duration.ofDays(365_242_500L)));
    }

    /** What people write: each local date, its hours as zoned times, clipped to the span. */
    @Benchmark
    public Duration baselineDayWalk() {
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, BERLIN);
        for (LocalDate d = LocalDate.ofInstant(from, BERLIN); !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                    || holidays.contains(d)) {
                continue;
            }
            Instant start = ZonedDateTime.of(d, OPEN, BERLIN).toInstant();
            Instant end = ZonedDateTime.of(d, CLOSE, BERLIN).toInstant();
            Instant a = start.isAfter(from) ? start : from;
            Instant b = end.isBefore(to) ? end : to;
            if (a.isBefore(b)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }
}
