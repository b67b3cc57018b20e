package io.github.cxmetrics;

import static io.github.cxmetrics.Theories.listsOf;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.internal.PeriodLocator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The period locator agrees with placing each instant through its local date. */
class PeriodLocatorTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"),
            ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Asia/Kathmandu"));
    private static final List<Periodicity> PERIODICITIES = List.of(Periodicity.DAY,
            Periodicity.WEEK, Periodicity.MONTH, Periodicity.QUARTER, Periodicity.YEAR,
            Periodicity.of(java.time.Period.ofDays(10)));

    @Test
    void periodOf_agreesWithTheLocalDate() {
        qt(200).forAll(listsOf(longs().between(-2_000_000_000L, 4_000_000_000L), 0, 60))
                .checkAssert(seconds -> {
                    for (ZoneId zone : ZONES) {
                        for (Periodicity periodicity : PERIODICITIES) {
                            PeriodLocator locator = new PeriodLocator(periodicity, zone);
                            for (long s : seconds) {
                                Instant t = Instant.ofEpochSecond(s, s % 7 * 100_000_000L);
                                assertEquals(periodicity.periodOf(LocalDate.ofInstant(t, zone)),
                                        locator.periodOf(t), () -> t + " " + zone + " " + periodicity);
                            }
                        }
                    }
                });
    }

    @Test
    void periodOf_atTheBoundsAcrossDaylightSaving() {
        ZoneId ny = ZoneId.of("America/New_York");
        PeriodLocator days = new PeriodLocator(Periodicity.DAY, ny);
        // 2024-03-10 has 23 hours in New York; 2024-11-03 has 25.
        for (String day : List.of("2024-03-09", "2024-03-10", "2024-03-11", "2024-11-03", "2024-11-04")) {
            LocalDate date = LocalDate.parse(day);
            Instant start = date.atStartOfDay(ny).toInstant();
            assertEquals(day, days.periodOf(start).toString());
            assertEquals(day, days.periodOf(start.plus(1, ChronoUnit.NANOS)).toString());
            assertEquals(date.minusDays(1).toString(), days.periodOf(start.minusNanos(1)).toString());
        }
    }

    @Test
    void periodOf_farApartInstants_stillPlaced() {
        PeriodLocator days = new PeriodLocator(Periodicity.DAY, ZoneId.of("UTC"));
        assertEquals("1970-01-01", days.periodOf(Instant.EPOCH).toString());
        // 400 years later: beyond the table, placed the slow way
        assertEquals("2370-01-01", days.periodOf(Instant.parse("2370-01-01T12:00:00Z")).toString());
        assertEquals("1970-01-02", days.periodOf(Instant.parse("1970-01-02T00:00:00Z")).toString());
        assertEquals("1969-12-31", days.periodOf(Instant.parse("1969-12-31T23:59:59.999Z")).toString());
    }
}
