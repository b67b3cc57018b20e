package io.github.cxmetrics.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.TopBoxResult;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The survey recorder's gauges in a SimpleMeterRegistry, against the core's results. */
class ResponseRecorderTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    private double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    /** The NpsResult javadoc's example: 50 promoters, 30 passives and 20 detractors, NPS 30. */
    private static List<Response> fiftyThirtyTwenty(Channel channel) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            responses.add(Items.nps(9 + i % 2, channel));
        }
        for (int i = 0; i < 30; i++) {
            responses.add(Items.nps(7 + i % 2, channel));
        }
        for (int i = 0; i < 20; i++) {
            responses.add(Items.nps(i % 7, channel));
        }
        return responses;
    }

    @Test
    void gauges_equalTheCoreOnTheSameResponses() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).build();
        nps.bindTo(registry);
        List<Response> responses = fiftyThirtyTwenty(Channel.EMAIL);
        responses.forEach(nps::record);

        NpsResult core = CxMetrics.nps().compute(responses);
        Interval ci = core.confidenceInterval(0.95);
        assertEquals(30.0, gauge("cx.nps.score"), 1e-9);
        assertEquals(ci.lower(), gauge("cx.nps.score.lower"));
        assertEquals(ci.upper(), gauge("cx.nps.score.upper"));
        assertEquals(100, gauge("cx.nps.responses"));
        assertEquals(50, gauge("cx.nps.band", "band", "promoter"));
        assertEquals(30, gauge("cx.nps.band", "band", "passive"));
        assertEquals(20, gauge("cx.nps.band", "band", "detractor"));
        assertEquals(0, gauge("cx.nps.missing"));
        assertEquals(0, gauge("cx.nps.invalid"));
        assertEquals(0, gauge("cx.nps.small.sample"));
        assertEquals(core, nps.result());
    }

    @Test
    void topBox_publishesTheShareOfThePositiveBand() {
        // TopBoxResult's example: 40 fives, 35 fours, 10 threes, 10 twos, 5 ones: 75 %.
        ResponseRecorder<TopBoxResult> csat = ResponseRecorder.topBox("cx.csat", CxMetrics.csat())
                .clock(clock).confidenceLevel(0.9).build();
        csat.bindTo(registry);
        List<Response> responses = new ArrayList<>();
        int[] counts = {5, 10, 10, 35, 40};
        for (int score = 1; score <= 5; score++) {
            for (int i = 0; i < counts[score - 1]; i++) {
                responses.add(Response.of("c-" + i, "csat", score, Items.T0, Channel.CHAT));
            }
        }
        responses.forEach(csat::record);

        TopBoxResult core = CxMetrics.csat().compute(responses);
        assertEquals(75.0, gauge("cx.csat.score"), 1e-9);
        assertEquals(core.confidenceInterval(0.9).lower(), gauge("cx.csat.score.lower"));
        assertEquals(75, gauge("cx.csat.band", "band", "positive"));
        assertEquals(10, gauge("cx.csat.band", "band", "neutral"));
        assertEquals(15, gauge("cx.csat.band", "band", "negative"));
        assertEquals(core, csat.result());
    }

    @Test
    void smallWindow_publishesNaNAndTheFlag_butItsCounts() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).build();
        nps.bindTo(registry);
        assertTrue(Double.isNaN(gauge("cx.nps.score")));
        assertEquals(1, gauge("cx.nps.small.sample"));
        assertEquals(0, gauge("cx.nps.responses"));

        Items.nps(Channel.EMAIL, 10, 10, 3).forEach(nps::record);
        clock.add(Duration.ofSeconds(1));
        assertTrue(Double.isNaN(gauge("cx.nps.score")));
        assertTrue(Double.isNaN(gauge("cx.nps.score.lower")));
        assertTrue(Double.isNaN(gauge("cx.nps.score.upper")));
        assertEquals(1, gauge("cx.nps.small.sample"));
        assertEquals(3, gauge("cx.nps.responses"));
        assertEquals(2, gauge("cx.nps.band", "band", "promoter"));
    }

    @Test
    void minimumSample_isTheThresholdOfTheFlag() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).minimumSample(3).snapshotInterval(Duration.ZERO).build();
        nps.bindTo(registry);
        Items.nps(Channel.EMAIL, 10, 10).forEach(nps::record);
        assertEquals(1, gauge("cx.nps.small.sample"));
        nps.record(Items.nps(3, Channel.EMAIL));
        assertEquals(0, gauge("cx.nps.small.sample"));
        assertEquals(100.0 * (2 - 1) / 3, gauge("cx.nps.score"), 1e-9);
    }

    @Test
    void gaugesOfASeries_readOneSnapshot_renewedAfterTheInterval() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).minimumSample(0).build();
        nps.bindTo(registry);
        nps.record(Items.nps(10, Channel.EMAIL));
        assertEquals(1, gauge("cx.nps.responses"));
        nps.record(Items.nps(0, Channel.EMAIL));
        // Same snapshot within the interval: the score agrees with the base just read.
        assertEquals(100.0, gauge("cx.nps.score"));
        assertEquals(1, gauge("cx.nps.responses"));
        clock.add(Duration.ofMillis(999));
        assertEquals(1, gauge("cx.nps.responses"));
        clock.add(Duration.ofMillis(1));
        assertEquals(2, gauge("cx.nps.responses"));
        assertEquals(0.0, gauge("cx.nps.score"));
    }

    @Test
    void tagFunctions_makeOneSeriesPerValue_withTheFixedTags() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).minimumSample(1)
                .tag("channel", r -> r.channel().name())
                .tags("question", "nps")
                .build();
        nps.bindTo(registry);
        Items.nps(Channel.EMAIL, 10, 9, 0).forEach(nps::record);
        Items.nps(Channel.CHAT, 8).forEach(nps::record);

        assertEquals(3, gauge("cx.nps.responses", "channel", "email", "question", "nps"));
        assertEquals(1, gauge("cx.nps.responses", "channel", "chat", "question", "nps"));
        assertEquals(0.0, gauge("cx.nps.score", "channel", "chat"));
        assertEquals(CxMetrics.nps().compute(Items.nps(Channel.EMAIL, 10, 9, 0)),
                nps.result("email"));
        assertTrue(nps.result("phone").isEmpty());
        assertEquals(0, registry.get("cx.nps.tags.overflow").functionCounter().count());
        assertEquals(List.of(Tag.of("question", "nps")),
                registry.get("cx.nps.tags.overflow").functionCounter().getId().getTags());
    }

    @Test
    void severalTagFunctions_makeOneSeriesPerCombination() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock)
                .tag("channel", r -> r.channel().name())
                .tag("plan", r -> r.attributeOr("plan", "none"))
                .build();
        nps.bindTo(registry);
        nps.record(Items.nps(10, Channel.EMAIL).withAttribute("plan", "pro"));
        nps.record(Items.nps(10, Channel.EMAIL));
        nps.record(Items.nps(0, Channel.EMAIL));
        assertEquals(1, gauge("cx.nps.responses", "channel", "email", "plan", "pro"));
        assertEquals(2, gauge("cx.nps.responses", "channel", "email", "plan", "none"));
        assertEquals(2, nps.result("email", "none").count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> nps.result("email"));
        assertEquals("tagValues must give one value per tag key [channel, plan]: [email]",
                e.getMessage());
    }

    @Test
    void newTagValuesBeyondTheLimit_goToTheOverflowSeries_andAreCounted() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).minimumSample(1)
                .tag("channel", r -> r.channel().name())
                .maxTagValues(2)
                .build();
        nps.bindTo(registry);
        Items.nps(Channel.EMAIL, 10).forEach(nps::record);
        Items.nps(Channel.CHAT, 10).forEach(nps::record);
        Items.nps(Channel.PHONE, 0, 0).forEach(nps::record);
        Items.nps(Channel.SMS, 9).forEach(nps::record);
        Items.nps(Channel.EMAIL, 0).forEach(nps::record); // an existing series still gets its own

        assertEquals(2, gauge("cx.nps.responses", "channel", "email"));
        assertEquals(1, gauge("cx.nps.responses", "channel", "chat"));
        assertEquals(3, gauge("cx.nps.responses", "channel", "other"));
        assertNull(registry.find("cx.nps.responses").tags("channel", "phone").gauge());
        assertEquals(3, registry.get("cx.nps.tags.overflow").functionCounter().count());
        assertEquals(3, nps.overflowed());
        assertEquals(3, nps.result("other").count());
    }

    @Test
    void overflowTagValue_namesTheOverflowSeries() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).tag("channel", r -> r.channel().name())
                .maxTagValues(1).overflowTagValue("(more)").build();
        nps.bindTo(registry);
        Items.nps(Channel.EMAIL, 10).forEach(nps::record);
        Items.nps(Channel.CHAT, 10).forEach(nps::record);
        assertEquals(1, gauge("cx.nps.responses", "channel", "(more)"));
    }

    @Test
    void responsesTheCalculatorDoesNotAccept_areIgnored_andMakeNoSeries() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps",
                        CxMetrics.nps().question("nps"))
                .clock(clock).tag("channel", r -> r.channel().name()).build();
        nps.bindTo(registry);
        nps.record(Response.of("c-1", "csat", 5, Items.T0, Channel.EMAIL));
        assertNull(registry.find("cx.nps.responses").gauge());
    }

    @Test
    void strictCalculator_rejectsAScoreOutsideTheScale_lenientCountsIt() {
        ResponseRecorder<NpsResult> strict = ResponseRecorder.nps("cx.strict", CxMetrics.nps())
                .clock(clock).build();
        strict.bindTo(registry);
        Response eleven = Items.nps(11, Channel.EMAIL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> strict.record(eleven));
        assertTrue(e.getMessage().startsWith("score must be in [0, 10]: 11"), e.getMessage());
        assertEquals(0, gauge("cx.strict.invalid"));
        assertEquals(0, strict.result().count());

        ResponseRecorder<NpsResult> lenient = ResponseRecorder.nps("cx.lenient",
                CxMetrics.nps().lenient()).clock(clock).build();
        lenient.bindTo(registry);
        lenient.record(eleven);
        lenient.record(Response.unanswered("c-2", "nps", Items.T0, Channel.EMAIL));
        assertEquals(1, gauge("cx.lenient.invalid"));
        assertEquals(1, gauge("cx.lenient.missing"));
        assertEquals(0, gauge("cx.lenient.responses"));
    }

    @Test
    void nullItemsAndNullTagValues_areClearErrors() {
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).tag("segment", r -> r.attribute("segment").orElse(null)).build();
        NullPointerException e = assertThrows(NullPointerException.class, () -> nps.record(null));
        assertEquals("response must not be null", e.getMessage());
        e = assertThrows(NullPointerException.class,
                () -> nps.record(Items.nps(10, Channel.EMAIL)));
        assertTrue(e.getMessage().startsWith("tag segment must not be null: its function returned"
                + " null for response Response["), e.getMessage());
    }

    @Test
    void recorder_bindsToSeveralRegistries_includingSeriesMadeLater() {
        SimpleMeterRegistry other = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).tag("channel", r -> r.channel().name()).build();
        nps.record(Items.nps(10, Channel.EMAIL));
        nps.bindTo(registry);
        nps.bindTo(registry);
        nps.bindTo(other);
        nps.record(Items.nps(10, Channel.CHAT));
        for (SimpleMeterRegistry each : List.of(registry, other)) {
            assertEquals(1, each.get("cx.nps.responses").tags("channel", "email").gauge().value());
            assertEquals(1, each.get("cx.nps.responses").tags("channel", "chat").gauge().value());
        }
        assertEquals(2, registry.find("cx.nps.responses").gauges().size());
    }
}
