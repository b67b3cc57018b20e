package io.github.cxmetrics.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;

/**
 * What the recorders share: binding to registries and the overflow count.
 *
 * @param <T> the item type
 * @param <R> the window's result type
 */
abstract class WindowedRecorder<T, R> implements MeterBinder {

    final Recording<T, R> recording;

    WindowedRecorder(Recording<T, R> recording) {
        this.recording = recording;
    }

    /** Returns how many records went to the overflow series since the recorder was built. */
    public long overflowed() {
        return recording.overflowed();
    }

    /**
     * Registers the gauges of every series in {@code registry}, and those of series made later;
     * a recorder may be bound to several registries. Binding twice to one registry does nothing.
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry must not be null");
        recording.bindTo(registry);
    }
}
