package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.SlaPolicy;
import java.time.Duration;

/** SLA policies of the tests. */
final class Policies {

    /** First reply within 1 hour on chat, 24 hours otherwise. */
    static final SlaPolicy FIRST_REPLY = SlaPolicy.builder(Milestone.FIRST_REPLY)
            .forChannel(Channel.CHAT, Duration.ofHours(1))
            .otherwise(Duration.ofHours(24))
            .build();

    private Policies() {}
}
