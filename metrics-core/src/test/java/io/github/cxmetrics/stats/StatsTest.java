package io.github.cxmetrics.stats;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Published and hand-computed values. Wilson and Newcombe examples: R. G. Newcombe, "Two-sided
 * confidence intervals for the single proportion: comparison of seven methods", Statistics in
 * Medicine 17 (1998) 857–872, table II; "Interval estimation for the difference between
 * independent proportions: comparison of eleven methods", ibid. 873–890, table II (method 10).
 */
class StatsTest {

    private static final double PUBLISHED = 5e-5;

    @Test
    void criticalValue_ofNinetyFivePercent_is1960() {
        assertEquals(1.959964, Normal.criticalValue(0.95), 1e-6);
        assertEquals(2.575829, Normal.criticalValue(0.99), 1e-6);
        assertEquals(1.644854, Normal.criticalValue(0.90), 1e-6);
    }

    @Test
    void tCriticalValue_matchesTables() {
        assertEquals(2.262157, Normal.tCriticalValue(0.95, 9), 1e-6);
        assertEquals(12.706205, Normal.tCriticalValue(0.95, 1), 1e-6);
    }

    @Test
    void twoSidedPValue_ofOneNinetySix_isFivePercent() {
        assertEquals(0.05, Normal.twoSidedPValue(1.959964), 1e-6);
        assertEquals(1.0, Normal.twoSidedPValue(0), 0);
        assertEquals(0.0, Normal.twoSidedPValue(Double.POSITIVE_INFINITY), 0);
    }

    @Test
    void wilson_matchesNewcombe1998() {
        assertInterval(0.2553, 0.3662, Proportions.interval(81, 263, 0.95, IntervalMethod.WILSON));
        assertInterval(0.0624, 0.1605, Proportions.interval(15, 148, 0.95, IntervalMethod.WILSON));
        assertInterval(0.0000, 0.1611, Proportions.interval(0, 20, 0.95, IntervalMethod.WILSON));
        assertInterval(0.0061, 0.1718, Proportions.interval(1, 29, 0.95, IntervalMethod.WILSON));
    }

    @Test
    void wald_isTheNormalApproximationClippedToTheUnitInterval() {
        // 75/100: 0.75 ± 1.959964 × sqrt(0.75 × 0.25 / 100) = 0.75 ± 0.084870
        assertInterval(0.665130, 0.834870, Proportions.interval(75, 100, 0.95, IntervalMethod.WALD));
        assertInterval(0, 0, Proportions.interval(0, 10, 0.95, IntervalMethod.WALD));
    }

    @Test
    void agrestiCoull_addsTwoSuccessesAndFourTrialsAtNinetyFivePercent() {
        // ñ = 10 + z² = 13.841459, p̃ = (0 + z²/2) / ñ = 0.138766; ± z·sqrt(p̃(1−p̃)/ñ) = ± 0.182121
        assertInterval(0, 0.320887, Proportions.interval(0, 10, 0.95, IntervalMethod.ADJUSTED_WALD));
    }

    @Test
    void newcombeDifference_matchesNewcombe1998() {
        assertInterval(0.0524, 0.3339, Proportions.differenceInterval(56, 70, 48, 80, 0.95));
        assertInterval(0.1705, 0.8090, Proportions.differenceInterval(9, 10, 3, 10, 0.95));
        assertInterval(0.0582, 0.8062, Proportions.differenceInterval(6, 7, 2, 7, 0.95));
        assertInterval(-0.0381, 0.1926, Proportions.differenceInterval(5, 56, 0, 29, 0.95));
        assertInterval(-0.1611, 0.2775, Proportions.differenceInterval(0, 10, 0, 20, 0.95));
        assertInterval(-0.2775, 0.2775, Proportions.differenceInterval(0, 10, 0, 10, 0.95));
        assertInterval(0.6791, 1.0000, Proportions.differenceInterval(10, 10, 0, 20, 0.95));
        assertInterval(0.6075, 1.0000, Proportions.differenceInterval(10, 10, 0, 10, 0.95));
    }

    @Test
    void zStatistic_pooled_handComputed() {
        // 75/100 vs 60/100: pooled 0.675, se = sqrt(0.675 × 0.325 × 0.02) = 0.066238, z = 2.264554
        assertEquals(2.264554, Proportions.zStatistic(75, 100, 60, 100), 1e-6);
        assertEquals(0.023540, Normal.twoSidedPValue(2.264554), 1e-6);
        assertEquals(0.0, Proportions.zStatistic(10, 10, 20, 20), 0);
    }

    @Test
    void proportionSampleSize_worstCaseFivePointsAtNinetyFivePercent_is385() {
        assertEquals(385, Proportions.sampleSizeFor(5, 0.95, 0.5));
        assertEquals(1, Proportions.sampleSizeFor(5, 0.95, 0));
    }

    @Test
    void netScoreVariance_handComputed() {
        assertEquals(0.44, NetScores.variance(0.5, 0.1), 1e-12);   // 0.6 − 0.4²
        assertEquals(1.0, NetScores.variance(0.5, 0.5), 1e-12);
        assertEquals(0.0, NetScores.variance(1, 0), 0);
    }

    @Test
    void netScoreInterval_adjustedWald_handComputed() {
        // 50 promoters, 20 detractors, n = 100: n' = 103, p₊' = 50.75/103, p₋' = 20.75/103,
        // NPS' = 0.291262, Var' = 0.609343, se' = 0.076914 → 0.291262 ± 0.150751
        assertInterval(0.140511, 0.442013,
                NetScores.interval(50, 20, 100, 0.95, IntervalMethod.ADJUSTED_WALD));
        assertEquals(0.291262, NetScores.adjustedEstimate(50, 20, 100), 1e-6);
    }

    @Test
    void netScoreInterval_wald_handComputed() {
        // NPS 0.3, Var 0.61, se 0.078102 → 0.3 ± 0.153078
        assertInterval(0.146922, 0.453078, NetScores.interval(50, 20, 100, 0.95, IntervalMethod.WALD));
    }

    @Test
    void netScoreInterval_wilson_isRejected() {
        failure(IllegalArgumentException.class,
                () -> NetScores.interval(50, 20, 100, 0.95, IntervalMethod.WILSON),
                "interval method WILSON is not defined for a net score; use ADJUSTED_WALD or WALD");
    }

    @Test
    void netScoreSampleSize_worstCaseFivePoints_is1534() {
        // 1.959964² × 1 / 0.05² − 3 = 1536.58 − 3
        assertEquals(1534, NetScores.sampleSizeFor(5, 0.95, 1));
        assertEquals(1, NetScores.sampleSizeFor(50, 0.95, 0.01));
    }

    @Test
    @SuppressWarnings("deprecation")
    void sampleSize_fractionForms_agreeWithThePointForms() {
        assertEquals(NetScores.sampleSizeFor(5, 0.95, 1), NetScores.sampleSize(0.05, 0.95, 1));
        assertEquals(NetScores.sampleSizeFor(2, 0.99, 0.4), NetScores.sampleSize(0.02, 0.99, 0.4));
        assertEquals(Proportions.sampleSizeFor(5, 0.95, 0.5), Proportions.sampleSize(0.05, 0.95, 0.5));
        // and their messages say the unit
        assertEquals("marginOfError must be in (0, 2) on the -1..+1 scale (0.05 is 5 points): 5.0",
                assertThrows(IllegalArgumentException.class,
                        () -> NetScores.sampleSize(5, 0.95, 1)).getMessage());
        assertEquals("marginOfError must be in (0, 1) on the 0-1 scale (0.05 is 5 points): 5.0",
                assertThrows(IllegalArgumentException.class,
                        () -> Proportions.sampleSize(5, 0.95, 0.5)).getMessage());
    }

    @Test
    void sampleSizeFor_marginTooSmall_namesTheSmallestMarginAllowed() {
        // 100 × 1.959964 × sqrt(1 / (2⁵³ + 3)) = 2.065e-6 points
        assertEquals("marginOfErrorPoints must be at least 2.07e-06 at level 0.95 and variance 1.0"
                + " (a smaller margin needs more than 2^53 responses): 1.0E-9",
                assertThrows(IllegalArgumentException.class,
                        () -> NetScores.sampleSizeFor(1e-9, 0.95, 1)).getMessage());
        // 100 × 1.959964 × sqrt(0.25 / 2⁵³) = 1.033e-6 points; 1.1e-6 is still allowed
        assertEquals("marginOfErrorPoints must be at least 1.03e-06 at level 0.95 and variance 0.25"
                + " (a smaller margin needs more than 2^53 responses): 1.0E-6",
                assertThrows(IllegalArgumentException.class,
                        () -> Proportions.sampleSizeFor(1e-6, 0.95, 0.5)).getMessage());
        assertTrue(Proportions.sampleSizeFor(1.1e-6, 0.95, 0.5) <= (1L << 53));
        // no variance: one response is enough, however small the margin
        assertEquals(1, NetScores.sampleSizeFor(1e-12, 0.95, 0));
        assertEquals("marginOfErrorPoints must be in (0, 200): 200.0", assertThrows(
                IllegalArgumentException.class, () -> NetScores.sampleSizeFor(200, 0.95, 1))
                .getMessage());
        assertEquals("marginOfErrorPoints must be in (0, 100): NaN", assertThrows(
                IllegalArgumentException.class, () -> Proportions.sampleSizeFor(Double.NaN, 0.95, 1))
                .getMessage());
    }

    @Test
    void differenceStandardErrors_handComputed() {
        // NPS, {7} against {10, 9}: 100 × sqrt(0.375/4 + 0.54/5) on the −1..+1 scale
        assertEquals(0.44916589, NetScores.differenceStandardError(0, 0, 1, 2, 0, 2), 1e-8);
        // 50/20 of 100 against 40/30 of 100: sqrt((0.609341 + 0.684749) / 103)
        assertEquals(0.11208916, NetScores.differenceStandardError(50, 20, 100, 40, 30, 100), 1e-8);
        Interval d = NetScores.differenceInterval(50, 20, 100, 40, 30, 100, 0.95);
        assertInterval(-0.02551596, 0.41386547, d);
        // Agresti–Caffo, 4/4 against 0/1: sqrt((5/6)(1/6)/6 + (1/3)(2/3)/3)
        assertEquals(0.31180478, Proportions.differenceStandardError(4, 4, 0, 1), 1e-8);
        assertEquals(1.603567, Proportions.adjustedZStatistic(4, 4, 0, 1), 1e-6);
        assertEquals(0.0, Proportions.adjustedZStatistic(2, 2, 2, 2));
        assertInterval(-0.11112614, 1.0, Proportions.adjustedDifferenceInterval(4, 4, 0, 1, 0.95));
    }

    @Test
    void tInterval_handComputed() {
        // 5 ± 2.262157 × 2 / sqrt(10)
        assertInterval(3.569306, 6.430694, Means.tInterval(5, 2, 10, 0.95));
    }

    @Test
    void tInterval_matchesBoostMercuryExample() {
        // Boost.Math "Calculating confidence intervals on the mean with the Students-t
        // distribution" (Miller & Miller data): n 3, mean 37.8, sd 0.9643650.
        assertInterval(35.40438, 40.19562, Means.tInterval(37.8, 0.9643650, 3, 0.95));
        assertInterval(32.27408, 43.32592, Means.tInterval(37.8, 0.9643650, 3, 0.99));
    }

    @Test
    void welch_matchesRsSleepData() {
        // R: t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939
        double sd1 = 1.7890096;   // sd of 0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0
        double sd2 = 2.0022487;   // sd of 1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4
        double t = Means.welchStatistic(0.75, sd1, 10, 2.33, sd2, 10);
        double df = Means.welchDegreesOfFreedom(sd1, 10, sd2, 10);
        assertEquals(-1.860813, t, 1e-6);
        assertEquals(17.77647, df, 1e-5);
        assertEquals(0.07939, Normal.tTwoSidedPValue(t, df), 1e-5);
    }

    @Test
    void zStatistic_matchesStatsmodels() {
        // statsmodels proportions_ztest([5, 12], [83, 99]) (test_proportion.py, test_default_values)
        double z = Proportions.zStatistic(5, 83, 12, 99);
        assertEquals(-1.4078304151258787, z, 1e-12);
        assertEquals(0.15918129181156992, Normal.twoSidedPValue(z), 1e-12);
    }

    @Test
    void welchDegreesOfFreedom_handComputed() {
        // v1 = 4/10 = 0.4, v2 = 9/20 = 0.45: 0.85² / (0.16/9 + 0.2025/19) = 25.4082
        assertEquals(25.408226, Means.welchDegreesOfFreedom(2, 10, 3, 20), 1e-5);
    }

    @Test
    void badArguments_areRejectedWithTheValue() {
        assertEquals("confidence level must be in (0, 1): 1.5", assertThrows(
                IllegalArgumentException.class, () -> Normal.criticalValue(1.5)).getMessage());
        assertEquals("n must be finite and > 0: 0.0", assertThrows(IllegalArgumentException.class,
                () -> Proportions.interval(0, 0, 0.95, IntervalMethod.WILSON)).getMessage());
        assertEquals("successes must be in [0, 10.0]: 11.0", assertThrows(
                IllegalArgumentException.class,
                () -> Proportions.interval(11, 10, 0.95, IntervalMethod.WILSON)).getMessage());
        assertEquals("marginOfErrorPoints must be in (0, 200): 0.0", assertThrows(
                IllegalArgumentException.class, () -> NetScores.sampleSizeFor(0, 0.95, 1)).getMessage());
        assertEquals("n must be finite and > 1 for a t-interval: 1.0", assertThrows(
                IllegalArgumentException.class, () -> Means.tInterval(1, 1, 1, 0.95)).getMessage());
        assertEquals("interval lower bound must be <= upper bound: [2.0, 1.0]", assertThrows(
                IllegalArgumentException.class, () -> new Interval(2, 1, 0.95)).getMessage());
    }

    @Test
    void interval_helpers() {
        Interval i = new Interval(-1, 3, 0.9);
        assertEquals(4, i.width());
        assertEquals(1, i.center());
        assertEquals(true, i.contains(0));
        assertEquals(false, i.excludesZero());
        assertEquals(new Interval(-100, 300, 0.9), i.scaled(100));
        assertEquals(new Interval(0, 3, 0.9), i.limitedTo(0, 10));
        assertEquals(new Interval(0, 0, 0.9), i.limitedTo(-5, 0).limitedTo(0, 0));
        assertEquals("[-1.000, 3.000] (90%)", i.toString());
    }

    private static void assertInterval(double lower, double upper, Interval actual) {
        assertEquals(lower, actual.lower(), PUBLISHED, () -> "lower of " + actual);
        assertEquals(upper, actual.upper(), PUBLISHED, () -> "upper of " + actual);
    }

    @Test
    void welchDegreesOfFreedom_ofEqualVariancesOfTheMeans_withUnequalSamples() {
        // v1 = 2²/4 = 1 and v2 = 3²/9 = 1: (1 + 1)² / (1/3 + 1/8) = 96/11, not n1 + n2 - 2 = 11.
        assertEquals(96.0 / 11, Means.welchDegreesOfFreedom(2, 4, 3, 9), 1e-12);
        // No spread at all: the pooled n1 + n2 - 2.
        assertEquals(11.0, Means.welchDegreesOfFreedom(0, 4, 0, 9));
    }
}
