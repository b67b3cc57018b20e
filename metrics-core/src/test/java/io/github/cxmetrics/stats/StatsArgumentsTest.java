package io.github.cxmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The edges of the statistics helpers: what each accepts at the ends of its range, the exact
 * message of what it refuses, and the degenerate cases (no variance, equal bounds).
 */
class StatsArgumentsTest {

    private static String refused(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void interval_boundsAndLevelAreChecked() {
        Interval point = new Interval(2, 2, 0.9);
        assertEquals(0.0, point.width());
        assertEquals(2.0, point.center());
        assertEquals("interval bounds must not be NaN: [NaN, 1.0]",
                refused(() -> new Interval(Double.NaN, 1, 0.95)));
        assertEquals("interval bounds must not be NaN: [0.0, NaN]",
                refused(() -> new Interval(0, Double.NaN, 0.95)));
        assertEquals("interval lower bound must be <= upper bound: [1.0, 0.999]",
                refused(() -> new Interval(1, 0.999, 0.95)));
        for (double level : new double[] {0, 1, Double.NaN}) {
            assertEquals("confidence level must be in (0, 1): " + level,
                    refused(() -> new Interval(0, 1, level)));
        }
    }

    @Test
    void interval_containsItsBoundsAndExcludesZeroOnlyWhenZeroIsOutside() {
        Interval i = new Interval(-1, 3, 0.95);
        assertTrue(i.contains(-1) && i.contains(3) && i.contains(0));
        assertFalse(i.contains(Math.nextDown(-1.0)) || i.contains(Math.nextUp(3.0)));
        assertFalse(i.excludesZero());
        assertFalse(new Interval(0, 1, 0.95).excludesZero());
        assertFalse(new Interval(-1, 0, 0.95).excludesZero());
        assertTrue(new Interval(0.1, 1, 0.95).excludesZero());
        assertTrue(new Interval(-1, -0.1, 0.95).excludesZero());
        assertEquals(4.0, i.width());
        assertEquals(1.0, i.center());
    }

    @Test
    void interval_limitedToAndScaled() {
        Interval i = new Interval(-1, 3, 0.95);
        assertEquals(new Interval(0, 2, 0.95), i.limitedTo(0, 2));
        assertEquals(new Interval(1, 1, 0.95), i.limitedTo(1, 1));
        assertEquals(new Interval(-1, 3, 0.95), i.limitedTo(-5, 5));
        assertEquals(new Interval(4, 4, 0.95), i.limitedTo(4, 9));
        assertEquals("min must be <= max: 2.0 > 1.0", refused(() -> i.limitedTo(2, 1)));
        assertEquals(new Interval(-100, 300, 0.95), i.scaled(100));
        assertEquals(new Interval(-0.5, 1.5, 0.95), i.scaled(0.5));
        for (double factor : new double[] {0, -1, Double.POSITIVE_INFINITY, Double.NaN}) {
            assertEquals("factor must be finite and > 0: " + factor, refused(() -> i.scaled(factor)));
        }
    }

    @Test
    void means_checkTheirSamples() {
        assertEquals("n must be finite and > 1 for a t-interval: Infinity",
                refused(() -> Means.tInterval(1, 1, Double.POSITIVE_INFINITY, 0.95)));
        assertEquals("standard deviation must be finite and >= 0: -1.0",
                refused(() -> Means.tInterval(1, -1, 10, 0.95)));
        assertEquals(new Interval(5, 5, 0.95), Means.tInterval(5, 0, 10, 0.95));
        assertEquals("n must be finite and > 1: 1.0",
                refused(() -> Means.welchStatistic(1, 1, 1, 2, 1, 10)));
        assertEquals("n must be finite and > 1: Infinity",
                refused(() -> Means.welchStatistic(1, 1, 10, 2, 1, Double.POSITIVE_INFINITY)));
        assertEquals("standard deviation must be finite and >= 0: NaN",
                refused(() -> Means.welchStatistic(1, 1, 10, 2, Double.NaN, 10)));
        // no spread in either sample: no difference is 0, any difference is infinite
        assertEquals(0.0, Means.welchStatistic(3, 0, 5, 3, 0, 8));
        assertEquals(Double.POSITIVE_INFINITY, Means.welchStatistic(4, 0, 5, 3, 0, 8));
        assertEquals(Double.NEGATIVE_INFINITY, Means.welchStatistic(2, 0, 5, 3, 0, 8));
        // and then the degrees of freedom are those of the pooled test, n₁ + n₂ − 2
        assertEquals(11.0, Means.welchDegreesOfFreedom(0, 5, 0, 8));
        // one spread only: (v₁)² / (v₁² / (n₁ − 1)) = n₁ − 1
        assertEquals(4.0, Means.welchDegreesOfFreedom(2, 5, 0, 8), 1e-12);
        assertEquals(7.0, Means.welchDegreesOfFreedom(0, 5, 3, 8), 1e-12);
        // (4/5 + 9/8)² / ((4/5)²/4 + (9/8)²/7) = 3.705625 / 0.340804 = 10.8732
        assertEquals(10.873199, Means.welchDegreesOfFreedom(2, 5, 3, 8), 1e-6);
    }

    @Test
    void pValues_refuseNaN() {
        assertEquals("z must not be NaN", refused(() -> Normal.twoSidedPValue(Double.NaN)));
        assertEquals("t must not be NaN", refused(() -> Normal.tTwoSidedPValue(Double.NaN, 3)));
        assertEquals(1.0, Normal.twoSidedPValue(0));
        assertEquals(1.0, Normal.tTwoSidedPValue(0, 3));
        assertEquals(0.0, Normal.twoSidedPValue(Double.NEGATIVE_INFINITY));
    }

    @Test
    void netScores_checkSharesAndCounts() {
        // all promoters, all detractors, shares summing to exactly 1
        assertEquals(0.0, NetScores.variance(1, 0));
        assertEquals(0.0, NetScores.variance(0, 1));
        assertEquals(1.0, NetScores.variance(0.5, 0.5));
        assertEquals(0.0, NetScores.variance(0, 0));
        assertEquals(0.25, NetScores.variance(0.5, 0), 1e-15);
        for (double[] bad : new double[][] {{-0.1, 0.5}, {0.5, -0.1}, {0.6, 0.5}, {Double.NaN, 0}}) {
            assertEquals("shares must be in [0, 1] with a sum <= 1: promoters " + bad[0]
                    + ", detractors " + bad[1], refused(() -> NetScores.variance(bad[0], bad[1])));
        }
        // every response a promoter: the counts fill n exactly
        assertEquals(new Interval(1, 1, 0.95),
                NetScores.interval(10, 0, 10, 0.95, IntervalMethod.WALD));
        assertEquals(10 / 13.0, NetScores.adjustedEstimate(10, 0, 10), 1e-15);
        assertEquals("n must be finite and > 0: 0.0",
                refused(() -> NetScores.interval(0, 0, 0, 0.95, IntervalMethod.WALD)));
        assertEquals("n must be finite and > 0: Infinity",
                refused(() -> NetScores.adjustedEstimate(0, 0, Double.POSITIVE_INFINITY)));
        assertEquals("promoters and detractors must be >= 0 with a sum <= n (10.0): 6.0 and 5.0",
                refused(() -> NetScores.adjustedEstimate(6, 5, 10)));
        assertEquals("promoters and detractors must be >= 0 with a sum <= n (10.0): -1.0 and 0.0",
                refused(() -> NetScores.interval(-1, 0, 10, 0.95, IntervalMethod.ADJUSTED_WALD)));
        assertEquals("promoters and detractors must be >= 0 with a sum <= n (2.0): 0.0 and 3.0",
                refused(() -> NetScores.differenceStandardError(1, 0, 1, 0, 3, 2)));
        assertEquals("promoters and detractors must be >= 0 with a sum <= n (1.0): 2.0 and 0.0",
                refused(() -> NetScores.differenceInterval(2, 0, 1, 0, 0, 1, 0.95)));
        assertEquals("variance must be in [0, 1]: 1.5",
                refused(() -> NetScores.sampleSizeFor(5, 0.95, 1.5)));
        assertEquals("variance must be in [0, 1]: -0.1",
                refused(() -> NetScores.sampleSizeFor(5, 0.95, -0.1)));
    }

    @Test
    void proportions_checkCountsAndShares() {
        assertEquals("n must be finite and > 0: 0.0", refused(() -> Proportions.zStatistic(0, 0, 1, 2)));
        assertEquals("successes must be in [0, 2.0]: 3.0",
                refused(() -> Proportions.zStatistic(1, 2, 3, 2)));
        assertEquals("successes must be in [0, 4.0]: -1.0",
                refused(() -> Proportions.differenceStandardError(-1, 4, 0, 1)));
        assertEquals("n must be finite and > 0: Infinity", refused(
                () -> Proportions.differenceStandardError(1, 4, 0, Double.POSITIVE_INFINITY)));
        // all successes fill n exactly
        assertEquals(0.0, Proportions.zStatistic(5, 5, 5, 5));
        assertEquals("expected share must be in [0, 1]: 1.1",
                refused(() -> Proportions.sampleSizeFor(5, 0.95, 1.1)));
        assertEquals("expected share must be in [0, 1]: -0.1",
                refused(() -> Proportions.sampleSizeFor(5, 0.95, -0.1)));
        assertEquals(1, Proportions.sampleSizeFor(5, 0.95, 1));
        // the adjusted interval of 75/100 against 60/100, unclipped:
        // 15/102 ± 1.959964 × 0.06495211
        Interval d = Proportions.adjustedDifferenceInterval(75, 100, 60, 100, 0.95);
        assertEquals(0.01975502, d.lower(), 1e-8);
        assertEquals(0.27436263, d.upper(), 1e-8);
    }
}
