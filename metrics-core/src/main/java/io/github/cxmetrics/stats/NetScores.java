package io.github.cxmetrics.stats;

import io.github.cxmetrics.internal.Checks;

/**
 * Variance, confidence intervals and sample size of a net score such as NPS, on the −1..+1
 * scale ({@code p₊ − p₋}); multiply by 100 for points.
 *
 * <p>A net score is the mean of a variable that is +1 for a promoter, 0 for a passive and −1 for
 * a detractor; its variance is {@code Var = (p₊ + p₋) − (p₊ − p₋)²} and its standard error
 * {@code sqrt(Var / n)}.
 */
public final class NetScores {

    private NetScores() {}

    /**
     * Returns {@code Var = (p₊ + p₋) − (p₊ − p₋)²}, the variance of one response's −1/0/+1 value;
     * 0.44 for 50 % promoters and 10 % detractors ({@code 0.6 − 0.4²}).
     *
     * @throws IllegalArgumentException if a share is outside [0, 1] or their sum exceeds 1
     */
    public static double variance(double promoterShare, double detractorShare) {
        if (!(promoterShare >= 0 && detractorShare >= 0
                && promoterShare + detractorShare <= 1 + 1e-12)) {
            throw new IllegalArgumentException("shares must be in [0, 1] with a sum <= 1: promoters "
                    + promoterShare + ", detractors " + detractorShare);
        }
        double net = promoterShare - detractorShare;
        return Math.max(0, promoterShare + detractorShare - net * net);
    }

    /**
     * Returns a confidence interval of the net score {@code (promoters − detractors) / n}.
     *
     * <ul>
     *   <li>{@link IntervalMethod#ADJUSTED_WALD} (Rocks 2016, The American Statistician 70(4)):
     *       {@code n' = n + 3}, {@code p₊' = (promoters + ¾) / n'},
     *       {@code p₋' = (detractors + ¾) / n'}, then {@code (p₊' − p₋') ± z·sqrt(Var'/n')}.
     *   <li>{@link IntervalMethod#WALD}: {@code (p₊ − p₋) ± z·sqrt(Var/n)}.
     * </ul>
     * Both are clipped to [−1, 1].
     *
     * @param promoters the (weighted) number of promoters
     * @param detractors the (weighted) number of detractors
     * @param n the (effective) number of responses, {@code > 0}
     * @param level the confidence level in (0, 1)
     * @param method {@link IntervalMethod#ADJUSTED_WALD} or {@link IntervalMethod#WALD}
     * @return the interval on the −1..+1 scale
     * @throws IllegalArgumentException for {@link IntervalMethod#WILSON}, which is not defined for
     *     a net score, or counts that do not fit {@code n}
     */
    public static Interval interval(
            double promoters, double detractors, double n, double level, IntervalMethod method) {
        Checks.requireNonNull(method, "method");
        requireCounts(promoters, detractors, n);
        double z = Normal.criticalValue(level);
        double add = switch (method) {
            case ADJUSTED_WALD -> 0.75;
            case WALD -> 0;
            case WILSON -> throw new IllegalArgumentException(
                    "interval method WILSON is not defined for a net score; use ADJUSTED_WALD or WALD");
        };
        double size = n + 4 * add;
        double plus = (promoters + add) / size;
        double minus = (detractors + add) / size;
        double net = plus - minus;
        double half = z * Math.sqrt(variance(plus, minus) / size);
        return Proportions.clipped(net - half, net + half, -1, 1, level);
    }

    /**
     * Returns the adjusted estimate {@code (promoters + ¾ − detractors − ¾) / (n + 3)} on which
     * the adjusted-Wald interval is centred; it lies between the plain estimate and 0.
     */
    public static double adjustedEstimate(double promoters, double detractors, double n) {
        requireCounts(promoters, detractors, n);
        return (promoters - detractors) / (n + 3);
    }

    /**
     * Returns the number of responses needed for an adjusted-Wald margin of error:
     * {@code n = z²·Var / moe² − 3}, rounded up (MeasuringU; Rocks 2016). With the worst case
     * {@code Var = 1} (half promoters, half detractors) and ±5 points (0.05) at 95 % it is 1,534.
     *
     * @param marginOfError the half-width wanted on the −1..+1 scale, in (0, 2)
     * @param level the confidence level in (0, 1)
     * @param variance the expected {@link #variance(double, double) variance}, in [0, 1]; 1 is
     *     the worst case
     * @return the number of responses, at least 1
     */
    public static long sampleSize(double marginOfError, double level, double variance) {
        Proportions.requireMargin(marginOfError, 2);
        if (!(variance >= 0 && variance <= 1)) {
            throw new IllegalArgumentException("variance must be in [0, 1]: " + variance);
        }
        double z = Normal.criticalValue(level);
        return Math.max(1, (long) Math.ceil(
                z * z * variance / (marginOfError * marginOfError) - 3 - 1e-9));
    }

    private static void requireCounts(double promoters, double detractors, double n) {
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("n must be finite and > 0: " + n);
        }
        if (!(promoters >= 0 && detractors >= 0 && promoters + detractors <= n * (1 + 1e-12))) {
            throw new IllegalArgumentException("promoters and detractors must be >= 0 with a sum <= n ("
                    + n + "): " + promoters + " and " + detractors);
        }
    }
}
