package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import java.math.BigInteger;
import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The mutable store of measured durations in milliseconds: every value ({@link Exact}), or an
 * HdrHistogram with the exact count, sum, minimum and maximum ({@link Approximate}). Not
 * thread-safe.
 */
abstract class DurationSample {

    abstract void add(long millis);

    /** Returns the number of durations held. */
    abstract long count();

    /**
     * Adds {@code other}'s durations; {@code other} is unchanged.
     *
     * @throws ArithmeticException if the count or the sum overflows; then nothing is changed
     */
    abstract void merge(DurationSample other);

    final DurationResult snapshot(String metric, long open, long skipped) {
        return snapshot(metric, open, skipped, 0, 0);
    }

    /** Returns the result, with the counts of interactions not measured or measured while open. */
    abstract DurationResult snapshot(String metric, long open, long skipped, long openMeasured,
            long afterAsOf);

    /** Writes the sample; equal samples write equal bytes. */
    abstract void writeTo(StateWriter out);

    static DurationSample of(int significantDigits) {
        return significantDigits == 0 ? new Exact() : new Approximate(significantDigits);
    }

    /**
     * Returns a sample holding a result's durations, so that results add through the same merge
     * as accumulators ({@link DurationResult#plus}).
     */
    static DurationSample of(DurationResult result) {
        if (result.isExact()) {
            Exact exact = new Exact();
            long[] values = result.sortedValues();
            exact.values = Arrays.copyOf(values, Math.max(16, values.length));
            exact.size = values.length;
            return exact;
        }
        Approximate approximate = new Approximate(result.significantDigits());
        if (result.count() > 0) {
            approximate.histogram.add(result.histogram());
            approximate.count = result.count();
            approximate.sum = result.sumMillis();
            approximate.min = result.minMillis();
            approximate.max = result.maxMillis();
        }
        return approximate;
    }

    /** Reads a sample of {@code significantDigits} (0 for exact) written by {@link #writeTo}. */
    static DurationSample read(int significantDigits, StateReader in) {
        return significantDigits == 0 ? Exact.read(in) : Approximate.read(significantDigits, in);
    }

    /**
     * Every value, in a growable {@code long[]}: exact percentiles, memory linear in n. Binary
     * form: the count, then the values in ascending order, the first as a zigzag varint and each
     * next one as its (unsigned) difference from the previous: delta coding, one or two bytes a
     * value for typical support times.
     */
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
        long count() {
            return size;
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
        DurationResult snapshot(String metric, long open, long skipped, long openMeasured,
                long afterAsOf) {
            return DurationResult.exact(metric, sorted(), open, skipped, openMeasured, afterAsOf);
        }

        private long[] sorted() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted;
        }

        @Override
        void writeTo(StateWriter out) {
            long[] sorted = sorted();
            out.writeCount(sorted.length);
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0) {
                    out.writeSignedVarLong(sorted[0]);
                } else {
                    out.writeVarLong(sorted[i] - sorted[i - 1]);
                }
            }
        }

        static Exact read(StateReader in) {
            int n = in.readLength("duration count", 1);
            Exact sample = new Exact();
            sample.values = new long[Math.max(16, n)];
            long previous = 0;
            long sum = 0;
            for (int i = 0; i < n; i++) {
                long value;
                if (i == 0) {
                    value = in.readSignedVarLong();
                } else {
                    long delta = in.readVarLong();
                    if (Long.compareUnsigned(delta, Long.MAX_VALUE - previous) > 0) {
                        throw in.malformed("duration " + i + " overflows: " + previous + " + "
                                + Long.toUnsignedString(delta));
                    }
                    value = previous + delta;
                }
                if (value < 0) {
                    throw in.malformed("durations must be >= 0: " + value);
                }
                // a sample whose result could not add up its durations is not one
                sum = Checks.addCount(sum, value, "sum of durations");
                sample.values[i] = value;
                previous = value;
            }
            sample.size = n;
            return sample;
        }
    }

    /**
     * An auto-resizing HdrHistogram, with the exact count, sum, minimum and maximum. Binary form:
     * the count; when it is not 0 the sum, minimum and maximum (zigzag varints), the number of
     * non-empty buckets, and per bucket in ascending order the difference of its value from the
     * previous bucket's (from 0 for the first) and its count. This is the histogram's own
     * run of counts, compressed, and unlike HdrHistogram's encoding it is read without trusting
     * any size it states: a bucket costs at least two bytes, and the histogram grows only to
     * the range of the values read, within the calculator's precision.
     */
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

        /**
         * A sample whose histogram covers {@code [0, highest]} from the start, and still grows:
         * filling an auto-resizing histogram in ascending order would resize it once per
         * power of two, thirty times slower.
         */
        private Approximate(int digits, long highest) {
            this.digits = digits;
            this.histogram = new Histogram(Math.max(2, highest), digits);
            this.histogram.setAutoResize(true);
        }

        @Override
        void add(long millis) {
            histogram.recordValue(millis);
            count++;
            sum = Checks.addCount(sum, millis, "sum of durations");
            min = Math.min(min, millis);
            max = Math.max(max, millis);
        }

        @Override
        long count() {
            return count;
        }

        @Override
        void merge(DurationSample other) {
            Approximate that = (Approximate) other;
            long newCount = Checks.addCount(count, that.count, "count of durations");
            long newSum = Checks.addCount(sum, that.sum, "sum of durations");
            histogram.add(that.histogram);
            count = newCount;
            sum = newSum;
            min = Math.min(min, that.min);
            max = Math.max(max, that.max);
        }

        @Override
        DurationResult snapshot(String metric, long open, long skipped, long openMeasured,
                long afterAsOf) {
            return DurationResult.approximate(metric, histogram.copy(), digits, count, sum, min,
                    max, open, skipped, openMeasured, afterAsOf);
        }

        @Override
        void writeTo(StateWriter out) {
            out.writeCount(count);
            if (count == 0) {
                return;
            }
            out.writeSignedVarLong(sum);
            out.writeSignedVarLong(min);
            out.writeSignedVarLong(max);
            int buckets = 0;
            for (HistogramIterationValue ignored : histogram.recordedValues()) {
                buckets++;
            }
            out.writeCount(buckets);
            long previous = 0;
            for (HistogramIterationValue v : histogram.recordedValues()) {
                long value = v.getValueIteratedTo();
                out.writeVarLong(value - previous);
                out.writeCount(v.getCountAtValueIteratedTo());
                previous = value;
            }
        }

        static Approximate read(int digits, StateReader in) {
            long count = in.readCount("count of durations");
            if (count == 0) {
                return new Approximate(digits);
            }
            long sum = in.readSignedVarLong();
            long min = in.readSignedVarLong();
            long max = in.readSignedVarLong();
            if (min < 0 || max < min) {
                throw in.malformed("minimum and maximum must satisfy 0 <= min <= max: " + min
                        + ", " + max);
            }
            BigInteger n = BigInteger.valueOf(count);
            BigInteger total = BigInteger.valueOf(sum);
            if (total.compareTo(n.multiply(BigInteger.valueOf(min))) < 0
                    || total.compareTo(n.multiply(BigInteger.valueOf(max))) > 0) {
                throw in.malformed("sum " + sum + " is not between count × min and count × max");
            }
            Approximate sample = new Approximate(digits, max);
            Histogram h = sample.histogram;
            long lowest = h.lowestEquivalentValue(min);
            long highest = h.highestEquivalentValue(max);
            int buckets = in.readLength("bucket count", 2);
            long value = 0;
            long counted = 0;
            for (int i = 0; i < buckets; i++) {
                long delta = in.readVarLong();
                if (delta < 0 || (i > 0 && delta == 0) || delta > highest - value) {
                    throw in.malformed("bucket " + i + " is out of order or outside ["
                            + lowest + ", " + highest + "]");
                }
                value += delta;
                if (value < lowest || value != h.highestEquivalentValue(value)) {
                    throw in.malformed("bucket value " + value + " is not the top of a bucket in ["
                            + lowest + ", " + highest + "]");
                }
                long c = in.readCount("bucket count");
                if (c == 0) {
                    throw in.malformed("bucket " + value + " is empty");
                }
                counted = Checks.addCount(counted, c, "count of durations");
                h.recordValueWithCount(value, c);
            }
            if (counted != count) {
                throw in.malformed("the buckets hold " + counted + " durations, not " + count);
            }
            sample.count = count;
            sample.sum = sum;
            sample.min = min;
            sample.max = max;
            return sample;
        }
    }
}
