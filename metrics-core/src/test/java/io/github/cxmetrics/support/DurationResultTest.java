package io.github.cxmetrics.support;

import static io.github.cxmetrics.StateBytes.assertRefused;
import static io.github.cxmetrics.support.Tickets.T0;
import static io.github.cxmetrics.support.Tickets.answeredAfter;
import static io.github.cxmetrics.support.Tickets.answeredIn;
import static io.github.cxmetrics.support.Tickets.unanswered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.MergeChecks;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges of duration results: thresholds below the shortest duration or beyond a long of
 * milliseconds, equality field by field, the empty-result message, and approximate states read
 * back (zero durations, growing after decoding, forged buckets).
 */
class DurationResultTest {

    private static final ElapsedTimeCalculator FRT = CxMetrics.firstResponseTime();

    @Test
    void countWithin_belowTheShortest_isZero_evenInItsBucket() {
        // One significant digit: 960..1023 ms is one bucket, so 999 ms shares the bucket of the
        // shortest duration, 1 000 ms (a reply after 1 s); none is at or below it.
        Interaction second = Interaction.builder("s", "c", Channel.EMAIL, T0)
                .firstReplyAt(T0.plusMillis(1_000)).build();
        DurationResult coarse = FRT.approximate(1).compute(List.of(second, answeredIn(60)));
        assertEquals(0, coarse.countWithin(Duration.ofMillis(999)));
        assertEquals(1, coarse.countWithin(Duration.ofMillis(1_000)));
        assertEquals(0, FRT.compute(List.of(second)).countWithin(Duration.ofMillis(999)));
    }

    @Test
    void countWithin_thresholdBeyondALongOfMilliseconds_countsAll() {
        // Long.MAX_VALUE / 1000 s and 999 999 999 ns overflow a long of milliseconds
        DurationResult r = FRT.compute(answeredAfter(1, 5, 60));
        assertEquals(3, r.countWithin(Duration.ofSeconds(Long.MAX_VALUE / 1000, 999_999_999)));
        assertEquals(3, r.countWithin(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
        assertEquals(100.0, r.shareWithin(Duration.ofSeconds(Long.MAX_VALUE)), 0);
    }

    @Test
    void emptyResult_namesWhatWasNotMeasured() {
        Interaction later = Interaction.builder("l", "c", Channel.EMAIL, T0.plusSeconds(60))
                .status(T0.plusSeconds(60), InteractionStatus.OPEN).build();
        DurationResult r = CxMetrics.agentWaitTime().asOf(T0).compute(List.of(later));
        assertEquals("agent wait time is undefined for an empty result: nothing measured (open: 0,"
                + " skipped: 0, opened after as-of: 1)",
                assertThrows(IllegalStateException.class, r::mean).getMessage());
    }

    @Test
    void results_areEqualFieldByField() {
        List<Interaction> list = new ArrayList<>(answeredAfter(1, 5, 60));
        DurationResult r = FRT.compute(list);
        assertNotEquals(r, (Object) "first response time");
        assertNotEquals(r, FRT.inBusinessTime(BusinessCalendar.alwaysOpen(ZoneOffset.UTC))
                .compute(list));
        assertEquals(r.count(), FRT.approximate(3).compute(list).count());
        // durations of 5 and 7 ms are exact at two and three digits: only the form differs
        List<Interaction> fewMillis = List.of(
                Interaction.builder("5", "c", Channel.EMAIL, T0).firstReplyAt(T0.plusMillis(5)).build(),
                Interaction.builder("7", "c", Channel.EMAIL, T0).firstReplyAt(T0.plusMillis(7)).build());
        assertEquals(FRT.approximate(2).compute(fewMillis).p90(), FRT.approximate(3).compute(fewMillis).p90());
        assertNotEquals(FRT.approximate(2).compute(fewMillis), FRT.approximate(3).compute(fewMillis));
        List<Interaction> withOpen = new ArrayList<>(list);
        withOpen.add(unanswered());
        assertNotEquals(r, FRT.compute(withOpen));
        List<Interaction> withSkipped = new ArrayList<>(list);
        withSkipped.add(Tickets.call(60, 0));
        assertEquals(1, FRT.compute(withSkipped).skipped());
        assertNotEquals(r, FRT.compute(withSkipped));
    }

    @Test
    void approximateStates_readBack_grow_andKeepZeroDurations() {
        ElapsedTimeCalculator approx = FRT.approximate(2);
        Accumulator<Interaction, DurationResult> zero = MergeChecks.accumulated(approx,
                answeredAfter(0, 0, 3));
        MergeChecks.assertSameState(zero, approx.accumulatorFrom(zero.toByteArray()));
        MergeChecks.assertSameState(approx.accumulator(),
                approx.accumulatorFrom(approx.accumulator().toByteArray()));
        // a decoded histogram still takes durations far beyond its range
        Accumulator<Interaction, DurationResult> decoded = approx.accumulatorFrom(
                MergeChecks.accumulated(approx, answeredAfter(1)).toByteArray());
        decoded.addAll(answeredAfter(60 * 24 * 365));
        assertEquals(approx.compute(answeredAfter(1, 60 * 24 * 365)), decoded.snapshot());
    }

    @Test
    void approximateStatusTimes_measuredToAsOf_readBack() {
        // open at T0, pending from T0 + 5 min: its agent wait is measured to the as-of instant
        Interaction pending = Interaction.builder("p", "c", Channel.EMAIL, T0)
                .status(T0, InteractionStatus.OPEN)
                .status(T0.plusSeconds(300), InteractionStatus.PENDING).build();
        StatusTimeCalculator wait = CxMetrics.agentWaitTime().asOf(T0.plusSeconds(3600))
                .approximate(2);
        Accumulator<Interaction, DurationResult> a = MergeChecks.accumulated(wait,
                List.of(pending));
        assertEquals(1, a.snapshot().openMeasured());
        assertEquals(1, a.snapshot().open());
        MergeChecks.assertSameState(a, wait.accumulatorFrom(a.toByteArray()));
    }

    @Test
    void forgedBuckets_beyondTheMaximumOrInsideABucket_areRefused() {
        ElapsedTimeCalculator approx = FRT.approximate(3);
        // count 2, sum 11, min 5, max 6 (zigzag 16 0a 0c); buckets 5 (once), then 2 further
        assertRefused("malformed durations state: bucket 1 is out of order or outside [5, 6]",
                approx, "0000" + "02" + "16" + "0a" + "0c" + "02" + "05" + "01" + "02" + "01");
        // one significant digit: 1 000 ms lies in the bucket 992..1023, whose top is 1 023
        ElapsedTimeCalculator coarse = FRT.approximate(1);
        assertRefused("malformed durations state: bucket value 1000 is not the top of a bucket in"
                + " [992, 1023]", coarse, "0000" + "01" + "d00f" + "d00f" + "d00f" + "01" + "e807"
                + "01");
    }
}
