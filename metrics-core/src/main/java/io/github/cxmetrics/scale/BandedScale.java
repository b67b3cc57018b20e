package io.github.cxmetrics.scale;

import java.util.Arrays;
import java.util.Objects;

/** The scale built by {@link ScoreScaleBuilder}: a band per score, in an array. */
final class BandedScale implements ScoreScale {

    private final String name;
    private final int min;
    private final Direction direction;
    private final Band[] bands;

    BandedScale(String name, int min, Direction direction, Band[] bands) {
        this.name = name;
        this.min = min;
        this.direction = direction;
        this.bands = bands.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int min() {
        return min;
    }

    @Override
    public int max() {
        return min + bands.length - 1;
    }

    @Override
    public Band band(int score) {
        return bands[requireScore(score) - min];
    }

    @Override
    public Direction direction() {
        return direction;
    }

    /** Two built scales are equal when they have the same name, range and bands. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BandedScale other
                && name.equals(other.name)
                && min == other.min
                && direction == other.direction
                && Arrays.equals(bands, other.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, min, direction, Arrays.hashCode(bands));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name).append(" [").append(min).append(", ")
                .append(max()).append("]");
        int start = min;
        for (int score = min; score <= max(); score++) {
            if (score == max() || bands[score + 1 - min] != bands[score - min]) {
                s.append(' ').append(ScoreScaleBuilder.label(bands[score - min])).append(' ')
                        .append(start).append(start == score ? "" : "-" + score);
                start = score + 1;
            }
        }
        return s.toString();
    }
}
