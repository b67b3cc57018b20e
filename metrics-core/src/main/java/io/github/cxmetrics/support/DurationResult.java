package io.github.cxmetrics.support;

import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The distribution of a support duration — first response, first or full resolution, or handle
 * time — over the interactions that reached its end event, with the count of those that have
 * not. Immutable.
 *
 * <p><b>Counts.</b> {@link #count()} is the number of measured durations. An interaction without
 * the end event (unanswered, unsolved) is counted in {@link #open()}, never as a duration of
 * zero; an interaction the metric does not apply to (handle time of a contact that is not a call)
 * is counted in {@link #skipped()}. The status-time metrics with an as-of instant also measure
 * their open interactions up to it ({@link #openMeasured()}, in both {@code open()} and
 * {@code count()}) and count those opened after it in {@link #afterAsOf()}.
 *
 * <p><b>Statistics.</b> The mean is {@code sum / count}, truncated to the nanosecond. The
 * percentile {@code p} (0 to 100) is the <em>nearest rank</em>: the smallest measured value such
 * that at least {@code p %} of the values are at or below it, that is the value of rank
 * {@code ⌈p/100 · n⌉} (rank 1 for p = 0) in ascending order. It is always one of the measured
 * values; the median is {@code percentile(50)}, the lower middle value when n is even.
 * Example: 1, 2, 3, 4, 5, 6, 7, 8, 9 and 100 minutes have mean 14.5 minutes, median 5 (rank 5),
 * p90 9 (rank 9), p95 100 (rank ⌈9.5⌉ = 10). {@link #shareWithin(Duration)} is the percentage of
 * measured values at or below a threshold. Durations are whole milliseconds.
 *
 * <p><b>Exact and approximate.</b> An exact result ({@link #isExact()}, the default) keeps every
 * value, so all statistics are exact; memory is 8 bytes per value. An approximate result
 * (calculator option {@code approximate(d)}) keeps an HdrHistogram with {@code d} significant
 * digits, auto-resizing (no highest trackable value to configure): its memory depends on the
 * range of the values, not on their number. Count, sum, mean, minimum and maximum stay exact; a
 * percentile is the histogram's value at that percentile (the same nearest-rank definition,
 * answered with the highest value of the bucket that holds the exact percentile), clamped to
 * [min, max], so it is at or above the exact percentile and within a relative
 * {@code 10^−d} of it; {@link #countWithin(Duration)} counts whole buckets up to the one that
 * holds the threshold, so it may include values up to a relative {@code 10^−d} above the
 * threshold. Both forms merge exactly: splitting the input in any way gives the same result.
 *
 * <p><b>Empty input</b>: {@link #isEmpty()} is true when nothing was measured; the counts are
 * still available, and the mean, percentiles, minimum, maximum and shares throw
 * {@link IllegalStateException} — never a silent zero.
 */
public final class DurationResult implements MetricResult<DurationResult> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String metric;
    private final long open;
    private final long skipped;
    private final long openMeasured;
    private final long afterAsOf;
    private final long count;
    private final long sum;
    private final long min;
    private final long max;
    /** Every value, ascending; null when approximate. */
    private final long[] sorted;
    /** The histogram; null when exact. */
    private final Histogram histogram;
    private final int digits;

    private DurationResult(String metric, long open, long skipped, long openMeasured,
            long afterAsOf, long count, long sum, long min, long max, long[] sorted,
            Histogram histogram, int digits) {
        this.metric = metric;
        this.open = open;
        this.skipped = skipped;
        this.openMeasured = openMeasured;
        this.afterAsOf = afterAsOf;
        this.count = count;
        this.sum = sum;
        this.min = min;
        this.max = max;
        this.sorted = sorted;
        this.histogram = histogram;
        this.digits = digits;
    }

    static DurationResult exact(String metric, long[] sorted, long open, long skipped,
            long openMeasured, long afterAsOf) {
        long sum = 0;
        for (long value : sorted) {
            sum = Checks.addCount(sum, value, "sum of durations");
        }
        int n = sorted.length;
        return new DurationResult(metric, open, skipped, openMeasured, afterAsOf, n, sum,
                n == 0 ? 0 : sorted[0],
                n == 0 ? 0 : sorted[n - 1], sorted, null, 0);
    }

    static DurationResult approximate(String metric, Histogram histogram, int digits, long count,
            long sum, long min, long max, long open, long skipped, long openMeasured,
            long afterAsOf) {
        return new DurationResult(metric, open, skipped, openMeasured, afterAsOf, count, sum,
                count == 0 ? 0 : min,
                count == 0 ? 0 : max, null, histogram, digits);
    }

    /** Returns the metric's name, such as {@code first response time (business time)}. */
    public String metric() {
        return metric;
    }

    /** Returns the number of measured durations: the interactions that reached the end event. */
    @Override
    public long count() {
        return count;
    }

    /**
     * Returns the number of interactions in scope that have not reached the end event. They are
     * not measured, except by the status-time metrics with an as-of instant, which measure them
     * up to it: see {@link #openMeasured()}.
     */
    public long open() {
        return open;
    }

    /**
     * Returns the number of open interactions measured up to the calculator's as-of instant
     * (status-time metrics with {@code asOf}): they are in both {@link #open()} and
     * {@link #count()}, and their durations are lower bounds, still growing. 0 for the other
     * metrics, whose open interactions are never measured.
     */
    public long openMeasured() {
        return openMeasured;
    }

    /**
     * Returns the number of interactions opened after the calculator's as-of instant: outside the
     * window the result describes, counted apart and in no other count. 0 without {@code asOf}.
     */
    public long afterAsOf() {
        return afterAsOf;
    }

    /**
     * Returns the number of interactions in scope the metric does not apply to: contacts without
     * talk or hold time for handle time, calls without an answer time for first response time,
     * interactions without a status timeline for the status times.
     */
    public long skipped() {
        return skipped;
    }


    /** Returns whether every value is kept, so that every statistic is exact. */
    public boolean isExact() {
        return histogram == null;
    }

    /** Returns the histogram's significant digits, or 0 for an exact result. */
    public int significantDigits() {
        return digits;
    }

    /**
     * Returns the sum of the measured durations, such as the total talk and hold time of the
     * calls; exact. {@code Duration.ZERO} for an empty result.
     */
    public Duration sum() {
        return Duration.ofMillis(sum);
    }

    /**
     * Returns the mean, {@code sum / count}, truncated to the nanosecond; exact in both forms.
     *
     * @throws IllegalStateException if the result is empty
     */
    public Duration mean() {
        requireValues();
        return Duration.ofMillis(sum / count).plusNanos((sum % count) * 1_000_000 / count);
    }

    /**
     * Returns the shortest measured duration; exact in both forms.
     *
     * @throws IllegalStateException if the result is empty
     */
    public Duration min() {
        requireValues();
        return Duration.ofMillis(min);
    }

    /**
     * Returns the longest measured duration; exact in both forms.
     *
     * @throws IllegalStateException if the result is empty
     */
    public Duration max() {
        requireValues();
        return Duration.ofMillis(max);
    }

    /**
     * Returns the median, the nearest-rank {@code percentile(50)}.
     *
     * @throws IllegalStateException if the result is empty
     */
    public Duration median() {
        return percentile(50);
    }

    /**
     * Returns the 90th percentile (nearest rank).
     *
     * @throws IllegalStateException if the result is empty
     */
    public Duration p90() {
        return percentile(90);
    }

    /**
     * Returns the 95th percentile (nearest rank).
     *
     * @throws IllegalStateException if the result is empty
     */
    public Duration p95() {
        return percentile(95);
    }

    /**
     * Returns the nearest-rank percentile: the value of rank {@code ⌈p/100 · n⌉} (at least 1) in
     * ascending order; {@code percentile(0)} is the minimum and {@code percentile(100)} the
     * maximum. Approximate results answer within the histogram's precision, as described above.
     *
     * @param p the percentile, in [0, 100]
     * @throws IllegalArgumentException if {@code p} is outside [0, 100] or NaN
     * @throws IllegalStateException if the result is empty
     */
    public Duration percentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100]: " + p);
        }
        requireValues();
        if (sorted != null) {
            return Duration.ofMillis(sorted[(int) rank(p, count) - 1]);
        }
        long value = histogram.getValueAtPercentile(p);
        return Duration.ofMillis(Math.max(min, Math.min(max, value)));
    }

    /** Returns {@code ⌈p/100 · n⌉}, at least 1, computed exactly in decimal. */
    static long rank(double p, long n) {
        long rank = BigDecimal.valueOf(p).multiply(BigDecimal.valueOf(n))
                .divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
        return Math.max(1, rank);
    }

    /**
     * Returns the number of measured durations at or below {@code threshold}. Approximate results
     * count whole histogram buckets, as described above.
     *
     * @throws IllegalArgumentException if {@code threshold} is negative
     */
    public long countWithin(Duration threshold) {
        Checks.requireNonNull(threshold, "threshold");
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("threshold must be >= 0: " + threshold);
        }
        long limit = toMillisSaturated(threshold);
        if (count == 0 || limit < min) {
            return 0;
        }
        if (limit >= max) {
            return count;
        }
        if (sorted != null) {
            return upperBound(sorted, limit);
        }
        return histogram.getCountBetweenValues(0, limit);
    }

    /**
     * Returns the percentage of measured durations at or below {@code threshold}, in [0, 100],
     * such as the share of first replies within one hour. Open interactions are not in the base;
     * use an SLA calculator with an {@code asOf} instant to count those already past a target.
     *
     * @throws IllegalArgumentException if {@code threshold} is negative
     * @throws IllegalStateException if the result is empty
     */
    public double shareWithin(Duration threshold) {
        long within = countWithin(threshold);
        requireValues();
        return 100.0 * within / count;
    }

    private static long toMillisSaturated(Duration d) {
        return d.getSeconds() >= Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : d.toMillis();
    }

    /** Returns the number of values {@code <= limit} in an ascending array. */
    private static int upperBound(long[] values, long limit) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void requireValues() {
        if (count == 0) {
            throw new IllegalStateException(metric + " is undefined for an empty result: nothing"
                    + " measured (open: " + open + ", skipped: " + skipped
                    + (afterAsOf > 0 ? ", opened after as-of: " + afterAsOf : "") + ")");
        }
    }

    /**
     * Returns the result of both samples together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if the results are of different metrics or forms (exact,
     *     or approximate with other digits)
     */
    @Override
    public DurationResult plus(DurationResult other) {
        Objects.requireNonNull(other, "other result must not be null");
        if (!metric.equals(other.metric) || digits != other.digits) {
            throw new IllegalArgumentException("cannot add results of different metrics or forms: "
                    + describe() + " and " + other.describe());
        }
        DurationSample both = DurationSample.of(this);
        both.merge(DurationSample.of(other));
        return both.snapshot(metric, Checks.addCount(open, other.open, "open interactions"),
                Checks.addCount(skipped, other.skipped, "skipped interactions"),
                Checks.addCount(openMeasured, other.openMeasured, "open measured interactions"),
                Checks.addCount(afterAsOf, other.afterAsOf, "interactions after asOf"));
    }

    /** The durations in ascending order (exact results), or null. */
    long[] sortedValues() {
        return sorted;
    }

    /** The histogram (approximate results), or null. */
    Histogram histogram() {
        return histogram;
    }

    long sumMillis() {
        return sum;
    }

    long minMillis() {
        return min;
    }

    long maxMillis() {
        return max;
    }

    private String describe() {
        return metric + (sorted != null ? " (exact)" : " (" + digits + " significant digits)");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DurationResult that)) {
            return false;
        }
        if (!metric.equals(that.metric) || digits != that.digits || open != that.open
                || skipped != that.skipped || openMeasured != that.openMeasured
                || afterAsOf != that.afterAsOf || count != that.count || sum != that.sum
                || min != that.min || max != that.max) {
            return false;
        }
        return sorted != null ? Arrays.equals(sorted, that.sorted) : sameCounts(histogram, that.histogram);
    }

    /** Whether two histograms of equal total count hold the same count in every bucket. */
    private static boolean sameCounts(Histogram a, Histogram b) {
        if (a.getTotalCount() != b.getTotalCount()) {
            return false;
        }
        for (HistogramIterationValue v : a.recordedValues()) {
            if (b.getCountAtValue(v.getValueIteratedTo()) != v.getCountAtValueIteratedTo()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, digits, open, skipped, openMeasured, afterAsOf, count, sum,
                min, max);
    }

    /**
     * Returns a summary, such as
     * {@code first response time: n=10 (open 2), mean PT14M30S, median PT5M, p90 PT9M, max PT1H40M}.
     */
    @Override
    public String toString() {
        String counts = "(open " + open
                + (openMeasured > 0 ? ", " + openMeasured + " measured to as-of" : "")
                + (skipped > 0 ? ", skipped " + skipped : "")
                + (afterAsOf > 0 ? ", " + afterAsOf + " opened after as-of" : "") + ")";
        if (isEmpty()) {
            return metric + ": empty " + counts;
        }
        return metric + ": n=" + count + " " + counts + ", mean " + mean() + ", median " + median()
                + ", p90 " + p90() + ", max " + max()
                + (isExact() ? "" : ", approximate to " + digits + " significant digits");
    }
}
