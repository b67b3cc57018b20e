package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.SlaPolicy;
import io.github.cxmetrics.survey.NpsResult;
import java.time.Duration;

// docs: configuration
/**
 * The recorders of a service, as a Spring Boot configuration would declare them (the annotations
 * are comments here: the library does not depend on Spring). Spring Boot binds every
 * {@code MeterBinder} bean to its {@code MeterRegistry}, so the gauges appear in
 * {@code /actuator/prometheus} with nothing else to write.
 */
// @Configuration
class CxMetricsConfiguration {

    // @Bean
    ResponseRecorder<NpsResult> npsRecorder() {
        return ResponseRecorder.nps("cx.nps", CxMetrics.nps().question("nps"))
                .tag("channel", r -> r.channel().name())
                .window(Duration.ofHours(24), 24)     // the last 24 hours, in hourly buckets
                .maxTagValues(20)
                .build();
    }

    // @Bean
    InteractionRecorder firstResponseRecorder() {
        SlaPolicy firstReply = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .forChannel(Channel.CHAT, Duration.ofMinutes(5))
                .otherwise(Duration.ofHours(8))
                .build();
        return InteractionRecorder
                .durations("cx.first.response", CxMetrics.firstResponseTime().approximate(3))
                .sla(CxMetrics.slaAttainment(firstReply))
                .tag("channel", i -> i.channel().name())
                .build();
    }
}

/** Where the service handles answers and tickets: record them as they arrive. */
// @Service
class FeedbackService {
    private final ResponseRecorder<NpsResult> nps;
    private final InteractionRecorder firstResponse;

    FeedbackService(ResponseRecorder<NpsResult> nps, InteractionRecorder firstResponse) {
        this.nps = nps;
        this.firstResponse = firstResponse;
    }

    void onSurveyAnswer(Response response) {
        // ... store the answer ...
        nps.record(response);
    }

    void onFirstReply(Interaction ticket) {
        // ... send the reply ...
        firstResponse.record(ticket);
    }
}
// docs: end
