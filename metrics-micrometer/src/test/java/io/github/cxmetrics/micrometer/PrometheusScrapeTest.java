package io.github.cxmetrics.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsResult;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus registry's scrape text, against a golden file: the names, labels, help texts and
 * values a Prometheus server sees. To accept an intended change, run the test with
 * {@code -Dcxmetrics.golden.write=true} and review the diff of the file.
 */
class PrometheusScrapeTest {

    private static final String GOLDEN = "prometheus-scrape.txt";

    @Test
    void scrape_matchesTheGoldenText() throws IOException {
        MockClock clock = new MockClock();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT,
                new PrometheusRegistry(), clock);

        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .tags("question", "nps")
                .tag("channel", r -> r.channel().name())
                .maxTagValues(2)
                .clock(clock)
                .build();
        nps.bindTo(registry);
        List<Response> email = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            email.add(Items.nps(i < 50 ? 10 : i < 80 ? 8 : 3, Channel.EMAIL));  // NPS 30
        }
        email.forEach(nps::record);
        Items.nps(Channel.CHAT, 10, 9, 2).forEach(nps::record);               // small sample
        Items.nps(Channel.PHONE, 10).forEach(nps::record);                    // overflow

        InteractionRecorder frt = InteractionRecorder
                .durations("cx.first.response", CxMetrics.firstResponseTime().approximate(3))
                .sla(CxMetrics.slaAttainment(Policies.FIRST_REPLY))
                .minimumSample(10)
                .clock(clock)
                .build();
        frt.bindTo(registry);
        for (int minutes = 1; minutes <= 9; minutes++) {
            frt.record(Items.answeredAfter(Duration.ofMinutes(minutes), Channel.CHAT));
        }
        frt.record(Items.answeredAfter(Duration.ofMinutes(100), Channel.CHAT));
        Interaction open = Items.unanswered(Channel.CHAT);
        frt.record(open);

        String scrape = registry.scrape();
        if (Boolean.getBoolean("cxmetrics.golden.write")) {
            Files.writeString(Path.of("src/test/resources", GOLDEN), scrape);
        }
        assertEquals(golden(), scrape);
    }

    private static String golden() throws IOException {
        try (InputStream in = PrometheusScrapeTest.class.getResourceAsStream("/" + GOLDEN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
