package io.github.cxmetrics.micrometer;

import java.util.List;

/**
 * What a kind of recorder publishes: the gauges of one series, and their values computed from one
 * snapshot of the window, so that the gauges of a series always agree with each other.
 *
 * @param <R> the window's result type
 */
interface Figures<R> {

    /** The gauges, in the order of {@link #values}. */
    List<MeterSpec> meters();

    /**
     * Returns the value of each gauge of {@link #meters()} for {@code result}; figures of a window
     * below {@code minimumSample} are NaN.
     */
    double[] values(R result, int minimumSample, double level);

    /** Returns 1 for true and 0 for false: the value of a flag gauge. */
    static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
