package io.github.cxmetrics.support;

import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import io.github.cxmetrics.stats.Proportion;
import io.github.cxmetrics.stats.Proportions;
import java.util.Locale;
import java.util.Objects;

/**
 * A share of interactions, such as first contact resolution or the reopen rate: the hits, the
 * base they are a share of, and the interactions in scope outside the base. Immutable.
 *
 * <p><b>Formula</b>: {@code share = 100 × hits / count}, in [0, 100]; the bases are given in
 * {@link ShareCalculator}. Example: 6 one-touch interactions among 10 solved give 60 %, with a
 * 95 % Wilson interval of [31.27, 83.18] %.
 *
 * <p><b>Statistics</b>: the default interval is Wilson's score interval
 * {@code (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)}, see {@link Proportions}.
 *
 * <p><b>Empty input</b>: {@link #isEmpty()} is true when the base is empty; the counts are still
 * available, and {@link #share()} and the intervals throw {@link IllegalStateException}.
 *
 * @param metric the metric's name, such as {@code first contact resolution}
 * @param baseName the name of the base in messages, such as {@code solved interactions}; not
 *     part of the result's equality
 * @param hits the number of interactions in the base that count as hits (resolved in one
 *     touch, reopened)
 * @param count the number of interactions in the base {@code n}
 * @param outside the number of interactions in scope outside the base: not solved (first
 *     contact resolution) or never solved (reopen rate)
 */
public record ShareResult(String metric, String baseName, long hits, long count, long outside)
        implements MetricResult<ShareResult> {

    /**
     * Checks the components: a result no calculator could give is refused.
     *
     * @throws NullPointerException if {@code metric} or {@code baseName} is null
     * @throws IllegalArgumentException if {@code metric} is blank, a count is negative, or the
     *     hits exceed the base, as in {@code hits must be in [0, 6]: 7}
     */
    public ShareResult {
        Checks.requireNonBlank(metric, "metric");
        Checks.requireNonNull(baseName, "baseName");
        Checks.requireNonNegative(count, "count");
        Checks.requireNonNegative(outside, "outside");
        if (hits < 0 || hits > count) {
            throw new IllegalArgumentException("hits must be in [0, " + count + "]: " + hits);
        }
    }

    /**
     * Returns the share in percent, {@code 100 × hits / count}, in [0, 100].
     *
     * @throws IllegalStateException if the result is empty
     */
    public double share() {
        requireBase();
        return proportion().percent();
    }

    /** Returns the share as a {@link Proportion}: {@code hits} of {@code count}. */
    public Proportion proportion() {
        return Proportion.of(hits, count);
    }

    /**
     * Returns the Wilson confidence interval of the share in percent.
     *
     * @param level the confidence level in (0, 1), for example 0.95
     * @throws IllegalStateException if the result is empty
     */
    public Interval confidenceInterval(double level) {
        return confidenceInterval(level, IntervalMethod.WILSON);
    }

    /**
     * Returns a confidence interval of the share in percent by any {@link IntervalMethod}.
     *
     * @throws IllegalStateException if the result is empty
     */
    public Interval confidenceInterval(double level, IntervalMethod method) {
        Checks.requireNonNull(method, "method");
        requireBase();
        return proportion().confidenceInterval(level, method).scaled(100);
    }

    private void requireBase() {
        if (count == 0) {
            throw new IllegalStateException(metric + " is undefined for an empty result: no "
                    + baseName + " (outside the base: " + outside + ")");
        }
    }

    /**
     * Returns the result of both samples together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if the results are of different metrics
     */
    @Override
    public ShareResult plus(ShareResult other) {
        Checks.requireNonNull(other, "other");
        Checks.requireSame("metrics", metric, other.metric);
        return new ShareResult(metric, baseName, Checks.addCount(hits, other.hits, "hits"),
                Checks.addCount(count, other.count, "base"),
                Checks.addCount(outside, other.outside, "outside"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShareResult that && metric.equals(that.metric) && hits == that.hits
                && count == that.count && outside == that.outside;
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, hits, count, outside);
    }

    /** Returns a summary, such as {@code first contact resolution 60.0% (6 of 10; outside 2)}. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return metric + " (empty; outside " + outside + ")";
        }
        return String.format(Locale.ROOT, "%s %.1f%% (%d of %d; outside %d)", metric, share(), hits,
                count, outside);
    }
}
