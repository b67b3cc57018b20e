package io.github.cxmetrics.support;

import static io.github.cxmetrics.StateBytes.assertRefused;
import static io.github.cxmetrics.StateBytes.bodyHex;
import static io.github.cxmetrics.StateBytes.seal;
import static io.github.cxmetrics.support.Tickets.answeredIn;
import static io.github.cxmetrics.support.Tickets.unanswered;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.MergeChecks;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The support states' binary form, as {@code docs/wire-format.md} lays it out: the delta-coded
 * durations worked out by hand, round trips, and the refusal of each forged body with its
 * message.
 */
class SupportBytesTest {

    @Test
    void exactDurations_areTheOpenAndSkippedCounts_thenTheSortedDurationsDeltaCoded() {
        ElapsedTimeCalculator frt = CxMetrics.firstResponseTime();
        Accumulator<Interaction, DurationResult> a = MergeChecks.accumulated(frt,
                List.of(answeredIn(2), answeredIn(1), unanswered(), answeredIn(60)));
        // 1 open, 0 skipped; 60 000, 120 000 and 3 600 000 ms: zigzag 120 000 = c0 a9 07,
        // then the differences 60 000 = e0 d4 03 and 3 480 000 = c0 b3 d4 01
        assertEquals("01" + "00" + "03" + "c0a907" + "e0d403" + "c0b3d401", bodyHex(a));
        MergeChecks.assertSameState(a, frt.accumulatorFrom(a.toByteArray()));
    }

    @Test
    void forgedDurations_areRefusedSayingWhatIsWrong() {
        ElapsedTimeCalculator frt = CxMetrics.firstResponseTime();
        assertRefused("malformed durations state: duration 1 overflows: 9223372036854775807 + 1",
                frt, "0000" + "02" + "feffffffffffffffff01" + "01");
        assertRefused("malformed durations state: durations must be >= 0: -1", frt,
                "0000" + "01" + "01");
        // the largest duration is a sample, twice it is not: its result could not add them up
        assertEquals(1, frt.accumulatorFrom(seal(frt, "0000" + "01" + "feffffffffffffffff01"))
                .snapshot().count());
        assertRefused("malformed durations state: sum of durations overflows a long:"
                + " 9223372036854775807 + 9223372036854775807", frt,
                "0000" + "02" + "feffffffffffffffff01" + "00");
    }

    @Test
    void forgedHistograms_areRefusedSayingWhatIsWrong() {
        ElapsedTimeCalculator approx = CxMetrics.firstResponseTime().approximate(3);
        // open, skipped; count, sum, min, max (zigzag); buckets: value delta and count each
        String one = "0000" + "01";
        assertRefused("malformed durations state: minimum and maximum must satisfy"
                + " 0 <= min <= max: -1, 0", approx, one + "00" + "01" + "00");
        assertRefused("malformed durations state: minimum and maximum must satisfy"
                + " 0 <= min <= max: 5, 4", approx, one + "0a" + "0a" + "08");
        String two = "0000" + "02";
        assertRefused("malformed durations state: sum 1 is not between count × min and count ×"
                + " max", approx, two + "02" + "0a" + "0a");
        assertRefused("malformed durations state: sum 11 is not between count × min and count ×"
                + " max", approx, two + "16" + "0a" + "0a");
        String fives = "0a" + "0a" + "0a";
        assertRefused("malformed durations state: bucket 0 is out of order or outside [5, 5]",
                approx, one + fives + "01" + "06" + "01");
        assertRefused("malformed durations state: bucket value 4 is not the top of a bucket in"
                + " [5, 5]", approx, one + fives + "01" + "04" + "01");
        assertRefused("malformed durations state: bucket 5 is empty", approx,
                one + fives + "01" + "05" + "00");
        String tens = "14" + "0a" + "0a";
        assertRefused("malformed durations state: the buckets hold 1 durations, not 2", approx,
                two + tens + "01" + "05" + "01");
        assertRefused("malformed durations state: bucket 1 is out of order or outside [5, 5]",
                approx, two + tens + "02" + "05" + "01" + "00" + "01");
        DurationResult decoded = approx.accumulatorFrom(seal(approx, two + tens + "01" + "05"
                + "02")).snapshot();
        assertEquals(2, decoded.count());
        Accumulator<Interaction, DurationResult> a = MergeChecks.accumulated(approx,
                List.of(answeredIn(2), answeredIn(1), unanswered(), answeredIn(600)));
        MergeChecks.assertSameState(a, approx.accumulatorFrom(a.toByteArray()));
        assertEquals("00" + "00" + "00", bodyHex(approx.accumulator()));
    }

    @Test
    void forgedShares_cannotHaveMoreHitsThanTheirBase() {
        ShareCalculator fcr = CxMetrics.firstContactResolution();
        assertRefused("malformed share state: hits 2 exceed the base 1", fcr, "02" + "01" + "00");
        byte[] all = seal(fcr, "01" + "01" + "00");
        assertArrayEquals(all, fcr.accumulatorFrom(all).toByteArray());
    }

    @Test
    void forgedStatusTimes_measureOpenInteractionsOnlyAsOfAnInstant() {
        StatusTimeCalculator wait = CxMetrics.requesterWaitTime();
        // open, skipped, open measured, opened after asOf, then no durations
        assertRefused("malformed status time state: without asOf no interaction is measured open"
                + " or opened after asOf: 1, 0", wait, "00" + "00" + "01" + "00" + "00");
        assertRefused("malformed status time state: without asOf no interaction is measured open"
                + " or opened after asOf: 0, 1", wait, "00" + "00" + "00" + "01" + "00");
        StatusTimeCalculator asOf = wait.asOf(Tickets.T0);
        assertRefused("malformed status time state: open measured interactions 1 exceed the open"
                + " 0 or the measured 1", asOf, "00" + "00" + "01" + "00" + "01" + "00");
        assertRefused("malformed status time state: open measured interactions 1 exceed the open"
                + " 1 or the measured 0", asOf, "01" + "00" + "01" + "00" + "00");
    }

    @Test
    void forgedKeptOpenInteractions_mustMatchTheirCountAndPrecedeTheLatestEvent() {
        SlaCalculator kept = CxMetrics.slaAttainment(SlaPolicy.builder(Milestone.FIRST_REPLY)
                .otherwise(Duration.ofHours(1)).build()).keepOpen();
        // met, breached, open breached, open within target, open of unknown status, without
        // target; then the latest event and the kept interactions
        String oneUnknown = "00" + "00" + "00" + "00" + "01" + "00";
        assertRefused("malformed sla attainment state: 0 open interactions kept, but 1 of unknown"
                + " status counted", kept, oneUnknown + "00" + "00");
        // opened at 1 000 ms (zigzag 2 000 = d0 0f), target 0, after the latest event
        assertRefused("malformed sla attainment state: an open interaction at"
                + " 1970-01-01T00:00:01Z is after the latest event 1970-01-01T00:00:00Z", kept,
                oneUnknown + "01" + "0000" + "01" + "d00f" + "00");
        assertRefused("malformed sla attainment state: an open interaction at"
                + " 1970-01-01T00:00:01Z is after the latest event null", kept,
                oneUnknown + "00" + "01" + "d00f" + "00");
        // opened at the latest event: kept, and written back the same
        byte[] atTheLatest = seal(kept, oneUnknown + "01" + "0200" + "01" + "d00f" + "00");
        assertArrayEquals(atTheLatest, kept.accumulatorFrom(atTheLatest).toByteArray());
    }
}
