package io.github.cxmetrics.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Business time over long spans: by whole weeks and whole 400-year cycles, it equals the sum of
 * the same span cut into pieces of at most a week (which are walked day by day), and the whole
 * range of {@link Instant} is fine.
 */
class BusinessCalendarLongSpanTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    /** The span cut into pieces of at most {@code piece}, each measured on its own. */
    private static Duration byPieces(BusinessCalendar c, Instant from, Instant to,
            Duration piece) {
        Duration sum = Duration.ZERO;
        for (Instant t = from; t.isBefore(to); ) {
            Instant next = t.plus(piece).isBefore(to) ? t.plus(piece) : to;
            sum = sum.plus(c.businessDuration(t, next));
            t = next;
        }
        return sum;
    }

    @Test
    void aYearOfWeekdays_isItsWorkingDaysTimesNineHours() {
        // 2024 starts on a Monday and has 366 days: 52 weeks and a Monday and a Tuesday, so 262
        // weekdays of 9 hours; in UTC without holidays.
        BusinessCalendar utc = BusinessCalendar.builder(ZoneOffset.UTC).weekdays(NINE, SIX_PM)
                .build();
        assertEquals(Duration.ofHours(262 * 9), utc.businessDuration(
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")));
        // With Christmas and Boxing Day (a Wednesday and a Thursday) closed: 260 days.
        BusinessCalendar christmas = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(NINE, SIX_PM).holiday(LocalDate.of(2024, 12, 25))
                .holiday(LocalDate.of(2024, 12, 26)).build();
        assertEquals(Duration.ofHours(260 * 9), christmas.businessDuration(
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")));
    }

    @Test
    void aMillionYears_isWholeWeeksOfFortyFiveHours() {
        BusinessCalendar utc = BusinessCalendar.builder(ZoneOffset.UTC).weekdays(NINE, SIX_PM)
                .build();
        // 2024-01-01 is a Monday; 2,500 cycles of 400 years are 2,500 × 20,871 weeks.
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        Instant to = LocalDate.of(1_002_024, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertEquals(Duration.ofHours(45L * 20_871 * 2_500), utc.businessDuration(from, to));
    }

    @Test
    void theWholeRangeOfInstants_isMeasured() {
        for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
                ZoneId.of("America/Santiago"), ZoneId.of("Asia/Kolkata"))) {
            BusinessCalendar c = BusinessCalendar.builder(zone).weekdays(NINE, SIX_PM)
                    .holiday(LocalDate.of(2024, 12, 25)).build();
            Duration all = c.businessDuration(Instant.MIN, Instant.MAX);
            Instant middle = Instant.parse("2024-06-01T12:00:00Z");
            assertEquals(all, c.businessDuration(Instant.MIN, middle)
                    .plus(c.businessDuration(middle, Instant.MAX)), zone.toString());
            // 45 of the 168 hours of a week, to within a week.
            Duration span = Duration.between(Instant.MIN, Instant.MAX);
            Duration expected = span.multipliedBy(45).dividedBy(168);
            assertTrue(all.minus(expected).abs().compareTo(Duration.ofDays(7)) < 0,
                    zone + ": " + all + " vs " + expected);
            c.isOpen(Instant.MIN);
            c.isOpen(Instant.MAX);
        }
    }

    /**
     * Random calendars (overnight shifts, several intervals a day, partial and whole closed
     * dates) in zones with daylight saving, over spans from days to centuries: the whole equals
     * the pieces, which are walked day by day.
     */
    @Test
    void longSpans_equalTheirPiecesWalkedDayByDay() {
        Random random = new Random(20_260_113L);
        List<ZoneId> zones = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/Santiago"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/New_York"),
                ZoneId.of("Pacific/Apia"), ZoneOffset.ofHours(-3));
        for (int i = 0; i < 25; i++) {
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                int start = 1 + random.nextInt(10);
                b.hours(day, LocalTime.of(start, 30), LocalTime.of(start + 3, 0));
                if (random.nextBoolean()) {
                    b.hours(day, LocalTime.of(20, 0), LocalTime.of(random.nextInt(2), 15));
                }
            }
            b.hours(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(15, 0));
            for (int h = 0; h < 5; h++) {
                LocalDate date = LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                if (random.nextBoolean()) {
                    b.holiday(date);
                } else {
                    b.closed(date, LocalTime.of(10, 0), LocalTime.of(21, 0));
                }
            }
            BusinessCalendar c = b.build();
            Instant from = Instant.parse("1960-01-01T00:00:00Z")
                    .plusSeconds((long) (random.nextDouble() * 100 * 365.25 * 86_400));
            long days = random.nextInt(4) == 0 ? 30 + random.nextInt(400)
                    : 2_000 + random.nextInt(5_000);
            Instant to = from.plus(Duration.ofDays(days)).plusSeconds(random.nextInt(86_400));
            assertEquals(byPieces(c, from, to, Duration.ofDays(7)), c.businessDuration(from, to),
                    c + " from " + from + " to " + to);
        }
    }

    @Test
    void farFuture_equalsTheSameSpanFourHundredYearsEarlier() {
        BusinessCalendar berlin = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(NINE, SIX_PM).build();
        Instant from = Instant.parse("2100-03-20T10:00:00Z");
        Instant to = Instant.parse("2100-11-03T10:00:00Z");
        Duration cycle = Duration.ofDays(146_097);
        assertEquals(berlin.businessDuration(from, to), berlin.businessDuration(
                from.plus(cycle.multipliedBy(2_000)), to.plus(cycle.multipliedBy(2_000))));
        assertEquals(byPieces(berlin, from, to, Duration.ofDays(7)),
                berlin.businessDuration(from, to));
        // And across a century of daylight saving changes past the last listed one.
        Instant later = Instant.parse("2160-01-01T00:00:00Z");
        assertEquals(byPieces(berlin, from, later, Duration.ofDays(7)),
                berlin.businessDuration(from, later));
    }
}
