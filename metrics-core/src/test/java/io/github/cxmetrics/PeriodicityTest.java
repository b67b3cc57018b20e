package io.github.cxmetrics;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class PeriodicityTest {

    private static final LocalDate D = LocalDate.of(2024, 5, 15);   // a Wednesday

    @Test
    void periodOf_alignsToTheCalendar() {
        assertEquals(new CalendarPeriod(D, D.plusDays(1)), Periodicity.DAY.periodOf(D));
        assertEquals(new CalendarPeriod(LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 20)),
                Periodicity.WEEK.periodOf(D));
        assertEquals(new CalendarPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1)),
                Periodicity.MONTH.periodOf(D));
        assertEquals(new CalendarPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1)),
                Periodicity.QUARTER.periodOf(D));
        assertEquals(new CalendarPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)),
                Periodicity.YEAR.periodOf(D));
    }

    @Test
    void periodOf_beforeTheEpoch_isAligned() {
        assertEquals(new CalendarPeriod(LocalDate.of(1969, 12, 29), LocalDate.of(1970, 1, 5)),
                Periodicity.WEEK.periodOf(LocalDate.of(1970, 1, 1)));
        assertEquals(new CalendarPeriod(LocalDate.of(1969, 10, 1), LocalDate.of(1970, 1, 1)),
                Periodicity.QUARTER.periodOf(LocalDate.of(1969, 12, 31)));
    }

    @Test
    void toString_isAReadableLabel() {
        assertEquals("2024-05-15", Periodicity.DAY.periodOf(D).toString());
        assertEquals("2024-W20", Periodicity.WEEK.periodOf(D).toString());
        assertEquals("2024-05", Periodicity.MONTH.periodOf(D).toString());
        assertEquals("2024-Q2", Periodicity.QUARTER.periodOf(D).toString());
        assertEquals("2024", Periodicity.YEAR.periodOf(D).toString());
        assertEquals("2024-05-01..2024-07-01",
                Periodicity.of(Period.ofMonths(2)).periodOf(D).toString());
        assertEquals("2025-W01", Periodicity.WEEK.periodOf(LocalDate.of(2024, 12, 30)).toString());
    }

    @Test
    void of_periods_areNormalized() {
        assertEquals(Periodicity.QUARTER, Periodicity.of(Period.ofMonths(3)));
        assertEquals(Periodicity.YEAR, Periodicity.of(Period.ofYears(1)));
        assertEquals(Periodicity.WEEK, Periodicity.of(Period.ofDays(7)));
        assertEquals(Periodicity.DAY, Periodicity.of(ChronoUnit.DAYS));
        assertEquals(Periodicity.of(Period.ofWeeks(2)), Periodicity.parse("P2W"));
        assertEquals(Periodicity.QUARTER, Periodicity.parse("Quarter"));
    }

    @Test
    void of_badPeriods_areRejected() {
        assertEquals("period unit must be DAYS, WEEKS, MONTHS or YEARS: HOURS", assertThrows(
                IllegalArgumentException.class, () -> Periodicity.of(ChronoUnit.HOURS)).getMessage());
        assertEquals("period must be in days or in months, not both: P1M2D", assertThrows(
                IllegalArgumentException.class,
                () -> Periodicity.of(Period.of(0, 1, 2))).getMessage());
        assertEquals("period must be positive: P0D", assertThrows(IllegalArgumentException.class,
                () -> Periodicity.of(Period.ZERO)).getMessage());
        assertEquals("period must be day, week, month, quarter, year or an ISO-8601 period such as"
                + " P2W: fortnight", assertThrows(IllegalArgumentException.class,
                        () -> Periodicity.parse("fortnight")).getMessage());
    }

    @Test
    void nextAndPrevious_walkThePeriods() {
        CalendarPeriod may = Periodicity.MONTH.periodOf(D);
        assertEquals("2024-06", Periodicity.MONTH.next(may).toString());
        assertEquals("2024-04", Periodicity.MONTH.previous(may).toString());
    }

    @Test
    void byPeriod_usesTheLocalDateInTheZone() {
        // 2024-03-31T22:30Z is already April 1 in Moscow (UTC+3) but still March 31 in UTC.
        Response late = Response.of("a", "nps", 10, Instant.parse("2024-03-31T22:30:00Z"), Channel.WEB);
        Response early = Response.of("b", "nps", 0, Instant.parse("2024-03-15T12:00:00Z"), Channel.WEB);
        SortedMap<CalendarPeriod, NpsResult> moscow = CxMetrics.nps()
                .byPeriod(ChronoUnit.MONTHS, ZoneId.of("Europe/Moscow")).compute(List.of(late, early));
        assertEquals(List.of("2024-03", "2024-04"), moscow.keySet().stream().map(Object::toString).toList());
        SortedMap<CalendarPeriod, NpsResult> utc = CxMetrics.nps()
                .byPeriod(ChronoUnit.MONTHS, ZoneId.of("UTC")).compute(List.of(late, early));
        assertEquals(List.of("2024-03"), utc.keySet().stream().map(Object::toString).toList());
        assertEquals(2, utc.get(utc.firstKey()).count());
    }

    @Test
    void byPeriod_acrossDaylightSaving_keepsTheLocalDay() {
        ZoneId ny = ZoneId.of("America/New_York");
        // Spring forward on 2024-03-10: 2024-03-10T23:30-04:00 is still March 10 locally.
        Response r = Response.of("a", "nps", 10, Instant.parse("2024-03-11T03:30:00Z"), Channel.WEB);
        Response s = Response.of("b", "nps", 10, Instant.parse("2024-03-10T05:30:00Z"), Channel.WEB);
        var byDay = CxMetrics.nps().byPeriod(ChronoUnit.DAYS, ny).compute(List.of(s, r));
        assertEquals(List.of("2024-03-10"), byDay.keySet().stream().map(Object::toString).toList());
        assertEquals(2, byDay.get(byDay.firstKey()).count());
    }

    @Test
    void calendarPeriod_endNotAfterStart_isRejected() {
        failure(IllegalArgumentException.class, () -> new CalendarPeriod(D, D),
                "period end must be after its start: 2024-05-15 to 2024-05-15");
    }

    @Test
    void of_returnsTheNamedConstants() {
        assertSame(Periodicity.DAY, Periodicity.of(Period.ofDays(1)));
        assertSame(Periodicity.WEEK, Periodicity.of(Period.ofWeeks(1)));
        assertSame(Periodicity.MONTH, Periodicity.of(Period.ofMonths(1)));
        assertSame(Periodicity.QUARTER, Periodicity.of(Period.ofMonths(3)));
        assertSame(Periodicity.YEAR, Periodicity.of(Period.ofMonths(12)));
        // 14 days are 2 weeks, aligned to Mondays; 10 days stay days
        assertEquals(Periodicity.of(Period.ofWeeks(2)), Periodicity.of(Period.ofDays(14)));
        assertEquals("2 WEEKS", Periodicity.of(Period.ofDays(14)).toString());
        assertEquals("10 DAYS", Periodicity.of(Period.ofDays(10)).toString());
        assertEquals("6 MONTHS", Periodicity.of(Period.ofMonths(6)).toString());
    }

    @Test
    void toString_namesTheConstants() {
        assertEquals("DAY", Periodicity.DAY.toString());
        assertEquals("WEEK", Periodicity.WEEK.toString());
        assertEquals("MONTH", Periodicity.MONTH.toString());
        assertEquals("QUARTER", Periodicity.QUARTER.toString());
        assertEquals("YEAR", Periodicity.YEAR.toString());
    }

    @Test
    void equalsAndHashCode_followKindAndLength() {
        List<Periodicity> all = List.of(Periodicity.DAY, Periodicity.WEEK, Periodicity.MONTH,
                Periodicity.QUARTER, Periodicity.YEAR, Periodicity.of(Period.ofDays(2)),
                Periodicity.of(Period.ofDays(7 * 3)), Periodicity.of(Period.ofMonths(2)));
        for (Periodicity a : all) {
            for (Periodicity b : all) {
                assertEquals(a == b, a.equals(b), a + " and " + b);
                assertEquals(a == b, a.hashCode() == b.hashCode(), a + " and " + b);
            }
        }
        assertEquals(Periodicity.of(Period.ofDays(2)), Periodicity.of(Period.ofDays(2)));
        assertEquals(Periodicity.of(Period.ofDays(2)).hashCode(),
                Periodicity.of(Period.ofDays(2)).hashCode());
        assertNotEquals(Periodicity.DAY, "DAY");
    }

    @Test
    void periodOf_ofSeveralDays_countsFromTheEpoch() {
        // 10-day periods from 1970-01-01: 2024-05-15 is epoch day 19858, in [19850, 19860)
        Periodicity tenDays = Periodicity.of(Period.ofDays(10));
        assertEquals(new CalendarPeriod(LocalDate.ofEpochDay(19850), LocalDate.ofEpochDay(19860)),
                tenDays.periodOf(D));
        assertEquals(new CalendarPeriod(LocalDate.of(1970, 1, 1), LocalDate.of(1970, 1, 11)),
                tenDays.periodOf(LocalDate.of(1970, 1, 10)));
        assertEquals(new CalendarPeriod(LocalDate.of(1969, 12, 22), LocalDate.of(1970, 1, 1)),
                tenDays.periodOf(LocalDate.of(1969, 12, 31)));
        // 2-week periods from Monday 1969-12-29 (epoch day −3): 2024-05-15 is 19861 days on,
        // in the 1418th fortnight, from epoch day 19849
        Periodicity fortnight = Periodicity.of(Period.ofWeeks(2));
        assertEquals(new CalendarPeriod(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 20)),
                fortnight.periodOf(D));
        assertEquals(new CalendarPeriod(LocalDate.of(1969, 12, 29), LocalDate.of(1970, 1, 12)),
                fortnight.periodOf(LocalDate.of(1970, 1, 11)));
    }

    @Test
    void calendarPeriod_containsItsDaysAndOrdersByStartThenEnd() {
        CalendarPeriod may = Periodicity.MONTH.periodOf(D);
        assertTrue(may.contains(LocalDate.of(2024, 5, 1)));
        assertTrue(may.contains(LocalDate.of(2024, 5, 31)));
        assertFalse(may.contains(LocalDate.of(2024, 6, 1)));
        assertFalse(may.contains(LocalDate.of(2024, 4, 30)));
        assertEquals(31, may.days());
        CalendarPeriod longer = new CalendarPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 7, 1));
        assertTrue(may.compareTo(longer) < 0);
        assertTrue(longer.compareTo(may) > 0);
        assertEquals(0, may.compareTo(new CalendarPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1))));
        assertTrue(may.compareTo(Periodicity.MONTH.periodOf(LocalDate.of(2024, 6, 1))) < 0);
    }

    @Test
    void calendarPeriod_toString_namesOnlyTrueCalendarUnits() {
        assertEquals("2024-Q1", Periodicity.QUARTER.periodOf(LocalDate.of(2024, 2, 1)).toString());
        assertEquals("2024-Q3", Periodicity.QUARTER.periodOf(LocalDate.of(2024, 9, 30)).toString());
        assertEquals("2024-Q4", Periodicity.QUARTER.periodOf(LocalDate.of(2024, 10, 1)).toString());
        // three months from February, a year from July, a week from a Tuesday: plain ranges
        assertEquals("2024-02-01..2024-05-01",
                new CalendarPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 1)).toString());
        assertEquals("2024-07-01..2025-07-01",
                new CalendarPeriod(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 7, 1)).toString());
        assertEquals("2024-05-14..2024-05-21",
                new CalendarPeriod(LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 21)).toString());
        assertEquals("2024-05-02..2024-06-02",
                new CalendarPeriod(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 6, 2)).toString());
    }
}
