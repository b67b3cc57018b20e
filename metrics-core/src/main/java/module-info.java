/**
 * cxmetrics: customer-experience and customer-value metrics.
 *
 * <p>Start at {@link io.github.cxmetrics.CxMetrics}.
 */
module io.github.cxmetrics {
    requires org.slf4j;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.numbers.gamma;
    requires org.apache.commons.math4.legacy;
    // HdrHistogram is not required: it is relocated into this module's jar, in the package
    // io.github.cxmetrics.internal.hdrhistogram, which is not exported (see metrics-core/pom.xml;
    // its 2.2.2 jar has no Automatic-Module-Name, so it cannot be required by a published module).

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
