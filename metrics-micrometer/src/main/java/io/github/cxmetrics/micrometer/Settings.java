package io.github.cxmetrics.micrometer;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.function.Function;

/**
 * The checked options of a recorder, as {@link RecorderBuilder#build()} leaves them.
 *
 * @param <T> the item type
 */
record Settings<T>(
        String name,
        List<String> tagKeys,
        List<Function<? super T, String>> tagFunctions,
        Tags commonTags,
        long bucketMillis,
        int buckets,
        int maxTagValues,
        String overflowTagValue,
        int minimumSample,
        double confidenceLevel,
        Clock clock,
        long snapshotIntervalMillis,
        int stripes) {

    /**
     * Stripes per bucket: four per processor, a power of two in [8, 64], so that a writer nearly
     * always finds a free one even when more threads record than there are cores.
     */
    static int defaultStripes() {
        int wanted = Math.min(64, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
        return Integer.highestOneBit(wanted - 1) << 1;
    }

    boolean tagged() {
        return !tagKeys.isEmpty();
    }
}
