package io.github.cxmetrics.internal;

import static io.github.cxmetrics.Fixtures.T0;
import static io.github.cxmetrics.Fixtures.responses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Expect;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsCalculator;
import io.github.cxmetrics.survey.NpsResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The skeleton every built-in calculator stands on: the one latest-answer rule, and the one
 * accumulator with its null, scope and compatibility checks and its exact messages.
 */
class SkeletonTest {

    private static final Instant LATER = T0.plusSeconds(1);

    @Test
    void latestAnswer_isTheLaterTime_thenTheHigherScore_thenTheHigherWeight() {
        assertTrue(LatestAnswer.compare(LATER, 0, 0, T0, 10, 2) > 0);
        assertTrue(LatestAnswer.compare(T0, 10, 2, LATER, 0, 0) < 0);
        assertTrue(LatestAnswer.compare(T0, 7, 0, T0, 6, 2) > 0);
        assertTrue(LatestAnswer.compare(T0, 6, 2, T0, 7, 0) < 0);
        // unanswered is below every score
        assertTrue(LatestAnswer.compare(T0, 0, 1, T0, Response.NO_SCORE, 1) > 0);
        assertTrue(LatestAnswer.compare(T0, 5, 1.5, T0, 5, 1) > 0);
        assertTrue(LatestAnswer.compare(T0, 5, 1, T0, 5, 1.5) < 0);
        assertEquals(0, LatestAnswer.compare(T0, 5, 1, T0, 5, 1));
        Response a = Response.of("c", "nps", 5, T0, Channel.WEB);
        Response same = Response.of("c", "nps", 5, T0, Channel.CHAT);
        Response higher = a.withScore(6);
        assertTrue(LatestAnswer.isLater(higher, a));
        assertFalse(LatestAnswer.isLater(a, higher));
        assertFalse(LatestAnswer.isLater(a, same));
        assertSame(higher, LatestAnswer.later(a, higher));
        assertSame(higher, LatestAnswer.later(higher, a));
        // neither is later: the first
        assertSame(a, LatestAnswer.later(a, same));
        assertSame(same, LatestAnswer.later(same, a));
    }

    @Test
    void accumulators_dropNullsLoudlyAndItemsOutOfScopeSilently() {
        NpsCalculator nps = CxMetrics.nps().question("nps");
        Accumulator<Response, NpsResult> a = nps.accumulator();
        Expect.failure(NullPointerException.class, () -> a.add(null),
                "response must not be null");
        a.addAll(responses("csat", 10, 9));
        assertTrue(a.snapshot().isEmpty());
        a.addAll(responses("nps", 10, 9));
        assertEquals(2, a.snapshot().count());
        assertEquals("accumulator of nps on nps-0-10, questions [nps]", a.toString());
    }

    @Test
    void accumulators_mergeOnlyAccumulatorsOfEqualCalculators() {
        Accumulator<Response, NpsResult> a = CxMetrics.nps().accumulator();
        Expect.failure(IllegalArgumentException.class, () -> a.merge(a),
                "cannot merge an accumulator into itself");
        Expect.failure(IllegalArgumentException.class,
                () -> a.merge(CxMetrics.nps().question("nps").accumulator()),
                "cannot merge accumulators of different calculators: nps on nps-0-10 and nps on"
                        + " nps-0-10, questions [nps]");
        Accumulator<Response, NpsResult> foreign = new Accumulator<>() {
            @Override
            public void add(Response item) {}

            @Override
            public void merge(Accumulator<Response, NpsResult> other) {}

            @Override
            public NpsResult snapshot() {
                return null;
            }

            @Override
            public String toString() {
                return "a foreign accumulator";
            }
        };
        Expect.failure(IllegalArgumentException.class, () -> a.merge(foreign),
                "cannot merge accumulators of different calculators: nps on nps-0-10 and a foreign"
                        + " accumulator");
        Expect.failure(NullPointerException.class, () -> a.merge(null), "other must not be null");
        // an equal calculator made apart: its accumulators merge
        Accumulator<Response, NpsResult> b = NpsCalculator.create().accumulator();
        b.addAll(responses("nps", 10));
        a.merge(b);
        assertEquals(1, a.snapshot().promoters());
        Expect.failure(IllegalArgumentException.class,
                () -> CxMetrics.nps().addScore(CxMetrics.nps().question("x").accumulator(), 9, 1),
                "cannot count into an accumulator of a different calculator: nps on nps-0-10 and"
                        + " nps on nps-0-10, questions [x]");
        Accumulator<Response, NpsResult> bare = NpsCalculator.create().accumulator();
        CxMetrics.nps().addScore(bare, 9, 1);
        assertEquals(1, bare.snapshot().promoters());
    }

    @Test
    void calculators_areEqualWhenOfOneClassWithEqualOptions() {
        assertEquals(CxMetrics.nps(), NpsCalculator.create());
        assertEquals(CxMetrics.nps().hashCode(), NpsCalculator.create().hashCode());
        assertNotEquals(CxMetrics.nps(), CxMetrics.nps().question("nps"));
        assertNotEquals(CxMetrics.nps().hashCode(), CxMetrics.nps().question("nps").hashCode());
        assertNotEquals(CxMetrics.csat(), CxMetrics.csi());
        assertFalse(CxMetrics.nps().equals(null));
        assertEquals("nps on nps-0-10", CxMetrics.nps().toString());
    }
}
