package io.github.cxmetrics.survey;

import io.github.cxmetrics.scale.ScoreScale;

/**
 * The mutable counters of one distribution: a {@code long} per score and, once a weight other
 * than 1 is seen, a {@code double} weight per score. Not thread-safe.
 */
final class ScoreCounts {

    private final ScoreScale scale;
    private final int min;
    private final long[] counts;
    /** Null while every weight seen was 1; then each weight equals its count. */
    private double[] weights;
    /** Σ w² once weighting started; until then it equals the count. */
    private double weightSquares;
    private long missing;
    private double missingWeight;
    private double missingWeightSquares;
    private long invalid;
    private long duplicates;

    ScoreCounts(ScoreScale scale) {
        this.scale = scale;
        this.min = scale.min();
        this.counts = new long[scale.size()];
    }

    /** Records a score known to be on the scale. */
    void add(int score, double weight) {
        int i = score - min;
        if (weights == null) {
            if (weight == 1.0) {
                // The common case: no weights to track, one increment.
                counts[i]++;
                return;
            }
            startWeighting();
        }
        counts[i]++;
        weights[i] += weight;
        weightSquares += weight * weight;
    }

    /** Returns whether {@code score} lies on the scale; cheaper than the scale's own check. */
    boolean fits(int score) {
        return Integer.compareUnsigned(score - min, counts.length) < 0;
    }

    void addMissing(double weight) {
        missing++;
        missingWeight += weight;
        missingWeightSquares += weight * weight;
    }

    void addInvalid() {
        invalid++;
    }

    void addDuplicate() {
        duplicates++;
    }

    private void startWeighting() {
        weights = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            weights[i] = counts[i];
        }
        weightSquares = total();
    }

    private long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    private double squares() {
        return weights == null ? total() : weightSquares;
    }

    void merge(ScoreCounts other) {
        if (other.weights != null && weights == null) {
            startWeighting();
        }
        if (weights != null) {
            weightSquares += other.squares();
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
            if (weights != null) {
                weights[i] += other.weights == null ? other.counts[i] : other.weights[i];
            }
        }
        missing += other.missing;
        missingWeight += other.missingWeight;
        missingWeightSquares += other.missingWeightSquares;
        invalid += other.invalid;
        duplicates += other.duplicates;
    }

    long invalid() {
        return invalid;
    }

    ScoreDistribution snapshot() {
        return new ScoreDistribution(scale, counts.clone(),
                weights == null ? null : weights.clone(), squares(), missing, missingWeight,
                missingWeightSquares, invalid, duplicates);
    }
}
