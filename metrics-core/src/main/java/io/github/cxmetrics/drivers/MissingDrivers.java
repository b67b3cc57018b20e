package io.github.cxmetrics.drivers;

/**
 * What the driver analysis does with a respondent who answered the outcome but not every driver.
 * Respondents without an answer to the outcome are never analysed; they are counted in
 * {@link DriverResult#withoutOutcome()}.
 */
public enum MissingDrivers {
    /**
     * Only respondents who answered the outcome and every driver are analysed (the default):
     * every statistic is computed over the same {@link DriverResult#n()} respondents, and the
     * others are counted in {@link DriverResult#incomplete()}.
     */
    LISTWISE,
    /**
     * Each correlation is computed over the respondents who answered both of its questions, and
     * the model is fitted to that matrix of correlations; each driver's correlations and
     * performance use the respondents who answered it. Keeps more answers when many
     * respondents skip some driver, at a price: the matrix may be inconsistent (not positive
     * definite), which is an error, and the model's {@link DriverResult#n()} is the smallest
     * number of respondents behind any of its correlations.
     */
    PAIRWISE
}
