package io.github.cxmetrics.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsCalculator;
import io.github.cxmetrics.survey.NpsResult;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window rotates with the injected clock: no sleeping, exact bucket boundaries. */
class WindowRotationTest {

    private static final Duration BUCKET = Duration.ofMinutes(15);

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    /** A window of one hour in four buckets of 15 minutes, starting at a bucket boundary. */
    private ResponseRecorder<NpsResult> hourInFourBuckets() {
        clock.add(Duration.ofMillis(-clock.wallTime())); // MockClock starts at 1 ms
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).window(Duration.ofHours(1), 4).minimumSample(0).build();
        nps.bindTo(registry);
        return nps;
    }

    private double responses() {
        return registry.get("cx.nps.responses").gauge().value();
    }

    @Test
    void bucketsLeaveTheWindow_atTheirBoundaries() {
        ResponseRecorder<NpsResult> nps = hourInFourBuckets();
        Items.nps(Channel.EMAIL, 10, 10).forEach(nps::record);           // bucket 0
        clock.add(Duration.ofMinutes(20));
        nps.record(Items.nps(0, Channel.EMAIL));                          // bucket 1
        clock.add(Duration.ofMinutes(25));                                // 0:45, bucket 3
        assertEquals(3, responses());
        assertEquals(100.0 / 3, registry.get("cx.nps.score").gauge().value(), 1e-9);

        clock.add(Duration.ofMinutes(15).minusMillis(1));                 // 0:59:59.999
        assertEquals(3, responses());
        clock.add(Duration.ofMillis(1));                                  // 1:00, bucket 4
        assertEquals(1, responses());
        assertEquals(-100.0, registry.get("cx.nps.score").gauge().value());
        clock.add(BUCKET);                                                // 1:15, bucket 5
        assertEquals(0, responses());
        assertTrue(Double.isNaN(registry.get("cx.nps.score").gauge().value()));
        assertEquals(1, registry.get("cx.nps.small.sample").gauge().value());
    }

    @Test
    void recordsAfterAnIdleGapLongerThanTheWindow_startAfresh() {
        ResponseRecorder<NpsResult> nps = hourInFourBuckets();
        Items.nps(Channel.EMAIL, 10, 10, 10).forEach(nps::record);
        clock.add(Duration.ofHours(5));
        nps.record(Items.nps(0, Channel.EMAIL));
        assertEquals(1, responses());
        assertEquals(CxMetrics.nps().compute(Items.nps(Channel.EMAIL, 0)), nps.result());
    }

    @Test
    void aClockThatGoesBack_countsTheRecordInTheNewestBucket() {
        ResponseRecorder<NpsResult> nps = hourInFourBuckets();
        clock.add(Duration.ofMinutes(50));
        nps.record(Items.nps(10, Channel.EMAIL));                         // bucket 3
        clock.add(Duration.ofMinutes(-40));                               // back to bucket 0
        nps.record(Items.nps(0, Channel.EMAIL));                          // counted in bucket 3
        clock.add(Duration.ofMinutes(40 + 24));                           // 1:14, bucket 4
        assertEquals(2, responses());
        clock.add(Duration.ofMinutes(46));                                // 2:00, bucket 8
        assertEquals(0, responses());
    }

    @Test
    void aSealedBucket_refusesRecords_soTheyGoToTheHead() {
        NpsCalculator calculator = CxMetrics.nps();
        SlidingWindow.Bucket<Response, NpsResult> bucket = new SlidingWindow.Bucket<>(0, 4);
        assertTrue(bucket.record(Items.nps(10, Channel.EMAIL), 1, calculator::accumulator));
        assertTrue(bucket.record(Items.nps(0, Channel.EMAIL), 2, calculator::accumulator));
        // A writer that got the bucket before it was marked, and its lock after, backs off.
        bucket.markSealed();
        assertFalse(bucket.record(Items.nps(9, Channel.EMAIL), 1, calculator::accumulator));
        bucket.drain(calculator::accumulator);
        assertFalse(bucket.record(Items.nps(9, Channel.EMAIL), 1, calculator::accumulator));
        bucket.seal(calculator::accumulator); // sealing twice changes nothing
        Accumulator<Response, NpsResult> total = calculator.accumulator();
        bucket.mergeSealed(total);
        assertEquals(calculator.compute(Items.nps(Channel.EMAIL, 10, 0)), total.snapshot());
    }

    @Test
    void sealedAndOpenBuckets_mergeToTheCoreResult_atEveryStep() {
        // Scores arrive minutes apart; at every step the window's result is the core's over the
        // responses whose bucket is among the last eight (a two-hour window of 15 minutes).
        qt().withExamples(100)
                .forAll(lists().of(integers().between(0, 11 * 40 - 1)).ofSizeBetween(0, 150))
                .checkAssert(steps -> {
                    MockClock time = new MockClock();
                    NpsCalculator calculator = CxMetrics.nps();
                    ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", calculator)
                            .clock(time).window(Duration.ofHours(2), 8).stripes(2).build();
                    List<Response> recorded = new ArrayList<>();
                    List<Long> epochs = new ArrayList<>();
                    for (int step : steps) {
                        time.add(Duration.ofMinutes(step / 11));
                        Response response = Items.nps(step % 11, Channel.EMAIL);
                        nps.record(response);
                        recorded.add(response);
                        epochs.add(time.wallTime() / BUCKET.toMillis());
                        long oldest = time.wallTime() / BUCKET.toMillis() - 7;
                        List<Response> inWindow = new ArrayList<>();
                        for (int i = 0; i < recorded.size(); i++) {
                            if (epochs.get(i) >= oldest) {
                                inWindow.add(recorded.get(i));
                            }
                        }
                        assertEquals(calculator.compute(inWindow), nps.result());
                    }
                });
    }
}
