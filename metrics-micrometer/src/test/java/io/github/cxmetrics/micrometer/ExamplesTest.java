package io.github.cxmetrics.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of README.md and docs/micrometer.md, compiled and run: the configuration of
 * {@link CxMetricsConfiguration} is copied into docs/micrometer.md between its markers.
 */
class ExamplesTest {

    @Test
    void readme() {
        MeterRegistry registry = new SimpleMeterRegistry();
        Response response = Response.of("c-1", "nps", 9, Items.T0, Channel.CHAT);
        // README: micrometer
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps().question("nps"))
                .tag("channel", r -> r.channel().name())     // one series per channel
                .window(Duration.ofHours(24), 24)            // the last 24 h in hourly buckets
                .build();
        nps.bindTo(registry);    // any MeterRegistry; Spring Boot binds MeterBinder beans itself
        nps.record(response);    // from any request thread, as answers arrive
        // README: end

        assertEquals(1, registry.get("cx.nps.responses").tags("channel", "chat").gauge().value());
        assertEquals(1, registry.get("cx.nps.small.sample").gauge().value());
    }

    @Test
    void testingWithAMockClock() {
        Response response = Response.of("c-1", "nps", 9, Items.T0, Channel.CHAT);
        // docs: testing
        MockClock clock = new MockClock();
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).window(Duration.ofHours(1), 4).build();
        nps.record(response);
        clock.add(Duration.ofHours(1));          // the response's bucket has left the window
        assertTrue(nps.result().isEmpty());
        // docs: end
    }

    @Test
    void springStyleConfiguration_bindsAndRecords() {
        // What Spring Boot does with the configuration: create the beans, bind every MeterBinder
        // to the registry, inject the recorders where they are used.
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CxMetricsConfiguration configuration = new CxMetricsConfiguration();
        ResponseRecorder<NpsResult> nps = configuration.npsRecorder();
        InteractionRecorder firstResponse = configuration.firstResponseRecorder();
        for (MeterBinder binder : List.<MeterBinder>of(nps, firstResponse)) {
            binder.bindTo(registry);
        }
        FeedbackService service = new FeedbackService(nps, firstResponse);

        for (int i = 0; i < 40; i++) {
            service.onSurveyAnswer(Response.of("c-" + i, "nps", i % 4 == 0 ? 3 : 10, Items.T0,
                    Channel.EMAIL));
            service.onFirstReply(Items.answeredAfter(Duration.ofMinutes(i % 8 + 1), Channel.CHAT));
        }
        String scrape = registry.scrape();
        assertTrue(scrape.contains("cx_nps_score{channel=\"email\"} 50.0"), scrape);
        assertTrue(scrape.contains("cx_first_response_sla_attainment{channel=\"chat\"} 62.5"),
                scrape);
    }
}
