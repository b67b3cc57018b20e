package io.github.cxmetrics;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
