package io.github.cxmetrics.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The consistency check of scales implemented outside the builder, rule by rule, with the exact
 * message of each refusal; and the equality of built scales.
 */
class ScaleValidationTest {

    /** A scale implemented by hand, as a user may. */
    record Hand(String name, int min, int max, Direction direction, IntFunction<Band> bands)
            implements ScoreScale {
        @Override
        public Band band(int score) {
            return bands.apply(score);
        }
    }

    private static final IntFunction<Band> LOW_BAD = s -> s <= 2 ? Band.NEGATIVE
            : s == 3 ? Band.NEUTRAL : Band.POSITIVE;

    private static String refused(ScoreScale scale) {
        return assertThrows(IllegalArgumentException.class,
                () -> ScoreScale.requireConsistent(scale)).getMessage();
    }

    @Test
    void aConsistentScale_isReturnedAsItIs() {
        ScoreScale scale = new Hand("five", 1, 5, Direction.HIGHER_IS_BETTER, LOW_BAD);
        assertSame(scale, ScoreScale.requireConsistent(scale));
        ScoreScale effort = new Hand("effort", 1, 5, Direction.LOWER_IS_BETTER,
                s -> s <= 2 ? Band.POSITIVE : s == 3 ? Band.NEUTRAL : Band.NEGATIVE);
        assertSame(effort, ScoreScale.requireConsistent(effort));
        // two points, no neutral band; the largest size allowed
        ScoreScale two = new Hand("two", 0, 1, Direction.HIGHER_IS_BETTER,
                s -> s == 0 ? Band.NEGATIVE : Band.POSITIVE);
        assertSame(two, ScoreScale.requireConsistent(two));
        ScoreScale widest = new Hand("widest", 0, ScoreScale.MAX_SIZE - 1,
                Direction.HIGHER_IS_BETTER, s -> s < 500 ? Band.NEGATIVE : Band.POSITIVE);
        assertSame(widest, ScoreScale.requireConsistent(widest));
    }

    @Test
    void namesAndRanges_areChecked() {
        assertEquals("scale must not be null", assertThrows(NullPointerException.class,
                () -> ScoreScale.requireConsistent(null)).getMessage());
        assertEquals("scale name must not be blank: ' '",
                refused(new Hand(" ", 1, 5, Direction.HIGHER_IS_BETTER, LOW_BAD)));
        assertEquals("scale name must not be blank: 'null'",
                refused(new Hand(null, 1, 5, Direction.HIGHER_IS_BETTER, LOW_BAD)));
        assertEquals("scale 'x' must have at most 1001 scores: 1002", refused(new Hand("x", 0,
                ScoreScale.MAX_SIZE, Direction.HIGHER_IS_BETTER, s -> s < 9 ? Band.NEGATIVE : Band.POSITIVE)));
        assertEquals("scale 'x' must have at most 1001 scores: 4294967295", refused(new Hand("x",
                Integer.MIN_VALUE + 1, Integer.MAX_VALUE, Direction.HIGHER_IS_BETTER, LOW_BAD)));
        assertEquals("scale 'x' must not contain Integer.MIN_VALUE, which marks a missing answer",
                refused(new Hand("x", Integer.MIN_VALUE, Integer.MIN_VALUE + 3,
                        Direction.HIGHER_IS_BETTER, s -> s < 0 ? Band.NEGATIVE : Band.POSITIVE)));
        assertEquals("scale 'x' has no direction", refused(new Hand("x", 1, 5, null, LOW_BAD)));
        assertEquals("scale 'one' needs at least one negative and one positive score",
                refused(new Hand("one", 3, 3, Direction.HIGHER_IS_BETTER, s -> Band.POSITIVE)));
        assertEquals("scale 'x' needs at least one negative and one positive score",
                refused(new Hand("x", 1, 5, Direction.HIGHER_IS_BETTER,
                        s -> s < 3 ? Band.NEGATIVE : Band.NEUTRAL)));
    }

    @Test
    void bands_mustFollowTheDirection() {
        assertEquals("scale 'x' is HIGHER_IS_BETTER but score 4 is negative after score 3 in band"
                + " positive", refused(new Hand("x", 1, 5, Direction.HIGHER_IS_BETTER,
                        s -> s <= 3 ? Band.POSITIVE : Band.NEGATIVE)));
        assertEquals("scale 'x' is LOWER_IS_BETTER but score 3 is neutral after score 2 in band"
                + " negative", refused(new Hand("x", 1, 5, Direction.LOWER_IS_BETTER, LOW_BAD)));
        assertEquals("scale 'x' is HIGHER_IS_BETTER but score 5 is neutral after score 4 in band"
                + " positive", refused(new Hand("x", 1, 5, Direction.HIGHER_IS_BETTER,
                        s -> s <= 2 ? Band.NEGATIVE : s == 5 ? Band.NEUTRAL : Band.POSITIVE)));
    }

    @Test
    void builtScales_areEqualByDefinition() {
        ScoreScale a = ScoreScale.builder("a").negative(1, 2).neutral(3, 3).positive(4, 5).build();
        ScoreScale same = ScoreScale.builder("a").negative(1, 2).neutral(3, 3).positive(4, 5).build();
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        for (ScoreScale other : new ScoreScale[] {
                ScoreScale.builder("b").negative(1, 2).neutral(3, 3).positive(4, 5).build(),
                ScoreScale.builder("a").negative(1, 3).positive(4, 5).build(),
                ScoreScale.builder("a").negative(2, 3).neutral(4, 4).positive(5, 6).build(),
                ScoreScale.builder("a").positive(1, 2).neutral(3, 3).negative(4, 5).build()}) {
            assertNotEquals(a, other);
            assertNotEquals(a.hashCode(), other.hashCode(), other::toString);
        }
        assertNotEquals(a, "a");
    }
}
