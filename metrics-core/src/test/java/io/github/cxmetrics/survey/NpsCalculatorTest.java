package io.github.cxmetrics.survey;

import static io.github.cxmetrics.survey.Comparisons.assertTest;
import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.Expect.undefinedWhenEmpty;
import static io.github.cxmetrics.Expect.failureStartingWith;
import static io.github.cxmetrics.Fixtures.T0;
import static io.github.cxmetrics.Fixtures.nps;
import static io.github.cxmetrics.Fixtures.responses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NpsCalculatorTest {

    /** The band counts and the number scored, named: one assertion shows each that differs. */
    private static String bands(NpsResult r) {
        return "promoters " + r.promoters() + ", passives " + r.passives() + ", detractors "
                + r.detractors() + " of " + r.count();
    }

    @Test
    void compute_seedDefinition_handComputed() {
        // METRICS.md §1: 100 × (promoters − detractors) / n; 50 P, 30 passives, 20 D → 30.
        NpsResult r = CxMetrics.nps().compute(nps(50, 30, 20));
        assertEquals(30.0, r.score(), 1e-12);
        assertEquals("promoters 50, passives 30, detractors 20 of 100", bands(r));
        assertEquals(50.0, r.promoterShare(), 1e-12);
        assertEquals(30.0, r.passiveShare(), 1e-12);
        assertEquals(20.0, r.detractorShare(), 1e-12);
        assertEquals(0.61, r.variance(), 1e-12);
        assertEquals(7.810250, r.standardError(), 1e-6);
        assertEquals((50 * 10 + 30 * 7 + 20 * 3) / 100.0, r.mean(), 1e-12);
        assertFalse(r.isSmallSample());
    }

    @Test
    void compute_everyScore_usesTheBands() {
        // scores 0..10 once each: detractors 0-6 (7), passives 7-8 (2), promoters 9-10 (2)
        NpsResult r = CxMetrics.nps().compute(responses("nps", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertEquals("promoters 2, passives 2, detractors 7 of 11", bands(r));
        assertEquals(100.0 * (2 - 7) / 11, r.score(), 1e-12);
        assertEquals(5.0, r.mean(), 1e-12);
    }

    @Test
    void confidenceInterval_defaultIsAdjustedWald() {
        NpsResult r = CxMetrics.nps().compute(nps(50, 30, 20));
        Interval ci = r.confidenceInterval(0.95);
        assertEquals(14.0511, ci.lower(), 1e-4);
        assertEquals(44.2013, ci.upper(), 1e-4);
        assertEquals(29.1262, r.adjustedScore(), 1e-4);
        assertTrue(ci.contains(r.adjustedScore()));
        Interval wald = r.confidenceInterval(0.95, IntervalMethod.WALD);
        assertEquals(14.6922, wald.lower(), 1e-4);
        assertEquals(45.3078, wald.upper(), 1e-4);
    }

    @Test
    void compute_allPromoters_is100() {
        NpsResult r = CxMetrics.nps().compute(nps(12, 0, 0));
        assertEquals(100.0, r.score());
        assertEquals(0.0, r.variance());
        assertEquals(100.0, r.confidenceInterval(0.95).upper());
        assertTrue(r.confidenceInterval(0.95).lower() < 100);
        assertTrue(r.isSmallSample());
    }

    @Test
    void compute_allDetractors_isMinus100() {
        NpsResult r = CxMetrics.nps().compute(nps(0, 0, 40));
        assertEquals(-100.0, r.score());
        assertEquals(-100.0, r.confidenceInterval(0.95).lower());
    }

    @Test
    void compute_oneResponse_isDefinedButSmall() {
        NpsResult r = CxMetrics.nps().compute(responses("nps", 9));
        assertEquals(100.0, r.score());
        assertEquals(1, r.count());
        assertTrue(r.isSmallSample());
        // n' = 4, p₊' = 1.75/4, p₋' = 0.75/4: centre 25
        assertEquals(25.0, r.adjustedScore(), 1e-12);
        assertTrue(r.confidenceInterval(0.95).contains(25.0));
    }

    @Test
    void compute_empty_isEmptyAndScoreFails() {
        NpsResult r = CxMetrics.nps().compute(List.of());
        assertEquals(0, r.count());
        assertEquals(0, r.promoters());
        undefinedWhenEmpty(r, r::score,
                "nps is undefined for an empty result: no responses in the base");
        assertThrows(IllegalStateException.class, () -> r.confidenceInterval(0.95));
        assertThrows(IllegalStateException.class, r::mean);
        assertEquals("NPS (empty)", r.toString());
    }

    @Test
    void compute_allWeightsZero_scoreFails() {
        List<Response> zero = nps(2, 1, 0).stream().map(x -> x.withWeight(0)).toList();
        NpsResult r = CxMetrics.nps().compute(zero);
        assertFalse(r.isEmpty());
        assertEquals(3, r.count());
        failure(IllegalStateException.class, r::score,
                "nps is undefined: the total weight of the 3 responses in the base is 0");
    }

    @Test
    void compute_weights_giveWeightedSharesAndEffectiveSize() {
        // promoter weight 2 + 2, detractor weight 1: p₊ = 4/5, p₋ = 1/5 → 60
        List<Response> list = new ArrayList<>(responses("nps", 10, 9, 0));
        list.set(0, list.get(0).withWeight(2));
        list.set(1, list.get(1).withWeight(2));
        NpsResult r = CxMetrics.nps().compute(list);
        assertEquals(60.0, r.score(), 1e-12);
        assertEquals(5.0, r.weightedCount(), 1e-12);
        assertEquals(25.0 / 9, r.effectiveSampleSize(), 1e-12);
        assertEquals(3, r.count());
        NpsResult unweighted = CxMetrics.nps().unweighted().compute(list);
        assertEquals(100.0 / 3, unweighted.score(), 1e-12);
    }

    @Test
    void compute_zeroWeightResponse_countsButDoesNotMove() {
        List<Response> list = new ArrayList<>(nps(3, 0, 1));
        list.add(Response.of("z", "nps", 0, T0, Channel.EMAIL).withWeight(0));
        NpsResult r = CxMetrics.nps().compute(list);
        assertEquals(50.0, r.score(), 1e-12);
        assertEquals(2, r.detractors());
        assertEquals(4.0, r.weightedCount(), 1e-12);
    }

    @Test
    void compute_scoreOutsideScale_strictNamesTheResponse() {
        List<Response> list = responses("nps", 9, 11);
        failure(IllegalArgumentException.class, () -> CxMetrics.nps().compute(list),
                "score must be in [0, 10]: 11 (nps, customer c1, question nps, answered at"
                + " 2024-04-02T10:01:00Z)");
    }

    @Test
    void compute_scoreOutsideScale_lenientSkipsAndCounts() {
        NpsResult r = CxMetrics.nps().lenient().compute(responses("nps", 9, 11, -1, 0));
        assertEquals(2, r.count());
        assertEquals(2, r.invalid());
        assertEquals(0.0, r.score(), 1e-12);
    }

    @Test
    void compute_missingAnswers_excludedByDefaultAndCounted() {
        List<Response> list = new ArrayList<>(nps(2, 0, 1));
        list.add(Response.unanswered("m", "nps", T0, Channel.WEB));
        NpsResult r = CxMetrics.nps().compute(list);
        assertEquals(3, r.count());
        assertEquals(1, r.missing());
        assertEquals(100.0 / 3, r.score(), 1e-12);
    }

    @Test
    void compute_missingAnswersInBase_lowerTheShares() {
        // CustomerGauge: "no score" responses count in n: (2 − 1) / 4
        List<Response> list = new ArrayList<>(nps(2, 0, 1));
        list.add(Response.unanswered("m", "nps", T0, Channel.WEB));
        NpsResult r = CxMetrics.nps().missingAnswers(MissingAnswers.COUNT_IN_BASE).compute(list);
        assertEquals(4, r.count());
        assertEquals(25.0, r.score(), 1e-12);
        assertEquals(50.0, r.promoterShare(), 1e-12);
        assertEquals((10 + 10 + 3) / 3.0, r.mean(), 1e-12);
    }

    @Test
    void compute_onlyMissingAnswers_isEmpty() {
        NpsResult r = CxMetrics.nps().compute(List.of(Response.unanswered("m", "nps", T0, Channel.WEB)));
        assertTrue(r.isEmpty());
        assertEquals(1, r.missing());
    }

    @Test
    void compute_keepLatest_countsEachCustomerOnce() {
        List<Response> list = List.of(
                Response.of("a", "nps", 0, T0, Channel.EMAIL),
                Response.of("a", "nps", 10, T0.plusSeconds(5), Channel.EMAIL),
                Response.of("a", "nps", 3, T0.plusSeconds(1), Channel.EMAIL),
                Response.of("b", "nps", 8, T0, Channel.EMAIL));
        NpsResult all = CxMetrics.nps().compute(list);
        assertEquals(4, all.count());
        NpsResult latest = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST).compute(list);
        // a's latest is the 10 (a promoter), b's only answer the 8 (a passive)
        assertEquals("promoters 1, passives 1, detractors 0 of 2", bands(latest));
        assertEquals(2, latest.duplicates());
        assertEquals(50.0, latest.score(), 1e-12);
    }

    @Test
    void compute_keepLatest_tieAtTheSameInstantKeepsTheHigherScore() {
        List<Response> list = List.of(
                Response.of("a", "nps", 2, T0, Channel.EMAIL),
                Response.of("a", "nps", 9, T0, Channel.CHAT));
        NpsResult r = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST).compute(list);
        assertEquals(1, r.promoters());
        NpsResult reversed = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST)
                .compute(List.of(list.get(1), list.get(0)));
        assertEquals(r, reversed);
    }

    @Test
    void question_filtersOtherQuestions() {
        List<Response> list = new ArrayList<>(nps(1, 0, 0));
        list.addAll(responses("csat", 5, 5));
        NpsResult r = CxMetrics.nps().question("nps").compute(list);
        assertEquals(1, r.count());
        assertEquals(3, CxMetrics.nps().compute(list).count(), "without a question, all count");
    }

    @Test
    void between_isHalfOpen() {
        List<Response> list = responses("nps", 10, 0, 10, 0);   // one minute apart
        NpsResult r = CxMetrics.nps().between(T0.plusSeconds(60), T0.plusSeconds(180)).compute(list);
        assertEquals(2, r.count());
        assertEquals(0.0, r.score(), 1e-12);
    }

    @Test
    void options_setTwice_areRejected() {
        assertEquals("questions was already set to [a]", assertThrows(IllegalStateException.class,
                () -> CxMetrics.nps().question("a").question("b")).getMessage());
        assertEquals("lenient was already set to true", assertThrows(IllegalStateException.class,
                () -> CxMetrics.nps().lenient().lenient()).getMessage());
        assertEquals("time window was already set to [2024-04-02T10:00:00Z, 2024-04-02T10:01:00Z)",
                assertThrows(IllegalStateException.class, () -> CxMetrics.nps()
                        .between(T0, T0.plusSeconds(60)).between(T0, T0.plusSeconds(60)))
                        .getMessage());
    }

    @Test
    void between_emptyWindow_isRejected() {
        failure(IllegalArgumentException.class, () -> CxMetrics.nps().between(T0, T0),
                "from must be before to: [2024-04-02T10:00:00Z, 2024-04-02T10:00:00Z)");
    }

    @Test
    void options_doNotChangeTheOriginal() {
        NpsCalculator base = CxMetrics.nps();
        NpsCalculator filtered = base.question("nps");
        assertFalse(base.equals(filtered));
        assertEquals(base, CxMetrics.nps());
        assertEquals(filtered, CxMetrics.nps().question("nps"));
    }

    @Test
    void groupBy_channel_givesOneResultPerChannelSorted() {
        List<Response> list = List.of(
                Response.of("a", "nps", 10, T0, Channel.PHONE),
                Response.of("b", "nps", 0, T0, Channel.EMAIL),
                Response.of("c", "nps", 9, T0, Channel.EMAIL),
                Response.of("d", "nps", 8, T0, Channel.CHAT));
        Map<Channel, NpsResult> byChannel = CxMetrics.nps().groupBy(Response::channel).compute(list);
        assertEquals(List.of(Channel.CHAT, Channel.EMAIL, Channel.PHONE), List.copyOf(byChannel.keySet()));
        assertEquals(0.0, byChannel.get(Channel.EMAIL).score(), 1e-12);
        assertEquals(100.0, byChannel.get(Channel.PHONE).score(), 1e-12);
        assertEquals(0.0, byChannel.get(Channel.CHAT).score(), 1e-12);
    }

    @Test
    void groupBy_onlyScopedItemsMakeGroups() {
        List<Response> list = List.of(
                Response.of("a", "nps", 10, T0, Channel.PHONE),
                Response.of("b", "csat", 5, T0, Channel.EMAIL));
        var byChannel = CxMetrics.nps().question("nps").groupBy(Response::channel).compute(list);
        assertEquals(List.of(Channel.PHONE), List.copyOf(byChannel.keySet()));
    }

    @Test
    void groupBy_nullKey_isRejected() {
        List<Response> list = nps(1, 0, 0);
        failureStartingWith(NullPointerException.class,
                () -> CxMetrics.nps() .groupBy(r -> r.attribute("segment").orElse(null)).compute(list),
                "group key must not be null: Response[customerId=p0");
    }

    @Test
    void comparedTo_handComputedAdjustedWaldZTest() {
        // q2: 50/30/20 (NPS 30); q1: 40/30/30 (NPS 10); n = 100 each. Adjusted (n' = 103):
        // q2: p₊' = 50.75/103, p₋' = 20.75/103, Var' = 0.609341, adjusted 29.126214;
        // q1: p₊' = 40.75/103, p₋' = 30.75/103, Var' = 0.684749, adjusted 9.708738.
        // se = 100 × sqrt((0.609341 + 0.684749) / 103) = 11.208916,
        // z = (29.126214 − 9.708738) / 11.208916 = 1.732324, p = 0.083216,
        // interval 19.417476 ± 1.959964 × 11.208916 = [−2.551596, 41.386547]
        NpsResult q2 = CxMetrics.nps().compute(nps(50, 30, 20));
        NpsResult q1 = CxMetrics.nps().compute(nps(40, 30, 30));
        Comparison change = q2.comparedTo(q1);
        assertTest(change, 20.0, 11.208916, 1.732324, 0.083216);
        assertFalse(change.isSignificant(0.05));
        assertEquals(-2.551596, change.confidenceInterval(0.95).lower(), 1e-6);
        assertEquals(41.386547, change.confidenceInterval(0.95).upper(), 1e-6);
        assertEquals("nps z-test", change.test());
        assertEquals(-20.0, q1.comparedTo(q2).difference(), 1e-9);
        assertEquals(change.pValue(), q1.comparedTo(q2).pValue(), 1e-15);
    }

    @Test
    void comparedTo_identicalDegenerateResults_hasNoDifference() {
        NpsResult a = CxMetrics.nps().compute(nps(5, 0, 0));
        Comparison c = a.comparedTo(a);
        assertEquals(0.0, c.statistic());
        assertEquals(1.0, c.pValue());
    }

    @Test
    void comparedTo_emptyResult_fails() {
        NpsResult a = CxMetrics.nps().compute(nps(5, 0, 0));
        NpsResult empty = CxMetrics.nps().compute(List.of());
        assertThrows(IllegalStateException.class, () -> a.comparedTo(empty));
    }

    @Test
    void plus_equalsOnePass() {
        NpsResult a = CxMetrics.nps().compute(nps(5, 3, 1));
        NpsResult b = CxMetrics.nps().compute(nps(1, 2, 7));
        List<Response> both = new ArrayList<>(nps(5, 3, 1));
        both.addAll(nps(1, 2, 7));
        assertEquals(CxMetrics.nps().compute(both), a.plus(b));
    }

    @Test
    void sampleSizeFor_usesTheResultsVariance() {
        NpsResult r = CxMetrics.nps().compute(nps(50, 30, 20));
        // 1.959964² × 0.61 / 0.05² − 3 = 934.29 → 935
        assertEquals(935, r.sampleSizeFor(5, 0.95));
    }

    @Test
    void scale_customRangeWithSameBands_givesSameScore() {
        ScoreScale oneToEleven = ScoreScale.builder("1-11").negative(1, 7).neutral(8, 9)
                .positive(10, 11).build();
        List<Response> shifted = nps(5, 3, 2).stream().map(r -> r.withScore(r.score() + 1)).toList();
        assertEquals(CxMetrics.nps().compute(nps(5, 3, 2)).score(),
                CxMetrics.nps().scale(oneToEleven).compute(shifted).score(), 1e-12);
    }

    @Test
    void accumulator_mergeOfDifferentCalculators_isRejected() {
        var a = CxMetrics.nps().accumulator();
        var b = CxMetrics.nps().lenient().accumulator();
        failure(IllegalArgumentException.class, () -> a.merge(b),
                "cannot merge accumulators of different calculators: nps on nps-0-10 and"
                + " nps on nps-0-10, lenient");
        assertEquals("cannot merge an accumulator into itself",
                assertThrows(IllegalArgumentException.class, () -> a.merge(a)).getMessage());
    }

    @Test
    void accumulator_snapshotIsUnaffectedByLaterAdds() {
        var acc = CxMetrics.nps().accumulator();
        acc.addAll(nps(1, 0, 0));
        NpsResult first = acc.snapshot();
        acc.addAll(nps(0, 0, 1));
        assertEquals(100.0, first.score());
        assertEquals(0.0, acc.snapshot().score());
    }

    @Test
    void toString_summarizes() {
        assertEquals("NPS 30.0 (n=100: 50 promoters, 30 passives, 20 detractors)",
                CxMetrics.nps().compute(nps(50, 30, 20)).toString());
    }

    @Test
    void toString_ofALenientResult_showsTheInvalidCount() {
        assertEquals("NPS 25.0 (n=4: 2 promoters, 1 passives, 1 detractors; 2 invalid) small sample",
                CxMetrics.nps().lenient().compute(responses("nps", 9, 11, 10, 8, -1, 3)).toString());
        assertEquals("NPS (empty; 3 invalid)",
                CxMetrics.nps().lenient().compute(responses("nps", 11, 12, -1)).toString());
    }
}
