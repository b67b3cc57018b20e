package io.github.cxmetrics.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text form of business hours: what it reads, what it refuses and how, and its writing. */
class BusinessCalendarTextTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Duration business(BusinessCalendar c, String from, String to) {
        return c.businessDuration(LocalDateTime.parse(from).atZone(c.zone()).toInstant(),
                LocalDateTime.parse(to).atZone(c.zone()).toInstant());
    }

    @Test
    void parse_weekdaysWithLunchBreakHolidaysAndASpecialDate() {
        BusinessCalendar c = BusinessCalendar.parse("mon-thu 09:00-12:00,13:00-18:00;"
                + " fri 09:00-15:00; holidays 2024-12-25,2024-12-26; 2024-12-24 09:00-12:00;"
                + " zone Europe/Berlin", UTC);
        assertEquals(BERLIN, c.zone());
        // Tuesday 17 December: 09:00-12:00 and 13:00-18:00 = 8 hours.
        assertEquals(Duration.ofHours(8), business(c, "2024-12-17T00:00", "2024-12-18T00:00"));
        // Friday 20 December: 09:00-15:00 = 6 hours; the weekend: none.
        assertEquals(Duration.ofHours(6), business(c, "2024-12-20T00:00", "2024-12-23T00:00"));
        // Tuesday 24 December, special hours 09:00-12:00: 3 hours; 25 and 26: holidays.
        assertEquals(Duration.ofHours(3), business(c, "2024-12-24T00:00", "2024-12-27T00:00"));
        // Friday 27 December 14:30 to Monday 30 December 09:45: 30 + 45 minutes.
        assertEquals(Duration.ofMinutes(75), business(c, "2024-12-27T14:30", "2024-12-30T09:45"));
        BusinessCalendar.Builder weekly = BusinessCalendar.builder(BERLIN)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(18, 0))
                .hours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .hours(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(18, 0))
                .hours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .hours(DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(18, 0))
                .hours(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .hours(DayOfWeek.THURSDAY, LocalTime.of(13, 0), LocalTime.of(18, 0))
                .hours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(15, 0))
                .holiday(LocalDate.of(2024, 12, 25)).holiday(LocalDate.of(2024, 12, 26));
        // the date's own hours replace its weekly hours
        assertEquals(weekly.hoursOn(LocalDate.of(2024, 12, 24), LocalTime.of(9, 0),
                LocalTime.of(12, 0)).build(), c);
        assertEquals("mon-thu 09:00-12:00,13:00-18:00; fri 09:00-15:00;"
                + " holidays 2024-12-25,2024-12-26; 2024-12-24 09:00-12:00;"
                + " zone Europe/Berlin", c.spec());
        // closing the rest of the date instead measures the same
        BusinessCalendar closedRest = BusinessCalendar.parse("mon-thu 09:00-12:00,13:00-18:00;"
                + " fri 09:00-15:00; holidays 2024-12-25,2024-12-26;"
                + " closed 2024-12-24 00:00-09:00,12:00-24:00; zone Europe/Berlin", UTC);
        assertEquals(business(closedRest, "2024-12-23T10:00", "2024-12-27T11:00"),
                business(c, "2024-12-23T10:00", "2024-12-27T11:00"));
    }

    @Test
    void parse_overnightWholeDaysAndAlwaysOpen() {
        BusinessCalendar night = BusinessCalendar.parse("sat 22:00-06:00; 2024-06-01 22:00-24:00",
                UTC);
        // Saturday 1 June 22:00 to Sunday 06:00 is 8 hours; the special date keeps 22:00-24:00
        // of its own shift, and the part after midnight belongs to the shift.
        assertEquals(Duration.ofHours(8), business(night, "2024-06-01T00:00", "2024-06-03T00:00"));
        BusinessCalendar always = BusinessCalendar.parse("24/7; holidays 2024-12-25", UTC);
        assertEquals(Duration.ofHours(48), business(always, "2024-12-24T00:00", "2024-12-27T00:00"));
        assertEquals("24/7; holidays 2024-12-25; zone UTC", always.spec());
        BusinessCalendar sunday = BusinessCalendar.parse("sat 22:00-06:00\nsun 18:00-24:00;"
                + " mon 00:00-24:00", UTC);
        assertEquals("mon 00:00-24:00; sat 22:00-06:00; sun 18:00-24:00; zone UTC", sunday.spec());
    }

    @Test
    void parse_readsComments_andHolidayInTheSingular() {
        BusinessCalendar c = BusinessCalendar.parse("# support desk\nmon-fri 08:00-20:00   #"
                + " extended\n\nholiday 2025-01-01\nclosed 2025-01-02 08:00-12:00\n", UTC);
        assertEquals("mon-fri 08:00-20:00; holidays 2025-01-01; closed 2025-01-02 08:00-12:00;"
                + " zone UTC", c.spec());
    }

    private static void assertBad(String spec, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> BusinessCalendar.parse(spec, UTC)).getMessage());
    }

    @Test
    void parse_refusesWhatTheCalendarCannotHold() {
        assertBad("mon-fri 09:00-18:00; holidays 2024-12-24; 2024-12-24 09:00-13:00", "a date"
                + " must not have both its own hours and closed hours: 2024-12-24 (its own hours"
                + " already close the rest of it)");
        assertBad("mon-fri 09:00-18:00; 2024-12-24 17:00-01:00",
                "the hours of 2024-12-24 must end on that date: 17:00-01:00");
        assertBad("mon-fri 09:00-18:00; 2024-12-24 09:00-12:00,11:00-13:00",
                "the hours of 2024-12-24 must not overlap: 09:00-12:00 and 11:00-13:00");
        assertBad("mon 09:00-12:00,11:00-13:00",
                "working hours must not overlap: MONDAY 09:00-12:00 and MONDAY 11:00-13:00");
    }

    @Test
    void parse_refusesBadText() {
        assertBad("", "no business hours given: ''");
        assertBad("holidays 2024-12-25", "no working hours given: 'holidays 2024-12-25'");
        assertBad("mon-fri", "'mon-fri' needs a value after it (in 'mon-fri')");
        assertBad("mon-fry 09:00-18:00",
                "unknown day 'fry' (mon, tue, wed, thu, fri, sat or sun) (in 'mon-fry 09:00-18:00')");
        assertBad("fri-mon 09:00-18:00",
                "day range must run forward: fri-mon (in 'fri-mon 09:00-18:00')");
        assertBad("mon 09:00", "hours must be like 09:00-18:00: 09:00 (in 'mon 09:00')");
        assertBad("mon 25:00-26:00", "time must be HH:MM: 25:00 (in 'mon 25:00-26:00')");
        assertBad("mon-fri 9-18", "time must be HH:MM: 9 (in 'mon-fri 9-18')");
        assertBad("mon 09:00-09:00", "hours must not be empty: 09:00-09:00 (in 'mon 09:00-09:00')");
        assertBad("mon 09:00-17:00; mon-fri 10:00-11:00",
                "mon is given twice (in 'mon-fri 10:00-11:00')");
        assertBad("24/7; mon 09:00-17:00", "24/7 cannot be combined with working hours");
        assertBad("24/7 now", "24/7 takes nothing after it (in '24/7 now')");
        assertBad("24/7; 2024-12-24 09:00-12:00", "24/7 cannot be combined with working hours");
        assertBad("mon-tue-wed 09:00-10:00", "days must be like mon, mon-fri or mon,wed:"
                + " mon-tue-wed (in 'mon-tue-wed 09:00-10:00')");
        // LocalTime would read seconds; the text form has none
        assertBad("mon 09:00:30-18:00", "time must be HH:MM: 09:00:30 (in 'mon 09:00:30-18:00')");
        assertBad("zone Mars/Base; 24/7", "unknown time zone (in 'zone Mars/Base')");
        assertBad("holidays 2024-02-30; 24/7",
                "date must be YYYY-MM-DD: 2024-02-30 (in 'holidays 2024-02-30')");
        assertBad("24/7; closed 2024-12-24", "closed needs a date and hours, such as closed"
                + " 2024-12-24 13:00-24:00 (in 'closed 2024-12-24')");
        assertBad("mon-fri 09:00-18:00; 2024-12-24 09:00-12:00; 2024-12-24 10:00-11:00",
                "the date 2024-12-24 is given twice (in '2024-12-24 10:00-11:00')");
        assertEquals("spec must not be null", assertThrows(NullPointerException.class,
                () -> BusinessCalendar.parse(null, UTC)).getMessage());
    }

    /** Random calendars written and read back are equal, and so is their text. */
    @Test
    void spec_readsBackToAnEqualCalendar() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            BusinessCalendar.Builder b = BusinessCalendar.builder(
                    random.nextBoolean() ? BERLIN : ZoneOffset.ofHours(random.nextInt(25) - 12));
            if (random.nextInt(10) == 0) {
                b.alwaysOpen();
            } else {
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    b.hours(day, LocalTime.of(1 + random.nextInt(3), 15 * random.nextInt(4)),
                            LocalTime.of(8 + random.nextInt(4), 0));
                    if (random.nextBoolean()) {
                        b.hours(day, LocalTime.of(21, 0), random.nextBoolean()
                                ? LocalTime.MIDNIGHT : LocalTime.of(0, 30));
                    }
                }
                b.hours(DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(14, 0));
            }
            for (int h = random.nextInt(4); h > 0; h--) {
                LocalDate date = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
                if (random.nextBoolean()) {
                    b.holiday(date);
                } else {
                    b.closed(date, LocalTime.of(random.nextInt(12), 0),
                            random.nextBoolean() ? LocalTime.MIDNIGHT : LocalTime.of(13, 30));
                }
            }
            BusinessCalendar c = b.build();
            BusinessCalendar back = BusinessCalendar.parse(c.spec(), UTC);
            assertEquals(c, back, c.spec());
            assertEquals(c.spec(), back.spec());
        }
    }
}
