package io.github.cxmetrics.survey;

import static io.github.cxmetrics.MergeChecks.accumulated;
import static io.github.cxmetrics.MergeChecks.assertSameState;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Bare scores ({@code addScore}) count exactly as responses with the same score and weight. */
class BareScoreTest {

    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    /** Adds each response's score and weight bare; the responses' other parts are ignored. */
    private static <R> Accumulator<Response, R> bare(List<Response> responses,
            Accumulator<Response, R> accumulator,
            TriConsumer<Accumulator<Response, R>, Integer, Double> addScore) {
        for (Response r : responses) {
            addScore.accept(accumulator, r.score(), r.weight());
        }
        return accumulator;
    }

    private interface TriConsumer<A, B, C> {
        void accept(A a, B b, C c);
    }

    @Test
    void npsOfBareScores_isTheNpsOfTheResponses_withTheSameBytes() {
        NpsCalculator[] calculators = {CxMetrics.nps(), CxMetrics.nps().unweighted(),
            CxMetrics.nps().missingAnswers(MissingAnswers.COUNT_IN_BASE)};
        for (NpsCalculator nps : calculators) {
            qt().forAll(SurveyProperties.responses()).checkAssert(responses -> {
                assertSameState(accumulated(nps, responses),
                        bare(responses, nps.accumulator(), nps::addScore));
            });
        }
    }

    @Test
    void topBoxOfBareScores_isTheShareOfTheResponses() {
        TopBoxCalculator csat = CxMetrics.topBox("csat", ScoreScale.SEVEN_POINT).lenient();
        qt().forAll(SurveyProperties.responses()).checkAssert(responses -> {
            assertSameState(accumulated(csat, responses),
                    bare(responses, csat.accumulator(), csat::addScore));
        });
    }

    @Test
    void bareScores_handCounted() {
        // 10, 9, 8, 6, 3 and one unanswered: 2 promoters, 1 passive, 2 detractors, NPS 0.
        NpsCalculator nps = CxMetrics.nps();
        Accumulator<Response, NpsResult> acc = nps.accumulator();
        for (int score : new int[] {10, 9, 8, 6, 3, Response.NO_SCORE}) {
            nps.addScore(acc, score, 1.0);
        }
        NpsResult result = acc.snapshot();
        assertEquals(5, result.count());
        assertEquals(1, result.missing());
        assertEquals(2, result.promoters());
        assertEquals(2, result.detractors());
        assertEquals(0.0, result.score(), 0.0);
    }

    @Test
    void aBareScoreOutsideTheScale_isRefusedInStrictMode_andCountedInLenientMode() {
        NpsCalculator nps = CxMetrics.nps();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> nps.addScore(nps.accumulator(), 11, 1.0));
        assertEquals("score must be in [0, 10]: 11 (nps)", e.getMessage());

        NpsCalculator lenient = CxMetrics.nps().lenient();
        Accumulator<Response, NpsResult> acc = lenient.accumulator();
        lenient.addScore(acc, 11, 1.0);
        lenient.addScore(acc, 9, 1.0);
        assertEquals(1, acc.snapshot().invalid());
        assertEquals(1, acc.snapshot().count());
    }

    @Test
    void aBadWeight_isRefused() {
        NpsCalculator nps = CxMetrics.nps();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> nps.addScore(nps.accumulator(), 9, -1.0));
        assertEquals("weight must be finite and >= 0: -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> nps.addScore(nps.accumulator(), 9, Double.NaN));
    }

    @Test
    void optionsThatNeedTheResponse_refuseBareScores() {
        assertEquals("a bare score cannot be counted by nps on nps-0-10, questions [nps]: it needs"
                + " its questions [nps]; add responses instead", refusal(CxMetrics.nps().question("nps")));
        assertEquals("a bare score cannot be counted by nps on nps-0-10, duplicates KEEP_LATEST:"
                + " it needs the customer of each answer (duplicates KEEP_LATEST); add responses"
                + " instead", refusal(CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST)));
        NpsCalculator window = CxMetrics.nps().between(AT, AT.plusSeconds(60));
        assertEquals(true, refusal(window).contains("it needs its time window"));
    }

    private static String refusal(NpsCalculator nps) {
        return assertThrows(IllegalStateException.class,
                () -> nps.addScore(nps.accumulator(), 9, 1.0)).getMessage();
    }

    @Test
    void anAccumulatorOfAnotherCalculator_isRefused() {
        Accumulator<Response, NpsResult> lenient = CxMetrics.nps().lenient().accumulator();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.nps().addScore(lenient, 9, 1.0));
        assertEquals("cannot count into an accumulator of a different calculator:"
                + " nps on nps-0-10 and nps on nps-0-10, lenient", e.getMessage());
        assertThrows(NullPointerException.class, () -> CxMetrics.nps().addScore(null, 9, 1.0));
    }

    @Test
    void bareScores_mergeWithResponses_andDecodeFromTheirBytes() {
        TopBoxCalculator csat = CxMetrics.csat();
        Accumulator<Response, TopBoxResult> responses = csat.accumulator();
        responses.add(Response.of("c1", "csat", 5, AT, Channel.EMAIL));
        Accumulator<Response, TopBoxResult> decoded = csat.accumulatorFrom(responses.toByteArray());
        csat.addScore(decoded, 2, 1.0);
        assertEquals(2, decoded.snapshot().count());
        assertEquals(50.0, decoded.snapshot().score(), 0.0);
    }

    /** The histogram of the responses' scores: per score, the count, Σ w and Σ w², in order. */
    private static Map<Integer, double[]> histogram(List<Response> responses) {
        Map<Integer, double[]> histogram = new TreeMap<>();
        for (Response r : responses) {
            double[] h = histogram.computeIfAbsent(r.score(), s -> new double[3]);
            h[0]++;
            h[1] += r.weight();
            h[2] += r.weight() * r.weight();
        }
        return histogram;
    }

    private interface AddScores<R> {
        void add(Accumulator<Response, R> accumulator, int score, long count, double weight,
                double weightSquares);
    }

    private static <R> Accumulator<Response, R> counted(List<Response> responses,
            Accumulator<Response, R> accumulator, AddScores<R> addScores) {
        histogram(responses).forEach((score, h) ->
                addScores.add(accumulator, score, (long) h[0], h[1], h[2]));
        return accumulator;
    }

    @Test
    void aHistogramOfScores_countsAsItsResponses_withTheSameBytes() {
        NpsCalculator[] calculators = {CxMetrics.nps(), CxMetrics.nps().unweighted(),
            CxMetrics.nps().missingAnswers(MissingAnswers.COUNT_IN_BASE)};
        for (NpsCalculator nps : calculators) {
            qt().forAll(SurveyProperties.responses()).checkAssert(responses ->
                    assertSameState(accumulated(nps, responses),
                            counted(responses, nps.accumulator(), nps::addScores)));
            qt().forAll(SurveyProperties.unweighted()).checkAssert(responses ->
                    assertSameState(accumulated(nps, responses),
                            counted(responses, nps.accumulator(), nps::addScores)));
        }
        TopBoxCalculator csat = CxMetrics.topBox("csat", ScoreScale.SEVEN_POINT).lenient();
        qt().forAll(SurveyProperties.responses()).checkAssert(responses ->
                assertSameState(accumulated(csat, responses),
                        counted(responses, csat.accumulator(), csat::addScores)));
    }

    @Test
    void aHistogram_handCounted() {
        // 50 promoters, 30 passives, 20 detractors and 5 unanswered: NPS 30, n 100.
        NpsCalculator nps = CxMetrics.nps();
        Accumulator<Response, NpsResult> acc = nps.accumulator();
        nps.addScores(acc, 10, 50, 50, 50);
        nps.addScores(acc, 8, 30, 30, 30);
        nps.addScores(acc, 3, 20, 20, 20);
        nps.addScores(acc, Response.NO_SCORE, 5, 5, 5);
        nps.addScores(acc, 0, 0, 0, 0);
        NpsResult result = acc.snapshot();
        assertEquals(30.0, result.score(), 1e-12);
        assertEquals(100, result.count());
        assertEquals(5, result.missing());
        assertEquals(false, result.distribution().isWeighted());
        assertEquals((50 * 10 + 30 * 8 + 20 * 3) / 100.0, result.mean(), 1e-12);
        // Weighted: the promoters weigh 2 each, so P = 100 of a total weight 150.
        Accumulator<Response, NpsResult> weighted = nps.accumulator();
        nps.addScores(weighted, 10, 50, 100, 200);
        nps.addScores(weighted, 8, 30, 30, 30);
        nps.addScores(weighted, 3, 20, 20, 20);
        assertEquals(100.0 * (100 - 20) / 150, weighted.snapshot().score(), 1e-12);
        assertEquals(150 * 150 / 250.0, weighted.snapshot().effectiveSampleSize(), 1e-12);
    }

    @Test
    void aHistogramOffTheScale_isRefusedInStrictMode_andCountedInLenientMode() {
        NpsCalculator nps = CxMetrics.nps();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> nps.addScores(nps.accumulator(), 11, 3, 3, 3));
        assertEquals("score must be in [0, 10]: 11 (nps)", e.getMessage());
        NpsCalculator lenient = CxMetrics.nps().lenient();
        Accumulator<Response, NpsResult> acc = lenient.accumulator();
        lenient.addScores(acc, 11, 3, 3, 3);
        lenient.addScores(acc, -1, 2, 1.5, 1.25);
        lenient.addScores(acc, 9, 4, 4, 4);
        assertEquals(5, acc.snapshot().invalid());
        assertEquals(4, acc.snapshot().count());
    }

    @Test
    void badCountsAndSums_areRefused() {
        NpsCalculator nps = CxMetrics.nps();
        Accumulator<Response, NpsResult> acc = nps.accumulator();
        assertEquals("count must be >= 0: -1", assertThrows(IllegalArgumentException.class,
                () -> nps.addScores(acc, 9, -1, 1, 1)).getMessage());
        assertEquals("weight must be finite and >= 0: NaN", assertThrows(
                IllegalArgumentException.class,
                () -> nps.addScores(acc, 9, 1, Double.NaN, 1)).getMessage());
        assertEquals("weightSquares must be finite and >= 0: -1.0", assertThrows(
                IllegalArgumentException.class, () -> nps.addScores(acc, 9, 1, 1, -1))
                .getMessage());
        assertEquals("no scores have no weight: count 0, weight 2.0, weightSquares 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> nps.addScores(acc, 9, 0, 2, 0)).getMessage());
        // the javadoc's sums swapped: 160.25² = 25,680 > 120 × 131.5 = 15,780
        assertEquals("weight and weightSquares cannot be the sums of 120 weights and of their"
                + " squares: weight 160.25, weightSquares 131.5", assertThrows(
                IllegalArgumentException.class, () -> nps.addScores(acc, 9, 120, 160.25, 131.5))
                .getMessage());
        // one weight of 2 has the square 4, not 5; weights of no mass have no squares
        assertThrows(IllegalArgumentException.class, () -> nps.addScores(acc, 9, 1, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> nps.addScores(acc, 9, 3, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> nps.addScores(acc, 9, 3, 1, 0));
        nps.addScores(acc, 9, 120, 131.5, 160.25);
        nps.addScores(acc, 9, 2, 0, 0);
        nps.addScores(acc, 9, 1, 2, 4);
        nps.addScores(acc, 9, 4, 2, 1);
        assertEquals(127, acc.snapshot().promoters());
        Accumulator<Response, NpsResult> full = nps.accumulator();
        nps.addScores(full, 9, Long.MAX_VALUE, 1, 1);
        assertThrows(ArithmeticException.class, () -> nps.addScores(full, 9, 1, 1, 1));
        assertEquals(Long.MAX_VALUE, full.snapshot().promoters());
        assertEquals(true, assertThrows(IllegalStateException.class, () -> CxMetrics.nps()
                .question("nps").addScores(CxMetrics.nps().question("nps").accumulator(), 9, 1,
                        1, 1)).getMessage().startsWith("a bare score cannot be counted by nps"));
    }
}
