package io.github.cxmetrics.cli.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.cli.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarSpecTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    Path dir;

    private static CalendarSpec.TimeRange range(String start, String end) {
        return new CalendarSpec.TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void parse_weekdaysWithLunchBreakAndHolidays() {
        CalendarSpec c = CalendarSpec.parse("mon-thu 09:00-12:00,13:00-18:00; fri 09:00-15:00;"
                + " holidays 2024-12-25,2024-12-26; 2024-12-24 09:00-12:00; zone Europe/Berlin", UTC);
        assertEquals(ZoneId.of("Europe/Berlin"), c.zone());
        assertFalse(c.always());
        assertEquals(List.of(range("09:00", "12:00"), range("13:00", "18:00")),
                c.weekly().get(DayOfWeek.WEDNESDAY));
        assertEquals(List.of(range("09:00", "15:00")), c.weekly().get(DayOfWeek.FRIDAY));
        assertFalse(c.weekly().containsKey(DayOfWeek.SATURDAY));
        assertEquals(2, c.holidays().size());
        assertEquals(List.of(range("09:00", "12:00")), c.special().get(LocalDate.of(2024, 12, 24)));
        assertEquals("mon 09:00-12:00,13:00-18:00; tue 09:00-12:00,13:00-18:00;"
                + " wed 09:00-12:00,13:00-18:00; thu 09:00-12:00,13:00-18:00; fri 09:00-15:00;"
                + " 2024-12-24 09:00-12:00; 2 holidays, Europe/Berlin", c.describe());
    }

    private static Duration business(CalendarSpec c, String from, String to) {
        return c.toBusinessCalendar().businessDuration(
                LocalDateTime.parse(from).atZone(c.zone()).toInstant(),
                LocalDateTime.parse(to).atZone(c.zone()).toInstant());
    }

    @Test
    void toBusinessCalendar_hasTheHoursHolidaysAndSpecialDates() {
        CalendarSpec c = CalendarSpec.parse("mon-thu 09:00-12:00,13:00-18:00; fri 09:00-15:00;"
                + " holidays 2024-12-25,2024-12-26; 2024-12-24 09:00-12:00; zone Europe/Berlin", UTC);
        // Tuesday 17 December: 09:00-12:00 and 13:00-18:00 = 8 hours.
        assertEquals(Duration.ofHours(8), business(c, "2024-12-17T00:00", "2024-12-18T00:00"));
        // Friday 20 December: 09:00-15:00 = 6 hours; the weekend: none.
        assertEquals(Duration.ofHours(6), business(c, "2024-12-20T00:00", "2024-12-23T00:00"));
        // Tuesday 24 December, special hours 09:00-12:00: 3 hours; 25 and 26: holidays.
        assertEquals(Duration.ofHours(3), business(c, "2024-12-24T00:00", "2024-12-27T00:00"));
        // Friday 27 December 14:30 to Monday 30 December 09:45: 30 + 45 minutes.
        assertEquals(Duration.ofMinutes(75), business(c, "2024-12-27T14:30", "2024-12-30T09:45"));
    }

    @Test
    void toBusinessCalendar_overnightAndAlwaysOpen() {
        CalendarSpec night = CalendarSpec.parse("sat 22:00-06:00; 2024-06-01 22:00-24:00", UTC);
        // Saturday 1 June 22:00 to Sunday 06:00 is 8 hours; the special date keeps 22:00-24:00
        // of its own shift, and the part after midnight belongs to the shift.
        assertEquals(Duration.ofHours(8), business(night, "2024-06-01T00:00", "2024-06-03T00:00"));
        CalendarSpec always = CalendarSpec.parse("24/7; holidays 2024-12-25", UTC);
        assertEquals(Duration.ofHours(48), business(always, "2024-12-24T00:00", "2024-12-27T00:00"));
    }

    @Test
    void toBusinessCalendar_rejectsWhatTheLibraryCannotHold() {
        assertBad("mon-fri 09:00-18:00; 2024-12-21 10:00-14:00", "--calendar: the hours of"
                + " 2024-12-21 (10:00-14:00) must lie within its weekly hours, not on a holiday:"
                + " a date's hours can be shortened, not extended");
        assertBad("mon-thu 09:00-12:00,13:00-18:00; 2024-12-24 09:00-13:00", "--calendar: the"
                + " hours of 2024-12-24 (09:00-13:00) must lie within its weekly hours, not on a"
                + " holiday: a date's hours can be shortened, not extended");
        assertBad("mon-fri 09:00-18:00; 2024-12-24 17:00-01:00",
                "--calendar: the hours of 2024-12-24 must end on that date: 17:00-01:00");
        assertBad("mon-fri 09:00-18:00; 2024-12-24 09:00-12:00,11:00-13:00",
                "--calendar: the hours of 2024-12-24 overlap: 09:00-12:00,11:00-13:00");
        assertBad("mon 09:00-12:00,11:00-13:00", "--calendar: working hours must not overlap:"
                + " MONDAY 09:00-12:00 and MONDAY 11:00-13:00");
    }

    @Test
    void parse_overnightAndMidnight() {
        CalendarSpec c = CalendarSpec.parse("sat 22:00-06:00\nsun 18:00-24:00", UTC);
        assertTrue(c.weekly().get(DayOfWeek.SATURDAY).get(0).overnight());
        assertEquals(LocalTime.MIDNIGHT, c.weekly().get(DayOfWeek.SUNDAY).get(0).end());
        assertEquals("sat 22:00-06:00; sun 18:00-24:00, UTC", c.describe());
    }

    @Test
    void parse_allDay() {
        CalendarSpec c = CalendarSpec.parse("24/7", UTC);
        assertTrue(c.always());
        assertEquals("24/7", c.describe());
    }

    @Test
    void parse_readsAFileWithComments() throws IOException {
        Path file = dir.resolve("hours.txt");
        Files.writeString(file, "# support desk\nmon-fri 08:00-20:00   # extended\n\nholiday 2025-01-01\n");
        CalendarSpec c = CalendarSpec.parse(file.toString(), UTC);
        assertEquals(5, c.weekly().size());
        assertEquals(1, c.holidays().size());
    }

    private static void assertBad(String spec, String message) {
        UsageException e = assertThrows(UsageException.class, () -> CalendarSpec.parse(spec, UTC));
        assertEquals(message, e.getMessage());
    }

    @Test
    void parse_rejectsBadCalendars() {
        assertBad("", "--calendar: no business hours given: ''");
        assertBad("holidays 2024-12-25", "--calendar: no working hours given: 'holidays 2024-12-25'");
        assertBad("mon-fri", "--calendar: 'mon-fri' needs a value after it (in 'mon-fri')");
        assertBad("mon-fry 09:00-18:00",
                "--calendar: unknown day 'fry' (mon, tue, wed, thu, fri, sat or sun) (in 'mon-fry 09:00-18:00')");
        assertBad("fri-mon 09:00-18:00",
                "--calendar: day range must run forward: fri-mon (in 'fri-mon 09:00-18:00')");
        assertBad("mon 09:00", "--calendar: hours must be like 09:00-18:00: 09:00 (in 'mon 09:00')");
        assertBad("mon 25:00-26:00", "--calendar: time must be HH:MM: 25:00 (in 'mon 25:00-26:00')");
        assertBad("mon 09:00-09:00",
                "--calendar: hours must not be empty: 09:00-09:00 (in 'mon 09:00-09:00')");
        assertBad("mon 09:00-17:00; mon-fri 10:00-11:00",
                "--calendar: mon is given twice (in 'mon-fri 10:00-11:00')");
        assertBad("24/7; mon 09:00-17:00", "--calendar: 24/7 cannot be combined with working hours");
        assertBad("zone Mars/Base; 24/7", "--calendar: unknown time zone (in 'zone Mars/Base')");
        assertBad("holidays 2024-02-30; 24/7",
                "--calendar: date must be YYYY-MM-DD: 2024-02-30 (in 'holidays 2024-02-30')");
    }
}
