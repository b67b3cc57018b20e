package io.github.cxmetrics.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.SlaResult;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The interaction recorder's gauges in a SimpleMeterRegistry, against the core's results. */
class InteractionRecorderTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    private double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    /** DurationResult's example: 1 to 9 and 100 minutes, median 5 minutes, p90 9 minutes. */
    private static List<Interaction> tenTickets(Channel channel) {
        List<Interaction> tickets = new ArrayList<>();
        for (int minutes = 1; minutes <= 9; minutes++) {
            tickets.add(Items.answeredAfter(Duration.ofMinutes(minutes), channel));
        }
        tickets.add(Items.answeredAfter(Duration.ofMinutes(100), channel));
        return tickets;
    }

    @Test
    void durationsAndSla_equalTheCoreOnTheSameInteractions() {
        InteractionRecorder frt = InteractionRecorder
                .durations("cx.first.response", CxMetrics.firstResponseTime())
                .sla(CxMetrics.slaAttainment(Policies.FIRST_REPLY))
                .clock(clock).minimumSample(10).build();
        frt.bindTo(registry);
        List<Interaction> tickets = tenTickets(Channel.CHAT);
        tickets.add(Items.unanswered(Channel.CHAT));
        tickets.forEach(frt::record);

        DurationResult durations = CxMetrics.firstResponseTime().compute(tickets);
        SlaResult sla = CxMetrics.slaAttainment(Policies.FIRST_REPLY).compute(tickets);
        assertEquals(durations, frt.durations());
        assertEquals(sla, frt.sla());

        assertEquals(300.0, registry.get("cx.first.response.median").timeGauge()
                .value(TimeUnit.SECONDS));
        assertEquals(9.0, registry.get("cx.first.response.p90").timeGauge()
                .value(TimeUnit.MINUTES));
        assertEquals(10, gauge("cx.first.response.interactions"));
        assertEquals(1, gauge("cx.first.response.open"));
        assertEquals(0, gauge("cx.first.response.skipped"));
        assertEquals(0, gauge("cx.first.response.small.sample"));
        assertEquals(90.0, gauge("cx.first.response.sla.attainment"), 1e-9);
        assertEquals(sla.confidenceInterval(0.95).lower(),
                gauge("cx.first.response.sla.attainment.lower"));
        assertEquals(sla.confidenceInterval(0.95).upper(),
                gauge("cx.first.response.sla.attainment.upper"));
        assertEquals(9, gauge("cx.first.response.sla.interactions", "outcome", "met"));
        assertEquals(1, gauge("cx.first.response.sla.interactions", "outcome", "breached"));
        assertEquals(1, gauge("cx.first.response.sla.interactions", "outcome", "open.unknown"));
        assertEquals(0, gauge("cx.first.response.sla.interactions", "outcome", "no.target"));
        assertEquals(0, gauge("cx.first.response.sla.small.sample"));
    }

    @Test
    void fewDurations_publishNaNPercentiles_andTheFlags() {
        InteractionRecorder frt = InteractionRecorder
                .durations("cx.frt", CxMetrics.firstResponseTime().approximate(3))
                .sla(CxMetrics.slaAttainment(Policies.FIRST_REPLY))
                .clock(clock).build();
        frt.bindTo(registry);
        tenTickets(Channel.EMAIL).forEach(frt::record);
        assertTrue(Double.isNaN(gauge("cx.frt.median")));
        assertTrue(Double.isNaN(gauge("cx.frt.p90")));
        assertEquals(1, gauge("cx.frt.small.sample"));
        assertTrue(Double.isNaN(gauge("cx.frt.sla.attainment")));
        assertTrue(Double.isNaN(gauge("cx.frt.sla.attainment.lower")));
        assertEquals(1, gauge("cx.frt.sla.small.sample"));
        assertEquals(10, gauge("cx.frt.interactions"));
        assertEquals(10, gauge("cx.frt.sla.interactions", "outcome", "met"));
    }

    @Test
    void withoutSla_thereAreNoSlaGauges_andAskingForItIsAnError() {
        InteractionRecorder frt = InteractionRecorder
                .durations("cx.frt", CxMetrics.firstResponseTime())
                .clock(clock).minimumSample(1)
                .tag("channel", i -> i.channel().name())
                .build();
        frt.bindTo(registry);
        frt.record(Items.answeredAfter(Duration.ofSeconds(90), Channel.EMAIL));
        assertEquals(90.0, registry.get("cx.frt.median").tags("channel", "email").timeGauge()
                .value(TimeUnit.SECONDS));
        assertNull(registry.find("cx.frt.sla.attainment").gauge());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> frt.sla("email"));
        assertEquals("the recorder has no SLA calculator: build it with sla(calculator)",
                e.getMessage());
        assertEquals(1, frt.durations("email").count());
    }

    @Test
    void handleTime_countsContactsItDoesNotApplyTo_asSkipped() {
        InteractionRecorder aht = InteractionRecorder
                .durations("cx.handle", CxMetrics.handleTime()).clock(clock).build();
        aht.bindTo(registry);
        aht.record(Items.answeredAfter(Duration.ofMinutes(3), Channel.EMAIL));
        assertEquals(CxMetrics.handleTime().compute(
                List.of(Items.answeredAfter(Duration.ofMinutes(3), Channel.EMAIL))), aht.durations());
        assertEquals(aht.durations().skipped(), gauge("cx.handle.skipped"));
        NullPointerException e = assertThrows(NullPointerException.class, () -> aht.record(null));
        assertEquals("interaction must not be null", e.getMessage());
    }
}
