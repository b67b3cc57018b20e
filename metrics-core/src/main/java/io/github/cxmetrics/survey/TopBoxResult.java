package io.github.cxmetrics.survey;

import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import io.github.cxmetrics.stats.Normal;
import io.github.cxmetrics.stats.Proportion;
import io.github.cxmetrics.stats.Proportions;
import java.util.Locale;

/**
 * A top-box share, such as CSAT, CSI or CES: the percentage of responses in the positive band of
 * the scale, with counts and statistics. Immutable.
 *
 * <p><b>Formula</b> ({@code METRICS.md} §1): {@code score = 100 × positive / n}; on the
 * five-point scale the positive band is 4–5 (top-2-box). With weights, counts are sums of
 * weights. <b>Range</b>: 0 to 100. Example: 40 answers of 5, 35 of 4, 10 of 3, 10 of 2 and 5 of
 * 1 give {@code 100 × 75 / 100 = 75 %}. On {@link io.github.cxmetrics.scale.ScoreScale#GOOD_BAD}
 * this is Zendesk's {@code good / (good + bad)}; unrated answers are missing answers, excluded by
 * default.
 *
 * <p><b>Statistics</b>: the default interval is Wilson's score interval, see {@link Proportions};
 * comparisons use the two-proportion z-test and Newcombe's interval of the difference.
 *
 * <p><b>Empty input</b>: {@link #isEmpty()} is true, the counts are 0, and {@link #score()}, the
 * shares and the intervals throw {@link IllegalStateException}.
 */
public final class TopBoxResult extends SurveyResult implements MetricResult<TopBoxResult> {

    TopBoxResult(ScoreDistribution distribution, ResultPolicy policy) {
        super(distribution, policy);
    }

    /**
     * Returns the top-box share in percent, in [0, 100].
     *
     * @throws IllegalStateException if the result is empty or has total weight 0
     */
    public double score() {
        return 100 * share(Band.POSITIVE);
    }

    /** Returns the number of responses in the positive band (unweighted). */
    public long positive() {
        return distribution.count(Band.POSITIVE);
    }

    /** Returns the number of responses in the neutral band (unweighted). */
    public long neutral() {
        return distribution.count(Band.NEUTRAL);
    }

    /** Returns the number of responses in the negative band (unweighted). */
    public long negative() {
        return distribution.count(Band.NEGATIVE);
    }

    /** Returns the weighted share of the negative band in the base, in percent. */
    public double negativeShare() {
        return 100 * share(Band.NEGATIVE);
    }

    /** Returns the weighted share of the neutral band in the base, in percent. */
    public double neutralShare() {
        return 100 * share(Band.NEUTRAL);
    }

    /**
     * Returns the Wilson confidence interval of the score in percent.
     *
     * @param level the confidence level in (0, 1), for example 0.95
     * @throws IllegalStateException if the result is empty
     */
    public Interval confidenceInterval(double level) {
        return confidenceInterval(level, IntervalMethod.WILSON);
    }

    /**
     * Returns a confidence interval of the score in percent by any {@link IntervalMethod}, using
     * the effective sample size as {@code n}.
     *
     * @throws IllegalStateException if the result is empty
     */
    public Interval confidenceInterval(double level, IntervalMethod method) {
        requireBase();
        return proportion().confidenceInterval(level, method).scaled(100);
    }

    /**
     * Returns the top-box share as a {@link Proportion} of effective counts: the positive band's
     * weighted count rescaled to the effective sample size, of the effective sample size (the
     * plain counts when unweighted).
     */
    public Proportion proportion() {
        return isEmpty() || weightedCount() == 0 ? Proportion.of(0, 0)
                : Proportion.ofWeighted(effectiveCount(Band.POSITIVE), effectiveSampleSize());
    }

    /**
     * Returns the number of responses needed for a Wald margin of error of
     * {@code marginOfErrorPoints} percentage points at {@code level}, assuming this result's share:
     * {@code n = z²·p(1−p) / moe²}.
     */
    public long sampleSizeFor(double marginOfErrorPoints, double level) {
        return Proportions.sampleSize(marginOfErrorPoints / 100, level, share(Band.POSITIVE));
    }

    /**
     * Compares this share with another: the difference {@code this − other} in percentage points,
     * the two-proportion z-test with pooled standard error and its two-sided p-value, and
     * Newcombe's hybrid score interval of the difference.
     *
     * @throws IllegalStateException if either result is empty
     * @throws IllegalArgumentException if the results have different scales or options
     */
    public Comparison comparedTo(TopBoxResult other) {
        requireCompatible(other, "compare");
        double n1 = effectiveSampleSize();
        double n2 = other.effectiveSampleSize();
        double x1 = effectiveCount(Band.POSITIVE);
        double x2 = other.effectiveCount(Band.POSITIVE);
        double p1 = share(Band.POSITIVE);
        double p2 = other.share(Band.POSITIVE);
        double z = Proportions.zStatistic(x1, n1, x2, n2);
        double se = 100 * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return new Comparison("two-proportion z-test", 100 * (p1 - p2), se, z,
                Normal.twoSidedPValue(z),
                level -> Proportions.differenceInterval(x1, n1, x2, n2, level).scaled(100));
    }

    /**
     * Returns the result of both samples together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if the results have different scales, questions or
     *     options
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    @Override
    public TopBoxResult plus(TopBoxResult other) {
        requireCompatible(other, "add");
        return new TopBoxResult(distribution.plus(other.distribution), policy);
    }

    @Override
    public String toString() {
        String name = policy.metric().toUpperCase(Locale.ROOT);
        if (isEmpty()) {
            return name + " (empty)";
        }
        if (weightedCount() == 0) {
            return name + " (undefined: total weight 0, n=" + count() + ")";
        }
        return String.format(Locale.ROOT, "%s %.1f%% (n=%d: %d positive, %d neutral, %d negative)%s",
                name, score(), count(), positive(), neutral(), negative(),
                isSmallSample() ? " small sample" : "");
    }
}
