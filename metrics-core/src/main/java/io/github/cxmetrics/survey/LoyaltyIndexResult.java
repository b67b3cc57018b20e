package io.github.cxmetrics.survey;

import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.Means;
import io.github.cxmetrics.stats.Normal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Customer Loyalty Index: the mean of all answers to several loyalty questions, after reverse
 * coding the questions where a high answer means low loyalty. Immutable.
 *
 * <p><b>Formula</b> ({@code METRICS.md} §1): {@code CLI = Σ wᵢ·sᵢ / Σ wᵢ} over every answer to
 * every question, each answer counted once (pooled), where {@code sᵢ} is the score, or
 * {@code min + max − score} for a reverse-coded question (on 0–10, {@code 10 − x}). The usual
 * questions are: would you recommend us; will you keep buying; will you buy our other products;
 * would you buy the same from another company (reverse-coded). <b>Range</b>: the scale's range,
 * 0–10 by default. Example: one customer answering 9, 8, 6 and 2 (reverse-coded to 8) has
 * {@code (9 + 8 + 6 + 8) / 4 = 7.75}.
 *
 * <p><b>Statistics</b>: a t-interval of the mean over the pooled answers, and Welch's t-test for
 * comparisons. Answers of one customer to several questions are correlated, so the interval is
 * somewhat narrower than it should be when customers answer all questions.
 *
 * <p><b>Empty input</b>: {@link #isEmpty()} is true and {@link #score()} throws
 * {@link IllegalStateException}.
 */
public final class LoyaltyIndexResult implements MetricResult<LoyaltyIndexResult> {

    private final Map<String, ScoreDistribution> byQuestion;
    private final ScoreDistribution pooled;
    private final Set<String> reverseCoded;
    private final ResultPolicy policy;

    LoyaltyIndexResult(Map<String, ScoreDistribution> byQuestion, ScoreDistribution empty,
            Set<String> reverseCoded, ResultPolicy policy) {
        this.byQuestion = Collections.unmodifiableMap(new TreeMap<>(byQuestion));
        ScoreDistribution sum = empty;
        for (ScoreDistribution d : this.byQuestion.values()) {
            sum = sum.plus(d);
        }
        this.pooled = sum;
        this.reverseCoded = reverseCoded;
        this.policy = policy;
    }

    /**
     * Returns the index: the weighted mean of all answers after reverse coding, on the scale.
     *
     * @throws IllegalStateException if there are no scored answers or their total weight is 0
     */
    public double score() {
        if (pooled.isEmpty()) {
            throw new IllegalStateException(
                    policy.metric() + " is undefined for an empty result: no scored answers");
        }
        return pooled.mean();
    }

    /** Returns the number of scored answers over all questions. */
    @Override
    public long count() {
        return pooled.count();
    }


    /** Returns the number of unanswered questions. */
    public long missing() {
        return pooled.missing();
    }

    /** Returns the number of answers skipped because their score was outside the scale (lenient mode). */
    public long invalid() {
        return pooled.invalid();
    }

    /** Returns the number of answers dropped as earlier answers of the same customer. */
    public long duplicates() {
        return pooled.duplicates();
    }

    /** Returns the pooled distribution of all answers, after reverse coding. */
    public ScoreDistribution distribution() {
        return pooled;
    }

    /**
     * Returns the distribution of each question's answers, after reverse coding, sorted by
     * question.
     */
    public Map<String, ScoreDistribution> byQuestion() {
        return byQuestion;
    }

    /** Returns the mean answer to one question, after reverse coding. */
    public double questionMean(String question) {
        Objects.requireNonNull(question, "question must not be null");
        ScoreDistribution d = byQuestion.get(question);
        if (d == null || d.isEmpty()) {
            throw new IllegalStateException("no scored answers to question '" + question + "'");
        }
        return d.mean();
    }

    /** Returns the questions whose answers were reverse-coded. */
    public Set<String> reverseCoded() {
        return reverseCoded;
    }

    /** Returns the effective sample size of the pooled answers. */
    public double effectiveSampleSize() {
        return pooled.effectiveSampleSize();
    }

    /** Returns whether the effective sample size is below the small-sample threshold. */
    public boolean isSmallSample() {
        return effectiveSampleSize() < policy.smallSampleThreshold();
    }

    /** Returns the standard error of the index, {@code sd / sqrt(n')}. */
    public double standardError() {
        return pooled.standardDeviation() / Math.sqrt(effectiveSampleSize());
    }

    /**
     * Returns the t-interval of the index, {@code mean ± t(n'−1)·sd/sqrt(n')}, limited to the
     * scale's range (0–10 by default), which the index cannot leave.
     *
     * @throws IllegalStateException if the effective sample size is not above 1
     */
    public Interval confidenceInterval(double level) {
        double n = effectiveSampleSize();
        if (!(n > 1)) {
            throw new IllegalStateException(
                    "the interval of " + policy.metric() + " needs an effective sample size above 1: " + n);
        }
        return Means.tInterval(score(), pooled.standardDeviation(), n, level)
                .limitedTo(pooled.scale().min(), pooled.scale().max());
    }

    /**
     * Compares this index with another by Welch's t-test: the difference {@code this − other} in
     * scale points, {@code t = difference / sqrt(s₁²/n₁ + s₂²/n₂)} with Welch–Satterthwaite
     * degrees of freedom, a two-sided p-value and the interval {@code difference ± t(df)·se}.
     *
     * @throws IllegalStateException if either result has an effective sample size not above 1
     * @throws IllegalArgumentException if the results have different scales or options
     */
    public Comparison comparedTo(LoyaltyIndexResult other) {
        requireCompatible(other, "compare");
        double n1 = effectiveSampleSize();
        double n2 = other.effectiveSampleSize();
        if (!(n1 > 1 && n2 > 1)) {
            throw new IllegalStateException("comparing " + policy.metric()
                    + " needs effective sample sizes above 1: " + n1 + " and " + n2);
        }
        return Comparison.ofMeans(score(), pooled.standardDeviation(), n1,
                other.score(), other.pooled.standardDeviation(), n2);
    }

    /**
     * Returns the result of both samples together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if the results have different scales, questions or
     *     options
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    @Override
    public LoyaltyIndexResult plus(LoyaltyIndexResult other) {
        requireCompatible(other, "add");
        Map<String, ScoreDistribution> sum = new TreeMap<>(byQuestion);
        other.byQuestion.forEach((question, d) -> sum.merge(question, d, ScoreDistribution::plus));
        ScoreDistribution empty = ScoreDistribution.ofCounts(pooled.scale(), new long[pooled.scale().size()]);
        return new LoyaltyIndexResult(sum, empty, reverseCoded, policy);
    }

    private void requireCompatible(LoyaltyIndexResult other, String operation) {
        Objects.requireNonNull(other, "other result must not be null");
        if (!pooled.scale().equals(other.pooled.scale())) {
            throw new IllegalArgumentException("cannot " + operation + " results on different scales: "
                    + pooled.scale().name() + " and " + other.pooled.scale().name());
        }
        policy.requireSame(other.policy);
        if (!reverseCoded.equals(other.reverseCoded)) {
            throw new IllegalArgumentException("cannot " + operation
                    + " results with different reverse-coded questions: " + reverseCoded + " and "
                    + other.reverseCoded);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoyaltyIndexResult other && byQuestion.equals(other.byQuestion)
                && reverseCoded.equals(other.reverseCoded) && policy.equals(other.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byQuestion, reverseCoded, policy);
    }

    @Override
    public String toString() {
        String invalid = SurveyResult.invalidNote(invalid());
        if (isEmpty()) {
            return "CLI (empty" + invalid + ")";
        }
        return String.format(Locale.ROOT, "CLI %.2f (n=%d answers to %d questions%s)%s", score(),
                count(), byQuestion.size(), invalid, isSmallSample() ? " small sample" : "");
    }
}
