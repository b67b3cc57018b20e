package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.survey.BandCounts;
import io.github.cxmetrics.survey.Comparison;
import io.github.cxmetrics.survey.Duplicates;
import io.github.cxmetrics.survey.LoyaltyIndexResult;
import io.github.cxmetrics.survey.NpsCalculator;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.ScoreColumns;
import io.github.cxmetrics.survey.TopBoxResult;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The code examples of README.md, compiled and checked, so that they cannot go stale. Each test
 * holds one example verbatim between the {@code README} markers.
 */
class ExamplesTest {

    private static final List<Response> RESPONSES = List.of(
            Response.of("c-1", "nps", 10, Instant.parse("2024-04-02T10:15:00Z"), Channel.EMAIL),
            Response.of("c-2", "nps", 9, Instant.parse("2024-04-03T08:00:00Z"), Channel.CHAT),
            Response.of("c-3", "nps", 6, Instant.parse("2024-05-11T16:40:00Z"), Channel.EMAIL),
            Response.of("c-4", "nps", 8, Instant.parse("2024-05-20T12:00:00Z"), Channel.PHONE),
            Response.of("c-5", "nps", 3, Instant.parse("2024-06-01T09:30:00Z"), Channel.CHAT),
            Response.of("c-1", "csat", 5, Instant.parse("2024-04-02T10:16:00Z"), Channel.EMAIL),
            Response.of("c-3", "csat", 2, Instant.parse("2024-05-11T16:41:00Z"), Channel.EMAIL));

    @Test
    void quickStart() {
        List<Response> responses = RESPONSES;
        // README: quick start
        NpsResult nps = CxMetrics.nps().question("nps").compute(responses);
        double points = nps.score();                          // 100 × (2 − 2) / 5 = 0
        Interval ci = nps.confidenceInterval(0.95);           // adjusted Wald
        System.out.printf("NPS %.1f, 95%% CI [%.1f, %.1f], n=%d%n",
                points, ci.lower(), ci.upper(), nps.count());

        Map<Channel, NpsResult> byChannel =
                CxMetrics.nps().question("nps").groupBy(Response::channel).compute(responses);
        byChannel.forEach((channel, r) -> System.out.printf("%-6s %6.1f%n", channel, r.score()));
        // README: end

        assertEquals(0.0, points, 1e-12);
        assertEquals(5, nps.count());
        assertTrue(ci.contains(nps.adjustedScore()));
        assertEquals(List.of(Channel.CHAT, Channel.EMAIL, Channel.PHONE), List.copyOf(byChannel.keySet()));
        assertEquals(0.0, byChannel.get(Channel.CHAT).score(), 1e-12);
        assertEquals(0.0, byChannel.get(Channel.PHONE).score(), 1e-12);
    }

    @Test
    void moreMetrics() {
        List<Response> responses = RESPONSES;
        Instant aprilFirst = Instant.parse("2024-04-01T00:00:00Z");
        Instant mayFirst = Instant.parse("2024-05-01T00:00:00Z");
        Instant julyFirst = Instant.parse("2024-07-01T00:00:00Z");
        // README: more metrics
        NpsResult april = CxMetrics.nps().question("nps").between(aprilFirst, mayFirst).compute(responses);
        NpsResult later = CxMetrics.nps().question("nps").between(mayFirst, julyFirst).compute(responses);
        Comparison change = later.comparedTo(april);           // later − april, z-test
        System.out.printf("change %+.1f points, p = %.3f%n", change.difference(), change.pValue());

        SortedMap<CalendarPeriod, NpsResult> trend = CxMetrics.nps().question("nps")
                .byPeriod(ChronoUnit.MONTHS, ZoneId.of("Europe/Berlin")).compute(responses);

        TopBoxResult csat = CxMetrics.csat().question("csat").compute(responses);   // 1-5, 4-5 positive
        TopBoxResult ces = CxMetrics.ces().scale(ScoreScale.SEVEN_POINT).question("ces")
                .compute(responses);                                                // CES 2.0
        NpsResult latestOnly = CxMetrics.nps().question("nps")
                .duplicates(Duplicates.KEEP_LATEST).lenient().compute(responses);
        LoyaltyIndexResult cli = CxMetrics.loyaltyIndex()
                .questions("cli_recommend", "cli_repurchase", "cli_other_products", "cli_competitor")
                .reverseCoded("cli_competitor").compute(responses);
        // README: end

        assertEquals(100.0, april.score(), 1e-12);
        assertEquals(-200.0 / 3, later.score(), 1e-12);
        assertEquals(later.score() - april.score(), change.difference(), 1e-12);
        assertEquals(List.of("2024-04", "2024-05", "2024-06"),
                trend.keySet().stream().map(Object::toString).toList());
        assertEquals(50.0, csat.score(), 1e-12);
        assertTrue(ces.isEmpty());
        assertEquals(5, latestOnly.count());
        assertTrue(cli.isEmpty());
    }

    @Test
    void customScaleAndAccumulators() {
        List<Response> batch1 = RESPONSES.subList(0, 3);
        List<Response> batch2 = RESPONSES.subList(3, RESPONSES.size());
        // README: custom scales and accumulators
        ScoreScale effort = ScoreScale.builder("effort-1-5")   // 1 = very little effort (good)
                .positive(1, 2).neutral(3, 3).negative(4, 5)
                .build();
        TopBoxResult lowEffort = CxMetrics.ces().scale(effort).question("effort").compute(batch1);

        Accumulator<Response, NpsResult> morning = CxMetrics.nps().question("nps").accumulator();
        Accumulator<Response, NpsResult> evening = CxMetrics.nps().question("nps").accumulator();
        morning.addAll(batch1);
        evening.addAll(batch2);
        morning.merge(evening);                                // exact: same as one pass
        NpsResult day = morning.snapshot();
        // README: end

        assertTrue(lowEffort.isEmpty());
        assertEquals(CxMetrics.nps().question("nps").compute(RESPONSES), day);
    }

    @Test
    void acrossProcesses() {
        List<Response> mondayResponses = RESPONSES.subList(0, 4);
        List<Response> tuesdayResponses = RESPONSES.subList(4, RESPONSES.size());
        Map<String, byte[]> store = new java.util.HashMap<>();
        // README: across processes
        NpsCalculator nps = CxMetrics.nps().question("nps");

        // Monday's job, on one machine: aggregate, then store or ship the bytes.
        Accumulator<Response, NpsResult> monday = nps.accumulator();
        monday.addAll(mondayResponses);
        store.put("2024-04-01", monday.toByteArray());         // 31 bytes: counts, not responses

        // Later, anywhere: read the bytes back, go on adding, merge other days.
        Accumulator<Response, NpsResult> week = nps.accumulatorFrom(store.get("2024-04-01"));
        week.addAll(tuesdayResponses);
        NpsResult result = week.snapshot();                    // exactly one pass over both days

        // Bytes of another configuration are refused, never misread:
        // CxMetrics.nps().question("csat").accumulatorFrom(bytes)  -> IllegalArgumentException
        // README: end

        assertEquals(nps.compute(RESPONSES), result);
        assertEquals(31, store.get("2024-04-01").length);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.nps().question("csat").accumulatorFrom(store.get("2024-04-01")));
    }

    @Test
    void columns() {
        // README: columns
        byte[] scores = {10, 9, 7, 3, 9};        // one byte per answer, as read from a column store
        BandCounts counts = ScoreColumns.of(ScoreScale.NPS).count(scores);
        double nps = counts.netScore();           // 100 × (3 − 1) / 5 = 40
        Interval ci = counts.netScoreInterval(0.95);
        BandCounts lenient = ScoreColumns.of(ScoreScale.NPS).lenient().parallel().count(scores);
        // README: end

        assertEquals(40.0, nps, 1e-12);
        assertTrue(ci.contains(nps));
        assertEquals(counts, lenient);
    }
}
