package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.Checks;

/**
 * What a survey result is of, and the options that shape it after counting: the metric's name,
 * the questions it counts (null for every question), whether missing answers are in the base, and
 * the small-sample threshold. Results add only when these are equal, as accumulators merge only
 * when their calculators are.
 */
record ResultPolicy(String metric, String questions, boolean missingInBase,
        int smallSampleThreshold) {

    void requireSame(ResultPolicy other) {
        Checks.requireSameOptions(equals(other), this, other);
    }

    @Override
    public String toString() {
        return metric + (questions == null ? "" : " of questions " + questions)
                + (missingInBase ? ", missing answers in the base" : "")
                + ", small sample below " + smallSampleThreshold;
    }
}
