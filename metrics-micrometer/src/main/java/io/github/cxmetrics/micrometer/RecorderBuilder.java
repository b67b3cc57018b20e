package io.github.cxmetrics.micrometer;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The options every recorder shares. Each option may be set once ({@link IllegalStateException}
 * otherwise); values are checked when set ({@link IllegalArgumentException}, naming the option
 * and the value) and combinations when {@code build()} is called. A builder is not thread-safe;
 * the recorder it builds is.
 *
 * <p>Defaults: a window of 24 hours in 24 buckets, no tags, at most 100 tag value combinations
 * when there are tag functions (overflow value {@code other}), a minimum sample of 30, 95 %
 * intervals, the system clock, snapshots at most once a second.
 *
 * @param <T> the type of item recorded
 * @param <B> the builder type, returned by the options
 */
public abstract class RecorderBuilder<T, B extends RecorderBuilder<T, B>> {

    /** The most buckets a window may have. */
    public static final int MAX_BUCKETS = 1_440;
    /** The most tag value combinations {@link #maxTagValues(int)} accepts. */
    public static final int MAX_TAG_VALUES = 10_000;

    private final String name;
    private final Map<String, Function<? super T, String>> tagFunctions = new LinkedHashMap<>();
    private Tags commonTags;
    private Duration window;
    private int buckets;
    private Integer maxTagValues;
    private String overflowTagValue;
    private Integer minimumSample;
    private Double confidenceLevel;
    private Clock clock;
    private Duration snapshotInterval;
    private Integer stripes;

    RecorderBuilder(String name) {
        this.name = requireNonBlank(name, "name");
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Adds a tag whose value is computed from each item, such as the channel; every combination
     * of values gets its own series of gauges, up to {@link #maxTagValues(int)}. Several tags may
     * be added, each key once. The function must not return null (map a missing attribute to a
     * value of its own, as in {@code r -> r.attributeOr("plan", "none")}); it runs on every
     * record, so keep it cheap.
     *
     * @param key the tag key, such as {@code "channel"}
     * @throws IllegalStateException if a tag with this key was already added
     */
    public B tag(String key, Function<? super T, String> value) {
        requireNonBlank(key, "tag key");
        Objects.requireNonNull(value, "tag function must not be null");
        if (tagFunctions.containsKey(key)) {
            throw new IllegalStateException("tag " + key + " was already set");
        }
        tagFunctions.put(key, value);
        return self();
    }

    /**
     * Sets tags with fixed values, added to every meter of the recorder, such as
     * {@code tags("question", "nps")}.
     *
     * @param keyValues keys and values, alternating
     * @throws IllegalArgumentException if the number of strings is odd
     * @throws IllegalStateException if fixed tags were already set
     */
    public B tags(String... keyValues) {
        Objects.requireNonNull(keyValues, "keyValues must not be null");
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "keyValues must be keys and values in pairs: " + keyValues.length + " strings");
        }
        return tags(Tags.of(keyValues));
    }

    /**
     * Sets tags with fixed values, added to every meter of the recorder.
     *
     * @throws IllegalStateException if fixed tags were already set
     */
    public B tags(Iterable<Tag> tags) {
        Objects.requireNonNull(tags, "tags must not be null");
        if (commonTags != null) {
            throw new IllegalStateException("tags were already set to " + commonTags);
        }
        commonTags = Tags.of(tags);
        return self();
    }

    /**
     * Sets the sliding window: its length and the number of buckets it rotates through. An item
     * counts from when it is recorded until its bucket leaves the window, between
     * {@code length − length / buckets} and {@code length} later; more buckets slide more
     * smoothly and cost more memory. The default is 24 hours in 24 buckets of one hour.
     *
     * @param length the window's length, split into buckets of whole milliseconds
     * @param buckets the number of buckets, in [1, {@value #MAX_BUCKETS}]
     * @throws IllegalArgumentException if the length is not positive, the number of buckets is
     *     out of range, or the length does not split into whole milliseconds
     * @throws IllegalStateException if the window was already set
     */
    public B window(Duration length, int buckets) {
        Objects.requireNonNull(length, "window must not be null");
        if (window != null) {
            throw new IllegalStateException(
                    "window was already set to " + window + " in " + this.buckets + " buckets");
        }
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + length);
        }
        if (buckets < 1 || buckets > MAX_BUCKETS) {
            throw new IllegalArgumentException(
                    "buckets must be in [1, " + MAX_BUCKETS + "]: " + buckets);
        }
        long millis = length.toMillis();
        if (Duration.ofMillis(millis).compareTo(length) != 0 || millis % buckets != 0) {
            throw new IllegalArgumentException("window must split into buckets of whole"
                    + " milliseconds: " + length + " into " + buckets);
        }
        this.window = length;
        this.buckets = buckets;
        return self();
    }

    /**
     * Sets the most combinations of tag values that get a series of their own; the default is
     * 100. Items with a new combination once the limit is reached are recorded into one overflow
     * series, whose tag functions' values are all {@link #overflowTagValue(String)}, and counted
     * by the counter {@code <name>.tags.overflow}. Series are never dropped: the limit bounds the
     * number of time series the service publishes.
     *
     * @throws IllegalArgumentException if {@code max} is outside [1, {@value #MAX_TAG_VALUES}]
     * @throws IllegalStateException if the limit was already set
     */
    public B maxTagValues(int max) {
        if (maxTagValues != null) {
            throw new IllegalStateException("maxTagValues was already set to " + maxTagValues);
        }
        if (max < 1 || max > MAX_TAG_VALUES) {
            throw new IllegalArgumentException(
                    "maxTagValues must be in [1, " + MAX_TAG_VALUES + "]: " + max);
        }
        maxTagValues = max;
        return self();
    }

    /**
     * Sets the tag value of the overflow series; the default is {@code "other"}.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     * @throws IllegalStateException if the value was already set
     */
    public B overflowTagValue(String value) {
        requireNonBlank(value, "overflowTagValue");
        if (overflowTagValue != null) {
            throw new IllegalStateException(
                    "overflowTagValue was already set to " + overflowTagValue);
        }
        overflowTagValue = value;
        return self();
    }

    /**
     * Sets the smallest sample whose figures are published; the default is 30. A window with
     * fewer publishes NaN for its score, interval and percentiles, and 1 on its
     * {@code small.sample} gauge; the counts are published whatever their size.
     *
     * @throws IllegalArgumentException if {@code minimum} is negative
     * @throws IllegalStateException if the minimum was already set
     */
    public B minimumSample(int minimum) {
        if (minimumSample != null) {
            throw new IllegalStateException("minimumSample was already set to " + minimumSample);
        }
        if (minimum < 0) {
            throw new IllegalArgumentException("minimumSample must be >= 0: " + minimum);
        }
        minimumSample = minimum;
        return self();
    }

    /**
     * Sets the level of the published confidence intervals; the default is 0.95.
     *
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     * @throws IllegalStateException if the level was already set
     */
    public B confidenceLevel(double level) {
        if (confidenceLevel != null) {
            throw new IllegalStateException("confidenceLevel was already set to " + confidenceLevel);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be in (0, 1): " + level);
        }
        confidenceLevel = level;
        return self();
    }

    /**
     * Sets the clock that places records in buckets and rotates the window; the default is
     * {@link Clock#SYSTEM}. Tests pass a {@code MockClock} and move it.
     *
     * @throws IllegalStateException if the clock was already set
     */
    public B clock(Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        if (this.clock != null) {
            throw new IllegalStateException("clock was already set to " + this.clock);
        }
        this.clock = clock;
        return self();
    }

    /**
     * Sets how long a snapshot of a series serves its gauges; the default is one second. The
     * gauges of a series read one snapshot, so that they agree with each other within a scrape;
     * a new one is taken when the interval has passed or the window has moved to another
     * bucket. {@link Duration#ZERO} takes one on every read.
     *
     * @throws IllegalArgumentException if {@code interval} is negative
     * @throws IllegalStateException if the interval was already set
     */
    public B snapshotInterval(Duration interval) {
        Objects.requireNonNull(interval, "snapshotInterval must not be null");
        if (snapshotInterval != null) {
            throw new IllegalStateException("snapshotInterval was already set to " + snapshotInterval);
        }
        if (interval.isNegative()) {
            throw new IllegalArgumentException("snapshotInterval must be >= 0: " + interval);
        }
        snapshotInterval = interval;
        return self();
    }

    /**
     * Sets the number of stripes of the current bucket: how many threads record without waiting
     * for each other. The default is four per processor, a power of two in [8, 64].
     *
     * @throws IllegalArgumentException if {@code count} is not a power of two in [1, 1024]
     * @throws IllegalStateException if the number was already set
     */
    public B stripes(int count) {
        if (stripes != null) {
            throw new IllegalStateException("stripes was already set to " + stripes);
        }
        if (count < 1 || count > 1024 || Integer.bitCount(count) != 1) {
            throw new IllegalArgumentException(
                    "stripes must be a power of two in [1, 1024]: " + count);
        }
        stripes = count;
        return self();
    }

    /**
     * Checks the combinations of options and returns them with their defaults.
     *
     * @param reservedTagKeys tag keys the recorder's own gauges use
     * @param usesConfidenceLevel whether the recorder publishes intervals
     */
    Settings<T> settings(Set<String> reservedTagKeys, boolean usesConfidenceLevel) {
        boolean tagged = !tagFunctions.isEmpty();
        if (!tagged && maxTagValues != null) {
            throw new IllegalStateException("maxTagValues applies to tag functions, but none was"
                    + " set: call tag(key, function)");
        }
        if (!tagged && overflowTagValue != null) {
            throw new IllegalStateException("overflowTagValue applies to tag functions, but none"
                    + " was set: call tag(key, function)");
        }
        if (!usesConfidenceLevel && confidenceLevel != null) {
            throw new IllegalStateException("confidenceLevel applies to intervals, and this"
                    + " recorder publishes none: add an SLA calculator with sla(calculator)");
        }
        Tags fixed = commonTags == null ? Tags.empty() : commonTags;
        List<String> keys = new ArrayList<>(tagFunctions.keySet());
        for (String key : keys) {
            if (reservedTagKeys.contains(key)) {
                throw new IllegalStateException("tag " + key + " is used by the recorder's own"
                        + " gauges: choose another key");
            }
            if (fixed.stream().anyMatch(t -> t.getKey().equals(key))) {
                throw new IllegalStateException("tag " + key + " is set both as a fixed tag and"
                        + " as a tag function");
            }
        }
        fixed.stream().filter(t -> reservedTagKeys.contains(t.getKey())).findFirst().ifPresent(t -> {
            throw new IllegalStateException("tag " + t.getKey() + " is used by the recorder's own"
                    + " gauges: choose another key");
        });
        Duration length = window == null ? Duration.ofHours(24) : window;
        int bucketCount = window == null ? 24 : buckets;
        List<Function<? super T, String>> functions = List.copyOf(tagFunctions.values());
        return new Settings<T>(name, List.copyOf(keys), functions, fixed,
                length.toMillis() / bucketCount, bucketCount,
                maxTagValues == null ? 100 : maxTagValues,
                overflowTagValue == null ? "other" : overflowTagValue,
                minimumSample == null ? 30 : minimumSample,
                confidenceLevel == null ? 0.95 : confidenceLevel,
                clock == null ? Clock.SYSTEM : clock,
                snapshotInterval == null ? 1_000 : saturatedMillis(snapshotInterval),
                stripes == null ? Settings.defaultStripes() : stripes);
    }

    private static long saturatedMillis(Duration duration) {
        try {
            return duration.toMillis();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    static String requireNonBlank(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: \"" + value + "\"");
        }
        return value;
    }
}
