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
     * Returns the adjusted-Wald standard error of the difference of two independent net scores,
     * on the −1..+1 scale: each sample is adjusted as for its interval ({@code n' = n + 3},
     * {@code p₊' = (promoters + ¾) / n'}, {@code p₋' = (detractors + ¾) / n'}), then
     * {@code se = sqrt(Var₁'/n₁' + Var₂'/n₂')} (Rocks 2016; MeasuringU's test of two NPS). The
     * adjusted variances are never 0, so neither is the standard error: {10, 9} against {7}
     * (NPS 100 and 0) gives 0.4492, where the plain variances, both 0, would give 0 and a
     * "significant" change from three answers.
     *
     * @param promoters1 the (weighted) promoters of the first sample
     * @param detractors1 the (weighted) detractors of the first sample
     * @param n1 the (effective) size of the first sample, {@code > 0}
     * @param promoters2 the (weighted) promoters of the second sample
     * @param detractors2 the (weighted) detractors of the second sample
     * @param n2 the (effective) size of the second sample, {@code > 0}
     * @throws IllegalArgumentException if the counts do not fit their {@code n}
     */
    public static double differenceStandardError(double promoters1, double detractors1, double n1,
            double promoters2, double detractors2, double n2) {
        return Math.sqrt(adjustedVarianceOfMean(promoters1, detractors1, n1)
                + adjustedVarianceOfMean(promoters2, detractors2, n2));
    }

    /**
     * Returns the adjusted-Wald interval of the difference of two independent net scores, on the
     * −2..+2 scale: the difference of the {@link #adjustedEstimate adjusted estimates}
     * {@code ± z·se}, with the {@link #differenceStandardError adjusted standard error}, clipped
     * to [−2, 2]. Like the interval of one net score it is centred on the adjusted estimates,
     * which lie between the plain ones and 0.
     *
     * @throws IllegalArgumentException if the counts do not fit their {@code n}, or the level is
     *     outside (0, 1)
     */
    public static Interval differenceInterval(double promoters1, double detractors1, double n1,
            double promoters2, double detractors2, double n2, double level) {
        double z = Normal.criticalValue(level);
        double d = adjustedEstimate(promoters1, detractors1, n1)
                - adjustedEstimate(promoters2, detractors2, n2);
        double half = z * differenceStandardError(promoters1, detractors1, n1, promoters2,
                detractors2, n2);
        return Proportions.clipped(d - half, d + half, -2, 2, level);
    }

    /** {@code Var'/n'} of one sample, adjusted as for the adjusted-Wald interval. */
    private static double adjustedVarianceOfMean(double promoters, double detractors, double n) {
        requireCounts(promoters, detractors, n);
        double size = n + 3;
        return variance((promoters + 0.75) / size, (detractors + 0.75) / size) / size;
    }

    /**
     * Returns the number of responses needed for an adjusted-Wald margin of error of
     * {@code marginOfErrorPoints} NPS points: {@code n = z²·Var / (moe / 100)² − 3}, rounded up
     * (MeasuringU; Rocks 2016). With the worst case {@code Var = 1} (half promoters, half
     * detractors), ±5 points at 95 % need 1,534 responses: {@code sampleSizeFor(5, 0.95, 1)}.
     * The margin is in points, as in {@code NpsResult.sampleSizeFor}.
     *
     * @param marginOfErrorPoints the half-width wanted in NPS points, in (0, 200)
     * @param level the confidence level in (0, 1)
     * @param variance the expected {@link #variance(double, double) variance}, in [0, 1]; 1 is
     *     the worst case
     * @return the number of responses, at least 1
     * @throws IllegalArgumentException if a parameter is outside its range, or the margin is so
     *     small that more than 2⁵³ responses would be needed (the message gives the smallest
     *     margin allowed)
     */
    public static long sampleSizeFor(double marginOfErrorPoints, double level, double variance) {
        Proportions.requireMargin("marginOfErrorPoints", marginOfErrorPoints, 200);
        return responses("marginOfErrorPoints", marginOfErrorPoints, 100, level, variance);
    }

    /**
     * Returns the number of responses needed for an adjusted-Wald margin of error given on the
     * −1..+1 scale (0.05 for ±5 points).
     *
     * @param marginOfError the half-width wanted on the −1..+1 scale, in (0, 2)
     * @param level the confidence level in (0, 1)
     * @param variance the expected variance, in [0, 1]
     * @return the number of responses, at least 1
     * @deprecated the margin is a fraction here but in points everywhere else (results'
     *     {@code sampleSizeFor}); use {@link #sampleSizeFor(double, double, double)}, which takes
     *     points: {@code sampleSize(0.05, l, v) == sampleSizeFor(5, l, v)}
     */
    @Deprecated(since = "0.1.0")
    public static long sampleSize(double marginOfError, double level, double variance) {
        Proportions.requireMargin("marginOfError", marginOfError, 2);
        return responses("marginOfError", marginOfError, 1, level, variance);
    }

    private static long responses(String parameter, double margin, double scale, double level,
            double variance) {
        if (!(variance >= 0 && variance <= 1)) {
            throw new IllegalArgumentException("variance must be in [0, 1]: " + variance);
        }
        return Proportions.responsesNeeded(parameter, margin, scale, level, variance, 3);
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
