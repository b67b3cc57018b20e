package io.github.cxmetrics.stats;

/**
 * A two-sided confidence interval {@code [lower, upper]} at a confidence level, in the units of
 * the estimate it belongs to (NPS points, percent, scale points).
 *
 * <p>An interval is not necessarily centred on the reported estimate: the adjusted-Wald interval
 * of an NPS is centred on the adjusted estimate, and the Wilson interval of a share is pulled
 * towards 50 %.
 *
 * @param lower the lower bound
 * @param upper the upper bound, {@code >= lower}
 * @param level the confidence level, in (0, 1), for example 0.95
 */
public record Interval(double lower, double upper, double level) {

    /**
     * Creates an interval.
     *
     * @throws IllegalArgumentException if a bound is NaN, {@code lower > upper}, or the level is
     *     not in (0, 1)
     */
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new IllegalArgumentException(
                    "interval bounds must not be NaN: [" + lower + ", " + upper + "]");
        }
        if (lower > upper) {
            throw new IllegalArgumentException(
                    "interval lower bound must be <= upper bound: [" + lower + ", " + upper + "]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
    }

    /** Returns {@code upper - lower}. */
    public double width() {
        return upper - lower;
    }

    /** Returns the midpoint {@code (lower + upper) / 2}. */
    public double center() {
        return (lower + upper) / 2;
    }

    /** Returns whether {@code lower <= value <= upper}. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Returns whether the interval excludes zero, the usual reading of a significant difference. */
    public boolean excludesZero() {
        return !contains(0);
    }

    /**
     * Returns this interval with both bounds limited to {@code [min, max]}, the range the
     * estimate cannot leave (a mean score's scale, say); {@code [-1.2, 4.5]} limited to
     * {@code [0, 10]} is {@code [0, 4.5]}.
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public Interval limitedTo(double min, double max) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min must be <= max: " + min + " > " + max);
        }
        double lo = Math.max(min, Math.min(max, lower));
        double hi = Math.max(min, Math.min(max, upper));
        return new Interval(lo, hi, level);
    }

    /** Returns this interval with both bounds multiplied by {@code factor > 0}. */
    public Interval scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be finite and > 0: " + factor);
        }
        return new Interval(lower * factor, upper * factor, level);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "[%.4g, %.4g] (%s%%)", lower, upper,
                new java.math.BigDecimal(Double.toString(level * 100)).stripTrailingZeros()
                        .toPlainString());
    }
}
