package io.github.cxmetrics.survey;

/**
 * What a survey calculator does when one customer answered the same question more than once:
 * one customer answering many times skews the result.
 */
public enum Duplicates {
    /** Every response counts (the default). */
    KEEP_ALL,
    /**
     * Only the latest response of each customer to each question counts, within each group the
     * calculator computes (each period of a trend, each key of a grouping). Responses at the same
     * instant are ranked by score, then weight, so the choice does not depend on input order.
     * The number of responses dropped is reported in the result's {@code duplicates()}. Needs
     * memory for one response per customer and question.
     */
    KEEP_LATEST
}
