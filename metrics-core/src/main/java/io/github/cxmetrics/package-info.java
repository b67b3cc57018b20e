/**
 * The entry point {@link io.github.cxmetrics.CxMetrics} and the shape every metric shares.
 *
 * <p>A {@link io.github.cxmetrics.Calculator} is an immutable, thread-safe description of a
 * metric; it computes over a collection, as a stream {@link java.util.stream.Collector}, per key
 * ({@link io.github.cxmetrics.Calculator#groupBy groupBy}) or per
 * {@link io.github.cxmetrics.CalendarPeriod calendar period}
 * ({@link io.github.cxmetrics.Calculator#byPeriod(java.time.temporal.ChronoUnit, java.time.ZoneId)
 * byPeriod}). All of these are built on a mutable {@link io.github.cxmetrics.Accumulator} that
 * merges exactly, so every way of splitting the input gives the same result.
 *
 * <h2>Empty input</h2>
 * One policy everywhere: an empty result is a value ({@code isEmpty()} is true, counts are 0),
 * and reading a ratio from it (a score, a share, an interval) throws
 * {@link java.lang.IllegalStateException}; no metric returns a silent 0 or NaN.
 *
 * <h2>Bad input</h2>
 * Invalid arguments throw {@link java.lang.IllegalArgumentException} (or
 * {@link java.lang.NullPointerException} for nulls) with a lower-case message naming the
 * parameter, the allowed range and the value, such as {@code score must be in [0, 10]: 11}.
 */
package io.github.cxmetrics;
