package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import io.github.cxmetrics.stats.NetScores;
import io.github.cxmetrics.stats.Proportion;
import java.util.Locale;

/**
 * The counts per band of a column of scores, with their sum: what {@link ScoreColumns} computes
 * at memory speed from a {@code byte[]} or {@code int[]}. Enough for the net score (NPS), the
 * top-box share and the mean, with their intervals; for the whole distribution (variance of the
 * mean, per-score counts) use a calculator over {@code Response} records. Immutable.
 *
 * <p>Formulas as for {@link NpsResult} and {@link TopBoxResult}:
 * {@code netScore = 100 × (positive − negative) / n}, {@code topBoxScore = 100 × positive / n},
 * {@code mean = sum / n}. 9, 9, 8, 3 on the NPS scale: 2 positive, 1 neutral, 1 negative, net
 * score 25, top-box 50 %, mean 7.25.
 *
 * <p><b>Empty input</b>: {@link #isEmpty()} is true and the scores and intervals throw
 * {@link IllegalStateException}.
 *
 * @param scale the scale of the scores
 * @param negative the number of scores in the negative band
 * @param neutral the number of scores in the neutral band
 * @param positive the number of scores in the positive band
 * @param sum the sum of the valid scores
 * @param invalid the number of scores outside the scale that were skipped (lenient mode)
 */
public record BandCounts(
        ScoreScale scale, long negative, long neutral, long positive, long sum, long invalid) {

    /**
     * Creates band counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public BandCounts {
        Checks.requireNonNull(scale, "scale");
        Checks.requireNonNegative(negative, "negative");
        Checks.requireNonNegative(neutral, "neutral");
        Checks.requireNonNegative(positive, "positive");
        Checks.requireNonNegative(invalid, "invalid");
    }

    /** Returns the number of valid scores. */
    public long count() {
        return negative + neutral + positive;
    }

    /** Returns whether there are no valid scores. */
    public boolean isEmpty() {
        return count() == 0;
    }

    /**
     * Returns the net score {@code 100 × (positive − negative) / n} in [−100, 100]: the NPS on the
     * NPS scale.
     */
    public double netScore() {
        return 100.0 * (positive - negative) / requireCount();
    }

    /** Returns the top-box share {@code 100 × positive / n}, in percent. */
    public double topBoxScore() {
        return 100.0 * positive / requireCount();
    }

    /** Returns the mean score {@code sum / n}. */
    public double mean() {
        return (double) sum / requireCount();
    }

    /** Returns the adjusted-Wald interval of the net score in points (as {@link NpsResult}). */
    public Interval netScoreInterval(double level) {
        return NetScores.interval(positive, negative, requireCount(), level,
                IntervalMethod.ADJUSTED_WALD).scaled(100);
    }

    /** Returns the Wilson interval of the top-box share in percent (as {@link TopBoxResult}). */
    public Interval topBoxInterval(double level) {
        requireCount();
        return Proportion.of(positive, count()).confidenceInterval(level).scaled(100);
    }

    /**
     * Returns the counts of both columns together.
     *
     * @throws IllegalArgumentException if the scales differ
     */
    public BandCounts plus(BandCounts other) {
        if (!scale.equals(other.scale)) {
            throw new IllegalArgumentException("cannot add counts on different scales: "
                    + scale.name() + " and " + other.scale.name());
        }
        return new BandCounts(scale, negative + other.negative, neutral + other.neutral,
                positive + other.positive, sum + other.sum, invalid + other.invalid);
    }

    private long requireCount() {
        long n = count();
        if (n == 0) {
            throw new IllegalStateException("score is undefined for an empty column");
        }
        return n;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d negative, %d neutral, %d positive, sum %d%s",
                scale.name(), negative, neutral, positive, sum,
                invalid > 0 ? ", " + invalid + " invalid" : "");
    }
}
