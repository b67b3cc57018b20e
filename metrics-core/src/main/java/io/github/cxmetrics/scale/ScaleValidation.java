package io.github.cxmetrics.scale;

import java.util.Objects;

/** The consistency check of {@link ScoreScale#requireConsistent(ScoreScale)}. */
final class ScaleValidation {

    private ScaleValidation() {}

    static ScoreScale requireConsistent(ScoreScale scale) {
        Objects.requireNonNull(scale, "scale must not be null");
        String name = scale.name();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("scale name must not be blank: '" + name + "'");
        }
        int min = scale.min();
        int max = scale.max();
        if (min > max) {
            throw new IllegalArgumentException(
                    "scale '" + name + "' has an empty range: min " + min + " > max " + max);
        }
        if ((long) max - min + 1 > ScoreScale.MAX_SIZE) {
            throw new IllegalArgumentException("scale '" + name + "' must have at most "
                    + ScoreScale.MAX_SIZE + " scores: " + ((long) max - min + 1));
        }
        if (min == Integer.MIN_VALUE) {
            throw new IllegalArgumentException("scale '" + name
                    + "' must not contain Integer.MIN_VALUE, which marks a missing answer");
        }
        Direction direction = scale.direction();
        if (direction == null) {
            throw new IllegalArgumentException("scale '" + name + "' has no direction");
        }
        boolean negative = false;
        boolean positive = false;
        Band previous = null;
        for (int score = min; score <= max; score++) {
            Band band = scale.band(score);
            if (band == null) {
                throw new IllegalArgumentException(
                        "scale '" + name + "' has no band for score " + score);
            }
            negative |= band == Band.NEGATIVE;
            positive |= band == Band.POSITIVE;
            if (previous != null && outOfOrder(previous, band, direction)) {
                throw new IllegalArgumentException("scale '" + name + "' is " + direction
                        + " but score " + score + " is " + ScoreScaleBuilder.label(band)
                        + " after score " + (score - 1) + " in band "
                        + ScoreScaleBuilder.label(previous));
            }
            previous = band;
        }
        if (!negative || !positive) {
            throw new IllegalArgumentException("scale '" + name
                    + "' needs at least one negative and one positive score");
        }
        return scale;
    }

    private static boolean outOfOrder(Band previous, Band next, Direction direction) {
        int step = next.ordinal() - previous.ordinal();
        return direction == Direction.HIGHER_IS_BETTER ? step < 0 : step > 0;
    }
}
