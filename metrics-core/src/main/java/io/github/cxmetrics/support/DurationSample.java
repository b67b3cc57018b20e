package io.github.cxmetrics.support;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * The mutable store of measured durations in milliseconds: every value ({@link Exact}), or an
 * HdrHistogram with the exact count, sum, minimum and maximum ({@link Approximate}). Not
 * thread-safe.
 */
abstract class DurationSample {

    abstract void add(long millis);

    abstract void merge(DurationSample other);

    abstract DurationResult snapshot(String metric, long open, long skipped);

    static DurationSample of(int significantDigits) {
        return significantDigits == 0 ? new Exact() : new Approximate(significantDigits);
    }

    /** Every value, in a growable {@code long[]}: exact percentiles, memory linear in n. */
    static final class Exact extends DurationSample {
        /** The largest array the JVM reliably allocates. */
        private static final int MAX_SIZE = Integer.MAX_VALUE - 8;

        private long[] values = new long[16];
        private int size;

        @Override
        void add(long millis) {
            if (size == values.length) {
                grow(size + 1);
            }
            values[size++] = millis;
        }

        private void grow(long needed) {
            if (needed > MAX_SIZE) {
                throw new IllegalStateException("exact durations hold at most " + MAX_SIZE
                        + " values; use approximate(significantDigits) for more: " + needed);
            }
            long doubled = Math.max(needed, 2L * values.length);
            values = Arrays.copyOf(values, (int) Math.min(doubled, MAX_SIZE));
        }

        @Override
        void merge(DurationSample other) {
            Exact that = (Exact) other;
            if (size + (long) that.size > values.length) {
                grow(size + (long) that.size);
            }
            System.arraycopy(that.values, 0, values, size, that.size);
            size += that.size;
        }

        @Override
        DurationResult snapshot(String metric, long open, long skipped) {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return DurationResult.exact(metric, sorted, open, skipped);
        }
    }

    /** An auto-resizing HdrHistogram, with the exact count, sum, minimum and maximum. */
    static final class Approximate extends DurationSample {
        private final int digits;
        private final Histogram histogram;
        private long count;
        private long sum;
        private long min = Long.MAX_VALUE;
        private long max = Long.MIN_VALUE;

        Approximate(int digits) {
            this.digits = digits;
            this.histogram = new Histogram(digits);
        }

        @Override
        void add(long millis) {
            histogram.recordValue(millis);
            count++;
            sum = Math.addExact(sum, millis);
            min = Math.min(min, millis);
            max = Math.max(max, millis);
        }

        @Override
        void merge(DurationSample other) {
            Approximate that = (Approximate) other;
            histogram.add(that.histogram);
            count += that.count;
            sum = Math.addExact(sum, that.sum);
            min = Math.min(min, that.min);
            max = Math.max(max, that.max);
        }

        @Override
        DurationResult snapshot(String metric, long open, long skipped) {
            return DurationResult.approximate(metric, histogram.copy(), digits, count, sum, min,
                    max, open, skipped);
        }
    }
}
