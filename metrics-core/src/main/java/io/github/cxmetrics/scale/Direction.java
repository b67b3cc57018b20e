package io.github.cxmetrics.scale;

/**
 * Which end of a {@link ScoreScale} is good. Most scales are {@link #HIGHER_IS_BETTER}; some
 * vendors run the Customer Effort Score the other way (1 = little effort).
 */
public enum Direction {
    /** Higher scores are better: the positive band lies above the negative band. */
    HIGHER_IS_BETTER,
    /** Lower scores are better: the positive band lies below the negative band. */
    LOWER_IS_BETTER
}
