package io.github.cxmetrics.survey;

/**
 * What a survey calculator does with responses that have no score
 * ({@link io.github.cxmetrics.model.Response#unanswered unanswered} questions). Either way they
 * are counted in the result's {@code missing()}; nothing disappears.
 */
public enum MissingAnswers {
    /** Missing answers are not part of the base {@code n} (the default). */
    EXCLUDE,
    /**
     * Missing answers count in the base {@code n} but in no band, lowering every share; this is
     * how CustomerGauge counts "no score" responses. The mean score still uses scored answers only.
     */
    COUNT_IN_BASE
}
