package io.github.cxmetrics.value;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.Expect.undefinedWhenEmpty;
import static io.github.cxmetrics.MergeChecks.assertSplitMergeEqualsOnePass;
import static io.github.cxmetrics.value.ValueFixtures.EIGHTS_MONTHS;
import static io.github.cxmetrics.value.ValueFixtures.at;
import static io.github.cxmetrics.value.ValueFixtures.customer;
import static io.github.cxmetrics.value.ValueFixtures.eight;
import static io.github.cxmetrics.value.ValueFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.stats.Interval;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class ChurnCalculatorTest {

    private static final ChurnCalculator MAY = CxMetrics.churn().asOf(at("2024-05-01T00:00:00Z"));

    private static void assertCounts(ChurnCounts c, long start, long joined, long lost,
            long joinedAndLeft, long end) {
        assertEquals(start, c.activeAtStart(), "active at start of " + c.period());
        assertEquals(joined, c.joined(), "joined in " + c.period());
        assertEquals(lost, c.lost(), "lost in " + c.period());
        assertEquals(joinedAndLeft, c.joinedAndLeft(), "joined and left in " + c.period());
        assertEquals(end, c.activeAtEnd(), "active at end of " + c.period());
    }

    @Test
    void compute_seedDefinition_lostOverCustomersAtEndOfPreviousMonth() {
        // Seed 002: churn = 100 × lost during the month / customers at the end of the previous
        // month. 100 customers at the end of January, 5 lost in February: 5 % (the seed's limit
        // of a healthy business), retention 95 %, average lifetime 1 / 0.05 = 20 months.
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(customer("c" + i, "all", "2024-01-10", i < 5 ? "2024-02-12" : null));
        }
        ChurnCounts feb = CxMetrics.churn().asOf(at("2024-03-01T00:00:00Z")).compute(customers).last();
        assertEquals(month("2024-02"), feb.period());
        assertCounts(feb, 100, 0, 5, 0, 95);
        assertEquals(0.05, feb.churnRate(), 1e-15);
        assertEquals(0.95, feb.retentionRate(), 1e-15);
        assertEquals(20.0, feb.averageLifetime(), 1e-12);
    }

    @Test
    void compute_eightCustomers_handComputedTable() {
        ChurnResult r = MAY.compute(eight());
        assertEquals(8, r.customers());
        assertEquals(EIGHTS_MONTHS, List.copyOf(r.periods().keySet()));
        SortedMap<CalendarPeriod, ChurnCounts> p = r.periods();
        // Jan: a, b, c, h join; nobody at the start
        assertCounts(p.get(month("2024-01")), 0, 4, 0, 0, 4);
        // Feb: a b c h at the start; d (at 00:00 on the 1st) and e join; b lost; e joins and leaves
        assertCounts(p.get(month("2024-02")), 4, 2, 1, 1, 4);
        // Mar: a c d h at the start; f joins; c lost (churned at 00:00 on the 1st: still at the start)
        assertCounts(p.get(month("2024-03")), 4, 1, 1, 0, 4);
        // Apr: a d f h at the start; g joins; f and h lost
        assertCounts(p.get(month("2024-04")), 4, 1, 2, 0, 3);
        assertEquals(0.25, p.get(month("2024-02")).churnRate(), 1e-15);
        assertEquals(0.25, p.get(month("2024-03")).churnRate(), 1e-15);
        assertEquals(0.5, r.last().churnRate(), 1e-15);
        assertEquals(0.5, r.last().retentionRate(), 1e-15);
        assertEquals(2.0, r.last().averageLifetime(), 1e-15);
    }

    @Test
    void trailingAndPooled_sumTheCounts() {
        ChurnResult r = MAY.compute(eight());
        // Mar + Apr: 8 at risk, 3 lost
        ChurnCounts two = r.trailing(2);
        assertEquals(new CalendarPeriod(month("2024-03").start(), month("2024-05").start()), two.period());
        assertEquals(2, two.periodCount());
        assertEquals(8, two.atRisk());
        assertEquals(3, two.churned());
        assertEquals(0.375, two.churnRate(), 1e-15);
        // all four months: 0 + 4 + 4 + 4 = 12 customer-months at risk, 4 lost: 1/3, lifetime 3
        ChurnCounts all = r.pooled();
        assertEquals(4, all.periodCount());
        assertEquals(12, all.atRisk());
        assertEquals(1.0 / 3, all.churnRate(), 1e-15);
        assertEquals(3.0, all.averageLifetime(), 1e-12);
        // pooled counts are sums: 4 + 2 + 1 + 1 joined, 4 + 4 + 4 + 3 at the ends
        assertEquals("2024-01-01..2024-05-01 (4 periods): churn 33.33% (4 of 12 lost, 8 joined,"
                + " 1 joined and left, 15 at end)", all.toString());
        // more periods asked than there are: all of them
        assertEquals(all, r.trailing(36));
        failure(IllegalArgumentException.class, () -> r.trailing(0),
                "trailing periods must be >= 1: 0");
    }

    @Test
    void joinedAndLeftCounted_entersNumeratorAndDenominator() {
        ChurnResult r = MAY.joinedAndLeft(JoinedAndLeft.COUNT).compute(eight());
        ChurnCounts feb = r.period(month("2024-02")).orElseThrow();
        // (1 lost + 1 joined and left) / (4 at start + 1 joined and left) = 2 / 5
        assertEquals(5, feb.atRisk());
        assertEquals(2, feb.churned());
        assertEquals(0.4, feb.churnRate(), 1e-15);
        assertEquals(JoinedAndLeft.COUNT, r.joinedAndLeft());
    }

    @Test
    void periodWithNoCustomersAtStart_isUndefinedNotZero() {
        ChurnCounts jan = MAY.compute(eight()).periods().get(month("2024-01"));
        assertTrue(jan.isEmpty());
        failure(IllegalStateException.class, jan::churnRate,
                "churn is undefined for 2024-01: no customers at the start of the period");
        assertThrows(IllegalStateException.class, jan::retentionRate);
        assertThrows(IllegalStateException.class, jan::averageLifetime);
        assertThrows(IllegalStateException.class, () -> jan.churnInterval(0.95));
        assertEquals("2024-01: churn undefined (no customers at the start, 4 joined, 0 joined and left,"
                + " 4 at end)", jan.toString());
    }

    @Test
    void joinedAndLeftOnly_underCount_isDefined() {
        // Nobody at the start, one customer who came and went: EXCLUDE leaves churn undefined,
        // COUNT makes it 1 / 1.
        List<Customer> one = List.of(customer("x", "s", "2024-03-02", "2024-03-02"));
        ChurnCounts excluded = CxMetrics.churn().compute(one).last();
        assertTrue(excluded.isEmpty());
        assertEquals(1, excluded.joinedAndLeft());
        ChurnCounts counted = CxMetrics.churn().joinedAndLeft(JoinedAndLeft.COUNT).compute(one).last();
        assertEquals(1.0, counted.churnRate());
    }

    @Test
    void acquiredAndChurnedTheSameDay_isJoinedAndLeft() {
        List<Customer> list = List.of(
                customer("old", "s", "2024-01-10", null),
                customer("flash", "s", "2024-02-07T08:00:00Z", "2024-02-07T17:00:00Z"));
        ChurnCounts feb = CxMetrics.churn().compute(list).last();
        assertCounts(feb, 1, 1, 0, 1, 1);
        assertEquals(0.0, feb.churnRate());
    }

    @Test
    void zeroChurn_hasUndefinedLifetime() {
        List<Customer> list = List.of(customer("a", "s", "2024-01-10", null),
                customer("b", "s", "2024-02-10", null));
        ChurnCounts feb = CxMetrics.churn().compute(list).last();
        assertEquals(0.0, feb.churnRate());
        assertEquals(1.0, feb.retentionRate());
        failure(IllegalStateException.class, feb::averageLifetime,
                "average lifetime is undefined at churn 0: no customer lost in 2024-02 (1 at risk)");
    }

    @Test
    void churnInterval_isWilson() {
        // April: 2 of 4 lost. Wilson 95 % for 2/4 is [0.1500, 0.8500] (centre 0.5,
        // half-width 1.96·sqrt(0.0625 + 0.0600) / 1.9604).
        Interval ci = MAY.compute(eight()).last().churnInterval(0.95);
        assertEquals(0.1500, ci.lower(), 5e-5);
        assertEquals(0.8500, ci.upper(), 5e-5);
    }

    @Test
    void withoutAsOf_tableEndsAtThePeriodOfTheLatestEvent() {
        ChurnResult r = CxMetrics.churn().compute(eight());
        assertEquals(month("2024-04"), r.last().period());
        assertEquals(MAY.compute(eight()).periods(), r.periods());
        assertTrue(r.asOf().isEmpty());
    }

    @Test
    void asOf_hidesLaterEventsAndEndsWithTheLastCompletePeriod() {
        // As of 15 April: April is partial, so the table ends with March; f's churn on 10 April
        // is seen (in the partial period), h's on 20 April is not: h counts as active.
        ChurnResult r = CxMetrics.churn().asOf(at("2024-04-15T00:00:00Z")).compute(eight());
        assertEquals(month("2024-03"), r.last().period());
        assertEquals(3, r.periods().size());
        // as of 1 March 00:00: c's churn at that very instant is not seen yet
        ChurnResult feb = CxMetrics.churn().asOf(at("2024-03-01T00:00:00Z")).compute(eight());
        assertEquals(month("2024-02"), feb.last().period());
        assertEquals(6, feb.customers());          // f and g were acquired later
        // customers acquired at or after asOf are out of scope
        assertFalse(CxMetrics.churn().asOf(at("2024-03-01T00:00:00Z"))
                .accepts(customer("z", "s", "2024-03-01T00:00:00Z", null)));
    }

    @Test
    void asOfInsideTheFirstPeriod_leavesNoPeriod() {
        ChurnResult r = CxMetrics.churn().asOf(at("2024-01-20T00:00:00Z")).compute(eight());
        assertFalse(r.isEmpty());
        assertTrue(r.periods().isEmpty());
        failure(IllegalStateException.class, r::last,
                "churn has no complete period: the first period 2024-01 ends after asOf"
                + " 2024-01-20T00:00:00Z");
    }

    @Test
    void compute_empty_isEmpty() {
        ChurnResult r = CxMetrics.churn().compute(List.of());
        assertEquals(0, r.customers());
        assertTrue(r.periods().isEmpty());
        undefinedWhenEmpty(r, r::pooled,
                "churn is undefined for an empty result: no customers");
    }

    @Test
    void groupBySegment_givesEachSegmentItsTable() {
        Map<String, ChurnResult> bySegment = MAY.groupBy(Customer::segment).compute(eight());
        assertEquals(List.of("pro", "retail"), List.copyOf(bySegment.keySet()));
        // retail in February: a b c at the start, b lost, d joined → 1/3
        ChurnCounts retailFeb = bySegment.get("retail").period(month("2024-02")).orElseThrow();
        assertCounts(retailFeb, 3, 1, 1, 0, 3);
        // pro in April: f h at the start, both lost, g joined → 1
        assertEquals(1.0, bySegment.get("pro").last().churnRate());
        // the segments add up to the whole
        assertEquals(MAY.compute(eight()), bySegment.get("pro").plus(bySegment.get("retail")));
        // by any attribute too
        Map<String, ChurnResult> byRegion = MAY.groupBy(c -> c.attributeOr("region", "(none)"))
                .compute(eight());
        assertEquals(List.of("(none)"), List.copyOf(byRegion.keySet()));
    }

    @Test
    void byPeriod_groupsByAcquisitionCohort() {
        SortedMap<CalendarPeriod, ChurnResult> cohorts =
                MAY.byPeriod(ChronoUnit.MONTHS, java.time.ZoneOffset.UTC).compute(eight());
        assertEquals(4, cohorts.get(month("2024-01")).customers());
        assertEquals(2, cohorts.get(month("2024-02")).customers());
    }

    @Test
    void zone_placesEventsInLocalPeriods() {
        // 31 January 23:30 UTC is 1 February in Berlin
        List<Customer> list = List.of(customer("a", "s", "2024-01-10", null),
                customer("b", "s", "2024-01-12", "2024-01-31T23:30:00Z"));
        ChurnCounts utc = CxMetrics.churn().per(Periodicity.MONTH).compute(list).last();
        assertEquals(month("2024-01"), utc.period());
        assertEquals(1, utc.joinedAndLeft());
        ChurnResult berlin = CxMetrics.churn().zone(ZoneId.of("Europe/Berlin")).compute(list);
        assertEquals(month("2024-02"), berlin.last().period());
        assertEquals(0.5, berlin.last().churnRate());
    }

    @Test
    void quarters_poolTheMonths() {
        ChurnResult q = CxMetrics.churn().per(Periodicity.QUARTER).asOf(at("2024-07-01T00:00:00Z"))
                .compute(eight());
        // Q2: a d f h at the start (c left on 1 March, b in Feb, e in Feb); f and h lost, g joined
        ChurnCounts q2 = q.last();
        assertEquals("2024-Q2", q2.period().toString());
        assertCounts(q2, 4, 1, 2, 0, 3);
    }

    @Test
    void accumulators_mergeExactly() {
        List<Customer> all = eight();
        assertSplitMergeEqualsOnePass(MAY, all, 3);
        assertEquals(MAY.compute(all), all.parallelStream().collect(MAY.collector()));
    }

    @Test
    void merge_ofAnotherCalculator_isRejected() {
        failure(IllegalArgumentException.class,
                () -> MAY.accumulator().merge(CxMetrics.churn().accumulator()),
                "cannot merge accumulators of different calculators: churn by MONTH in Z,"
                + " as of 2024-05-01T00:00:00Z and churn by MONTH in Z");
        Accumulator<Customer, ChurnResult> acc = MAY.accumulator();
        assertThrows(IllegalArgumentException.class, () -> acc.merge(acc));
        var plus = assertThrows(IllegalArgumentException.class,
                () -> MAY.compute(eight()).plus(CxMetrics.churn().compute(eight())));
        assertTrue(plus.getMessage().startsWith("cannot combine results computed with different options"));
    }

    @Test
    void options_areSetOnceAndDefineEquality() {
        assertEquals(MAY, CxMetrics.churn().asOf(at("2024-05-01T00:00:00Z")));
        assertNotEquals(MAY, CxMetrics.churn());
        failure(IllegalStateException.class, () -> MAY.asOf(at("2024-06-01")),
                "asOf was already set to 2024-05-01T00:00:00Z");
        failure(IllegalStateException.class,
                () -> CxMetrics.churn().per(Periodicity.WEEK).per(ChronoUnit.DAYS),
                "periodicity was already set to WEEK");
        assertThrows(IllegalArgumentException.class, () -> CxMetrics.churn().per(ChronoUnit.HOURS));
        failure(NullPointerException.class,
                () -> MAY.compute( java.util.Arrays.asList(customer("a", "s", "2024-01-01", null), null)),
                "customer must not be null");
    }
}
