package io.github.cxmetrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.stats.Interval;

/** The checks that the comparison tests share: a test and its interval; both hand-computed. */
final class Comparisons {

    private Comparisons() {}

    /**
     * Asserts a comparison's difference (to 1e-9) and its standard error, statistic and p-value,
     * computed by hand to six decimals (to 1e-6).
     */
    static void assertTest(Comparison c, double difference, double standardError,
            double statistic, double pValue) {
        assertEquals(difference, c.difference(), 1e-9, "difference");
        assertEquals(standardError, c.standardError(), 1e-6, "standard error");
        assertEquals(statistic, c.statistic(), 1e-6, "statistic");
        assertEquals(pValue, c.pValue(), 1e-6, "p-value");
    }

    /**
     * Asserts the bounds of a comparison's confidence interval of the difference at
     * {@code level}, computed by hand to six decimals (to 1e-6).
     */
    static void assertInterval(Comparison c, double level, double lower, double upper) {
        Interval ci = c.confidenceInterval(level);
        assertEquals(lower, ci.lower(), 1e-6, "lower bound");
        assertEquals(upper, ci.upper(), 1e-6, "upper bound");
    }
}
