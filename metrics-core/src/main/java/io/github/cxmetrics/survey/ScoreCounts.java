package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.scale.ScoreScale;

/**
 * The mutable counters of one distribution: a {@code long} per score and, once a weight other
 * than 1 is seen, a {@code double} weight per score. The one merge path of survey counts:
 * accumulators merge them, and {@link ScoreDistribution#plus} adds results through them. Not
 * thread-safe.
 */
final class ScoreCounts {

    /** Flag of the binary form: the weights per score and Σ w² follow the counts. */
    private static final int WEIGHTED = 1;
    /** Flag of the binary form: the missing answers' weight and Σ w² follow their count. */
    private static final int MISSING_WEIGHTED = 2;

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

    /** Returns mutable counters holding a distribution. */
    static ScoreCounts of(ScoreDistribution d) {
        ScoreCounts c = new ScoreCounts(d.scale());
        long[] counts = d.counts();
        System.arraycopy(counts, 0, c.counts, 0, counts.length);
        if (d.isWeighted()) {
            c.weights = new double[counts.length];
            for (int i = 0; i < counts.length; i++) {
                c.weights[i] = d.weight(i);
            }
            c.weightSquares = d.weightSquares();
        }
        c.missing = d.missing();
        c.missingWeight = d.weightedMissing();
        c.missingWeightSquares = d.missingWeightSquares();
        c.invalid = d.invalid();
        c.duplicates = d.duplicates();
        return c;
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

    /**
     * Records {@code count} scores of one value known to be on the scale, whose weights sum to
     * {@code weight} and their squares to {@code weightSquares}: as {@code count} calls of
     * {@link #add(int, double)}, and still unweighted when the sums are those of weights of 1.
     *
     * @throws ArithmeticException if the count overflows; then nothing is changed
     */
    void add(int score, long count, double weight, double weightSquares) {
        int i = score - min;
        long sum = Checks.addCount(counts[i], count, "count of score " + score);
        if (weights == null) {
            if (weight == count && weightSquares == count) {
                counts[i] = sum;
                return;
            }
            startWeighting();
        }
        counts[i] = sum;
        weights[i] += weight;
        this.weightSquares += weightSquares;
    }

    /** Records {@code count} unanswered questions with the sums of their weights and squares. */
    void addMissing(long count, double weight, double weightSquares) {
        missing = Checks.addCount(missing, count, "missing answers");
        missingWeight += weight;
        missingWeightSquares += weightSquares;
    }

    /** Records {@code count} scores skipped as outside the scale. */
    void addInvalid(long count) {
        invalid = Checks.addCount(invalid, count, "invalid scores");
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

    /** Turns the counts into weights of 1; throws before changing anything if they overflow. */
    private void startWeighting() {
        long total = total();
        double[] ones = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            ones[i] = counts[i];
        }
        weights = ones;
        weightSquares = total;
    }

    private long total() {
        long total = 0;
        for (long c : counts) {
            total = Checks.addCount(total, c, "number of scored responses");
        }
        return total;
    }

    private double squares() {
        return weights == null ? total() : weightSquares;
    }

    /**
     * Adds {@code other}'s counters; {@code other} is unchanged.
     *
     * @throws ArithmeticException if a count overflows; then nothing is changed
     */
    void merge(ScoreCounts other) {
        long[] sums = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            long a = counts[i];
            long b = other.counts[i];
            sums[i] = a + b;
            if (((a ^ sums[i]) & (b ^ sums[i])) < 0) {
                throw Checks.overflow("count of score " + (min + i), a, b);
            }
        }
        long newMissing = Checks.addCount(missing, other.missing, "missing answers");
        long newInvalid = Checks.addCount(invalid, other.invalid, "invalid scores");
        long newDuplicates = Checks.addCount(duplicates, other.duplicates, "duplicate answers");
        double otherSquares = weights != null || other.weights != null ? other.squares() : 0;
        if (other.weights != null && weights == null) {
            startWeighting();
        }
        if (weights != null) {
            weightSquares += otherSquares;
            for (int i = 0; i < counts.length; i++) {
                weights[i] += other.weights == null ? other.counts[i] : other.weights[i];
            }
        }
        System.arraycopy(sums, 0, counts, 0, sums.length);
        missing = newMissing;
        missingWeight += other.missingWeight;
        missingWeightSquares += other.missingWeightSquares;
        invalid = newInvalid;
        duplicates = newDuplicates;
    }

    /** Returns a copy. */
    ScoreCounts copy() {
        ScoreCounts copy = new ScoreCounts(scale);
        copy.merge(this);
        return copy;
    }

    ScoreDistribution snapshot() {
        return new ScoreDistribution(scale, counts.clone(),
                weights == null ? null : weights.clone(), squares(), missing, missingWeight,
                missingWeightSquares, invalid, duplicates);
    }

    /**
     * Writes the counters: a flags byte, a varint count per score, the weights and Σ w² when
     * weighted, the missing count (with its weights when they are not all 1), the invalid and
     * duplicate counts.
     */
    void writeTo(StateWriter out) {
        boolean missingWeighted = missingWeight != missing || missingWeightSquares != missing;
        out.writeByte((weights != null ? WEIGHTED : 0) | (missingWeighted ? MISSING_WEIGHTED : 0));
        for (long c : counts) {
            out.writeCount(c);
        }
        if (weights != null) {
            for (double w : weights) {
                out.writeDouble(w);
            }
            out.writeDouble(weightSquares);
        }
        out.writeCount(missing);
        if (missingWeighted) {
            out.writeDouble(missingWeight);
            out.writeDouble(missingWeightSquares);
        }
        out.writeCount(invalid);
        out.writeCount(duplicates);
    }

    /** Reads counters written by {@link #writeTo} on {@code scale}, checking every value. */
    static ScoreCounts read(ScoreScale scale, StateReader in) {
        ScoreCounts c = new ScoreCounts(scale);
        int flags = in.readByte();
        if ((flags & ~(WEIGHTED | MISSING_WEIGHTED)) != 0) {
            throw in.malformed("unknown flags " + flags);
        }
        long total = 0;
        for (int i = 0; i < c.counts.length; i++) {
            c.counts[i] = in.readCount("count of score " + (c.min + i));
            total = Checks.addCount(total, c.counts[i], "number of scored responses");
        }
        if ((flags & WEIGHTED) != 0) {
            c.weights = new double[c.counts.length];
            for (int i = 0; i < c.counts.length; i++) {
                c.weights[i] = in.readNonNegativeDouble("weight of score " + (c.min + i));
                if (c.counts[i] == 0 && c.weights[i] != 0) {
                    throw in.malformed("score " + (c.min + i) + " has weight " + c.weights[i]
                            + " but no responses");
                }
            }
            c.weightSquares = in.readNonNegativeDouble("sum of squared weights");
        }
        c.missing = in.readCount("missing answers");
        if ((flags & MISSING_WEIGHTED) != 0) {
            c.missingWeight = in.readNonNegativeDouble("weight of missing answers");
            c.missingWeightSquares = in.readNonNegativeDouble("squared weights of missing answers");
            if (c.missing == 0 && (c.missingWeight != 0 || c.missingWeightSquares != 0)) {
                throw in.malformed("missing answers have weight but no count");
            }
        } else {
            c.missingWeight = c.missing;
            c.missingWeightSquares = c.missing;
        }
        c.invalid = in.readCount("invalid scores");
        c.duplicates = in.readCount("duplicate answers");
        return c;
    }
}
