package io.github.cxmetrics.support;

import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A date's own hours: special openings and partial days across a lunch break. */
class BusinessCalendarOwnHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Duration business(BusinessCalendar c, String from, String to) {
        return c.businessDuration(LocalDateTime.parse(from).atZone(BERLIN).toInstant(),
                LocalDateTime.parse(to).atZone(BERLIN).toInstant());
    }

    private static LocalTime t(String hhmm) {
        return LocalTime.parse(hhmm);
    }

    @Test
    void aSaturdayOpenedForACampaign() {
        BusinessCalendar c = BusinessCalendar.builder(BERLIN).weekdays(t("09:00"), t("18:00"))
                .hoursOn(LocalDate.of(2024, 11, 30), t("10:00"), t("14:00"))
                .hoursOn(LocalDate.of(2024, 11, 30), t("15:00"), t("18:00"))
                .build();
        // Friday 17:00-18:00, Saturday 10:00-14:00 and 15:00-18:00, Monday 09:00-10:00
        assertEquals(Duration.ofHours(9), business(c, "2024-11-29T17:00", "2024-12-02T10:00"));
        assertEquals(Duration.ofHours(1), business(c, "2024-11-30T13:00", "2024-11-30T15:30")
                .minusMinutes(30));
        assertTrue(c.isOpen(LocalDateTime.parse("2024-11-30T10:00").atZone(BERLIN).toInstant()));
        assertEquals("mon-fri 09:00-18:00; 2024-11-30 10:00-14:00,15:00-18:00; zone Europe/Berlin",
                c.spec());
        assertEquals(c, BusinessCalendar.parse(c.spec(), BERLIN));
        assertEquals("business hours in Europe/Berlin: MONDAY 09:00-18:00, TUESDAY 09:00-18:00,"
                + " WEDNESDAY 09:00-18:00, THURSDAY 09:00-18:00, FRIDAY 09:00-18:00; 1 date with"
                + " own hours", c.toString());
    }

    @Test
    void partialDayHoursAcrossTheWeeklyLunchBreak() {
        // weekly 09:00-12:30 and 13:30-18:00; Christmas Eve 09:00-15:00 straight through
        BusinessCalendar c = BusinessCalendar.parse("mon-fri 09:00-12:30,13:30-18:00;"
                + " 2024-12-24 09:00-15:00", BERLIN);
        assertEquals(Duration.ofHours(6), business(c, "2024-12-24T00:00", "2024-12-25T00:00"));
        // Monday 17:00 to Wednesday 10:00: 1 h, 6 h, 1 h
        assertEquals(Duration.ofHours(8), business(c, "2024-12-23T17:00", "2024-12-25T10:00"));
        // a date's hours with a lunch break of their own
        BusinessCalendar shortDay = BusinessCalendar.parse("mon-fri 09:00-18:00;"
                + " 2024-12-24 09:00-12:00,13:00-15:00", BERLIN);
        assertEquals(Duration.ofHours(5), business(shortDay, "2024-12-24T00:00",
                "2024-12-25T00:00"));
    }

    @Test
    void ownHoursOnTheDayClocksSpringForward_andTheMorningOfAnOvernightShiftDoesNotCount() {
        BusinessCalendar c = BusinessCalendar.builder(BERLIN)
                .hours(DayOfWeek.SATURDAY, t("22:00"), t("06:00"))
                .hoursOn(LocalDate.of(2024, 3, 31), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .build();
        // Sunday 31 March 2024 has 23 hours in Berlin; Saturday's shift counts 22:00-24:00
        assertEquals(Duration.ofHours(2 + 23), business(c, "2024-03-30T12:00", "2024-04-01T00:00"));
        BusinessCalendar sunday = BusinessCalendar.builder(BERLIN)
                .hours(DayOfWeek.SATURDAY, t("22:00"), t("06:00"))
                .hoursOn(LocalDate.of(2024, 6, 2), t("10:00"), t("12:00"))
                .build();
        // Saturday 22:00-24:00, then Sunday's own 10:00-12:00 (not 00:00-06:00 of the shift)
        assertEquals(Duration.ofHours(4), business(sunday, "2024-06-01T21:00", "2024-06-02T13:00"));
    }

    @Test
    void misuseIsRefusedWithAMessage() {
        assertEquals("the hours of a date must end after they start, on that date: 2024-12-24"
                + " 15:00-09:00", assertThrows(IllegalArgumentException.class,
                        () -> BusinessCalendar.builder(BERLIN).weekdays(t("09:00"), t("18:00"))
                                .hoursOn(LocalDate.of(2024, 12, 24), t("15:00"), t("09:00")))
                        .getMessage());
        assertEquals("a date must not have both its own hours and closed hours: 2024-12-24 (its"
                + " own hours already close the rest of it)", assertThrows(
                        IllegalArgumentException.class, () -> BusinessCalendar.builder(BERLIN)
                                .weekdays(t("09:00"), t("18:00")).holiday(LocalDate.of(2024, 12, 24))
                                .hoursOn(LocalDate.of(2024, 12, 24), t("09:00"), t("12:00"))
                                .build()).getMessage());
    }

    @Test
    void additiveAndNeverMoreThanElapsed() {
        BusinessCalendar c = BusinessCalendar.parse("mon-fri 09:00-12:30,13:30-18:00;"
                + " sat 22:00-04:00; 2024-03-30 10:00-14:00; 2024-03-31 00:00-24:00;"
                + " 2024-03-29 09:00-11:00; holidays 2024-04-01", BERLIN);
        Instant base = Instant.parse("2024-03-27T00:00:00Z");
        long week = Duration.ofDays(8).toMillis();
        qt().forAll(longs().between(0, week), longs().between(0, week), longs().between(0, week))
                .checkAssert((x, y, z) -> {
                    long[] s = {x, y, z};
                    java.util.Arrays.sort(s);
                    Instant a = base.plusMillis(s[0]);
                    Instant b = base.plusMillis(s[1]);
                    Instant d = base.plusMillis(s[2]);
                    assertEquals(c.businessDuration(a, d),
                            c.businessDuration(a, b).plus(c.businessDuration(b, d)));
                    assertTrue(c.businessDuration(a, d).compareTo(Duration.between(a, d)) <= 0);
                });
        // a long span (walked by weeks) equals the sum of its days
        Duration days = Duration.ZERO;
        for (int k = 0; k < 60; k++) {
            days = days.plus(c.businessDuration(base.plus(Duration.ofDays(k)),
                    base.plus(Duration.ofDays(k + 1))));
        }
        assertEquals(days, c.businessDuration(base, base.plus(Duration.ofDays(60))));
    }
}
