package io.github.cxmetrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The check that the comparison tests share: a test against its hand-computed numbers. */
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
}
