package io.github.cxmetrics.support;

import static io.github.cxmetrics.support.Tickets.T0;
import static io.github.cxmetrics.support.Tickets.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleTimeCalculatorTest {

    @Test
    void handleTime_seedFormula_handComputed() {
        // Seed 002: (total talk + total hold) / number of calls.
        // Calls of 4 min talk + 1 min hold and 6 min talk + 0 hold: (10 + 1) / 2 = 5.5 minutes.
        List<Interaction> calls = List.of(call(240, 60), call(360, 0),
                Interaction.opened("e-1", "c", Channel.EMAIL, T0));
        DurationResult aht = CxMetrics.handleTime().compute(calls);
        assertEquals(2, aht.count());
        assertEquals(1, aht.skipped());
        assertEquals(0, aht.open());
        assertEquals(Duration.ofSeconds(330), aht.mean());
        assertEquals(Duration.ofMinutes(11), aht.sum());
        assertEquals(Duration.ofMinutes(5), aht.min());
        assertEquals(Duration.ofMinutes(6), aht.max());
        assertEquals("handle time", aht.metric());
        assertEquals("handle time: n=2 (open 0, skipped 1), mean PT5M30S, median PT5M, p90 PT6M,"
                + " max PT6M", aht.toString());
    }

    @Test
    void withAfterCallWork_addsTheWrapUp() {
        Interaction a = call(240, 60).toBuilder().afterCallWork(Duration.ofSeconds(30)).build();
        Interaction b = call(360, 0).toBuilder().afterCallWork(Duration.ofSeconds(90)).build();
        // (300 + 30 + 360 + 90) / 2 = 390 seconds
        DurationResult r = CxMetrics.handleTime().withAfterCallWork().compute(List.of(a, b));
        assertEquals(Duration.ofSeconds(390), r.mean());
        assertEquals("handle time (with after-call work)", r.metric());
        assertEquals(Duration.ofSeconds(330), CxMetrics.handleTime().compute(List.of(a, b)).mean());
        assertNotEquals(CxMetrics.handleTime(), CxMetrics.handleTime().withAfterCallWork());
        var twice = assertThrows(IllegalStateException.class,
                () -> CxMetrics.handleTime().withAfterCallWork().withAfterCallWork());
        assertEquals("after-call work was already set to true", twice.getMessage());
    }

    @Test
    void handleTime_missingComponentsCountAsZero() {
        Interaction holdOnly = Interaction.builder("h", "c", Channel.PHONE, T0)
                .holdTime(Duration.ofSeconds(45)).build();
        Interaction talkOnly = Interaction.builder("t", "c", Channel.PHONE, T0)
                .talkTime(Duration.ofSeconds(15)).build();
        Interaction acwOnly = Interaction.builder("w", "c", Channel.PHONE, T0)
                .afterCallWork(Duration.ofSeconds(99)).build();
        DurationResult r = CxMetrics.handleTime().withAfterCallWork()
                .compute(List.of(holdOnly, talkOnly, acwOnly));
        assertEquals(2, r.count());
        assertEquals(1, r.skipped());
        assertEquals(Duration.ofSeconds(30), r.mean());
    }

    @Test
    void handleTime_noCalls_isEmpty() {
        DurationResult r = CxMetrics.handleTime().compute(List.of(Tickets.answeredIn(3)));
        assertTrue(r.isEmpty());
        var e = assertThrows(IllegalStateException.class, r::mean);
        assertEquals("handle time is undefined for an empty result: nothing measured"
                + " (open: 0, skipped: 1)", e.getMessage());
    }

    @Test
    void approximate_keepsTheMeanExact() {
        List<Interaction> calls = List.of(call(240, 60), call(360, 0), call(1, 0));
        DurationResult r = CxMetrics.handleTime().approximate(1).compute(calls);
        // (300 + 360 + 1) / 3 seconds, exact although the histogram has one significant digit
        assertEquals(Duration.ofSeconds(661).dividedBy(3), r.mean());
        assertEquals(Duration.ofSeconds(1), r.min());
        assertEquals(Duration.ofSeconds(360), r.max());
    }
}
