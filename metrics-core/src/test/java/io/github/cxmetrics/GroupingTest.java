package io.github.cxmetrics;

import static io.github.cxmetrics.Fixtures.T0;
import static io.github.cxmetrics.MergeChecks.assertSplitMergeEqualsOnePass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.survey.NpsResult;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Grouped and per-period calculators: keys, order, merging, equality; and the entry points. */
class GroupingTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    /** 60 responses from 12 customers over 12 days, scores 0 to 10 in turn. */
    private static List<Response> responses() {
        List<Response> list = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            list.add(Response.of("c" + i % 12, "nps", i % 11, T0.plusSeconds(5L * 3600 * i),
                    i % 3 == 0 ? Channel.EMAIL : Channel.CHAT));
        }
        return list;
    }

    @Test
    void groups_agreeWithFilteringByHand_forManyKeysCycling() {
        // 12 keys, more than the recent keys remembered; fresh String instances so that keys are
        // equal without being identical
        Function<Response, String> key = r -> new String(r.customerId());
        Map<String, NpsResult> groups = CxMetrics.nps().groupBy(key).compute(responses());
        assertEquals(12, groups.size());
        for (Map.Entry<String, NpsResult> e : groups.entrySet()) {
            List<Response> mine = responses().stream()
                    .filter(r -> r.customerId().equals(e.getKey())).toList();
            assertEquals(CxMetrics.nps().compute(mine), e.getValue(), e.getKey());
        }
        // comparable keys come sorted
        assertEquals(responses().stream().map(Response::customerId).distinct().sorted().toList(),
                List.copyOf(groups.keySet()));
    }

    @Test
    void groups_ofKeysOfDifferentTypes_keepTheOrderSeen() {
        Function<Response, Object> mixed = r -> r.score() % 2 == 0 ? (Object) r.score() : "odd";
        Map<Object, NpsResult> groups = CxMetrics.nps().groupBy(mixed).compute(responses());
        assertEquals(List.of(0, "odd", 2, 4, 6, 8, 10), List.copyOf(groups.keySet()));
        Function<Response, Object> opaque = r -> r.channel() == Channel.EMAIL ? List.of("e") : List.of("c");
        Map<Object, NpsResult> byList = CxMetrics.nps().groupBy(opaque).compute(responses());
        assertEquals(List.of(List.of("e"), List.of("c")), List.copyOf(byList.keySet()));
    }

    @Test
    void groups_onlyTakeWhatTheCalculatorAccepts() {
        List<Response> list = new ArrayList<>(responses());
        list.add(Response.of("x", "csat", 5, T0, Channel.WEB));
        Map<Channel, NpsResult> groups = CxMetrics.nps().question("nps").groupBy(Response::channel)
                .compute(list);
        assertEquals(List.of(Channel.CHAT, Channel.EMAIL), List.copyOf(groups.keySet()));
        assertEquals(60, groups.values().stream().mapToLong(NpsResult::count).sum());
        assertEquals("group key must not be null: " + list.get(0), assertThrows(NullPointerException.class,
                () -> CxMetrics.nps().groupBy(r -> null).compute(list)).getMessage());
    }

    @Test
    void groupedAccumulators_mergeLikeOnePass() {
        var calculator = CxMetrics.nps().groupBy(Response::channel)
                .byPeriod(ChronoUnit.DAYS, UTC);
        List<Response> all = responses();
        assertSplitMergeEqualsOnePass(calculator, all, 25);
        assertEquals(calculator.compute(all), all.parallelStream().collect(calculator.collector()));
        var self = calculator.accumulator();
        assertEquals("cannot merge an accumulator into itself",
                assertThrows(IllegalArgumentException.class, () -> self.merge(self)).getMessage());
        var other = CxMetrics.nps().groupBy(Response::channel).byPeriod(ChronoUnit.WEEKS, UTC).accumulator();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> self.merge(other)).getMessage()
                .startsWith("cannot merge accumulators of different calculators: "));
    }

    @Test
    void periods_useTheTimeOfEachItemInTheZone() {
        SortedMap<CalendarPeriod, NpsResult> days = CxMetrics.nps().byPeriod(ChronoUnit.DAYS, UTC)
                .compute(responses());
        // every 5 hours over 295 hours: days 2024-04-02 to 2024-04-14
        assertEquals("2024-04-02", days.firstKey().toString());
        assertEquals("2024-04-14", days.lastKey().toString());
        assertEquals(60, days.values().stream().mapToLong(NpsResult::count).sum());
        Map<String, Long> byHand = responses().stream().collect(Collectors.groupingBy(
                r -> r.answeredAt().atZone(UTC).toLocalDate().toString(), Collectors.counting()));
        days.forEach((p, r) -> assertEquals(byHand.get(p.toString()), r.count(), p::toString));
    }

    @Test
    void groupedCalculators_areEqualWhenTheirPartsAre() {
        Function<Response, Channel> channel = Response::channel;
        assertEquals(CxMetrics.nps().groupBy(channel), CxMetrics.nps().groupBy(channel));
        assertEquals(CxMetrics.nps().groupBy(channel).hashCode(), CxMetrics.nps().groupBy(channel).hashCode());
        assertNotEquals(CxMetrics.nps().groupBy(channel), CxMetrics.nps().lenient().groupBy(channel));
        assertNotEquals(CxMetrics.nps().groupBy(channel), CxMetrics.nps().groupBy(Response::customerId));
        var days = CxMetrics.nps().byPeriod(ChronoUnit.DAYS, UTC);
        assertEquals(days, CxMetrics.nps().byPeriod(ChronoUnit.DAYS, UTC));
        assertEquals(days.hashCode(), CxMetrics.nps().byPeriod(ChronoUnit.DAYS, UTC).hashCode());
        assertNotEquals(days, CxMetrics.nps().byPeriod(ChronoUnit.WEEKS, UTC));
        assertNotEquals(days, CxMetrics.nps().byPeriod(ChronoUnit.DAYS, ZoneId.of("Europe/Berlin")));
        assertNotEquals(days.hashCode(), CxMetrics.nps().byPeriod(ChronoUnit.WEEKS, UTC).hashCode());
        assertNotEquals(days.hashCode(),
                CxMetrics.nps().byPeriod(ChronoUnit.DAYS, ZoneId.of("Europe/Berlin")).hashCode());
        assertEquals("nps on nps-0-10 grouped by DAY in UTC", days.toString());
        assertEquals(CxMetrics.nps().byPeriod(Periodicity.MONTH, UTC),
                CxMetrics.nps().byPeriod(java.time.Period.ofMonths(1), UTC));
    }

    @Test
    void entryPoints_returnTheNamedCalculators() {
        assertEquals("csi", CxMetrics.csi().compute(List.of()).toString().split(" ")[0].toLowerCase());
        assertEquals("CSAT (empty)", CxMetrics.csat().compute(List.of()).toString());
        assertEquals("CES (empty)", CxMetrics.ces().compute(List.of()).toString());
        assertEquals("EFFORT (empty)", CxMetrics.topBox("effort", ScoreScale.FIVE_POINT)
                .compute(List.of()).toString());
        for (Calculator<?, ?> c : List.of(CxMetrics.firstResponseTime(), CxMetrics.firstResolutionTime(),
                CxMetrics.fullResolutionTime(), CxMetrics.resolutionTime(), CxMetrics.handleTime(),
                CxMetrics.firstContactResolution(), CxMetrics.reopenRate(), CxMetrics.revenueRetention(),
                CxMetrics.churn(), CxMetrics.retention(), CxMetrics.lifetimeValue())) {
            assertTrue(c.compute(List.of()) != null, c::toString);
        }
        assertEquals(CxMetrics.fullResolutionTime(), CxMetrics.resolutionTime());
        assertNotEquals(CxMetrics.firstResolutionTime(), CxMetrics.fullResolutionTime());
        assertEquals("first response time: empty (open 0)",
                CxMetrics.firstResponseTime().compute(List.of()).toString());
        assertEquals("first resolution time: empty (open 0)",
                CxMetrics.firstResolutionTime().compute(List.of()).toString());
        assertEquals("full resolution time: empty (open 0)",
                CxMetrics.fullResolutionTime().compute(List.of()).toString());
        assertEquals("handle time: empty (open 0)", CxMetrics.handleTime().compute(List.of()).toString());
    }
}
