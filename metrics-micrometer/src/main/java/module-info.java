/**
 * cxmetrics for Micrometer: live NPS, top-box scores, response times and SLA attainment of a
 * service, over a sliding window, as gauges beside the service's other metrics.
 *
 * <p>Start at {@link io.github.cxmetrics.micrometer.ResponseRecorder} and
 * {@link io.github.cxmetrics.micrometer.InteractionRecorder}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.cxmetrics.micrometer {
    requires transitive io.github.cxmetrics;
    // micrometer-core has no module descriptor; its manifest names the automatic module.
    requires transitive micrometer.core;

    exports io.github.cxmetrics.micrometer;
}
