package io.github.cxmetrics.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Every cxmetrics aggregate function: a buffer holding the core's accumulator of a metric
 * ({@link StateBuffer}), rows of one {@link Input} shape added to it, and either the result as a
 * struct or the state as bytes out. {@code cx_merge} has no metric until its first state.
 * Serializable, as Spark ships it to executors: it holds the spec, never a calculator.
 */
final class MetricAggregator extends Aggregator<Object, StateBuffer, Object> {

    private static final long serialVersionUID = 1L;

    /** The metric's spec; null for {@code cx_merge}. */
    private final MetricSpec spec;
    private final Input input;
    /** Whether the output is the state's bytes rather than the result's struct. */
    private final boolean stateOut;
    private transient Metric metric;

    private MetricAggregator(MetricSpec spec, Input input, boolean stateOut) {
        this.spec = spec;
        this.input = input;
        this.stateOut = stateOut;
    }

    /** An aggregate of a metric's result struct. */
    static MetricAggregator result(MetricSpec spec, Input input) {
        checked(spec);
        return new MetricAggregator(spec, input, false);
    }

    /** An aggregate of a metric's state. */
    static MetricAggregator state(MetricSpec spec, Input input) {
        checked(spec);
        return new MetricAggregator(spec, input, true);
    }

    /** {@code cx_merge}: the merge of states of one metric. */
    static MetricAggregator merge() {
        return new MetricAggregator(null, Input.STATE, true);
    }

    /** Resolves the spec once on the driver, so that bad options fail before any task. */
    private static void checked(MetricSpec spec) {
        Metric.of(spec);
    }

    Input input() {
        return input;
    }

    private Metric metric() {
        if (metric == null) {
            metric = Metric.of(spec);
        }
        return metric;
    }

    @Override
    public StateBuffer zero() {
        return spec == null ? new StateBuffer() : new StateBuffer(metric());
    }

    @Override
    public StateBuffer reduce(StateBuffer buffer, Object row) {
        input.add(buffer, row);
        return buffer;
    }

    @Override
    public StateBuffer merge(StateBuffer buffer, StateBuffer other) {
        buffer.merge(other);
        return buffer;
    }

    @Override
    public Object finish(StateBuffer buffer) {
        if (stateOut) {
            return buffer.getState();
        }
        return metric().row(buffer.result());
    }

    @Override
    public Encoder<StateBuffer> bufferEncoder() {
        return Encoders.bean(StateBuffer.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Encoder<Object> outputEncoder() {
        Encoder<?> out = stateOut ? Encoders.BINARY() : Encoders.row(metric().schema());
        return (Encoder<Object>) out;
    }
}
