package io.github.cxmetrics.stats;

import io.github.cxmetrics.internal.Checks;

/** Student-t interval of a mean and Welch's test of two means, for mean scores. */
public final class Means {

    private Means() {}

    /**
     * Returns the t-interval {@code mean ± t(n−1) · sd / sqrt(n)}; for mean 5, standard
     * deviation 2 and n = 10 at 95 % it is 5 ± 2.262157 × 0.632456 = [3.5693, 6.4307].
     *
     * @param mean the sample mean
     * @param standardDeviation the sample standard deviation (with the {@code n − 1} divisor)
     * @param n the (effective) sample size, {@code > 1}
     * @param level the confidence level in (0, 1)
     * @throws IllegalArgumentException if {@code n <= 1}
     */
    public static Interval tInterval(double mean, double standardDeviation, double n, double level) {
        if (!(n > 1) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("n must be finite and > 1 for a t-interval: " + n);
        }
        Checks.requireNonNegativeFinite(standardDeviation, "standard deviation");
        double half = Normal.tCriticalValue(level, n - 1) * standardDeviation / Math.sqrt(n);
        return new Interval(mean - half, mean + half, level);
    }

    /**
     * Returns Welch's t statistic of {@code mean1 − mean2},
     * {@code t = (mean1 − mean2) / sqrt(sd1²/n1 + sd2²/n2)}; 0 when both the difference and the
     * standard error are 0, and infinite when only the standard error is. On R's {@code sleep}
     * data (means 0.75 and 2.33, sds 1.789010 and 2.002249, n 10 each) it is −1.860813 with
     * 17.77647 degrees of freedom and a two-sided p-value of 0.07939.
     *
     * @throws IllegalArgumentException if a sample size is not above 1 or a standard deviation is
     *     negative
     */
    public static double welchStatistic(
            double mean1, double sd1, double n1, double mean2, double sd2, double n2) {
        requireSample(sd1, n1);
        requireSample(sd2, n2);
        double se = Math.sqrt(sd1 * sd1 / n1 + sd2 * sd2 / n2);
        double difference = mean1 - mean2;
        if (se == 0) {
            return difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        }
        return difference / se;
    }

    private static void requireSample(double sd, double n) {
        if (!(n > 1) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("n must be finite and > 1: " + n);
        }
        Checks.requireNonNegativeFinite(sd, "standard deviation");
    }

    /**
     * Returns the Welch–Satterthwaite degrees of freedom of the difference of two means,
     * {@code (v1 + v2)² / (v1²/(n1−1) + v2²/(n2−1))} with {@code vi = sdi²/ni}.
     */
    public static double welchDegreesOfFreedom(double sd1, double n1, double sd2, double n2) {
        double v1 = sd1 * sd1 / n1;
        double v2 = sd2 * sd2 / n2;
        if (v1 + v2 == 0) {
            return n1 + n2 - 2;
        }
        return (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
    }
}
