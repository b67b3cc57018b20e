package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;

/**
 * The aggregation buffer of every cxmetrics Spark function: a metric and the core's accumulator
 * of it. Spark keeps the buffer as this object while it adds rows and merges buffers in one
 * task, and writes it only to move or spill it, through a bean encoder of the one property
 * {@code state}: its getter writes the core's binary form (behind the metric's spec, see
 * {@link CxSpark}), its setter reads it back. So rows are added to a live accumulator, and a
 * buffer crosses the wire in the core's own compact, checked form.
 *
 * <p>Public only because Spark's bean encoder needs a public class with a public constructor,
 * getter and setter; not part of the API. Not thread-safe, as Spark's buffers need not be.
 */
public final class StateBuffer {

    /** The metric, or null for an empty buffer of {@code cx_merge}, which learns it from states. */
    private Metric metric;
    private Accumulator<?, ?> accumulator;

    /** An empty buffer, for Spark's decoder and {@code cx_merge}. */
    public StateBuffer() {
    }

    StateBuffer(Metric metric) {
        this.metric = metric;
        this.accumulator = metric.newAccumulator();
    }

    /**
     * Returns the buffer in its binary form: the metric's spec and the core's state; null for an
     * empty buffer of {@code cx_merge}.
     */
    public byte[] getState() {
        return metric == null ? null : SparkState.encode(metric.spec(), accumulator.toByteArray());
    }

    /**
     * Sets the buffer to a binary form that {@link #getState()} wrote; null for an empty buffer.
     *
     * @throws IllegalArgumentException if the bytes are not such a state
     */
    public void setState(byte[] state) {
        if (state == null) {
            metric = null;
            accumulator = null;
            return;
        }
        SparkState.Parts parts = SparkState.decode(state);
        Metric read = Metric.of(parts.spec());
        accumulator = read.decode(parts.core());
        metric = read;
    }

    /** Returns whether the buffer has no metric yet (an empty {@code cx_merge} buffer). */
    boolean isEmpty() {
        return metric == null;
    }

    Metric metric() {
        return metric;
    }

    Accumulator<?, ?> accumulator() {
        return accumulator;
    }

    /**
     * Adds another buffer's accumulator to this one; an empty buffer takes the other's metric.
     *
     * @throws IllegalArgumentException if the two were made by different calculators
     */
    void merge(StateBuffer other) {
        if (other.isEmpty()) {
            return;
        }
        if (isEmpty()) {
            metric = other.metric;
            accumulator = metric.newAccumulator();
        }
        mergeInto(accumulator, other.accumulator);
    }

    /** Adds a state read from bytes, for {@code cx_merge}. */
    void mergeState(byte[] state) {
        StateBuffer read = new StateBuffer();
        read.setState(state);
        if (isEmpty()) {
            metric = read.metric;
            accumulator = read.accumulator;
            return;
        }
        try {
            mergeInto(accumulator, read.accumulator);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cx_merge merges the states of one function: a"
                    + " state of " + read.metric + " among states of " + metric + " ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Returns the core's result of the accumulator. */
    Object result() {
        return accumulator.snapshot();
    }

    private static void mergeInto(Accumulator<?, ?> into, Accumulator<?, ?> from) {
        Metric.<Object, Object>typed(into).merge(Metric.typed(from));
    }
}
