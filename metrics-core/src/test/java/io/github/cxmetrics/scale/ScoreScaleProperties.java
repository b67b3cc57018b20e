package io.github.cxmetrics.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScoreScaleProperties {

    @Provide
    Arbitrary<ScoreScale> scales() {
        return Combinators.combine(
                        Arbitraries.integers().between(-50, 50),
                        Arbitraries.integers().between(1, 20),
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.integers().between(1, 20),
                        Arbitraries.of(Direction.values()))
                .as((min, negative, neutral, positive, direction) -> {
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
                });
    }

    @Property
    void reverse_twice_isTheIdentity(@ForAll("scales") ScoreScale scale,
            @ForAll @IntRange(min = 0, max = 100) int offset) {
        int score = scale.min() + offset % scale.size();
        assertEquals(score, scale.reverse(scale.reverse(score)));
        assertTrue(scale.contains(scale.reverse(score)));
    }

    @Property
    void convert_staysInTheTargetRangeAndKeepsOrder(@ForAll("scales") ScoreScale from,
            @ForAll("scales") ScoreScale to, @ForAll @IntRange(min = 0, max = 100) int offset) {
        int score = from.min() + offset % from.size();
        double converted = from.convert(score, to);
        assertTrue(converted >= to.min() - 1e-9 && converted <= to.max() + 1e-9);
        if (score < from.max()) {
            double next = from.convert(score + 1, to);
            boolean sameDirection = from.direction() == to.direction();
            assertTrue(sameDirection ? next > converted : next < converted);
        }
    }

    @Property
    void convert_toItself_isTheIdentity(@ForAll("scales") ScoreScale scale,
            @ForAll @IntRange(min = 0, max = 100) int offset) {
        int score = scale.min() + offset % scale.size();
        assertEquals(score, scale.convert(score, scale), 1e-9);
    }

    @Property
    void band_isMonotoneInTheDirection(@ForAll("scales") ScoreScale scale) {
        for (int s = scale.min(); s < scale.max(); s++) {
            int step = scale.band(s + 1).ordinal() - scale.band(s).ordinal();
            assertTrue(scale.direction() == Direction.HIGHER_IS_BETTER ? step >= 0 : step <= 0);
        }
    }
}
