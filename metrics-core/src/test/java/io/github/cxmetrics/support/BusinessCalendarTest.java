package io.github.cxmetrics.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Business durations with hand-computed values. Dates: 2024-04-05 is a Friday; 2024-05-20 is
 * Whit Monday, a public holiday in Germany; Europe/Berlin springs forward on 2024-03-31 at 02:00
 * and falls back on 2024-10-27 at 03:00; America/Santiago springs forward at midnight on
 * 2024-09-08, so that date starts at 01:00.
 */
class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN)
            .weekdays(NINE, SIX_PM).build();

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    /** The business duration of {@code calendar} between two Berlin wall-clock times. */
    private static Duration business(BusinessCalendar calendar, String from, String to) {
        return calendar.businessDuration(berlin(from), berlin(to));
    }

    /** Spans in the office's hours (weekdays 09:00-18:00), Berlin wall-clock times. */
    @ParameterizedTest(name = "{0} to {1} is {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-04-05T17:30 | 2024-04-08T09:30 | PT60M | Friday 17:30-18:00 and Monday 09:00-09:30
            2024-02-28T17:00 | 2024-03-01T10:00 | PT11H | a leap day counts: Wednesday 28 February \
            17:00-18:00, Thursday 29th 9 hours, Friday 1 March 09:00-10:00
            2024-04-06T10:00 | 2024-04-06T10:00 | PT0S  | an empty span is zero
            2024-04-06T10:00 | 2024-04-06T11:00 | PT0S  | closed time (a Saturday) is zero
            """)
    void businessDuration_inTheOfficesHours_handComputed(String from, String to, Duration expected,
            String howItAddsUp) {
        assertEquals(expected, business(OFFICE, from, to));
    }

    @Test
    void businessDuration_overAPublicHolidayMonday_skipsTheHoliday() {
        BusinessCalendar withWhitMonday = BusinessCalendar.builder(BERLIN).weekdays(NINE, SIX_PM)
                .holiday(LocalDate.of(2024, 5, 20)).build();
        // Friday 17:30-18:00, Monday closed, Tuesday 09:00-09:30.
        assertEquals(Duration.ofMinutes(60),
                business(withWhitMonday, "2024-05-17T17:30", "2024-05-21T09:30"));
        // Without the holiday the Monday counts: 30 + 9 × 60 + 30 minutes.
        assertEquals(Duration.ofMinutes(600),
                business(OFFICE, "2024-05-17T17:30", "2024-05-21T09:30"));
    }

    @Test
    void businessDuration_overTheSpringForwardNight_countsRealTime() {
        Instant saturdayEvening = berlin("2024-03-30T20:00");
        Instant sundayMorning = berlin("2024-03-31T08:00");
        // 24/7: the wall clock advances 12 hours, the night has 11.
        assertEquals(Duration.ofHours(11), BusinessCalendar.alwaysOpen(BERLIN)
                .businessDuration(saturdayEvening, sundayMorning));
        // A night shift 22:00-06:00 lasts 7 real hours that night.
        BusinessCalendar nights = BusinessCalendar.builder(BERLIN)
                .everyDay(LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
        assertEquals(Duration.ofHours(7), nights.businessDuration(saturdayEvening, sundayMorning));
        // A Sunday interval 00:00-06:00 lasts 5 real hours.
        BusinessCalendar early = BusinessCalendar.builder(BERLIN)
                .hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)).build();
        assertEquals(Duration.ofHours(5), early.businessDuration(saturdayEvening, sundayMorning));
    }

    @Test
    void businessDuration_overTheFallBackNight_countsRealTime() {
        BusinessCalendar nights = BusinessCalendar.builder(BERLIN)
                .everyDay(LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
        assertEquals(Duration.ofHours(9), business(nights, "2024-10-26T20:00", "2024-10-27T08:00"));
    }

    @Test
    void businessDuration_intervalEndingInTheGap_endsWhenTheClockPassesIt() {
        // Open Sunday 00:00-02:30: 02:30 does not exist on 2024-03-31, so the interval ends at
        // the jump (02:00 winter time = 03:00 summer time): 2 hours.
        BusinessCalendar c = BusinessCalendar.builder(BERLIN)
                .hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 30)).build();
        assertEquals(Duration.ofHours(2), business(c, "2024-03-30T12:00", "2024-03-31T12:00"));
    }

    @Test
    void businessDuration_lunchBreak_isNotCounted() {
        BusinessCalendar c = BusinessCalendar.builder(BERLIN)
                .weekdays(NINE, LocalTime.NOON).weekdays(LocalTime.of(13, 0), SIX_PM).build();
        // Monday 11:00-12:00 and 13:00-14:00.
        assertEquals(Duration.ofHours(2), business(c, "2024-04-08T11:00", "2024-04-08T14:00"));
        assertEquals(Duration.ofHours(8), business(c, "2024-04-08T00:00", "2024-04-09T00:00"));
    }

    @Test
    void businessDuration_overnightShiftAcrossTheEndOfTheWeek_counts() {
        BusinessCalendar c = BusinessCalendar.builder(BERLIN)
                .hours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
        // Sunday 23:00 to Monday 06:00.
        assertEquals(Duration.ofHours(7), business(c, "2024-04-07T23:00", "2024-04-08T07:00"));
        assertTrue(c.isOpen(berlin("2024-04-08T05:59")));
        assertFalse(c.isOpen(berlin("2024-04-08T06:00")));
    }

    @Test
    void businessDuration_holidayAfterAnOvernightShift_closesItsMorningPart() {
        BusinessCalendar c = BusinessCalendar.builder(ZoneId.of("UTC"))
                .everyDay(LocalTime.of(22, 0), LocalTime.of(6, 0))
                .holiday(LocalDate.of(2024, 1, 2)).build();
        // Monday 22:00-24:00 counts, Tuesday 00:00-06:00 is on the holiday.
        assertEquals(Duration.ofHours(2), c.businessDuration(
                Instant.parse("2024-01-01T21:00:00Z"), Instant.parse("2024-01-02T07:00:00Z")));
    }

    @Test
    void businessDuration_partialHoliday_closesPartOfTheDay() {
        BusinessCalendar c = BusinessCalendar.builder(BERLIN).weekdays(NINE, SIX_PM)
                .closed(LocalDate.of(2024, 12, 24), LocalTime.of(13, 0), LocalTime.MIDNIGHT)
                .holidays(List.of(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26)))
                .build();
        // Christmas Eve 09:00-13:00 only.
        assertEquals(Duration.ofHours(4), business(c, "2024-12-24T00:00", "2024-12-25T00:00"));
        // Tuesday 24th 12:00-13:00, 25th and 26th closed, Friday 27th 09:00-10:00.
        assertEquals(Duration.ofHours(2), business(c, "2024-12-24T12:00", "2024-12-27T10:00"));
    }

    @Test
    void businessDuration_overTheYearEnd_skipsNewYearsDay() {
        BusinessCalendar c = BusinessCalendar.builder(BERLIN).weekdays(NINE, SIX_PM)
                .holiday(LocalDate.of(2025, 1, 1)).build();
        // Tuesday 31 December 17:00-18:00, Thursday 2 January 09:00-10:00.
        assertEquals(Duration.ofHours(2), business(c, "2024-12-31T17:00", "2025-01-02T10:00"));
    }

    @Test
    void businessDuration_holidayStartingInAGap_lastsTheDaysRealLength() {
        ZoneId santiago = ZoneId.of("America/Santiago");
        BusinessCalendar c = BusinessCalendar.builder(santiago).alwaysOpen()
                .holiday(LocalDate.of(2024, 9, 8)).build();
        Instant from = LocalDateTime.parse("2024-09-07T12:00").atZone(santiago).toInstant();
        Instant to = LocalDateTime.parse("2024-09-09T12:00").atZone(santiago).toInstant();
        // 47 real hours (a 23-hour Sunday) minus the 23-hour holiday.
        assertEquals(Duration.ofHours(47), Duration.between(from, to));
        assertEquals(Duration.ofHours(24), c.businessDuration(from, to));
    }

    @Test
    void businessDuration_isExactToTheNanosecond() {
        Instant from = berlin("2024-04-08T08:59").plusNanos(999_999_999);
        Instant to = berlin("2024-04-08T09:00").plusSeconds(1).plusNanos(1);
        assertEquals(Duration.ofSeconds(1, 1), OFFICE.businessDuration(from, to));
    }

    @Test
    void alwaysOpen_equalsCalendarTime() {
        BusinessCalendar always = BusinessCalendar.alwaysOpen(BERLIN);
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        Instant to = Instant.parse("2024-12-31T23:59:59.5Z");
        assertEquals(Duration.between(from, to), always.businessDuration(from, to));
        assertTrue(always.isOpen(from));
        assertEquals("business hours in Europe/Berlin: 24/7", always.toString());
        assertEquals(always, BusinessCalendar.builder(BERLIN).alwaysOpen().build());
    }

    @Test
    void isOpen_followsTheHoursAndHolidays() {
        BusinessCalendar c = BusinessCalendar.builder(BERLIN).weekdays(NINE, SIX_PM)
                .holiday(LocalDate.of(2024, 5, 20)).build();
        assertTrue(c.isOpen(berlin("2024-04-08T09:00")));
        assertFalse(c.isOpen(berlin("2024-04-08T18:00")));
        assertFalse(c.isOpen(berlin("2024-04-08T08:59:59")));
        assertFalse(c.isOpen(berlin("2024-04-06T12:00")));
        assertFalse(c.isOpen(berlin("2024-05-20T12:00")));
    }

    @Test
    void businessDuration_toBeforeFrom_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> OFFICE.businessDuration(
                Instant.parse("2024-04-08T10:00:00Z"), Instant.parse("2024-04-08T09:00:00Z")));
        assertEquals("to must not be before from: from 2024-04-08T10:00:00Z,"
                + " to 2024-04-08T09:00:00Z", e.getMessage());
    }

    @Test
    void build_overlappingHours_areRejected() {
        var sameDay = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar
                .builder(BERLIN).hours(DayOfWeek.MONDAY, NINE, LocalTime.of(13, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.NOON, SIX_PM).build());
        assertEquals("working hours must not overlap: MONDAY 09:00-13:00 and MONDAY 12:00-18:00",
                sameDay.getMessage());
        var overnight = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar
                .builder(BERLIN).hours(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                .hours(DayOfWeek.TUESDAY, LocalTime.of(5, 0), SIX_PM).build());
        assertEquals("working hours must not overlap: MONDAY 22:00-06:00 and TUESDAY 05:00-18:00",
                overnight.getMessage());
        var weekEnd = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar
                .builder(BERLIN).hours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.of(5, 0), SIX_PM).build());
        assertEquals("working hours must not overlap: SUNDAY 22:00-06:00 and MONDAY 05:00-18:00",
                weekEnd.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar
                .builder(BERLIN).weekdays(NINE, SIX_PM).weekdays(NINE, SIX_PM).build());
        assertEquals("working hours must not overlap: MONDAY 09:00-18:00 and MONDAY 09:00-18:00",
                twice.getMessage());
    }

    @Test
    void build_touchingHours_areAccepted() {
        BusinessCalendar c = BusinessCalendar.builder(BERLIN).weekdays(NINE, LocalTime.NOON)
                .weekdays(LocalTime.NOON, SIX_PM).build();
        assertEquals(business(OFFICE, "2024-04-01T00:00", "2024-05-01T00:00"),
                business(c, "2024-04-01T00:00", "2024-05-01T00:00"));
    }

    @Test
    void build_noHours_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> BusinessCalendar.builder(BERLIN).holiday(LocalDate.of(2024, 1, 1)).build());
        assertEquals("working hours must not be empty: add hours, weekdays, everyDay or alwaysOpen",
                e.getMessage());
    }

    @Test
    void closed_endingBeforeItStarts_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.builder(BERLIN)
                .closed(LocalDate.of(2024, 12, 24), LocalTime.of(13, 0), LocalTime.NOON));
        assertEquals("closed hours must end after they start: 2024-12-24 13:00-12:00",
                e.getMessage());
    }

    @Test
    void equalsAndToString_describeTheCalendar() {
        BusinessCalendar a = BusinessCalendar.builder(BERLIN).weekdays(NINE, SIX_PM)
                .holiday(LocalDate.of(2024, 5, 20)).build();
        BusinessCalendar b = BusinessCalendar.builder(BERLIN).holiday(LocalDate.of(2024, 5, 20))
                .weekdays(NINE, SIX_PM).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, OFFICE);
        assertEquals(BERLIN, a.zone());
        assertEquals("business hours in Europe/Berlin: MONDAY 09:00-18:00, TUESDAY 09:00-18:00,"
                + " WEDNESDAY 09:00-18:00, THURSDAY 09:00-18:00, FRIDAY 09:00-18:00; 1 closed date",
                a.toString());
    }
}
