package io.github.cxmetrics.survey;

/**
 * The options that shape a result after counting: the metric's name for messages, whether
 * missing answers are in the base, and the small-sample threshold.
 */
record ResultPolicy(String metric, boolean missingInBase, int smallSampleThreshold) {

    void requireSame(ResultPolicy other) {
        if (!equals(other)) {
            throw new IllegalArgumentException(
                    "cannot combine results computed with different options: " + this + " and " + other);
        }
    }
}
