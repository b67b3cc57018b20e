package io.github.cxmetrics.survey;

import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.Means;

/**
 * What NPS and top-box results share: the distribution, the base {@code n}, the shares of the
 * bands, the mean score, the small-sample flag.
 *
 * <p>The <em>base</em> is the scored responses, plus the unanswered ones when missing answers
 * count in the base ({@link MissingAnswers#COUNT_IN_BASE}). Shares are weighted shares of the
 * base; the effective sample size of the base is {@code (Σ w)² / Σ w²}.
 */
abstract class SurveyResult {

    final ScoreDistribution distribution;
    final ResultPolicy policy;

    SurveyResult(ScoreDistribution distribution, ResultPolicy policy) {
        this.distribution = distribution;
        this.policy = policy;
    }

    /** Returns the distribution of scores, with the missing, invalid and duplicate counts. */
    public ScoreDistribution distribution() {
        return distribution;
    }

    /** Returns the number of responses in the base {@code n}. */
    public long count() {
        return distribution.count() + (policy.missingInBase() ? distribution.missing() : 0);
    }

    /** Returns the number of unanswered responses (in the base or not, by the policy). */
    public long missing() {
        return distribution.missing();
    }

    /** Returns the number of responses skipped because their score was outside the scale (lenient mode). */
    public long invalid() {
        return distribution.invalid();
    }

    /**
     * Returns {@code "; 3 invalid"} when lenient mode skipped answers outside the scale, else
     * {@code ""}: the results' {@code toString} shows what was skipped, so that nothing is lost
     * from view.
     */
    static String invalidNote(long invalid) {
        return invalid > 0 ? "; " + invalid + " invalid" : "";
    }

    /** Returns the number of responses dropped as earlier answers of the same customer. */
    public long duplicates() {
        return distribution.duplicates();
    }


    /** Returns the total weight of the base; {@link #count()} when unweighted. */
    public double weightedCount() {
        return distribution.weightedCount()
                + (policy.missingInBase() ? distribution.weightedMissing() : 0);
    }

    /**
     * Returns the effective sample size of the base, {@code (Σ w)² / Σ w²}; {@link #count()}
     * when unweighted. Intervals and tests use it as their {@code n}.
     */
    public double effectiveSampleSize() {
        double squares = distribution.weightSquares()
                + (policy.missingInBase() ? distribution.missingWeightSquares() : 0);
        double total = weightedCount();
        return squares == 0 ? 0 : total * total / squares;
    }

    /**
     * Returns whether the effective sample size is below the calculator's small-sample threshold
     * (30 by default): the figures are then too uncertain to read without their interval.
     */
    public boolean isSmallSample() {
        return effectiveSampleSize() < policy.smallSampleThreshold();
    }

    /**
     * Returns the weighted mean score of the scored responses, on the scale.
     *
     * @throws IllegalStateException if there are no scored responses
     */
    public double mean() {
        return distribution.mean();
    }

    /**
     * Returns the t-interval of the mean score, {@code mean ± t(n'−1)·sd/sqrt(n')} over the
     * scored responses, limited to the scale's range (a mean cannot leave it).
     *
     * @throws IllegalStateException if the effective sample size is not above 1
     */
    public Interval meanConfidenceInterval(double level) {
        double n = distribution.effectiveSampleSize();
        if (!(n > 1)) {
            throw new IllegalStateException("the t-interval of the mean needs an effective sample"
                    + " size above 1: " + n);
        }
        return Means.tInterval(mean(), distribution.standardDeviation(), n, level)
                .limitedTo(distribution.scale().min(), distribution.scale().max());
    }

    /**
     * Returns the weighted share of a band in the base, in [0, 1].
     *
     * @throws IllegalStateException if the result is empty or its total weight is 0
     */
    double share(Band band) {
        return distribution.weightedCount(band) / requireBase();
    }

    /**
     * Returns the weighted count of a band rescaled to the effective sample size,
     * {@code weightedCount(band) × n' / Σw}: the "successes" of intervals and tests. Without
     * weights the factor is exactly 1, so intervals see the exact counts.
     */
    double effectiveCount(Band band) {
        return distribution.weightedCount(band) * (effectiveSampleSize() / requireBase());
    }

    double requireBase() {
        if (count() == 0) {
            throw new IllegalStateException(
                    policy.metric() + " is undefined for an empty result: no responses in the base");
        }
        double total = weightedCount();
        if (total == 0) {
            throw new IllegalStateException(policy.metric() + " is undefined: the total weight of the "
                    + count() + " responses in the base is 0");
        }
        return total;
    }

    void requireCompatible(SurveyResult other, String operation) {
        java.util.Objects.requireNonNull(other, "other result must not be null");
        if (!distribution.scale().equals(other.distribution.scale())) {
            throw new IllegalArgumentException("cannot " + operation + " results on different scales: "
                    + distribution.scale().name() + " and " + other.distribution.scale().name());
        }
        policy.requireSame(other.policy);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass()
                && distribution.equals(((SurveyResult) o).distribution)
                && policy.equals(((SurveyResult) o).policy);
    }

    @Override
    public int hashCode() {
        return distribution.hashCode() * 31 + policy.hashCode();
    }
}
