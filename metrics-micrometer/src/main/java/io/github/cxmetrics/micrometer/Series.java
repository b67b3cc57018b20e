package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.Accumulator;
import io.micrometer.core.instrument.Tags;
import java.util.function.Supplier;

/**
 * The window and the gauges' current values of one combination of tag values.
 *
 * @param <T> the item type
 * @param <R> the result type
 */
final class Series<T, R> {

    /** The values the gauges read, all from one snapshot of the window. */
    private record Snapshot<R>(R result, double[] values, long takenAt, long epoch) {}

    final Tags tags;
    private final SlidingWindow<T, R> window;
    private final Settings<T> settings;
    private final Figures<R> figures;
    private volatile Snapshot<R> latest;

    Series(Tags tags, Settings<T> settings, Figures<R> figures,
            Supplier<? extends Accumulator<T, R>> accumulators) {
        this.tags = tags;
        this.settings = settings;
        this.figures = figures;
        this.window = new SlidingWindow<>(accumulators, settings.bucketMillis(), settings.buckets(),
                settings.stripes(), settings.clock().wallTime());
    }

    void record(T item, long nowMillis) {
        window.record(item, nowMillis);
    }

    /** Returns the result of the window now, freshly merged. */
    R result() {
        return window.snapshot(settings.clock().wallTime()).snapshot();
    }

    /** Returns the value of gauge {@code index}, from a snapshot at most the interval old. */
    double value(int index) {
        return current().values[index];
    }

    private Snapshot<R> current() {
        long now = settings.clock().wallTime();
        long epoch = window.epochOf(now);
        Snapshot<R> snapshot = latest;
        if (snapshot == null || snapshot.epoch != epoch
                || now - snapshot.takenAt >= settings.snapshotIntervalMillis()) {
            snapshot = take(now, epoch);
        }
        return snapshot;
    }

    private synchronized Snapshot<R> take(long now, long epoch) {
        Snapshot<R> snapshot = latest;
        if (snapshot != null && snapshot.epoch == epoch
                && now - snapshot.takenAt < settings.snapshotIntervalMillis()) {
            return snapshot; // another gauge of the same scrape took it meanwhile
        }
        R result = window.snapshot(now).snapshot();
        snapshot = new Snapshot<>(result,
                figures.values(result, settings.minimumSample(), settings.confidenceLevel()),
                now, epoch);
        latest = snapshot;
        return snapshot;
    }
}
