package io.github.cxmetrics.scale;

import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScoreScaleProperties {

    /**
     * Scales of 2 to 60 points starting anywhere in [-50, 50], either direction, with or without
     * a neutral band.
     */
    static Gen<ScoreScale> scales() {
        return integers().between(-50, 50).zip(integers().between(1, 20), integers().between(0, 20),
                integers().between(1, 20), arbitrary().enumValues(Direction.class),
                ScoreScaleProperties::scale);
    }

    private static ScoreScale scale(int min, int negative, int neutral, int positive,
            Direction direction) {
        ScoreScaleBuilder b = ScoreScale.builder("generated");
        int low = direction == Direction.HIGHER_IS_BETTER ? negative : positive;
        int high = direction == Direction.HIGHER_IS_BETTER ? positive : negative;
        int a = min + low - 1;
        int c = a + neutral;
        if (direction == Direction.HIGHER_IS_BETTER) {
            b.negative(min, a).positive(c + 1, c + high);
        } else {
            b.positive(min, a).negative(c + 1, c + high);
        }
        if (neutral > 0) {
            b.neutral(a + 1, c);
        }
        return b.build();
    }

    private static Gen<Integer> offsets() {
        return integers().between(0, 100);
    }

    @Test
    void reverse_twice_isTheIdentity() {
        qt().forAll(scales(), offsets()).checkAssert((scale, offset) -> {
            int score = scale.min() + offset % scale.size();
            assertEquals(score, scale.reverse(scale.reverse(score)));
            assertTrue(scale.contains(scale.reverse(score)));
        });
    }

    @Test
    void convert_staysInTheTargetRangeAndKeepsOrder() {
        qt().forAll(scales(), scales(), offsets()).checkAssert((from, to, offset) -> {
            int score = from.min() + offset % from.size();
            double converted = from.convert(score, to);
            assertTrue(converted >= to.min() - 1e-9 && converted <= to.max() + 1e-9);
            if (score < from.max()) {
                double next = from.convert(score + 1, to);
                boolean sameDirection = from.direction() == to.direction();
                assertTrue(sameDirection ? next > converted : next < converted);
            }
        });
    }

    @Test
    void convert_toItself_isTheIdentity() {
        qt().forAll(scales(), offsets()).checkAssert((scale, offset) -> {
            int score = scale.min() + offset % scale.size();
            assertEquals(score, scale.convert(score, scale), 1e-9);
        });
    }

    @Test
    void band_isMonotoneInTheDirection() {
        qt().forAll(scales()).checkAssert(scale -> {
            for (int s = scale.min(); s < scale.max(); s++) {
                int step = scale.band(s + 1).ordinal() - scale.band(s).ordinal();
                assertTrue(scale.direction() == Direction.HIGHER_IS_BETTER ? step >= 0 : step <= 0);
            }
        });
    }
}
