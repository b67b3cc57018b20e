package io.github.cxmetrics.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.CxMetrics;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The recorder benchmark's methods all count every item they are given. */
class RecorderBenchmarkAgreementTest {

    @Test
    void recordersAndBaselines_countTheSameResponses() {
        RecorderBenchmark b = new RecorderBenchmark();
        b.generate();
        RecorderBenchmark.Cursor[] cursors = new RecorderBenchmark.Cursor[7];
        Arrays.setAll(cursors, i -> new RecorderBenchmark.Cursor());
        for (int i = 0; i < 3 * RecorderBenchmark.ITEMS; i++) {
            b.libraryNps(cursors[0]);
            b.libraryNpsByChannel(cursors[1]);
            b.libraryFirstResponseAndSla(cursors[2]);
            b.baselineSynchronizedAccumulator(cursors[3]);
            b.baselineOwnAccumulator(cursors[4]);
            b.baselineMicrometerCounter(cursors[5]);
            b.baselineSynchronizedWindow(cursors[6]);
        }
        // Each method saw every item of the pool three times.
        var expected = CxMetrics.nps().accumulator();
        for (int round = 0; round < 3; round++) {
            Arrays.stream(b.responses).forEach(expected::add);
        }
        assertEquals(expected.snapshot(), b.nps.result());
        assertEquals(3 * RecorderBenchmark.ITEMS, b.nps.result().count());
        assertEquals(expected.snapshot(), b.shared.snapshot());
        assertEquals(expected.snapshot(), cursors[4].own.snapshot());
        var window = CxMetrics.nps().accumulator();
        Arrays.stream(b.ring).filter(a -> a != null).forEach(window::merge);
        assertEquals(expected.snapshot(), window.snapshot());
        assertEquals(3 * RecorderBenchmark.ITEMS, b.shared.snapshot().count());
        assertEquals(3 * RecorderBenchmark.ITEMS, b.firstResponse.durations("chat").count()
                + b.firstResponse.durations("email").count()
                + b.firstResponse.durations("phone").count()
                + b.firstResponse.durations("social").count()
                + b.firstResponse.durations("sms").count());
    }
}
