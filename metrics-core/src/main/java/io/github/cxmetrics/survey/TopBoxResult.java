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
 * comparisons use the adjusted (Agresti–Caffo) two-proportion z-test and its interval of the
 * difference, see {@link #comparedTo}.
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
     * {@code n = z²·p(1−p) / (moe / 100)²}.
     *
     * @param marginOfErrorPoints the half-width wanted in percentage points, in (0, 100): 5 for ±5
     * @param level the confidence level in (0, 1)
     * @throws IllegalArgumentException if a parameter is outside its range, or the margin is so
     *     small that more than 2⁵³ responses would be needed
     */
    public long sampleSizeFor(double marginOfErrorPoints, double level) {
        return Proportions.sampleSizeFor(marginOfErrorPoints, level, share(Band.POSITIVE));
    }

    /**
     * Compares this share with another: the difference {@code this − other} in percentage points,
     * the adjusted (Agresti–Caffo 2000) two-proportion z-test, its two-sided p-value and its
     * interval. The test adds one positive and one other answer to each sample
     * ({@code p̃ = (x + 1) / (n + 2)}):
     * {@code se = 100 × sqrt(p̃₁(1−p̃₁)/(n₁+2) + p̃₂(1−p̃₂)/(n₂+2))},
     * {@code z = (p̃₁ − p̃₂) / se}, interval {@code 100 × (p̃₁ − p̃₂) ± z·se} clipped to
     * [−100, 100], so that the interval leaves out 0 exactly when the test is significant. The
     * standard error is never 0 and tiny samples do not look certain (4 of 4 against 0 of 1:
     * se 31.18 points, p = 0.109, 95 % interval [−11.1, 100]). Newcombe's interval of the
     * difference is {@link Proportions#differenceInterval}.
     *
     * @throws IllegalStateException if either result is empty
     * @throws IllegalArgumentException if the results have different scales or options
     */
    public Comparison comparedTo(TopBoxResult other) {
        requireCompatible(other, "compare");
        return Comparison.ofShares(effectiveCount(Band.POSITIVE), effectiveSampleSize(),
                other.effectiveCount(Band.POSITIVE), other.effectiveSampleSize(), 100);
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
        String invalid = invalidNote(invalid());
        if (isEmpty()) {
            return name + " (empty" + invalid + ")";
        }
        if (weightedCount() == 0) {
            return name + " (undefined: total weight 0, n=" + count() + invalid + ")";
        }
        return String.format(Locale.ROOT, "%s %.1f%% (n=%d: %d positive, %d neutral, %d negative%s)%s",
                name, score(), count(), positive(), neutral(), negative(), invalid,
                isSmallSample() ? " small sample" : "");
    }
}
