package io.github.cxmetrics.scale;

import io.github.cxmetrics.internal.Checks;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds a {@link ScoreScale} from its bands. Each band is a contiguous range of scores; the
 * neutral band is optional. The range of the scale is the union of the bands unless
 * {@link #range(int, int)} states it, in which case the bands must cover it exactly. The direction
 * is inferred from where the positive band lies; {@link #direction(Direction)} states it, and is
 * then checked.
 *
 * <p>Each option may be set once. {@link #build()} checks the combination and names what is
 * wrong: an empty range, overlapping bands, a gap, a band outside the range, bands in the wrong
 * order. A builder is not thread-safe; the scale it builds is immutable.
 *
 * <pre>{@code
 * ScoreScale tenPoint = ScoreScale.builder("ten-point")
 *         .range(1, 10).negative(1, 6).neutral(7, 8).positive(9, 10)
 *         .build();
 * }</pre>
 */
public final class ScoreScaleBuilder {

    private final String name;
    private final Map<Band, int[]> bands = new EnumMap<>(Band.class);
    private int[] range;
    private Direction direction;

    ScoreScaleBuilder(String name) {
        this.name = Checks.requireNonBlank(name, "scale name");
    }

    /** States the range of the scale; the bands must then cover exactly {@code [min, max]}. */
    public ScoreScaleBuilder range(int min, int max) {
        if (range != null) {
            throw new IllegalStateException(
                    "range was already set to [" + range[0] + ", " + range[1] + "]");
        }
        requireOrdered("range", min, max);
        range = new int[] {min, max};
        return this;
    }

    /** Sets the negative band (detractors, dissatisfied) to {@code [from, to]}. */
    public ScoreScaleBuilder negative(int from, int to) {
        return band(Band.NEGATIVE, from, to);
    }

    /** Sets the neutral band (passives) to {@code [from, to]}; optional. */
    public ScoreScaleBuilder neutral(int from, int to) {
        return band(Band.NEUTRAL, from, to);
    }

    /** Sets the positive band (promoters, satisfied, the top box) to {@code [from, to]}. */
    public ScoreScaleBuilder positive(int from, int to) {
        return band(Band.POSITIVE, from, to);
    }

    /** States the direction; {@link #build()} checks it against the bands. */
    public ScoreScaleBuilder direction(Direction direction) {
        Checks.requireNonNull(direction, "direction");
        if (this.direction != null) {
            throw new IllegalStateException("direction was already set to " + this.direction);
        }
        this.direction = direction;
        return this;
    }

    private ScoreScaleBuilder band(Band band, int from, int to) {
        String label = label(band);
        int[] previous = bands.get(band);
        if (previous != null) {
            throw new IllegalStateException(
                    label + " band was already set to [" + previous[0] + ", " + previous[1] + "]");
        }
        requireOrdered(label + " band", from, to);
        bands.put(band, new int[] {from, to});
        return this;
    }

    /**
     * Builds the scale.
     *
     * @throws IllegalStateException if the negative or the positive band is missing
     * @throws IllegalArgumentException if the bands overlap, leave a gap, fall outside the stated
     *     range, contradict the stated direction, or the scale has more than
     *     {@link ScoreScale#MAX_SIZE} scores
     */
    public ScoreScale build() {
        for (Band required : new Band[] {Band.NEGATIVE, Band.POSITIVE}) {
            if (!bands.containsKey(required)) {
                throw new IllegalStateException(
                        "scale '" + name + "' needs a " + label(required) + " band");
            }
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Map.Entry<Band, int[]> entry : bands.entrySet()) {
            int[] b = entry.getValue();
            if (range != null && (b[0] < range[0] || b[1] > range[1])) {
                throw new IllegalArgumentException("scale '" + name + "': " + label(entry.getKey())
                        + " band " + show(b) + " is outside the range " + show(range));
            }
            min = Math.min(min, b[0]);
            max = Math.max(max, b[1]);
        }
        if (range != null) {
            min = range[0];
            max = range[1];
        }
        if ((long) max - min + 1 > ScoreScale.MAX_SIZE) {
            throw new IllegalArgumentException("scale '" + name + "' must have at most "
                    + ScoreScale.MAX_SIZE + " scores: " + ((long) max - min + 1));
        }
        Band[] byScore = new Band[max - min + 1];
        for (Map.Entry<Band, int[]> entry : bands.entrySet()) {
            int[] b = entry.getValue();
            for (int score = b[0]; score <= b[1]; score++) {
                Band other = byScore[score - min];
                if (other != null) {
                    throw new IllegalArgumentException("scale '" + name + "': bands overlap: "
                            + label(other) + " " + show(bands.get(other)) + " and "
                            + label(entry.getKey()) + " " + show(b) + " share score " + score);
                }
                byScore[score - min] = entry.getKey();
            }
        }
        for (int i = 0; i < byScore.length; i++) {
            if (byScore[i] == null) {
                throw new IllegalArgumentException("scale '" + name + "': score " + (min + i)
                        + " is in no band; the bands must cover [" + min + ", " + max + "]");
            }
        }
        Direction inferred = bands.get(Band.POSITIVE)[0] > bands.get(Band.NEGATIVE)[0]
                ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        if (direction != null && direction != inferred) {
            throw new IllegalArgumentException("scale '" + name + "': direction " + direction
                    + " contradicts the bands: positive " + show(bands.get(Band.POSITIVE))
                    + ", negative " + show(bands.get(Band.NEGATIVE)));
        }
        return ScaleValidation.requireConsistent(new BandedScale(name, min, inferred, byScore));
    }

    private static void requireOrdered(String what, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException(
                    what + " is empty: " + from + " > " + to);
        }
    }

    private static String show(int[] interval) {
        return "[" + interval[0] + ", " + interval[1] + "]";
    }

    static String label(Band band) {
        return band.name().toLowerCase(java.util.Locale.ROOT);
    }
}
