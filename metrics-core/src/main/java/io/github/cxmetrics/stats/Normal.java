package io.github.cxmetrics.stats;

import io.github.cxmetrics.internal.Checks;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Quantiles and tail probabilities of the standard normal and Student-t distributions, as used
 * by the intervals and tests of this package. Backed by Apache Commons Statistics, which is
 * accurate to full double precision in the tails.
 */
public final class Normal {

    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private Normal() {}

    /**
     * Returns the two-sided critical value {@code z} with {@code P(|Z| <= z) = level}; 1.959964
     * for 0.95.
     *
     * @throws IllegalArgumentException if the level is not in (0, 1)
     */
    public static double criticalValue(double level) {
        Checks.requireLevel(level);
        return STANDARD.inverseSurvivalProbability((1 - level) / 2);
    }

    /**
     * Returns the two-sided critical value of Student's t with {@code degreesOfFreedom}; 2.262157
     * for 0.95 and 9 degrees of freedom.
     *
     * @throws IllegalArgumentException if the level is not in (0, 1) or the degrees of freedom
     *     are not positive
     */
    public static double tCriticalValue(double level, double degreesOfFreedom) {
        Checks.requireLevel(level);
        Checks.requirePositiveFinite(degreesOfFreedom, "degrees of freedom");
        return TDistribution.of(degreesOfFreedom).inverseSurvivalProbability((1 - level) / 2);
    }

    /** Returns the two-sided p-value of a standard normal statistic, {@code 2·P(Z > |z|)}. */
    public static double twoSidedPValue(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z must not be NaN");
        }
        return Math.min(1, 2 * STANDARD.survivalProbability(Math.abs(z)));
    }

    /** Returns the two-sided p-value of a Student-t statistic, {@code 2·P(T > |t|)}. */
    public static double tTwoSidedPValue(double t, double degreesOfFreedom) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must not be NaN");
        }
        Checks.requirePositiveFinite(degreesOfFreedom, "degrees of freedom");
        return Math.min(1, 2 * TDistribution.of(degreesOfFreedom).survivalProbability(Math.abs(t)));
    }
}
