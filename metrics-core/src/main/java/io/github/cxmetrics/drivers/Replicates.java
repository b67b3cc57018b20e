package io.github.cxmetrics.drivers;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.stats.Interval;
import java.util.Arrays;

/** The bootstrap replicates of one statistic, sorted, and their percentile intervals. */
final class Replicates {

    private final double[] sorted;
    private final String unavailable;

    private Replicates(double[] sorted, String unavailable) {
        this.sorted = sorted;
        this.unavailable = unavailable;
    }

    /** Returns the replicates of {@code values[0..count)}. */
    static Replicates of(double[] values, int count) {
        double[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return new Replicates(copy, null);
    }

    /** Returns no replicates, with the reason an interval is asked for in vain. */
    static Replicates none(String reason) {
        return new Replicates(new double[0], reason);
    }

    int count() {
        return sorted.length;
    }

    /**
     * Returns the percentile interval at {@code level}: the {@code (1 − level)/2} and
     * {@code (1 + level)/2} quantiles of the replicates, interpolated between order statistics
     * (R's type 7).
     */
    Interval interval(double level, String statistic) {
        Checks.requireLevel(level);
        if (sorted.length == 0) {
            throw new IllegalStateException("the " + statistic + " has no bootstrap interval: "
                    + (unavailable == null ? "no resample succeeded" : unavailable));
        }
        return new Interval(quantile((1 - level) / 2), quantile((1 + level) / 2), level);
    }

    private double quantile(double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
