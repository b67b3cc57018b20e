package io.github.cxmetrics;

/**
 * What every mergeable result of the library is: an immutable value with a base count, an empty
 * rule and an exact sum. {@code a.plus(b)} equals the result of one pass over both inputs, just
 * as merging their accumulators would give, and it refuses results of another question, metric,
 * scale or configuration with an {@link IllegalArgumentException}, as merge refuses accumulators
 * of another calculator. Results of different time windows do add: that is how daily results
 * make a month.
 *
 * <pre>{@code
 * NpsResult week = monday.plus(tuesday);   // same question and scale, else IllegalArgumentException
 * long n = week.count();
 * }</pre>
 *
 * @param <R> the result type itself
 */
public interface MetricResult<R extends MetricResult<R>> {

    /**
     * Returns the number of items in the result's base, the {@code n} of its figures: scored
     * responses, measured durations, interactions with a target, customers.
     */
    long count();

    /**
     * Returns whether the base is empty, {@code count() == 0}: the figures of an empty result are
     * undefined, and its methods that compute one throw {@link IllegalStateException}.
     */
    default boolean isEmpty() {
        return count() == 0;
    }

    /**
     * Returns the result of both inputs together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if {@code other} is of another question, metric, scale or
     *     configuration
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if a count would overflow a {@code long}
     */
    R plus(R other);
}
