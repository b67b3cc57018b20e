package io.github.cxmetrics.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import org.junit.jupiter.api.Test;

/**
 * A count that would overflow throws {@link ArithmeticException} and leaves the accumulator as
 * it was, also when the first weighted score would turn the unweighted counts into weights.
 */
class ScoreCountsOverflowTest {

    private static final long HALF = Long.MAX_VALUE / 2 + 1;

    private static Accumulator<Response, NpsResult> nearlyFull(NpsCalculator nps) {
        Accumulator<Response, NpsResult> acc = nps.accumulator();
        nps.addScores(acc, 9, HALF, HALF, HALF);
        nps.addScores(acc, 10, HALF, HALF, HALF);
        return acc;
    }

    @Test
    void aWeightedScoreOverUnweightedCountsThatOverflow_changesNothing() {
        NpsCalculator nps = CxMetrics.nps();
        Accumulator<Response, NpsResult> acc = nearlyFull(nps);
        byte[] before = acc.toByteArray();
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> nps.addScores(acc, 8, 1, 0.5, 0.25));
        assertEquals("number of scored responses overflows a long: " + HALF + " + " + HALF,
                e.getMessage());
        assertArrayEquals(before, acc.toByteArray());
        assertThrows(ArithmeticException.class, () -> nps.addScore(acc, 8, 0.5));
        assertArrayEquals(before, acc.toByteArray());
    }

    @Test
    void mergingWeightedCountsIntoUnweightedOnesThatOverflow_changesNothing() {
        NpsCalculator nps = CxMetrics.nps();
        Accumulator<Response, NpsResult> acc = nearlyFull(nps);
        byte[] before = acc.toByteArray();
        Accumulator<Response, NpsResult> weighted = nps.accumulator();
        nps.addScore(weighted, 3, 0.5);
        assertThrows(ArithmeticException.class, () -> acc.merge(weighted));
        assertArrayEquals(before, acc.toByteArray());
    }
}
