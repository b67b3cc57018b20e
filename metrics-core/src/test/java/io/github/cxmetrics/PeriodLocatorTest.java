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
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The period locator agrees with placing each instant through its local date. */
class PeriodLocatorTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"),
            ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Asia/Kathmandu"));
    private static final List<Periodicity> PERIODICITIES = List.of(Periodicity.DAY,
            Periodicity.WEEK, Periodicity.MONTH, Periodicity.QUARTER, Periodicity.YEAR,
            Periodicity.of(java.time.Period.ofDays(10)));

    private static final long EARLIEST = -2_000_000_000L;   // 1906
    private static final long LATEST = 4_000_000_000L;      // 2096

    /**
     * Up to 60 instants in 1906–2096, in epoch seconds: mostly within a few years of each other
     * (data of a period of interest), now and then spread over the whole range, which makes the
     * locators' tables as long as they may grow and is slow to check.
     */
    private static Gen<List<Long>> instants() {
        Gen<List<Long>> spread = listsOf(longs().between(EARLIEST, LATEST), 0, 60);
        Gen<List<Long>> clustered = longs().between(EARLIEST, LATEST).zip(
                listsOf(longs().between(-100_000_000L, 100_000_000L), 0, 60),
                (centre, offsets) -> offsets.stream()
                        .map(o -> Math.max(EARLIEST, Math.min(LATEST, centre + o))).toList());
        return Generate.frequency(List.of(Pair.of(1, spread), Pair.of(7, clustered)));
    }

    @Test
    void periodOf_agreesWithTheLocalDate() {
        qt(200).forAll(instants())
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

    @Test
    void periodOf_atTheBoundsOfTheTable_isTheLaterPeriod() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        PeriodLocator days = new PeriodLocator(Periodicity.DAY, berlin);
        Instant may15 = LocalDate.of(2024, 5, 15).atStartOfDay(berlin).toInstant();
        Instant may16 = may15.plus(1, ChronoUnit.DAYS);
        Instant may17 = may16.plus(1, ChronoUnit.DAYS);
        assertEquals("2024-05-15", days.periodOf(may15.plusSeconds(43_200)).toString());
        // the end of the period just found is the start of the next one
        assertEquals("2024-05-16", days.periodOf(may16).toString());
        assertEquals("2024-05-15", days.periodOf(may16.minusSeconds(1)).toString());
        assertEquals("2024-05-17", days.periodOf(may17).toString());
        assertEquals(3, days.periodsKept());
        // inside the table, away from the last period found: exact bounds by binary search
        assertEquals("2024-05-15", days.periodOf(may15).toString());
        assertEquals("2024-05-16", days.periodOf(may16).toString());
        assertEquals("2024-05-15", days.periodOf(may15).toString());
        assertEquals("2024-05-17", days.periodOf(may17.plusSeconds(86_399)).toString());
        assertEquals("2024-05-18", days.periodOf(may17.plusSeconds(86_400)).toString());
        assertEquals(4, days.periodsKept());
    }

    @Test
    void table_growsBothWaysToCoverTheInstantsSeen() {
        ZoneId utc = ZoneId.of("UTC");
        PeriodLocator months = new PeriodLocator(Periodicity.MONTH, utc);
        assertEquals(0, months.periodsKept());
        assertEquals("2024-05", months.periodOf(Instant.parse("2024-05-15T00:00:00Z")).toString());
        assertEquals(1, months.periodsKept());
        assertEquals("2024-08", months.periodOf(Instant.parse("2024-08-01T00:00:00Z")).toString());
        assertEquals(4, months.periodsKept());
        assertEquals("2023-12", months.periodOf(Instant.parse("2023-12-31T23:59:59Z")).toString());
        assertEquals(9, months.periodsKept());
        for (String month : List.of("2023-12", "2024-01", "2024-02", "2024-03", "2024-04",
                "2024-05", "2024-06", "2024-07", "2024-08")) {
            Instant start = Instant.parse(month + "-01T00:00:00Z");
            assertEquals(month, months.periodOf(start).toString());
            assertEquals(month, months.periodOf(start.plusSeconds(86_400 * 27)).toString());
        }
        assertEquals(9, months.periodsKept());
    }

    @Test
    void table_growsToExactlyItsLimit() {
        // a day and the 65,535 days after it: 65,536 periods, the most kept
        ZoneId utc = ZoneId.of("UTC");
        Instant first = Instant.parse("2000-01-01T12:00:00Z");
        PeriodLocator full = new PeriodLocator(Periodicity.DAY, utc);
        full.periodOf(first);
        full.periodOf(first.plus(65_535, ChronoUnit.DAYS));
        assertEquals(65_536, full.periodsKept());
        PeriodLocator over = new PeriodLocator(Periodicity.DAY, utc);
        over.periodOf(first);
        over.periodOf(first.plus(65_536, ChronoUnit.DAYS));
        assertEquals(1, over.periodsKept());
    }

    @Test
    void table_growsNearItsEnds_centuriesFromTheEpoch() {
        // the distance to the table, not to the epoch, decides: a year of days after 2160 and
        // before 2161 is kept, and so are 190 years of months
        ZoneId utc = ZoneId.of("UTC");
        PeriodLocator later = new PeriodLocator(Periodicity.DAY, utc);
        later.periodOf(Instant.parse("2160-01-01T12:00:00Z"));
        later.periodOf(Instant.parse("2161-01-01T12:00:00Z"));
        assertEquals(367, later.periodsKept());
        PeriodLocator earlier = new PeriodLocator(Periodicity.DAY, utc);
        earlier.periodOf(Instant.parse("2161-01-01T12:00:00Z"));
        earlier.periodOf(Instant.parse("2160-01-01T12:00:00Z"));
        assertEquals(367, earlier.periodsKept());
        PeriodLocator months = new PeriodLocator(Periodicity.MONTH, utc);
        months.periodOf(Instant.parse("2000-01-15T00:00:00Z"));
        assertEquals("2190-01", months.periodOf(Instant.parse("2190-01-15T00:00:00Z")).toString());
        assertEquals(190 * 12 + 1, months.periodsKept());
    }

    @Test
    void table_stopsGrowingAtItsLimit() {
        ZoneId utc = ZoneId.of("UTC");
        PeriodLocator days = new PeriodLocator(Periodicity.DAY, utc);
        days.periodOf(Instant.parse("2000-01-01T12:00:00Z"));
        // 179 years of days (65,380) fit within the 65,536 periods kept; 181 years do not
        assertEquals("2179-01-01", days.periodOf(Instant.parse("2179-01-01T12:00:00Z")).toString());
        assertEquals(65_380, days.periodsKept());
        PeriodLocator other = new PeriodLocator(Periodicity.DAY, utc);
        other.periodOf(Instant.parse("2000-01-01T12:00:00Z"));
        assertEquals("2181-01-01", other.periodOf(Instant.parse("2181-01-01T12:00:00Z")).toString());
        assertEquals("1819-01-01", other.periodOf(Instant.parse("1819-01-01T12:00:00Z")).toString());
        assertEquals(1, other.periodsKept());
        // a year later still fits: the table grows to it
        assertEquals("2001-01-01", other.periodOf(Instant.parse("2001-01-01T00:00:00Z")).toString());
        assertEquals(367, other.periodsKept());
    }
}
