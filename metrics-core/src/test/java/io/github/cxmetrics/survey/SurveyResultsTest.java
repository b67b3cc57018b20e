package io.github.cxmetrics.survey;

import static io.github.cxmetrics.Fixtures.T0;
import static io.github.cxmetrics.Fixtures.nps;
import static io.github.cxmetrics.Fixtures.responses;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the survey results report besides the score: the counts of what was skipped, the
 * effective sample size of weighted answers, the latest-answer rule, the options a calculator
 * shows, the loyalty index's own statistics; hand-computed.
 */
class SurveyResultsTest {

    private static Response answer(String customer, String question, int score, long second) {
        return Response.of(customer, question, score, T0.plusSeconds(second), Channel.WEB);
    }

    @Test
    void loyaltyIndex_countsUnansweredInvalidAndDuplicateAnswers() {
        List<Response> list = new ArrayList<>(List.of(answer("a", "q1", 9, 0), answer("a", "q2", 7, 0),
                answer("b", "q1", 4, 0), answer("b", "q1", 6, 60), answer("c", "q1", 12, 0)));
        list.add(Response.unanswered("d", "q2", T0, Channel.WEB));
        LoyaltyIndexResult all = CxMetrics.loyaltyIndex().lenient().compute(list);
        assertEquals(4, all.count());
        assertEquals(1, all.missing());
        assertEquals(1, all.invalid());
        assertEquals(0, all.duplicates());
        // (9 + 7 + 4 + 6) / 4
        assertEquals(6.5, all.score(), 1e-12);
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L, 0L, 1L, 1L, 0L, 1L, 0L),
                List.copyOf(all.distribution().asMap().values()));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                List.copyOf(all.distribution().asMap().keySet()));
        LoyaltyIndexResult latest = CxMetrics.loyaltyIndex().lenient()
                .duplicates(Duplicates.KEEP_LATEST).compute(list);
        assertEquals(3, latest.count());
        assertEquals(1, latest.duplicates());
        assertEquals(22 / 3.0, latest.score(), 1e-12);
        assertEquals(7.5, latest.questionMean("q1"), 1e-12);
        assertEquals("no scored answers to question 'q3'", assertThrows(IllegalStateException.class,
                () -> latest.questionMean("q3")).getMessage());
        assertEquals("CLI 7.33 (n=3 answers to 2 questions; 1 invalid) small sample", latest.toString());
    }

    @Test
    void loyaltyIndex_statisticsAreHandComputed() {
        // answers 2, 4, 6, 8: mean 5, sd sqrt(20/3) = 2.581989, se 1.290994;
        // t(3) 95 % = 3.182446: 5 ± 4.108521
        LoyaltyIndexResult r = CxMetrics.loyaltyIndex().compute(responses("q", 2, 4, 6, 8));
        assertEquals(4.0, r.effectiveSampleSize());
        assertTrue(r.isSmallSample());
        assertFalse(CxMetrics.loyaltyIndex().smallSampleBelow(4).compute(responses("q", 2, 4, 6, 8))
                .isSmallSample());
        assertTrue(CxMetrics.loyaltyIndex().smallSampleBelow(5).compute(responses("q", 2, 4, 6, 8))
                .isSmallSample());
        assertEquals(1.290994, r.standardError(), 1e-6);
        Interval ci = r.confidenceInterval(0.95);
        assertEquals(0.891479, ci.lower(), 1e-6);
        assertEquals(9.108521, ci.upper(), 1e-6);
        // limited to the scale: 9, 10 with t(1) = 12.706 leaves [0, 10]
        Interval wide = CxMetrics.loyaltyIndex().compute(responses("q", 9, 10)).confidenceInterval(0.95);
        assertEquals(new Interval(3.146898, 10, 0.95).upper(), wide.upper());
        assertEquals("the interval of cli needs an effective sample size above 1: 1.0",
                assertThrows(IllegalStateException.class, () -> CxMetrics.loyaltyIndex()
                        .compute(responses("q", 5)).confidenceInterval(0.95)).getMessage());
        assertEquals("CLI (empty)", CxMetrics.loyaltyIndex().compute(List.of()).toString());
        assertTrue(CxMetrics.loyaltyIndex().compute(List.of()).isEmpty());
        assertFalse(r.isEmpty());
    }

    @Test
    void loyaltyIndex_comparedTo_isWelchsTestAndNeedsTwoAnswersEach() {
        // 2, 4, 6, 8 (mean 5, var 20/3) against 6, 8, 10 (mean 8, var 4):
        // se = sqrt(20/12 + 4/3) = 1.732051, t = −1.732051
        LoyaltyIndexResult a = CxMetrics.loyaltyIndex().compute(responses("q", 2, 4, 6, 8));
        LoyaltyIndexResult b = CxMetrics.loyaltyIndex().compute(responses("q", 6, 8, 10));
        Comparison c = a.comparedTo(b);
        assertEquals(-3.0, c.difference(), 1e-12);
        assertEquals(1.732051, c.standardError(), 1e-6);
        assertEquals(-1.732051, c.statistic(), 1e-6);
        // df = 3² / ((5/3)²/3 + (4/3)²/2) = 9 / (0.925926 + 0.888889) = 4.959184
        Interval ci = c.confidenceInterval(0.95);
        assertEquals(-3.0, ci.center(), 1e-9);
        assertTrue(ci.lower() < -3 - 1.732051 * 2.5 && ci.lower() > -3 - 1.732051 * 2.6, ci::toString);
        LoyaltyIndexResult one = CxMetrics.loyaltyIndex().compute(responses("q", 5));
        assertThrows(IllegalStateException.class, () -> a.comparedTo(one));
        assertThrows(IllegalStateException.class, () -> one.comparedTo(a));
    }

    @Test
    void loyaltyIndex_plusAndEquality() {
        LoyaltyIndexResult a = CxMetrics.loyaltyIndex().compute(responses("q", 2, 4));
        LoyaltyIndexResult b = CxMetrics.loyaltyIndex().compute(responses("q", 6, 8));
        LoyaltyIndexResult both = CxMetrics.loyaltyIndex().compute(responses("q", 2, 4, 6, 8));
        // the fixtures' customer ids repeat across the two lists; counts merge all the same
        assertEquals(both.score(), a.plus(b).score(), 1e-12);
        assertEquals(both.count(), a.plus(b).count());
        assertEquals(a, CxMetrics.loyaltyIndex().compute(responses("q", 2, 4)));
        assertEquals(a.hashCode(), CxMetrics.loyaltyIndex().compute(responses("q", 2, 4)).hashCode());
        assertNotEquals(a, b);
        assertNotEquals(a, CxMetrics.loyaltyIndex().reverseCoded("q").compute(responses("q", 2, 4)));
        var reversed = CxMetrics.loyaltyIndex().reverseCoded("q").compute(responses("q", 2, 4));
        assertEquals("cannot add results with different reverse-coded questions: [] and [q]",
                assertThrows(IllegalArgumentException.class, () -> a.plus(reversed)).getMessage());
        var other = CxMetrics.loyaltyIndex().smallSampleBelow(3).compute(responses("q", 2, 4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> a.plus(other)).getMessage()
                .startsWith("cannot combine results computed with different options"));
        var fivePoint = CxMetrics.loyaltyIndex().scale(ScoreScale.FIVE_POINT).compute(responses("q", 2, 4));
        assertEquals("cannot add results on different scales: nps-0-10 and five-point",
                assertThrows(IllegalArgumentException.class, () -> a.plus(fivePoint)).getMessage());
    }

    @Test
    void weightedAnswers_useTheEffectiveSampleSize() {
        // weights 1, 1, 2: Σw = 4, Σw² = 6, n' = 16/6 = 2.666667
        List<Response> list = List.of(answer("a", "nps", 10, 0).withWeight(1),
                answer("b", "nps", 7, 0).withWeight(1), answer("c", "nps", 3, 0).withWeight(2));
        NpsResult r = CxMetrics.nps().compute(list);
        assertEquals(16 / 6.0, r.effectiveSampleSize(), 1e-12);
        assertEquals(4.0, r.weightedCount(), 1e-12);
        assertEquals(6.0, r.distribution().weightSquares(), 1e-12);
        assertTrue(r.distribution().isWeighted());
        assertEquals(16 / 6.0, r.distribution().effectiveSampleSize(), 1e-12);
        // (1 − 2) / 4
        assertEquals(-25.0, r.score(), 1e-12);
        assertEquals(2.0, r.distribution().weightedCount(3), 1e-12);
        NpsResult plain = CxMetrics.nps().unweighted().compute(list);
        assertFalse(plain.distribution().isWeighted());
        assertEquals(3.0, plain.effectiveSampleSize());
        assertEquals(0.0, plain.score(), 1e-12);
        // unanswered responses in the base add their weight too: Σw = 5, Σw² = 7
        List<Response> withMissing = new ArrayList<>(list);
        withMissing.add(Response.unanswered("d", "nps", T0, Channel.WEB));
        NpsResult counted = CxMetrics.nps().missingAnswers(MissingAnswers.COUNT_IN_BASE)
                .compute(withMissing);
        assertEquals(25 / 7.0, counted.effectiveSampleSize(), 1e-12);
        assertEquals(1.0, counted.distribution().missingWeightSquares(), 1e-12);
        assertEquals(4, counted.count());
        assertEquals(-20.0, counted.score(), 1e-12);
    }

    @Test
    void keepLatest_breaksTiesByScoreThenWeight() {
        // the same customer answers twice at the same instant: the higher score is the later
        // answer, whatever the order of the input; at the same score, the higher weight
        List<Response> tie = List.of(answer("a", "nps", 3, 0), answer("a", "nps", 10, 0));
        var latest = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST);
        assertEquals(1, latest.compute(tie).promoters());
        assertEquals(1, latest.compute(List.of(tie.get(1), tie.get(0))).promoters());
        assertEquals(1, latest.compute(tie).duplicates());
        List<Response> weights = List.of(answer("a", "nps", 9, 0).withWeight(2),
                answer("a", "nps", 9, 0).withWeight(0.5));
        assertEquals(2.0, latest.compute(weights).weightedCount(), 1e-12);
        assertEquals(2.0, latest.compute(List.of(weights.get(1), weights.get(0))).weightedCount(), 1e-12);
        // a later instant wins over a higher score
        List<Response> later = List.of(answer("a", "nps", 10, 0), answer("a", "nps", 2, 1));
        assertEquals(1, latest.compute(later).detractors());
        assertEquals(1, latest.compute(List.of(later.get(1), later.get(0))).detractors());
    }

    @Test
    void calculatorToString_listsTheOptionsSet() {
        assertEquals("nps on nps-0-10", CxMetrics.nps().toString());
        String all = CxMetrics.nps().question("nps").between(T0, T0.plusSeconds(60)).lenient()
                .missingAnswers(MissingAnswers.COUNT_IN_BASE).duplicates(Duplicates.KEEP_LATEST)
                .unweighted().toString();
        assertEquals("nps on nps-0-10, questions [nps], [2024-04-02T10:00:00Z,"
                + " 2024-04-02T10:01:00Z), lenient, missing answers COUNT_IN_BASE, duplicates"
                + " KEEP_LATEST, unweighted", all);
        assertEquals("cli on nps-0-10, reverse-coded [a, b]",
                CxMetrics.loyaltyIndex().reverseCoded("b", "a").toString());
        assertEquals("reverse-coded questions must not be empty", assertThrows(
                IllegalArgumentException.class, () -> CxMetrics.loyaltyIndex().reverseCoded()).getMessage());
        assertEquals(CxMetrics.nps().lenient(), CxMetrics.nps().lenient());
        assertEquals(CxMetrics.nps().lenient().hashCode(), CxMetrics.nps().lenient().hashCode());
        assertNotEquals(CxMetrics.nps(), CxMetrics.nps().lenient());
        assertNotEquals(CxMetrics.nps().hashCode(), CxMetrics.nps().lenient().hashCode());
    }

    @Test
    void distribution_reportsCountsByScoreAndWhatWasSkipped() {
        ScoreDistribution d = CxMetrics.nps().lenient().compute(responses("nps", 9, 9, 3, 11)).distribution();
        assertEquals(3, d.count());
        assertEquals(2, d.count(9));
        assertEquals(0, d.count(10));
        assertEquals(1L, d.asMap().get(3));
        assertEquals(2L, d.asMap().get(9));
        assertEquals(0L, d.asMap().get(10));
        assertEquals(11, d.asMap().size());
        assertArrayEquals(new long[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0}, d.counts());
        assertEquals("{0=0, 1=0, 2=0, 3=1, 4=0, 5=0, 6=0, 7=0, 8=0, 9=2, 10=0} invalid=1",
                d.toString());
        assertEquals(1, d.invalid());
        assertFalse(d.isWeighted());
        assertEquals(3.0, d.effectiveSampleSize());
        ScoreDistribution counted = ScoreDistribution.ofCounts(ScoreScale.FIVE_POINT, 1, 0, 0, 2, 3);
        assertEquals(6, counted.count());
        assertEquals("{1=1, 2=0, 3=0, 4=2, 5=3}", counted.toString());
        assertEquals(counted, ScoreDistribution.ofCounts(ScoreScale.FIVE_POINT, 1, 0, 0, 2, 3));
        assertEquals(counted.hashCode(),
                ScoreDistribution.ofCounts(ScoreScale.FIVE_POINT, 1, 0, 0, 2, 3).hashCode());
        assertNotEquals(counted, ScoreDistribution.ofCounts(ScoreScale.FIVE_POINT, 1, 0, 0, 3, 2));
        assertEquals(ScoreDistribution.ofCounts(ScoreScale.FIVE_POINT, 2, 0, 0, 4, 6),
                counted.plus(counted));
        assertThrows(IllegalArgumentException.class,
                () -> counted.plus(ScoreDistribution.ofCounts(ScoreScale.THREE_POINT, 1, 1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> ScoreDistribution.ofCounts(ScoreScale.FIVE_POINT, 1, 2));
        assertThrows(IllegalArgumentException.class,
                () -> ScoreDistribution.ofCounts(ScoreScale.FIVE_POINT, 1, 2, 3, -1, 0));
        ScoreDistribution skipped = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST)
                .compute(List.of(answer("a", "nps", 3, 0), answer("a", "nps", 4, 1),
                        Response.unanswered("b", "nps", T0, Channel.WEB))).distribution();
        assertEquals(1, skipped.missing());
        assertEquals(1, skipped.duplicates());
        assertTrue(skipped.toString().endsWith("} missing=1 duplicates=1"), skipped::toString);
    }

    @Test
    void topBoxAndNps_toStringOfUndefinedResults() {
        List<Response> zero = List.of(answer("a", "csat", 5, 0).withWeight(0));
        assertEquals("CSAT (undefined: total weight 0, n=1)", CxMetrics.csat().compute(zero).toString());
        List<Response> zeroNps = List.of(answer("a", "nps", 9, 0).withWeight(0));
        assertEquals("NPS (undefined: total weight 0, n=1)", CxMetrics.nps().compute(zeroNps).toString());
        TopBoxResult csat = CxMetrics.csat().compute(responses("csat", 5, 4, 1));
        TopBoxResult more = CxMetrics.csat().compute(responses("csat", 2, 5));
        TopBoxResult both = CxMetrics.csat().compute(responses("csat", 5, 4, 1, 2, 5));
        assertEquals(both.positive(), csat.plus(more).positive());
        assertEquals(both.count(), csat.plus(more).count());
        assertThrows(IllegalArgumentException.class,
                () -> csat.plus(CxMetrics.csat().smallSampleBelow(5).compute(responses("csat", 5))));
    }

    @Test
    void bandCounts_reportAndMerge() {
        BandCounts none = ScoreColumns.of(ScoreScale.NPS).lenient().count(new byte[] {11});
        assertTrue(none.isEmpty());
        assertEquals("nps-0-10: 0 negative, 0 neutral, 0 positive, sum 0, 1 invalid", none.toString());
        BandCounts some = ScoreColumns.of(ScoreScale.NPS).count(new byte[] {10, 2});
        assertFalse(some.isEmpty());
        assertEquals("nps-0-10: 1 negative, 0 neutral, 1 positive, sum 12", some.toString());
        // Wilson interval of 1 in 2
        Interval top = some.topBoxInterval(0.95);
        assertEquals(9.4531, top.lower(), 1e-4);
        assertEquals(90.5469, top.upper(), 1e-4);
        assertEquals(ScoreColumns.of(ScoreScale.NPS).lenient().count(new byte[] {10, 2, 11}),
                some.plus(none));
        assertThrows(IllegalArgumentException.class,
                () -> some.plus(ScoreColumns.of(ScoreScale.FIVE_POINT).count(new byte[] {5})));
    }

    @Test
    void significance_needsAnAlphaInTheOpenUnitInterval() {
        Comparison c = CxMetrics.nps().compute(nps(30, 0, 10)).comparedTo(CxMetrics.nps().compute(nps(10, 0, 30)));
        assertTrue(c.isSignificant(0.05));
        assertFalse(c.isSignificant(c.pValue()));
        assertTrue(c.isSignificant(Math.nextUp(c.pValue())));
        for (double alpha : new double[] {0, 1, -0.1, Double.NaN}) {
            assertEquals("alpha must be in (0, 1): " + alpha, assertThrows(
                    IllegalArgumentException.class, () -> c.isSignificant(alpha)).getMessage());
        }
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }
}
