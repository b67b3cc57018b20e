package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.model.InteractionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry points of the support metrics name the metric they compute. */
class CxMetricsTest {

    @Test
    void supportEntryPoints_nameTheirMetric() {
        assertEquals("first bot response time",
                CxMetrics.firstBotResponseTime().compute(List.of()).metric());
        assertEquals("on-hold time", CxMetrics.onHoldTime().compute(List.of()).metric());
        assertEquals("agent work time", CxMetrics.agentWorkTime().compute(List.of()).metric());
        assertEquals("time in pending, on-hold", CxMetrics.timeInStatus(InteractionStatus.ON_HOLD,
                InteractionStatus.PENDING).compute(List.of()).metric());
    }
}
