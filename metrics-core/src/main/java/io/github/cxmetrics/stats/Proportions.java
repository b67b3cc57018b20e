package io.github.cxmetrics.stats;

import io.github.cxmetrics.internal.Checks;
import java.util.Locale;

/**
 * Confidence intervals and tests for proportions, such as the top-box share of CSAT, CSI or CES.
 * Shares are on the 0–1 scale here; results of the survey package report them in percent.
 *
 * <p>Counts are {@code double} so that weighted counts and effective sample sizes can be used;
 * with unit weights they are the plain counts.
 */
public final class Proportions {

    private Proportions() {}

    /**
     * Returns a confidence interval of the proportion {@code successes / n}.
     *
     * <ul>
     *   <li>{@link IntervalMethod#WILSON}:
     *       {@code (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)};
     *       81 of 263 at 95 % gives [0.2553, 0.3662] (Newcombe 1998, Statistics in Medicine 17).
     *   <li>{@link IntervalMethod#ADJUSTED_WALD} (Agresti–Coull): {@code ñ = n + z²},
     *       {@code p̃ = (successes + z²/2) / ñ}, {@code p̃ ± z·sqrt(p̃(1−p̃)/ñ)}, clipped to [0, 1].
     *   <li>{@link IntervalMethod#WALD}: {@code p ± z·sqrt(p(1−p)/n)}, clipped to [0, 1].
     * </ul>
     *
     * @param successes the number of successes, in {@code [0, n]}
     * @param n the number of trials (or the effective sample size), {@code > 0}
     * @param level the confidence level in (0, 1)
     * @param method the method
     * @return the interval on the 0–1 scale
     * @throws IllegalArgumentException if {@code n <= 0}, the successes are outside
     *     {@code [0, n]} or the level is not in (0, 1)
     */
    public static Interval interval(double successes, double n, double level, IntervalMethod method) {
        requireCounts(successes, n);
        Checks.requireNonNull(method, "method");
        double z = Normal.criticalValue(level);
        double p = successes / n;
        return switch (method) {
            case WILSON -> {
                double z2 = z * z;
                double center = (p + z2 / (2 * n)) / (1 + z2 / n);
                double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
                // The interval always contains p; min and max keep that true under rounding
                // (at p = 1 the upper bound is exactly 1 in theory, 1 − 1e-16 in doubles).
                yield clipped(Math.min(p, center - half), Math.max(p, center + half), 0, 1, level);
            }
            case ADJUSTED_WALD -> {
                double nTilde = n + z * z;
                double pTilde = (successes + z * z / 2) / nTilde;
                double half = z * Math.sqrt(pTilde * (1 - pTilde) / nTilde);
                yield clipped(pTilde - half, pTilde + half, 0, 1, level);
            }
            case WALD -> {
                double half = z * Math.sqrt(p * (1 - p) / n);
                yield clipped(p - half, p + half, 0, 1, level);
            }
        };
    }

    /**
     * Returns the Newcombe hybrid score interval (method 10 of Newcombe 1998, Statistics in
     * Medicine 17, 873–890) of the difference {@code p1 − p2} of two independent proportions,
     * built from the Wilson intervals {@code [l1, u1]} and {@code [l2, u2]}:
     * {@code [d − sqrt((p1−l1)² + (u2−p2)²), d + sqrt((u1−p1)² + (p2−l2)²)]}. For 56/70 against
     * 48/80 at 95 % it gives [0.0524, 0.3339].
     *
     * @return the interval on the −1..1 scale
     */
    public static Interval differenceInterval(
            double successes1, double n1, double successes2, double n2, double level) {
        Interval first = interval(successes1, n1, level, IntervalMethod.WILSON);
        Interval second = interval(successes2, n2, level, IntervalMethod.WILSON);
        double p1 = successes1 / n1;
        double p2 = successes2 / n2;
        double d = p1 - p2;
        double lower = d - Math.hypot(p1 - first.lower(), second.upper() - p2);
        double upper = d + Math.hypot(first.upper() - p1, p2 - second.lower());
        return clipped(lower, upper, -1, 1, level);
    }

    /**
     * Returns the statistic of the two-proportion z-test with pooled standard error:
     * {@code p = (x1 + x2) / (n1 + n2)}, {@code z = (p1 − p2) / sqrt(p(1−p)(1/n1 + 1/n2))}. When
     * the pooled share is 0 or 1 both samples agree exactly and the statistic is 0.
     */
    public static double zStatistic(double successes1, double n1, double successes2, double n2) {
        requireCounts(successes1, n1);
        requireCounts(successes2, n2);
        double pooled = (successes1 + successes2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        double d = successes1 / n1 - successes2 / n2;
        return se == 0 ? 0 : d / se;
    }

    /**
     * Returns the adjusted standard error of the difference of two independent proportions
     * (Agresti &amp; Caffo 2000, The American Statistician 54(4), 280–288): one success and one
     * failure are added to each sample, {@code p̃ = (x + 1) / (n + 2)}, and
     * {@code se = sqrt(p̃₁(1−p̃₁)/(n₁+2) + p̃₂(1−p̃₂)/(n₂+2))}. It is never 0: 4/4 against 0/1
     * gives 0.3118, where the plain standard error is 0.
     *
     * @throws IllegalArgumentException if a count does not fit its {@code n}
     */
    public static double differenceStandardError(double successes1, double n1, double successes2,
            double n2) {
        requireCounts(successes1, n1);
        requireCounts(successes2, n2);
        double p1 = (successes1 + 1) / (n1 + 2);
        double p2 = (successes2 + 1) / (n2 + 2);
        return Math.sqrt(p1 * (1 - p1) / (n1 + 2) + p2 * (1 - p2) / (n2 + 2));
    }

    /**
     * Returns the statistic of the adjusted (Agresti–Caffo) two-proportion z-test:
     * {@code z = (p̃₁ − p̃₂) / se} with {@code p̃ = (x + 1) / (n + 2)} and the
     * {@link #differenceStandardError adjusted standard error}. 75/100 against 60/100 gives
     * 2.2641 (the pooled test 2.2646); 4/4 against 0/1 gives 1.6036 (p = 0.109), where the pooled
     * test says 2.2361 (p = 0.025) from five answers.
     *
     * @throws IllegalArgumentException if a count does not fit its {@code n}
     */
    public static double adjustedZStatistic(double successes1, double n1, double successes2,
            double n2) {
        double se = differenceStandardError(successes1, n1, successes2, n2);
        return ((successes1 + 1) / (n1 + 2) - (successes2 + 1) / (n2 + 2)) / se;
    }

    /**
     * Returns the adjusted (Agresti–Caffo 2000) interval of the difference {@code p1 − p2} of two
     * independent proportions: {@code (p̃₁ − p̃₂) ± z·se} with {@code p̃ = (x + 1) / (n + 2)} and
     * the {@link #differenceStandardError adjusted standard error}, clipped to [−1, 1]. It is
     * the interval of the {@link #adjustedZStatistic adjusted z-test}: at level {@code 1 − α}
     * it leaves out 0 exactly when the test's p-value is below {@code α}. 4/4 against 0/1 at
     * 95 % gives [−0.1111, 1].
     *
     * @return the interval on the −1..1 scale
     * @throws IllegalArgumentException if a count does not fit its {@code n}, or the level is
     *     outside (0, 1)
     */
    public static Interval adjustedDifferenceInterval(double successes1, double n1,
            double successes2, double n2, double level) {
        double z = Normal.criticalValue(level);
        double se = differenceStandardError(successes1, n1, successes2, n2);
        double d = (successes1 + 1) / (n1 + 2) - (successes2 + 1) / (n2 + 2);
        return clipped(d - z * se, d + z * se, -1, 1, level);
    }

    /**
     * Returns the sample size needed for a Wald margin of error of {@code marginOfErrorPoints}
     * percentage points: {@code n = z²·p(1−p) / (moe / 100)²}, rounded up; with the worst case
     * {@code p = 0.5}, ±5 points at 95 % need 385 responses: {@code sampleSizeFor(5, 0.95, 0.5)}.
     * The margin is in points, as in {@code TopBoxResult.sampleSizeFor}.
     *
     * @param marginOfErrorPoints the half-width wanted in percentage points, in (0, 100)
     * @param level the confidence level in (0, 1)
     * @param expectedShare the share expected, in [0, 1]; 0.5 is the worst case
     * @return the number of responses, at least 1
     * @throws IllegalArgumentException if a parameter is outside its range, or the margin is so
     *     small that more than 2⁵³ responses would be needed (the message gives the smallest
     *     margin allowed)
     */
    public static long sampleSizeFor(double marginOfErrorPoints, double level, double expectedShare) {
        requireMargin("marginOfErrorPoints", marginOfErrorPoints, 100);
        return responses("marginOfErrorPoints", marginOfErrorPoints, 100, level, expectedShare);
    }

    /**
     * Returns the sample size needed for a Wald margin of error given on the 0–1 scale (0.05 for
     * ±5 points).
     *
     * @param marginOfError the half-width wanted, on the 0–1 scale, in (0, 1)
     * @param level the confidence level
     * @param expectedShare the share expected, in [0, 1]; 0.5 is the worst case
     * @return the number of responses, at least 1
     * @deprecated the margin is a fraction here but in points everywhere else (results'
     *     {@code sampleSizeFor}); use {@link #sampleSizeFor(double, double, double)}, which takes
     *     points: {@code sampleSize(0.05, l, p) == sampleSizeFor(5, l, p)}
     */
    @Deprecated(since = "0.1.0")
    public static long sampleSize(double marginOfError, double level, double expectedShare) {
        requireMargin("marginOfError", marginOfError, 1);
        return responses("marginOfError", marginOfError, 1, level, expectedShare);
    }

    private static long responses(String parameter, double margin, double scale, double level,
            double expectedShare) {
        if (!(expectedShare >= 0 && expectedShare <= 1)) {
            throw new IllegalArgumentException("expected share must be in [0, 1]: " + expectedShare);
        }
        return responsesNeeded(parameter, margin, scale, level, expectedShare * (1 - expectedShare),
                0);
    }

    /** The most responses a sample size may be: 2⁵³, beyond which counts are not exact doubles. */
    static final double MAX_RESPONSES = 0x1p53;

    /**
     * Returns {@code ⌈z²·variance / margin² − adjustment⌉}, at least 1, for a margin of
     * {@code given / scale} on the fraction scale ({@code scale} is 100 when the caller's
     * {@code parameter} is in points); the message of a margin too small for
     * {@link #MAX_RESPONSES} names the parameter, its smallest value and the value given.
     */
    static long responsesNeeded(String parameter, double given, double scale, double level,
            double variance, double adjustment) {
        double margin = given / scale;
        double z = Normal.criticalValue(level);
        double n = z * z * variance / (margin * margin) - adjustment;
        if (!(n <= MAX_RESPONSES)) {
            double smallest = scale * z * Math.sqrt(variance / (MAX_RESPONSES + adjustment));
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s must be at least %.3g at level %s and variance %s (a smaller margin needs"
                            + " more than 2^53 responses): %s",
                    parameter, smallest, level, variance, given));
        }
        return Math.max(1, (long) Math.ceil(n - 1e-9));
    }

    static void requireMargin(String parameter, double marginOfError, double max) {
        if (!(marginOfError > 0 && marginOfError < max)) {
            String unit = max == 1 ? " on the 0-1 scale (0.05 is 5 points)"
                    : max == 2 ? " on the -1..+1 scale (0.05 is 5 points)" : "";
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be in (0, %d)%s: %s",
                    parameter, (int) max, unit, marginOfError));
        }
    }

    static void requireCounts(double successes, double n) {
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("n must be finite and > 0: " + n);
        }
        if (!(successes >= 0 && successes <= n * (1 + 1e-12))) {
            throw new IllegalArgumentException(
                    "successes must be in [0, " + n + "]: " + successes);
        }
    }

    static Interval clipped(double lower, double upper, double min, double max, double level) {
        double lo = Math.max(min, Math.min(max, lower));
        double hi = Math.max(min, Math.min(max, upper));
        return new Interval(lo, Math.max(lo, hi), level);
    }
}
