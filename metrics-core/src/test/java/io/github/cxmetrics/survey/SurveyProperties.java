package io.github.cxmetrics.survey;

import static io.github.cxmetrics.CalculatorProperties.assertParallelEqualsSequential;
import static io.github.cxmetrics.CalculatorProperties.shuffled;
import static io.github.cxmetrics.CalculatorProperties.splitAndMergeEqualsOnePass;
import static io.github.cxmetrics.MergeChecks.mergeAll;
import static io.github.cxmetrics.Theories.anyLong;
import static io.github.cxmetrics.Theories.listsOf;
import static io.github.cxmetrics.Theories.qt;
import static io.github.cxmetrics.Theories.withEdges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the survey metrics over generated responses. */
class SurveyProperties {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<Channel> CHANNELS =
            List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.of("whatsapp"));

    /**
     * Responses to "nps" on 0–10 from 20 customers (so duplicates happen) over 90 days, some
     * unanswered, weights multiples of ¼ so that sums of weights are exact, and often weight 1
     * so that equal weights are common.
     */
    static Gen<List<Response>> responses() {
        Gen<Response> response = integers().between(0, 19).zip(
                integers().between(-1, 10),
                longs().between(0, 90L * 24 * 3600),
                arbitrary().pick(CHANNELS),
                withEdges(integers().between(0, 8), 8, 3),
                (customer, score, seconds, channel, quarters) -> {
                    Instant at = START.plusSeconds(seconds);
                    Response r = score < 0
                            ? Response.unanswered("c" + customer, "nps", at, channel)
                            : Response.of("c" + customer, "nps", score, at, channel);
                    return r.withWeight(quarters == 8 ? 1.0 : quarters / 4.0 + 0.25);
                });
        return listsOf(response, 0, 200);
    }

    static Gen<List<Response>> unweighted() {
        return responses().map(list -> list.stream().map(r -> r.withWeight(1)).toList());
    }

    @Test
    void nps_isWithinBoundsAndSharesSumTo100() {
        qt().forAll(responses()).checkAssert(responses -> {
            NpsResult r = CxMetrics.nps().compute(responses);
            if (r.isEmpty() || r.weightedCount() == 0) {
                return;
            }
            assertTrue(r.score() >= -100 && r.score() <= 100);
            assertEquals(100, r.promoterShare() + r.passiveShare() + r.detractorShare(), 1e-9);
            for (double share : new double[] {r.promoterShare(), r.passiveShare(), r.detractorShare()}) {
                assertTrue(share >= 0 && share <= 100);
            }
            assertTrue(r.mean() >= 0 && r.mean() <= 10);
        });
    }

    @Test
    void nps_agreesWithANaiveReference() {
        qt().forAll(responses()).checkAssert(responses -> {
            double promoters = 0;
            double detractors = 0;
            double all = 0;
            long missing = 0;
            for (Response r : responses) {
                if (!r.isAnswered()) {
                    missing++;
                    continue;
                }
                all += r.weight();
                if (r.score() >= 9) {
                    promoters += r.weight();
                } else if (r.score() <= 6) {
                    detractors += r.weight();
                }
            }
            NpsResult result = CxMetrics.nps().compute(responses);
            assertEquals(missing, result.missing());
            assertEquals(responses.size() - missing, result.count());
            if (all > 0) {
                assertEquals(100 * (promoters - detractors) / all, result.score(), 1e-9);
            }
        });
    }

    @Test
    void topBox_agreesWithANaiveReference() {
        qt().forAll(unweighted()).checkAssert(responses -> {
            List<Response> fivePoint = responses.stream().filter(Response::isAnswered)
                    .map(r -> r.withScore(1 + r.score() % 5)).toList();
            long top = fivePoint.stream().filter(r -> r.score() >= 4).count();
            TopBoxResult result = CxMetrics.csat().compute(fivePoint);
            assertEquals(fivePoint.size(), result.count());
            if (!fivePoint.isEmpty()) {
                assertEquals(100.0 * top / fivePoint.size(), result.score(), 1e-9);
                assertTrue(result.score() >= 0 && result.score() <= 100);
                Interval ci = result.confidenceInterval(0.95);
                assertTrue(ci.contains(result.score()));
                assertTrue(ci.lower() >= 0 && ci.upper() <= 100);
            }
        });
    }

    @Test
    void nps_isIndependentOfInputOrder() {
        qt().forAll(responses(), anyLong()).checkAssert((responses, seed) -> {
            List<Response> shuffled = shuffled(responses, seed);
            assertEquals(CxMetrics.nps().compute(responses), CxMetrics.nps().compute(shuffled));
            var latest = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST);
            assertEquals(latest.compute(responses), latest.compute(shuffled));
        });
    }

    @Test
    void splitAndMerge_equalsOnePass() {
        splitAndMergeEqualsOnePass(responses(), 200, calculators());
    }

    @Test
    void merge_isAssociativeAndCommutative() {
        qt().forAll(responses(), responses(), responses()).checkAssert((a, b, c) -> {
            NpsCalculator nps = CxMetrics.nps();
            NpsResult ra = nps.compute(a);
            NpsResult rb = nps.compute(b);
            NpsResult rc = nps.compute(c);
            assertEquals(ra.plus(rb).plus(rc), ra.plus(rb.plus(rc)));
            assertEquals(ra.plus(rb), rb.plus(ra));

            var left = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST);
            assertEquals(mergeAll(left, a, b, c), mergeAll(left, c, a, b));
            assertEquals(mergeAll(left, a, b, c), mergeAll(left, b, c, a));
        });
    }

    @Test
    void parallelStream_equalsSequential() {
        qt().forAll(responses()).checkAssert(responses -> {
            assertParallelEqualsSequential(CxMetrics.nps().groupBy(Response::channel), responses);
            assertParallelEqualsSequential(CxMetrics.nps(), responses);
        });
    }

    @Test
    void groups_addUpToTheWhole() {
        qt().forAll(responses()).checkAssert(responses -> {
            NpsResult whole = CxMetrics.nps().compute(responses);
            Map<Channel, NpsResult> byChannel = CxMetrics.nps().groupBy(Response::channel).compute(responses);
            SortedMap<CalendarPeriod, NpsResult> byMonth =
                    CxMetrics.nps().byPeriod(ChronoUnit.MONTHS, ZoneId.of("Europe/Moscow")).compute(responses);
            assertEquals(whole, byChannel.values().stream().reduce(NpsResult::plus)
                    .orElse(CxMetrics.nps().compute(List.of())));
            assertEquals(whole, byMonth.values().stream().reduce(NpsResult::plus)
                    .orElse(CxMetrics.nps().compute(List.of())));
        });
    }

    @Test
    void adjustedWaldInterval_containsTheAdjustedEstimateAndNarrowsWithN() {
        qt().forAll(integers().between(0, 60), integers().between(0, 60),
                integers().between(0, 60), integers().between(2, 10))
                .assuming((promoters, passives, detractors, factor) ->
                        promoters + passives + detractors > 0)
                .checkAssert((promoters, passives, detractors, factor) -> {
            NpsResult small = CxMetrics.nps().compute(io.github.cxmetrics.Fixtures.nps(promoters, passives, detractors));
            NpsResult large = CxMetrics.nps().compute(io.github.cxmetrics.Fixtures.nps(
                    promoters * factor, passives * factor, detractors * factor));
            for (NpsResult r : List.of(small, large)) {
                Interval ci = r.confidenceInterval(0.95);
                assertTrue(ci.contains(r.adjustedScore()), () -> ci + " " + r.adjustedScore());
                assertTrue(ci.lower() >= -100 && ci.upper() <= 100);
                assertTrue(r.confidenceInterval(0.99).width() >= ci.width());
            }
            assertTrue(large.confidenceInterval(0.95).width() < small.confidenceInterval(0.95).width());
            Interval wald = large.confidenceInterval(0.95, IntervalMethod.WALD);
            assertTrue(wald.contains(large.score()));
        });
    }

    @Test
    void mirroredScale_givesTheSameResult() {
        qt().forAll(responses()).checkAssert(responses -> {
            // The NPS scale run backwards: 0 is the best answer. Mirrored scores give the same NPS.
            ScoreScale backwards = ScoreScale.builder("nps-backwards")
                    .positive(0, 1).neutral(2, 3).negative(4, 10).build();
            List<Response> mirrored = responses.stream()
                    .map(r -> r.isAnswered() ? r.withScore(10 - r.score()) : r).toList();
            NpsResult original = CxMetrics.nps().compute(responses);
            NpsResult viaMirror = CxMetrics.nps().scale(backwards).compute(mirrored);
            assertEquals(original.count(), viaMirror.count());
            assertEquals(original.promoters(), viaMirror.promoters());
            assertEquals(original.detractors(), viaMirror.detractors());
            if (!original.isEmpty() && original.weightedCount() > 0) {
                assertEquals(original.score(), viaMirror.score(), 1e-9);
                assertEquals(original.confidenceInterval(0.95), viaMirror.confidenceInterval(0.95));
            }
        });
    }

    @Test
    void loyaltyIndex_reverseCodingIsTheMirror() {
        qt().forAll(unweighted()).checkAssert(responses -> {
            List<Response> answered = responses.stream().filter(Response::isAnswered).toList();
            LoyaltyIndexResult plain = CxMetrics.loyaltyIndex().compute(answered);
            LoyaltyIndexResult reversed = CxMetrics.loyaltyIndex().reverseCoded("nps").compute(answered);
            if (!answered.isEmpty()) {
                assertEquals(10 - plain.score(), reversed.score(), 1e-9);
                assertTrue(plain.score() >= 0 && plain.score() <= 10);
            }
        });
    }

    private static List<Calculator<Response, ?>> calculators() {
        return List.of(
                CxMetrics.nps(),
                CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST),
                CxMetrics.nps().missingAnswers(MissingAnswers.COUNT_IN_BASE),
                CxMetrics.nps().groupBy(Response::channel),
                CxMetrics.nps().byPeriod(ChronoUnit.WEEKS, ZoneId.of("America/New_York")),
                CxMetrics.nps().groupBy(Response::channel).byPeriod(ChronoUnit.MONTHS, ZoneId.of("UTC")),
                CxMetrics.loyaltyIndex().reverseCoded("nps"));
    }


}
