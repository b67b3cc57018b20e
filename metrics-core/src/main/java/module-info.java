/**
 * cxmetrics: customer-experience and customer-value metrics.
 *
 * <p>Start at {@link io.github.cxmetrics.CxMetrics}.
 */
module io.github.cxmetrics {
    requires org.slf4j;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.numbers.gamma;

    exports io.github.cxmetrics;
    exports io.github.cxmetrics.model;
    exports io.github.cxmetrics.scale;
    exports io.github.cxmetrics.stats;
    exports io.github.cxmetrics.survey;
    exports io.github.cxmetrics.value.clv;
}
