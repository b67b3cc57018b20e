package io.github.cxmetrics.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Business time over spans longer than a week (counted by whole weeks, not walked day by day):
 * shifts across the end of the week and of a whole day, a span centuries ahead, the last
 * instant; and the checks of a date's own hours.
 */
class BusinessCalendarWeeklyTest {

    /** Monday 2024-04-08 00:00 UTC. */
    private static final Instant MONDAY = Instant.parse("2024-04-08T00:00:00Z");

    /** The business time of {@code [from, to)} as the sum of day-walked pieces of a day. */
    private static Duration byDays(BusinessCalendar c, Instant from, Instant to) {
        Duration sum = Duration.ZERO;
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofDays(1))) {
            Instant end = t.plus(Duration.ofDays(1));
            sum = sum.plus(c.businessDuration(t, end.isAfter(to) ? to : end));
        }
        return sum;
    }

    @Test
    void sundayNightShift_runsIntoTheNextWeek() {
        // Sunday 22:00-04:00 UTC. From Monday 8 April 02:00 to Sunday 28 April 23:00: 2 h left
        // of the night of the 7th, 6 h on the nights of the 14th and the 21st, 1 h of the night
        // of the 28th: 15 h.
        BusinessCalendar night = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(4, 0)).build();
        Instant from = MONDAY.plus(Duration.ofHours(2));
        Instant to = MONDAY.plus(Duration.ofDays(20)).plus(Duration.ofHours(23));
        assertEquals(Duration.ofHours(15), night.businessDuration(from, to));
        assertEquals(Duration.ofHours(15), byDays(night, from, to));
        // whole weeks from Monday 02:00: 6 h each
        assertEquals(Duration.ofHours(18), night.businessDuration(from, from.plus(Duration.ofDays(21))));
    }

    @Test
    void shiftEndingWhenItStarts_lastsADay() {
        // Monday 09:00 to Tuesday 09:00: 24 h a week, 96 h in four weeks
        BusinessCalendar day = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)).build();
        Instant to = MONDAY.plus(Duration.ofDays(28));
        assertEquals(Duration.ofHours(96), day.businessDuration(MONDAY, to));
        assertEquals(Duration.ofHours(96), byDays(day, MONDAY, to));
        assertTrue(day.isOpen(MONDAY.plus(Duration.ofHours(32))));    // Tuesday 08:00
        assertFalse(day.isOpen(MONDAY.plus(Duration.ofHours(33))));   // Tuesday 09:00
    }

    @Test
    void spanCenturiesAhead_keepsItsSummerTime() {
        // Berlin 2350 follows the yearly rules (summer time, UTC+2); 400 years earlier, 1950,
        // had none. Monday 3 July 2350 08:00 UTC is 10:00 in Berlin: 7 h that day, not 8.
        BusinessCalendar berlin = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
        Instant from = Instant.parse("2350-07-03T08:00:00Z");
        // to Thursday the 20th at 22:00, closed (in 1950, 21:00: closed too)
        Instant to = Instant.parse("2350-07-20T20:00:00Z");
        // 7 h on the 3rd, then 4 + 5 + 4 whole weekdays of 8 h
        assertEquals(Duration.ofHours(7 + 8 * 13), byDays(berlin, from, to));
        assertEquals(byDays(berlin, from, to), berlin.businessDuration(from, to));
    }

    @Test
    void theLastInstant_isOpenWhenItsShiftRunsToMidnight() {
        // Instant.MAX is 23:59:59.999999999 UTC
        BusinessCalendar afternoons = BusinessCalendar.builder(ZoneOffset.UTC)
                .everyDay(LocalTime.NOON, LocalTime.MIDNIGHT).build();
        assertTrue(afternoons.isOpen(Instant.MAX));
        BusinessCalendar office = BusinessCalendar.builder(ZoneOffset.UTC)
                .everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
        assertFalse(office.isOpen(Instant.MAX));
    }

    @Test
    void ownHours_mayTouch_butNotOverlap() {
        LocalDate saturday = LocalDate.of(2024, 11, 30);
        BusinessCalendar.Builder base = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0));
        BusinessCalendar touching = base.hoursOn(saturday, LocalTime.of(10, 0), LocalTime.of(12, 0))
                .hoursOn(saturday, LocalTime.of(12, 0), LocalTime.of(14, 0)).build();
        Instant start = saturday.atStartOfDay(ZoneOffset.UTC).toInstant();
        assertEquals(Duration.ofHours(4), touching.businessDuration(start, start.plus(Duration.ofDays(1))));
        // the message names them in the order of the day, whatever the order they were given
        assertEquals("the hours of 2024-11-30 must not overlap: 10:00-16:00 and 15:00-18:00",
                assertThrows(IllegalArgumentException.class, () -> BusinessCalendar
                        .builder(ZoneOffset.UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                        .hoursOn(saturday, LocalTime.of(15, 0), LocalTime.of(18, 0))
                        .hoursOn(saturday, LocalTime.of(10, 0), LocalTime.of(16, 0)).build())
                        .getMessage());
        assertEquals("the hours of 2024-11-30 must not overlap: 20:00-24:00 and 22:00-23:00",
                assertThrows(IllegalArgumentException.class, () -> BusinessCalendar
                        .builder(ZoneOffset.UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                        .hoursOn(saturday, LocalTime.of(20, 0), LocalTime.MIDNIGHT)
                        .hoursOn(saturday, LocalTime.of(22, 0), LocalTime.of(23, 0)).build())
                        .getMessage());
    }
}
