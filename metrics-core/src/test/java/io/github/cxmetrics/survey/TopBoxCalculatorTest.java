package io.github.cxmetrics.survey;

import static io.github.cxmetrics.survey.Comparisons.assertInterval;
import static io.github.cxmetrics.survey.Comparisons.assertTest;
import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.Expect.undefinedWhenEmpty;
import static io.github.cxmetrics.Fixtures.T0;
import static io.github.cxmetrics.Fixtures.repeat;
import static io.github.cxmetrics.Fixtures.responses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopBoxCalculatorTest {

    /** 40 fives, 35 fours, 10 threes, 10 twos, 5 ones. */
    private static List<Response> csatSample() {
        List<Response> list = new ArrayList<>();
        list.addAll(repeat("csat", 5, 40, "a"));
        list.addAll(repeat("csat", 4, 35, "b"));
        list.addAll(repeat("csat", 3, 10, "c"));
        list.addAll(repeat("csat", 2, 10, "d"));
        list.addAll(repeat("csat", 1, 5, "e"));
        return list;
    }

    /** The band counts and the number scored, named: one assertion shows each that differs. */
    private static String bands(TopBoxResult r) {
        return "positive " + r.positive() + ", neutral " + r.neutral() + ", negative "
                + r.negative() + " of " + r.count();
    }

    @Test
    void csat_isTopTwoBoxShare_handComputed() {
        // METRICS.md §1: 100 × count(4..5) / n = 100 × 75 / 100
        TopBoxResult csat = CxMetrics.csat().question("csat").compute(csatSample());
        assertEquals(75.0, csat.score(), 1e-12);
        assertEquals("positive 75, neutral 10, negative 15 of 100", bands(csat));
        assertEquals(15.0, csat.negativeShare(), 1e-12);
        assertEquals(10.0, csat.neutralShare(), 1e-12);
        // (200 + 140 + 30 + 20 + 5) / 100
        assertEquals(3.95, csat.mean(), 1e-12);
    }

    @Test
    void confidenceInterval_defaultIsWilson() {
        TopBoxResult csat = CxMetrics.csat().compute(csatSample());
        Interval ci = csat.confidenceInterval(0.95);
        assertEquals(65.6955, ci.lower(), 1e-4);
        assertEquals(82.4548, ci.upper(), 1e-4);
        Interval wald = csat.confidenceInterval(0.95, IntervalMethod.WALD);
        assertEquals(66.5131, wald.lower(), 1e-4);
    }

    @Test
    void meanConfidenceInterval_isAStudentTInterval() {
        TopBoxResult csat = CxMetrics.csat().compute(responses("csat", 1, 2, 3, 4, 5));
        // mean 3, sd sqrt(2.5), n 5: 3 ± 2.776445 × 0.707107
        Interval ci = csat.meanConfidenceInterval(0.95);
        assertEquals(3 - 1.963243, ci.lower(), 1e-6);
        assertEquals(3 + 1.963243, ci.upper(), 1e-6);
    }

    @Test
    void csi_andCes_useTheFivePointTopBoxByDefault() {
        List<Response> list = responses("q", 5, 4, 3, 1);
        assertEquals(50.0, CxMetrics.csi().compute(list).score(), 1e-12);
        assertEquals(50.0, CxMetrics.ces().compute(list).score(), 1e-12);
    }

    @Test
    void ces_sevenPoint_positiveIsFiveToSeven() {
        TopBoxResult ces = CxMetrics.ces().scale(ScoreScale.SEVEN_POINT)
                .compute(responses("ces", 7, 6, 5, 4, 3, 1, 2, 5));
        // 7, 6, 5, 5 positive; 4 neutral; 3, 2, 1 negative
        assertEquals("positive 4, neutral 1, negative 3 of 8", bands(ces));
        assertEquals(50.0, ces.score(), 1e-12);
    }

    @Test
    void ces_lowerIsBetterScale_countsLowScoresAsPositive() {
        ScoreScale effort = ScoreScale.builder("effort").positive(1, 2).neutral(3, 3).negative(4, 5)
                .build();
        TopBoxResult ces = CxMetrics.ces().scale(effort).compute(responses("ces", 1, 1, 2, 5));
        assertEquals(75.0, ces.score(), 1e-12);
    }

    @Test
    void zendeskCsat_isGoodOverGoodPlusBad_unratedExcluded() {
        List<Response> list = new ArrayList<>(responses("rating", 1, 1, 1, 0));
        list.add(Response.unanswered("x", "rating", T0, Channel.EMAIL));
        TopBoxResult r = CxMetrics.topBox("csat", ScoreScale.GOOD_BAD).compute(list);
        assertEquals(75.0, r.score(), 1e-12);
        assertEquals(1, r.missing());
        assertEquals(4, r.count());
    }

    @Test
    void threePoint_positiveIsThree() {
        TopBoxResult r = CxMetrics.topBox("csat", ScoreScale.THREE_POINT).compute(responses("q", 3, 2, 1, 3));
        assertEquals(50.0, r.score(), 1e-12);
    }

    @Test
    void compute_scoreOutsideFivePoint_strict() {
        failure(IllegalArgumentException.class,
                () -> CxMetrics.csat().compute(responses("csat", 6)),
                "score must be in [1, 5]: 6 (csat, customer c0, question csat, answered at"
                + " 2024-04-02T10:00:00Z)");
    }

    @Test
    void compute_empty_scoreFails() {
        TopBoxResult r = CxMetrics.csat().compute(List.of());
        undefinedWhenEmpty(r, r::score,
                "csat is undefined for an empty result: no responses in the base");
        assertEquals("CSAT (empty)", r.toString());
    }

    @Test
    void comparedTo_isTheAdjustedTwoProportionZTestWithItsInterval() {
        // 75/100 vs 60/100, Agresti–Caffo: p̃ = 76/102 and 61/102,
        // se = 100 × sqrt(p̃₁(1−p̃₁)/102 + p̃₂(1−p̃₂)/102) = 6.495211,
        // z = (76 − 61)/102 / 0.06495211 = 2.264111, p = 0.023567 (pooled: 2.264554);
        // interval 100 × 15/102 ± 1.959964 × 6.495211 = [1.975502, 27.436263]
        TopBoxResult a = CxMetrics.csat().compute(mix(75, 25));
        TopBoxResult b = CxMetrics.csat().compute(mix(60, 40));
        Comparison c = a.comparedTo(b);
        assertTest(c, 15.0, 6.495211, 2.264111, 0.023567);
        assertTrue(c.isSignificant(0.05));
        assertInterval(c, 0.95, 1.975502, 27.436263);
        assertEquals("two-proportion z-test", c.test());
    }

    @Test
    void sampleSizeFor_usesTheResultsShare() {
        TopBoxResult r = CxMetrics.csat().compute(mix(75, 25));
        // 1.959964² × 0.75 × 0.25 / 0.05² = 288.1 → 289
        assertEquals(289, r.sampleSizeFor(5, 0.95));
    }

    @Test
    void toString_summarizes() {
        assertEquals("CSAT 75.0% (n=100: 75 positive, 10 neutral, 15 negative)",
                CxMetrics.csat().compute(csatSample()).toString());
    }

    private static List<Response> mix(int positive, int negative) {
        List<Response> list = new ArrayList<>(repeat("csat", 5, positive, "p"));
        list.addAll(repeat("csat", 1, negative, "n"));
        return list;
    }
}
