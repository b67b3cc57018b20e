package io.github.cxmetrics.scale;

/**
 * The band a score falls in on its {@link ScoreScale}: for NPS, detractors are
 * {@link #NEGATIVE}, passives {@link #NEUTRAL} and promoters {@link #POSITIVE}; for top-box
 * metrics such as CSAT, the positive band is the "top box".
 */
public enum Band {
    /** Dissatisfied, detractors, hard effort. */
    NEGATIVE,
    /** Neither; passives. A scale may have no neutral band. */
    NEUTRAL,
    /** Satisfied, promoters, easy. */
    POSITIVE
}
