package io.github.cxmetrics.survey;

import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import io.github.cxmetrics.stats.NetScores;
import io.github.cxmetrics.stats.Normal;
import java.util.Locale;

/**
 * A Net Promoter Score with its counts and statistics. Immutable.
 *
 * <p><b>Formula</b> (Reichheld 2003; {@code METRICS.md} §1): {@code NPS = 100 × (P − D) / n}
 * with P promoters (9–10), D detractors (0–6) and n the responses in the base; passives (7–8)
 * count in n only. With weights, P, D and n are sums of weights. <b>Range</b>: −100 (all
 * detractors) to +100 (all promoters). Example: 50 promoters, 30 passives and 20 detractors give
 * {@code 100 × (50 − 20) / 100 = 30}.
 *
 * <p><b>Statistics</b>: each response is +1, 0 or −1, so
 * {@code Var = (p₊ + p₋) − (p₊ − p₋)²} and the standard error is {@code 100 × sqrt(Var / n)};
 * the default interval is the adjusted Wald of Rocks (2016), see {@link NetScores}. The example
 * above has Var = 0.7 − 0.09 = 0.61 and a standard error of 7.81 points.
 *
 * <p><b>Empty input</b>: {@link #isEmpty()} is true, the counts are 0, and {@link #score()},
 * the shares and the intervals throw {@link IllegalStateException} — never a silent 0 or NaN.
 * The same holds when every response in the base has weight 0.
 */
public final class NpsResult extends SurveyResult implements MetricResult<NpsResult> {

    NpsResult(ScoreDistribution distribution, ResultPolicy policy) {
        super(distribution, policy);
    }

    /**
     * Returns the NPS in points, in [−100, 100].
     *
     * @throws IllegalStateException if the result is empty or has total weight 0
     */
    public double score() {
        return 100 * (share(Band.POSITIVE) - share(Band.NEGATIVE));
    }

    /** Returns the number of promoters (unweighted). */
    public long promoters() {
        return distribution.count(Band.POSITIVE);
    }

    /** Returns the number of passives (unweighted). */
    public long passives() {
        return distribution.count(Band.NEUTRAL);
    }

    /** Returns the number of detractors (unweighted). */
    public long detractors() {
        return distribution.count(Band.NEGATIVE);
    }

    /** Returns the weighted share of promoters in the base, in percent. */
    public double promoterShare() {
        return 100 * share(Band.POSITIVE);
    }

    /** Returns the weighted share of passives in the base, in percent. */
    public double passiveShare() {
        return 100 * share(Band.NEUTRAL);
    }

    /** Returns the weighted share of detractors in the base, in percent. */
    public double detractorShare() {
        return 100 * share(Band.NEGATIVE);
    }

    /**
     * Returns {@code Var = (p₊ + p₋) − (p₊ − p₋)²}, the variance of one response on the −1..+1
     * scale, in [0, 1].
     */
    public double variance() {
        return NetScores.variance(share(Band.POSITIVE), share(Band.NEGATIVE));
    }

    /** Returns the standard error of the score in points, {@code 100 × sqrt(Var / n')}. */
    public double standardError() {
        return 100 * Math.sqrt(variance() / effectiveSampleSize());
    }

    /**
     * Returns the adjusted-Wald confidence interval of the score in points (Rocks 2016).
     *
     * @param level the confidence level in (0, 1), for example 0.95
     * @throws IllegalStateException if the result is empty
     */
    public Interval confidenceInterval(double level) {
        return confidenceInterval(level, IntervalMethod.ADJUSTED_WALD);
    }

    /**
     * Returns a confidence interval of the score in points by {@link IntervalMethod#ADJUSTED_WALD}
     * or {@link IntervalMethod#WALD}, using the effective sample size as {@code n}.
     *
     * @throws IllegalArgumentException for {@link IntervalMethod#WILSON}
     * @throws IllegalStateException if the result is empty
     */
    public Interval confidenceInterval(double level, IntervalMethod method) {
        return NetScores.interval(effectiveCount(Band.POSITIVE), effectiveCount(Band.NEGATIVE),
                effectiveSampleSize(), level, method).scaled(100);
    }

    /**
     * Returns the adjusted estimate in points, {@code 100 × (P + ¾ − D − ¾) / (n + 3)}, the centre
     * of the adjusted-Wald interval.
     */
    public double adjustedScore() {
        return 100 * NetScores.adjustedEstimate(effectiveCount(Band.POSITIVE),
                effectiveCount(Band.NEGATIVE), effectiveSampleSize());
    }

    /**
     * Returns the number of responses a survey needs for an adjusted-Wald margin of error of
     * {@code marginOfErrorPoints} at {@code level}, assuming this result's variance:
     * {@code n = z²·Var / (moe / 100)² − 3}. See {@link NetScores#sampleSizeFor} for the worst
     * case.
     *
     * @param marginOfErrorPoints the half-width wanted in NPS points, in (0, 200): 5 for ±5
     * @param level the confidence level in (0, 1)
     * @throws IllegalArgumentException if a parameter is outside its range, or the margin is so
     *     small that more than 2⁵³ responses would be needed
     */
    public long sampleSizeFor(double marginOfErrorPoints, double level) {
        return NetScores.sampleSizeFor(marginOfErrorPoints, level, variance());
    }

    /**
     * Compares this score with another: the difference {@code this − other} in points, and the
     * adjusted-Wald z-test of it (Rocks 2016; MeasuringU's test of two NPS). Each result is
     * adjusted as for its interval ({@code n' = n + 3}, ¾ added to promoters and to detractors);
     * {@code se = 100 × sqrt(Var₁'/n₁' + Var₂'/n₂')},
     * {@code z = (adjustedScore₁ − adjustedScore₂) / se}, a two-sided p-value, and the interval
     * {@code (adjustedScore₁ − adjustedScore₂) ± z·se}, clipped to [−200, 200]. The adjustment
     * keeps tiny samples from looking certain: {10, 9} against {7} is a change of 100 points with
     * se 44.92 and p = 0.373, not se 0 and p &lt; 0.001.
     *
     * @throws IllegalStateException if either result is empty
     * @throws IllegalArgumentException if the results have different scales or options
     */
    public Comparison comparedTo(NpsResult other) {
        requireCompatible(other, "compare");
        double difference = score() - other.score();
        double p1 = effectiveCount(Band.POSITIVE);
        double d1 = effectiveCount(Band.NEGATIVE);
        double n1 = effectiveSampleSize();
        double p2 = other.effectiveCount(Band.POSITIVE);
        double d2 = other.effectiveCount(Band.NEGATIVE);
        double n2 = other.effectiveSampleSize();
        double se = 100 * NetScores.differenceStandardError(p1, d1, n1, p2, d2, n2);
        double z = (adjustedScore() - other.adjustedScore()) / se;
        return new Comparison("nps z-test", difference, se, z, Normal.twoSidedPValue(z),
                level -> NetScores.differenceInterval(p1, d1, n1, p2, d2, n2, level).scaled(100));
    }

    /**
     * Returns the result of both samples together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if the results have different scales, questions or
     *     options
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    @Override
    public NpsResult plus(NpsResult other) {
        requireCompatible(other, "add");
        return new NpsResult(distribution.plus(other.distribution), policy);
    }

    @Override
    public String toString() {
        String invalid = invalidNote(invalid());
        if (isEmpty()) {
            return "NPS (empty" + invalid + ")";
        }
        if (weightedCount() == 0) {
            return "NPS (undefined: total weight 0, n=" + count() + invalid + ")";
        }
        return String.format(Locale.ROOT, "NPS %.1f (n=%d: %d promoters, %d passives, %d detractors%s)%s",
                score(), count(), promoters(), passives(), detractors(), invalid,
                isSmallSample() ? " small sample" : "");
    }
}
