package io.github.cxmetrics.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.micrometer.ResponseRecorder.Builder;
import io.github.cxmetrics.survey.NpsResult;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Options are checked when set, set once, and combined in build(): the exact messages. */
class RecorderBuilderTest {

    private static Builder<NpsResult> nps() {
        return ResponseRecorder.nps("cx.nps", CxMetrics.nps());
    }

    private static void fails(Class<? extends Throwable> type, String message, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }

    @Test
    void values_areCheckedWhenSet() {
        fails(IllegalArgumentException.class, "name must not be blank: \" \"",
                () -> ResponseRecorder.nps(" ", CxMetrics.nps()));
        fails(NullPointerException.class, "calculator must not be null",
                () -> ResponseRecorder.nps("cx.nps", null));
        fails(NullPointerException.class, "durations must not be null",
                () -> InteractionRecorder.durations("cx.frt", null));
        fails(IllegalArgumentException.class, "window must be positive: PT0S",
                () -> nps().window(Duration.ZERO, 1));
        fails(IllegalArgumentException.class, "buckets must be in [1, 1440]: 0",
                () -> nps().window(Duration.ofHours(1), 0));
        fails(IllegalArgumentException.class,
                "window must split into buckets of whole milliseconds: PT1S into 7",
                () -> nps().window(Duration.ofSeconds(1), 7));
        fails(IllegalArgumentException.class,
                "window must split into buckets of whole milliseconds: PT0.0000001S into 1",
                () -> nps().window(Duration.ofNanos(100), 1));
        fails(IllegalArgumentException.class, "maxTagValues must be in [1, 10000]: 0",
                () -> nps().maxTagValues(0));
        fails(IllegalArgumentException.class, "overflowTagValue must not be blank: \"\"",
                () -> nps().overflowTagValue(""));
        fails(IllegalArgumentException.class, "minimumSample must be >= 0: -1",
                () -> nps().minimumSample(-1));
        fails(IllegalArgumentException.class, "confidenceLevel must be in (0, 1): 1.0",
                () -> nps().confidenceLevel(1));
        fails(IllegalArgumentException.class, "confidenceLevel must be in (0, 1): NaN",
                () -> nps().confidenceLevel(Double.NaN));
        fails(IllegalArgumentException.class, "snapshotInterval must be >= 0: PT-1S",
                () -> nps().snapshotInterval(Duration.ofSeconds(-1)));
        fails(IllegalArgumentException.class, "stripes must be a power of two in [1, 1024]: 3",
                () -> nps().stripes(3));
        fails(IllegalArgumentException.class, "tag key must not be blank: \"\"",
                () -> nps().tag("", r -> "x"));
        fails(IllegalArgumentException.class, "keyValues must be keys and values in pairs: 3 strings",
                () -> nps().tags("a", "b", "c"));
        fails(NullPointerException.class, "clock must not be null", () -> nps().clock(null));
    }

    @Test
    void eachOption_isSetOnce() {
        fails(IllegalStateException.class, "window was already set to PT1H in 4 buckets",
                () -> nps().window(Duration.ofHours(1), 4).window(Duration.ofHours(2), 4));
        fails(IllegalStateException.class, "tag channel was already set",
                () -> nps().tag("channel", r -> "a").tag("channel", r -> "b"));
        fails(IllegalStateException.class, "tags were already set to [tag(a=b)]",
                () -> nps().tags("a", "b").tags(Tags.of("c", "d")));
        fails(IllegalStateException.class, "maxTagValues was already set to 5",
                () -> nps().maxTagValues(5).maxTagValues(6));
        fails(IllegalStateException.class, "overflowTagValue was already set to x",
                () -> nps().overflowTagValue("x").overflowTagValue("y"));
        fails(IllegalStateException.class, "minimumSample was already set to 10",
                () -> nps().minimumSample(10).minimumSample(20));
        fails(IllegalStateException.class, "confidenceLevel was already set to 0.9",
                () -> nps().confidenceLevel(0.9).confidenceLevel(0.8));
        fails(IllegalStateException.class, "snapshotInterval was already set to PT0S",
                () -> nps().snapshotInterval(Duration.ZERO).snapshotInterval(Duration.ZERO));
        fails(IllegalStateException.class, "stripes was already set to 4",
                () -> nps().stripes(4).stripes(8));
        fails(IllegalStateException.class, "clock was already set to " + Clock.SYSTEM,
                () -> nps().clock(Clock.SYSTEM).clock(Clock.SYSTEM));
        fails(IllegalStateException.class, "sla was already set to "
                        + CxMetrics.slaAttainment(Policies.FIRST_REPLY),
                () -> InteractionRecorder.durations("cx.frt", CxMetrics.firstResponseTime())
                        .sla(CxMetrics.slaAttainment(Policies.FIRST_REPLY))
                        .sla(CxMetrics.slaAttainment(Policies.FIRST_REPLY)));
    }

    @Test
    void combinations_areCheckedInBuild() {
        fails(IllegalStateException.class, "maxTagValues applies to tag functions, but none was"
                + " set: call tag(key, function)", () -> nps().maxTagValues(5).build());
        fails(IllegalStateException.class, "overflowTagValue applies to tag functions, but none"
                + " was set: call tag(key, function)", () -> nps().overflowTagValue("x").build());
        fails(IllegalStateException.class, "tag band is used by the recorder's own gauges:"
                + " choose another key", () -> nps().tag("band", r -> "x").build());
        fails(IllegalStateException.class, "tag band is used by the recorder's own gauges:"
                + " choose another key", () -> nps().tags("band", "x").build());
        fails(IllegalStateException.class, "tag channel is set both as a fixed tag and as a tag"
                + " function",
                () -> nps().tags("channel", "all").tag("channel", r -> "x").build());
        fails(IllegalStateException.class, "confidenceLevel applies to intervals, and this"
                + " recorder publishes none: add an SLA calculator with sla(calculator)",
                () -> InteractionRecorder.durations("cx.frt", CxMetrics.firstResponseTime())
                        .confidenceLevel(0.9).build());
        fails(IllegalStateException.class, "tag outcome is used by the recorder's own gauges:"
                + " choose another key",
                () -> InteractionRecorder.durations("cx.frt", CxMetrics.firstResponseTime())
                        .tag("outcome", i -> "x").build());
    }
}
