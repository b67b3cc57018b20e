package io.github.cxmetrics.spark;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a Spark function computes: the metric ({@code nps}, {@code top-box}, {@code duration},
 * {@code sla}, {@code fcr}) and its options as text ({@code scale}, {@code lenient},
 * {@code calendar}, {@code digits}, {@code target}, {@code as-of}). Equal specs make equal
 * calculators; a state carries its spec, so {@code cx_merge} and the result functions rebuild the
 * calculator that reads it. Immutable; serializable, as Spark ships aggregators to executors.
 *
 * @param metric the metric's name
 * @param options the options, sorted by name
 */
record MetricSpec(String metric, SortedMap<String, String> options) implements Serializable {

    MetricSpec {
        options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
    }

    static MetricSpec of(String metric) {
        return new MetricSpec(metric, new TreeMap<>());
    }

    /** Returns this spec with one more option. */
    MetricSpec with(String name, String value) {
        TreeMap<String, String> more = new TreeMap<>(options);
        more.put(name, value);
        return new MetricSpec(metric, more);
    }

    /** Returns this spec with the lenient option when {@code lenient}. */
    MetricSpec lenient(boolean lenient) {
        return lenient ? with("lenient", "true") : this;
    }

    boolean isLenient() {
        return "true".equals(options.get("lenient"));
    }

    /** Returns an option, or null if it is not set. */
    String option(String name) {
        return options.get(name);
    }

    /** Returns the options other than those named; a reader refuses a spec with any. */
    Map<String, String> unknownOptions(Collection<String> known) {
        TreeMap<String, String> rest = new TreeMap<>(options);
        for (String name : known) {
            rest.remove(name);
        }
        return rest;
    }

    @Override
    public String toString() {
        return options.isEmpty() ? metric : metric + " " + options;
    }
}
