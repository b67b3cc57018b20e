package io.github.cxmetrics.value;

/**
 * What churn does with customers who were acquired and churned within the same period
 * ({@code METRICS.md} §3). They were not customers at the start of the period, so the seed's
 * formula (lost during the month / customers at the end of the previous month) has no place for
 * them.
 */
public enum JoinedAndLeft {

    /**
     * Left out of the rate (the default): {@code churn = lost / active at start}. They are still
     * counted in {@link ChurnCounts#joinedAndLeft()}.
     */
    EXCLUDE,

    /**
     * Counted as lost, and — so that the rate stays a proportion in [0, 1] — as at risk too:
     * {@code churn = (lost + joined and left) / (active at start + joined and left)}. Counting
     * them in the numerator only would let churn exceed 100 % (one customer at the start, five
     * who came and went: 500 %).
     */
    COUNT
}
