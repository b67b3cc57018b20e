package io.github.cxmetrics.survey;

import static io.github.cxmetrics.Fixtures.T0;
import static io.github.cxmetrics.Fixtures.responses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Expect;
import io.github.cxmetrics.internal.Fingerprint;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Proportion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edges of the survey results that the examples elsewhere do not reach: scales whose bands
 * start at their ends, columns whose bad scores sit in the middle of a word, parallel counts of a
 * range, weights that are all 0, one answer, results that differ, the options' fingerprint;
 * hand-computed.
 */
class SurveyEdgesTest {

    /** A scale whose positive band is its maximum alone. */
    private static final ScoreScale TOP_ONLY = ScoreScale.builder("top-only")
            .negative(0, 6).neutral(7, 9).positive(10, 10).build();

    private static byte[] cycling(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i % 11);
        }
        return b;
    }

    @Test
    void scoreColumns_countABandThatIsOnlyTheMaximum() {
        // 0..10 cycling over 40 scores: 0..6 four times each, 7..10 three times each
        BandCounts c = ScoreColumns.of(TOP_ONLY).count(cycling(40));
        assertEquals(new BandCounts(TOP_ONLY, 28, 9, 3, 4 * 21 + 3 * 34, 0), c);
        assertEquals(c, ScoreColumns.of(TOP_ONLY).count(
                java.util.stream.IntStream.range(0, 40).map(i -> i % 11).toArray()));
    }

    @Test
    void scoreColumns_findABadScoreInsideAWord() {
        byte[] fives = new byte[64];
        java.util.Arrays.fill(fives, (byte) 5);
        byte[] above = fives.clone();
        above[20] = 11;
        byte[] negative = fives.clone();
        negative[21] = -1;
        Expect.failure(IllegalArgumentException.class, () -> ScoreColumns.of(ScoreScale.NPS)
                .count(above), "score must be in [0, 10]: 11 (index 20)");
        Expect.failure(IllegalArgumentException.class, () -> ScoreColumns.of(ScoreScale.NPS)
                .count(negative), "score must be in [0, 10]: -1 (index 21)");
        // 63 fives, all detractors, and the bad score skipped
        BandCounts lenient = ScoreColumns.of(ScoreScale.NPS).lenient().count(above);
        assertEquals(new BandCounts(ScoreScale.NPS, 63, 0, 0, 315, 1), lenient);
        assertEquals(lenient, ScoreColumns.of(ScoreScale.NPS).lenient().count(negative));
        byte[] threes = new byte[64];
        java.util.Arrays.fill(threes, (byte) 3);
        threes[9] = 0;
        Expect.failure(IllegalArgumentException.class, () -> ScoreColumns.of(
                ScoreScale.FIVE_POINT).count(threes), "score must be in [1, 5]: 0 (index 9)");
        assertEquals(new BandCounts(ScoreScale.FIVE_POINT, 0, 63, 0, 189, 1),
                ScoreColumns.of(ScoreScale.FIVE_POINT).lenient().count(threes));
    }

    @Test
    void scoreColumns_ofScalesBeyondTheByteLanes_countOneByOne() {
        ScoreScale signed = ScoreScale.builder("signed").negative(-5, -1).neutral(0, 0)
                .positive(1, 5).build();
        byte[] scores = {-5, -1, 0, 1, 5, 3, -2, 0, 4, 2, -3, 1, 0, 0, 5, -5};
        // negative −5, −1, −2, −3, −5; neutral four 0s; positive 1, 5, 3, 4, 2, 1, 5
        assertEquals(new BandCounts(signed, 5, 4, 7, 5, 0), ScoreColumns.of(signed).count(scores));
        ScoreScale wide = ScoreScale.builder("wide").negative(0, 99).neutral(100, 149)
                .positive(150, 200).build();
        byte[] low = {80, 99, 100, 127, 120, 110, 75, 73, 0, 5, 126, 101, 20, 99, 100, 10};
        // negative 80, 99, 75, 73, 0, 5, 20, 99, 10; neutral 100, 127, 120, 110, 126, 101, 100
        assertEquals(new BandCounts(wide, 9, 7, 0, 1245, 0), ScoreColumns.of(wide).count(low));
    }

    @Test
    void scoreColumns_inParallel_countARangeAsSequentially() {
        byte[] bytes = cycling(1 << 22);
        int from = 1 << 20;
        int to = from + (1 << 21) - 1;
        ScoreColumns nps = ScoreColumns.of(ScoreScale.NPS);
        assertEquals(nps.count(bytes, from, to), nps.parallel().count(bytes, from, to));
        int[] ints = java.util.stream.IntStream.range(0, (1 << 20) + 3).map(i -> i % 11).toArray();
        BandCounts sequential = nps.count(ints);
        assertEquals(sequential, nps.parallel().count(ints));
        assertEquals((1 << 20) + 3, sequential.count());
    }

    @Test
    void scoreColumns_sayWhatTheyAre() {
        assertEquals("score columns on nps-0-10", ScoreColumns.of(ScoreScale.NPS).toString());
        assertEquals("score columns on nps-0-10, lenient, parallel",
                ScoreColumns.of(ScoreScale.NPS).parallel().lenient().toString());
        assertEquals("score columns on nps-0-10, lenient, parallel",
                ScoreColumns.of(ScoreScale.NPS).lenient().parallel().toString());
    }

    @Test
    void distribution_onAScaleThatStartsAtOne_indexesFromItsMinimum() {
        ScoreDistribution d = CxMetrics.csat().compute(responses("csat", 1, 5, 5,
                4)).distribution();
        assertEquals(1, d.count(1));
        assertEquals(2, d.count(5));
        assertEquals(0, d.count(2));
        assertEquals(2.0, d.weightedCount(5));
        assertEquals(1.0, d.weightedCount(1));
        List<Response> weighted = new ArrayList<>(responses("csat", 1, 5));
        weighted.set(1, weighted.get(1).withWeight(0.5));
        ScoreDistribution w = CxMetrics.csat().compute(weighted).distribution();
        assertEquals(0.5, w.weightedCount(5));
        assertEquals(1.0, w.weightedCount(1));
        assertEquals(1, w.count(5));
    }

    @Test
    void weightsAllZero_leaveTheScoresUndefinedAndTheSampleEmpty() {
        List<Response> zero = new ArrayList<>();
        for (Response r : responses("nps", 10, 3)) {
            zero.add(r.withWeight(0));
        }
        NpsResult nps = CxMetrics.nps().compute(zero);
        assertEquals(0.0, nps.effectiveSampleSize());
        assertEquals(0.0, nps.distribution().effectiveSampleSize());
        assertTrue(nps.isSmallSample());
        Expect.failure(IllegalStateException.class, nps::mean,
                "mean score is undefined: the total weight of the 2 responses is 0");
        TopBoxResult csat = CxMetrics.csat().compute(zero.stream()
                .map(r -> r.withScore(5)).toList());
        assertEquals(Proportion.of(0, 0), csat.proportion());
        assertEquals(Proportion.of(0, 0), CxMetrics.csat().compute(List.of()).proportion());
        assertEquals("CSAT (undefined: total weight 0, n=2)", csat.toString());
        Expect.failure(IllegalStateException.class,
                () -> CxMetrics.nps().compute(List.of()).distribution().mean(),
                "mean score is undefined for an empty distribution");
    }

    /**
     * What one answer cannot give (a variance, a mean interval, a comparison of indexes), and
     * results on different scales, though their bands agree, that do not combine: each refused
     * with its exact message.
     */
    static Stream<Arguments> refusals() {
        NpsResult one = CxMetrics.nps().compute(responses("nps", 9));
        LoyaltyIndexResult four = CxMetrics.loyaltyIndex().compute(responses("q", 2, 4, 6, 8));
        LoyaltyIndexResult single = CxMetrics.loyaltyIndex().compute(responses("q", 5));
        ScoreScale sameBands = ScoreScale.builder("nps-copy").negative(0, 6).neutral(7, 8)
                .positive(9, 10).build();
        NpsResult a = CxMetrics.nps().compute(responses("nps", 10));
        NpsResult b = CxMetrics.nps().scale(sameBands).compute(responses("nps", 10));
        return Stream.of(
                refused("one answer has no variance", IllegalStateException.class,
                        () -> one.distribution().variance(),
                        "variance needs an effective sample size above 1: 1.0"),
                refused("one answer has no mean interval", IllegalStateException.class,
                        () -> one.meanConfidenceInterval(0.95),
                        "the t-interval of the mean needs an effective sample size above 1: 1.0"),
                refused("an index of four is not compared with one of one answer",
                        IllegalStateException.class, () -> four.comparedTo(single),
                        "comparing cli needs effective sample sizes above 1: 4.0 and 1.0"),
                refused("an index of one answer is not compared with one of four",
                        IllegalStateException.class, () -> single.comparedTo(four),
                        "comparing cli needs effective sample sizes above 1: 1.0 and 4.0"),
                refused("results on different scales are not added", IllegalArgumentException.class,
                        () -> a.plus(b),
                        "cannot add results on different scales: nps-0-10 and nps-copy"),
                refused("results on different scales are not compared",
                        IllegalArgumentException.class, () -> b.comparedTo(a),
                        "cannot compare results on different scales: nps-copy and nps-0-10"));
    }

    private static Arguments refused(String name, Class<? extends Throwable> type,
            Executable call, String message) {
        return Arguments.of(name, type, call, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void oneAnswerOrDifferentScales_areRefused(String name, Class<? extends Throwable> type,
            Executable call, String message) {
        Expect.failure(type, call, message);
    }

    @Test
    void smallSample_isBelowTheThreshold_notAtIt() {
        List<Response> four = responses("nps", 10, 9, 3, 7);
        assertFalse(CxMetrics.nps().smallSampleBelow(4).compute(four).isSmallSample());
        assertTrue(CxMetrics.nps().smallSampleBelow(5).compute(four).isSmallSample());
    }

    @Test
    void aQuestionWithOnlyUnansweredAnswers_hasNoMean() {
        List<Response> list = new ArrayList<>(responses("q1", 7, 9));
        list.add(Response.unanswered("c9", "q2", T0, Channel.WEB));
        LoyaltyIndexResult r = CxMetrics.loyaltyIndex().compute(list);
        assertEquals(8.0, r.questionMean("q1"));
        Expect.failure(IllegalStateException.class, () -> r.questionMean("q2"),
                "no scored answers to question 'q2'");
    }

    @Test
    void keepLatest_countsAScoreOffTheScaleAtOnce_soALaterAnswerDoesNotReplaceIt() {
        List<Response> list = List.of(
                Response.of("a", "nps", 12, T0, Channel.WEB),
                Response.of("a", "nps", 9, T0.plusSeconds(60), Channel.WEB));
        NpsResult r = CxMetrics.nps().lenient().duplicates(Duplicates.KEEP_LATEST).compute(list);
        assertEquals(1, r.invalid());
        assertEquals(0, r.duplicates());
        assertEquals(1, r.promoters());
        var strict = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST).accumulator();
        Expect.failureStartingWith(IllegalArgumentException.class, () -> strict.add(list.get(0)),
                "score must be in [0, 10]: 12 (nps, customer a, question nps");
    }

    @Test
    void resultsThatDiffer_areNotEqual_andHashApart() {
        NpsResult a = CxMetrics.nps().compute(responses("nps", 10, 3));
        NpsResult same = CxMetrics.nps().compute(responses("nps", 3, 10));
        NpsResult other = CxMetrics.nps().compute(responses("nps", 10, 4));
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, other);
        assertNotEquals(a.hashCode(), other.hashCode());
        assertNotEquals(a.distribution().hashCode(), other.distribution().hashCode());
        assertNotEquals(a, CxMetrics.nps().smallSampleBelow(5).compute(responses("nps", 10, 3)));
        assertNotEquals(a, null);
        // a top-box result of the same distribution and options is another kind of result
        TopBoxResult topBox = CxMetrics.topBox("nps", ScoreScale.NPS).compute(responses("nps", 10, 3));
        assertEquals(a.distribution(), topBox.distribution());
        assertNotEquals(a, (Object) topBox);
        LoyaltyIndexResult cli = CxMetrics.loyaltyIndex().compute(responses("q", 2, 4));
        assertEquals(cli.hashCode(), CxMetrics.loyaltyIndex().compute(responses("q", 4, 2)).hashCode());
        assertNotEquals(cli.hashCode(), CxMetrics.loyaltyIndex().compute(responses("q", 2, 5)).hashCode());
    }

    @Test
    void options_fingerprintEverythingThatGivesTheStateItsMeaning() {
        assertEquals("nps-0-10[0,10]HIGHER_IS_BETTER:NNNNNNNUUPP",
                SurveyOptions.canonical(ScoreScale.NPS));
        assertEquals("five-point[1,5]HIGHER_IS_BETTER:NNUPP",
                SurveyOptions.canonical(ScoreScale.FIVE_POINT));
        Fingerprint f = new Fingerprint(StateKind.NPS);
        CxMetrics.nps().options.describe(f);
        // as docs/wire-format.md shows it
        assertEquals("kind=3:nps;metric=3:nps;scale=42:nps-0-10[0,10]HIGHER_IS_BETTER:NNNNNNNUUPP;"
                + "questions=1:-;from=1:-;to=1:-;lenient=5:false;missing answers=7:EXCLUDE;"
                + "duplicates=8:KEEP_ALL;unweighted=5:false;small sample=2:30;reverse coded=0:;",
                f.text());
        assertSame(ScoreScale.FIVE_POINT, CxMetrics.csat().scoreScale());
        assertEquals(2, CxMetrics.nps().compute(responses("nps", 9, 10)).distribution()
                .count(Band.POSITIVE));
    }
}
