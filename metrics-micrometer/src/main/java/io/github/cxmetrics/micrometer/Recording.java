package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.Accumulator;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine of every recorder: finds the series of an item from its tag values (creating it,
 * up to the limit, or sending the item to the overflow series), records into its window, and
 * registers every series' gauges in every registry the recorder is bound to.
 *
 * @param <T> the item type
 * @param <R> the result type
 */
final class Recording<T, R> {

    private final Settings<T> settings;
    private final Figures<R> figures;
    private final Supplier<? extends Accumulator<T, R>> accumulators;
    private final String itemName;
    /** The only series when there are no tag functions; else null. */
    private final Series<T, R> untagged;
    /** Keyed by the tag value (one tag function) or the list of values (several). */
    private final Map<Object, Series<T, R>> series = new ConcurrentHashMap<>();
    private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
    private final LongAdder overflowed = new LongAdder();
    private volatile Series<T, R> overflow;
    private volatile boolean full;

    Recording(Settings<T> settings, Figures<R> figures,
            Supplier<? extends Accumulator<T, R>> accumulators, String itemName) {
        this.settings = settings;
        this.figures = figures;
        this.accumulators = accumulators;
        this.itemName = itemName;
        this.untagged = settings.tagged() ? null
                : new Series<>(settings.commonTags(), settings, figures, accumulators);
    }

    void record(T item) {
        seriesOf(item).record(item, settings.clock().wallTime());
    }

    private Series<T, R> seriesOf(T item) {
        if (untagged != null) {
            return untagged;
        }
        Object key = keyOf(item);
        Series<T, R> found = series.get(key);
        if (found != null) {
            return found;
        }
        if (full) {
            overflowed.increment();
            return overflow;
        }
        return create(key);
    }

    private Object keyOf(T item) {
        List<Function<? super T, String>> functions = settings.tagFunctions();
        if (functions.size() == 1) {
            return tagValue(functions.get(0), 0, item);
        }
        String[] values = new String[functions.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = tagValue(functions.get(i), i, item);
        }
        return Arrays.asList(values);
    }

    private String tagValue(Function<? super T, String> function, int index, T item) {
        String value = function.apply(item);
        if (value == null) {
            throw new NullPointerException("tag " + settings.tagKeys().get(index)
                    + " must not be null: its function returned null for " + itemName + " " + item);
        }
        return value;
    }

    private synchronized Series<T, R> create(Object key) {
        Series<T, R> found = series.get(key);
        if (found != null) {
            return found;
        }
        if (series.size() >= settings.maxTagValues()) {
            if (overflow == null) {
                overflow = newSeries(overflowValues());
            }
            full = true;
            overflowed.increment();
            return overflow;
        }
        Series<T, R> created = newSeries(valuesOf(key));
        series.put(key, created);
        return created;
    }

    private List<String> overflowValues() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < settings.tagKeys().size(); i++) {
            values.add(settings.overflowTagValue());
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<String> valuesOf(Object key) {
        return key instanceof String value ? List.of(value) : (List<String>) key;
    }

    /** Creates a series and registers it; the caller holds the lock. */
    private Series<T, R> newSeries(List<String> values) {
        Tags tags = settings.commonTags();
        for (int i = 0; i < values.size(); i++) {
            tags = tags.and(settings.tagKeys().get(i), values.get(i));
        }
        Series<T, R> created = new Series<>(tags, settings, figures, accumulators);
        for (MeterRegistry registry : registries) {
            register(created, registry);
        }
        return created;
    }

    /** Registers the recorder's meters in {@code registry}, and those of series made later. */
    synchronized void bindTo(MeterRegistry registry) {
        if (registries.contains(registry)) {
            return;
        }
        registries.add(registry);
        if (untagged != null) {
            register(untagged, registry);
            return;
        }
        for (Series<T, R> each : series.values()) {
            register(each, registry);
        }
        if (overflow != null) {
            register(overflow, registry);
        }
        FunctionCounter.builder(settings.name() + ".tags.overflow", overflowed, LongAdder::sum)
                .tags(settings.commonTags())
                .description("Records whose tag values found no series of their own, after "
                        + settings.maxTagValues() + " combinations, and went to the "
                        + settings.overflowTagValue() + " series")
                .register(registry);
    }

    private void register(Series<T, R> target, MeterRegistry registry) {
        List<MeterSpec> meters = figures.meters();
        for (int i = 0; i < meters.size(); i++) {
            MeterSpec meter = meters.get(i);
            int index = i;
            String name = settings.name() + "." + meter.suffix();
            Tags tags = target.tags.and(meter.tags());
            if (meter.milliseconds()) {
                TimeGauge.builder(name, target, TimeUnit.MILLISECONDS, s -> s.value(index))
                        .tags(tags).description(meter.description()).strongReference(true)
                        .register(registry);
            } else {
                Gauge.builder(name, target, s -> s.value(index))
                        .tags(tags).description(meter.description()).strongReference(true)
                        .register(registry);
            }
        }
    }

    /** Returns the window's result now for the given tag values (empty if never recorded). */
    R result(String... tagValues) {
        if (tagValues.length != settings.tagKeys().size()) {
            throw new IllegalArgumentException("tagValues must give one value per tag key "
                    + settings.tagKeys() + ": " + Arrays.toString(tagValues));
        }
        if (untagged != null) {
            return untagged.result();
        }
        Series<T, R> found = tagValues.length == 1 ? series.get(tagValues[0])
                : series.get(Arrays.asList(tagValues));
        if (found == null && overflow != null && Arrays.asList(tagValues).equals(overflowValues())) {
            found = overflow;
        }
        return found == null ? accumulators.get().snapshot() : found.result();
    }

    /** Returns how many records went to the overflow series. */
    long overflowed() {
        return overflowed.sum();
    }
}
