package io.github.cxmetrics.support;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.StateBytes.assertRefused;
import static io.github.cxmetrics.model.InteractionStatus.OPEN;
import static io.github.cxmetrics.model.InteractionStatus.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges of the status-time metrics. The as-of window is applied before anything else, as for the
 * SLA: an interaction opened after the as-of instant is counted in {@code afterAsOf()} and in no
 * other count, whether or not it has a status timeline.
 */
class StatusTimeEdgesTest {

    private static final Instant T0 = Instant.parse("2024-04-08T09:00:00Z");
    private static final Instant AS_OF = T0.plus(Duration.ofMinutes(60));

    @Test
    void openedAfterAsOf_isOutsideTheWindowWithOrWithoutATimeline() {
        Interaction waiting = Interaction.builder("w", "c", Channel.EMAIL, T0)
                .status(T0, OPEN).status(T0.plusSeconds(300), PENDING).build();
        Interaction earlyWithoutTimeline = Interaction.opened("e", "c", Channel.EMAIL, T0);
        Interaction lateWithoutTimeline = Interaction.opened("l", "c", Channel.EMAIL,
                AS_OF.plusSeconds(1));
        Interaction lateWithTimeline = Interaction.builder("t", "c", Channel.EMAIL,
                AS_OF.plusSeconds(60)).status(AS_OF.plusSeconds(60), OPEN).build();
        List<Interaction> all = List.of(waiting, earlyWithoutTimeline, lateWithoutTimeline,
                lateWithTimeline);

        DurationResult wait = CxMetrics.agentWaitTime().asOf(AS_OF).compute(all);
        assertEquals(2, wait.afterAsOf());
        assertEquals(1, wait.skipped());
        assertEquals(1, wait.open());
        assertEquals(1, wait.openMeasured());
        assertEquals(Duration.ofMinutes(55), wait.sum());
        // the SLA calculator's window counts the same interactions outside it
        SlaResult sla = CxMetrics.slaAttainment(
                SlaPolicy.builder(Milestone.FIRST_REPLY).otherwise(Duration.ofHours(1)).build())
                .asOf(AS_OF).compute(all);
        assertEquals(wait.afterAsOf(), sla.afterAsOf());
    }

    @Test
    void forgedCounts_whereAnOpenInteractionWasNotMeasuredAsOf_areRefused() {
        StatusTimeCalculator asOf = CxMetrics.requesterWaitTime().asOf(T0);
        // open 1, skipped 0, open measured 0, opened after asOf 0, then no durations
        assertRefused("malformed status time state: with asOf every open interaction is"
                + " measured: open 1, open measured 0", asOf, "01" + "00" + "00" + "00" + "00");
    }

    @Test
    void aNullStatus_isNamedInTheMessage() {
        java.util.Set<InteractionStatus> withNull = new java.util.LinkedHashSet<>();
        withNull.add(PENDING);
        withNull.add(null);
        failure(NullPointerException.class, () -> StatusTimeCalculator.inStatuses(withNull),
                "status in statuses [pending, null] must not be null");
        failure(NullPointerException.class,
                () -> CxMetrics.timeInStatus(OPEN, PENDING, null),
                "more[1] must not be null");
    }
}
