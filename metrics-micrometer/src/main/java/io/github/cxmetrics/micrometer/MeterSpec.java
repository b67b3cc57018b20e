package io.github.cxmetrics.micrometer;

import io.micrometer.core.instrument.Tags;

/**
 * One gauge of every series of a recorder: its name after the recorder's base name, its extra
 * tags, its description, and whether it is a duration in milliseconds (a {@code TimeGauge},
 * converted by the registry to its base time unit).
 */
record MeterSpec(String suffix, Tags tags, String description, boolean milliseconds) {

    static MeterSpec gauge(String suffix, String description) {
        return new MeterSpec(suffix, Tags.empty(), description, false);
    }

    static MeterSpec gauge(String suffix, String tagKey, String tagValue, String description) {
        return new MeterSpec(suffix, Tags.of(tagKey, tagValue), description, false);
    }

    static MeterSpec time(String suffix, String description) {
        return new MeterSpec(suffix, Tags.empty(), description, true);
    }
}
