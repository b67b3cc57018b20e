package io.github.cxmetrics.drivers;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.scale.Direction;
import io.github.cxmetrics.scale.ScoreScale;

/** A question of the analysis, the outcome or a driver, with the scale of its answers. */
record Question(String name, ScoreScale scale) {

    Question {
        Checks.requireNonBlank(name, "question");
        Checks.requireNonNull(scale, "scale");
        ScoreScale.requireConsistent(scale);
    }

    /** Returns a score oriented so that higher is better: reversed on a lower-is-better scale. */
    double oriented(int score) {
        return scale.direction() == Direction.LOWER_IS_BETTER ? scale.reverse(score) : score;
    }

    /** Returns an oriented mean as 0–100 points: {@code 100 × (mean − min) / (max − min)}. */
    double points(double orientedMean) {
        return 100 * (orientedMean - scale.min()) / (scale.max() - scale.min());
    }
}
