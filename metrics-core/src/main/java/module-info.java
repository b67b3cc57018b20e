/**
 * cxmetrics: customer-experience and customer-value metrics.
 *
 * <p>Start at {@link io.github.cxmetrics.CxMetrics}.
 */
@SuppressWarnings("requires-automatic")
module io.github.cxmetrics {
    requires org.slf4j;
    requires org.apache.commons.statistics.distribution;
    // HdrHistogram 2.2.2 ships without its Automatic-Module-Name (HdrHistogram issue #181 chose
    // "HdrHistogram", the name derived from the jar; the manifest entry was lost in the 2.2
    // build, PR #226), so the jar's name is the module's name.
    requires HdrHistogram;
    requires org.apache.commons.numbers.gamma;
    requires org.apache.commons.math4.legacy;

    exports io.github.cxmetrics;
    exports io.github.cxmetrics.drivers;
    exports io.github.cxmetrics.model;
    exports io.github.cxmetrics.scale;
    exports io.github.cxmetrics.stats;
    exports io.github.cxmetrics.survey;
    exports io.github.cxmetrics.support;
    exports io.github.cxmetrics.value;
    exports io.github.cxmetrics.value.clv;
}
