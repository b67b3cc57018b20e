package io.github.cxmetrics.survey;

import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.scale.ScoreScale;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The distribution of scores behind a survey result: a count (and, for weighted responses, a
 * weight) per score of the scale, plus the responses that were missing, out of the scale
 * (skipped in lenient mode) or dropped as duplicates. Immutable.
 *
 * <p>Counts are exact {@code long}s; weights are sums of {@code double}s, exact when the weights
 * are multiples of a power of two (such as 0.5 or 1.25) and otherwise subject to ordinary
 * floating-point rounding. A distribution is <em>weighted</em> once any response had a weight
 * other than 1; otherwise every weighted figure equals the count.
 *
 * <p>The mean and variance are of the scored responses:
 * {@code mean = Σ wᵢ·sᵢ / Σ wᵢ} and
 * {@code variance = (Σ wᵢ(sᵢ − mean)² / Σ wᵢ) · n' / (n' − 1)} with the effective sample size
 * {@code n' = (Σ wᵢ)² / Σ wᵢ²} (Kish); without weights these are the ordinary sample mean and
 * variance with divisor {@code n − 1}.
 */
public final class ScoreDistribution {

    private final ScoreScale scale;
    private final long[] counts;
    private final double[] weights;
    private final double weightSquares;
    private final long missing;
    private final double missingWeight;
    private final double missingWeightSquares;
    private final long invalid;
    private final long duplicates;
    private final long total;

    ScoreDistribution(ScoreScale scale, long[] counts, double[] weights, double weightSquares,
            long missing, double missingWeight, double missingWeightSquares, long invalid,
            long duplicates) {
        this.scale = scale;
        this.counts = counts;
        this.weights = weights;
        this.weightSquares = weightSquares;
        this.missing = missing;
        this.missingWeight = missingWeight;
        this.missingWeightSquares = missingWeightSquares;
        this.invalid = invalid;
        this.duplicates = duplicates;
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        this.total = sum;
    }

    /**
     * Returns an unweighted distribution with the given count per score, starting at the scale's
     * minimum; handy for tests and for counts computed elsewhere.
     *
     * @param scale the scale
     * @param countsPerScore one count per score of the scale, {@code >= 0}
     * @throws IllegalArgumentException if the number of counts is not the scale's size or a count
     *     is negative
     */
    public static ScoreDistribution ofCounts(ScoreScale scale, long... countsPerScore) {
        ScoreScale.requireConsistent(scale);
        if (countsPerScore.length != scale.size()) {
            throw new IllegalArgumentException("counts must have one entry per score of '"
                    + scale.name() + "' (" + scale.size() + "): " + countsPerScore.length);
        }
        long total = 0;
        for (long count : countsPerScore) {
            if (count < 0) {
                throw new IllegalArgumentException("counts must be >= 0: " + count);
            }
            total += count;
        }
        return new ScoreDistribution(scale, countsPerScore.clone(), null, total, 0, 0, 0, 0, 0);
    }

    /** Returns the scale of the scores. */
    public ScoreScale scale() {
        return scale;
    }

    /** Returns the number of scored responses on the scale. */
    public long count() {
        return total;
    }

    /**
     * Returns the number of responses with the given score.
     *
     * @throws IllegalArgumentException if the score is outside the scale
     */
    public long count(int score) {
        return counts[scale.requireScore(score) - scale.min()];
    }

    /** Returns the number of responses whose score is in {@code band}. */
    public long count(Band band) {
        Objects.requireNonNull(band, "band must not be null");
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (scale.band(scale.min() + i) == band) {
                total += counts[i];
            }
        }
        return total;
    }

    /** Returns the total weight of the scored responses; {@link #count()} when unweighted. */
    public double weightedCount() {
        if (weights == null) {
            return count();
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }

    /** Returns the total weight of the responses with the given score. */
    public double weightedCount(int score) {
        int i = scale.requireScore(score) - scale.min();
        return weights == null ? counts[i] : weights[i];
    }

    /** Returns the total weight of the responses whose score is in {@code band}. */
    public double weightedCount(Band band) {
        Objects.requireNonNull(band, "band must not be null");
        double total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (scale.band(scale.min() + i) == band) {
                total += weights == null ? counts[i] : weights[i];
            }
        }
        return total;
    }

    /** Returns {@code Σ wᵢ²} over the scored responses; {@link #count()} when unweighted. */
    public double weightSquares() {
        return weightSquares;
    }

    /** Returns whether any response had a weight other than 1. */
    public boolean isWeighted() {
        return weights != null;
    }

    /**
     * Returns the effective sample size of the scored responses,
     * {@code (Σ wᵢ)² / Σ wᵢ²} (Kish 1965); {@link #count()} when unweighted, 0 when empty.
     */
    public double effectiveSampleSize() {
        if (weights == null) {
            return count();
        }
        return weightSquares == 0 ? 0 : weightedCount() * weightedCount() / weightSquares;
    }

    /** Returns the number of responses without a score. */
    public long missing() {
        return missing;
    }

    /** Returns the total weight of the responses without a score. */
    public double weightedMissing() {
        return missingWeight;
    }

    /** Returns {@code Σ wᵢ²} over the responses without a score. */
    public double missingWeightSquares() {
        return missingWeightSquares;
    }

    /** Returns the number of responses skipped because their score was outside the scale (lenient mode). */
    public long invalid() {
        return invalid;
    }

    /** Returns the number of responses dropped because a later answer of the same customer replaced them. */
    public long duplicates() {
        return duplicates;
    }

    /** Returns whether there are no scored responses. */
    public boolean isEmpty() {
        return count() == 0;
    }

    /**
     * Returns the weighted mean score, {@code Σ wᵢ·sᵢ / Σ wᵢ}.
     *
     * @throws IllegalStateException if there are no scored responses or their total weight is 0
     */
    public double mean() {
        double total = requireWeight("mean score");
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += weight(i) * (scale.min() + i);
        }
        return sum / total;
    }

    /**
     * Returns the sample variance of the scores (see the class description).
     *
     * @throws IllegalStateException if the effective sample size is not above 1
     */
    public double variance() {
        double total = requireWeight("variance");
        double n = effectiveSampleSize();
        if (!(n > 1)) {
            throw new IllegalStateException(
                    "variance needs an effective sample size above 1: " + n);
        }
        double mean = mean();
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            double d = scale.min() + i - mean;
            sum += weight(i) * d * d;
        }
        return sum / total * n / (n - 1);
    }

    /** Returns {@code sqrt(variance())}. */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /**
     * Returns the counts per score, in score order, as an unmodifiable map; scores without
     * responses are included with 0.
     */
    public Map<Integer, Long> asMap() {
        Map<Integer, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put(scale.min() + i, counts[i]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Returns a copy of the counts per score, index 0 being the scale's minimum. */
    public long[] counts() {
        return counts.clone();
    }

    /**
     * Returns the distribution of both samples together; exact for counts.
     *
     * @throws IllegalArgumentException if the scales differ
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    public ScoreDistribution plus(ScoreDistribution other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!scale.equals(other.scale)) {
            throw new IllegalArgumentException("cannot add distributions on different scales: "
                    + scale.name() + " and " + other.scale.name());
        }
        ScoreCounts sum = ScoreCounts.of(this);
        sum.merge(ScoreCounts.of(other));
        return sum.snapshot();
    }

    double weight(int index) {
        return weights == null ? counts[index] : weights[index];
    }

    private double requireWeight(String what) {
        if (isEmpty()) {
            throw new IllegalStateException(what + " is undefined for an empty distribution");
        }
        double total = weightedCount();
        if (total == 0) {
            throw new IllegalStateException(
                    what + " is undefined: the total weight of the " + count() + " responses is 0");
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreDistribution other
                && scale.equals(other.scale)
                && Arrays.equals(counts, other.counts)
                && Arrays.equals(weights, other.weights)
                && weightSquares == other.weightSquares
                && missing == other.missing
                && missingWeight == other.missingWeight
                && missingWeightSquares == other.missingWeightSquares
                && invalid == other.invalid
                && duplicates == other.duplicates;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, Arrays.hashCode(counts), Arrays.hashCode(weights), missing,
                invalid, duplicates);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < counts.length; i++) {
            s.append(i == 0 ? "" : ", ").append(scale.min() + i).append('=').append(counts[i]);
        }
        s.append('}');
        if (missing > 0) {
            s.append(" missing=").append(missing);
        }
        if (invalid > 0) {
            s.append(" invalid=").append(invalid);
        }
        if (duplicates > 0) {
            s.append(" duplicates=").append(duplicates);
        }
        return s.toString();
    }
}
