package io.github.cxmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Fixtures;
import io.github.cxmetrics.survey.TopBoxResult;
import org.junit.jupiter.api.Test;

/** The one share type: value, Wilson interval, empty rule, and the results that use it. */
class ProportionTest {

    @Test
    void sixOfTen_isSixtyPercentWithItsWilsonInterval() {
        Proportion p = Proportion.of(6, 10);
        assertEquals(0.6, p.value(), 1e-15);
        assertEquals(60.0, p.percent(), 1e-12);
        Interval ci = p.confidenceInterval(0.95);
        // Wilson 1927 with z = 1.959964: (0.6 + 0.19207 ± 0.30449) / 1.38415
        assertEquals(0.3127, ci.lower(), 5e-5);
        assertEquals(0.8318, ci.upper(), 5e-5);
        assertEquals("60.0% (6 of 10)", p.toString());
    }

    @Test
    void noTrials_isEmptyAndUndefined() {
        Proportion p = Proportion.of(0, 0);
        assertTrue(p.isEmpty());
        assertEquals("a share is undefined without trials: 0 of 0",
                assertThrows(IllegalStateException.class, p::value).getMessage());
        assertThrows(IllegalStateException.class, () -> p.confidenceInterval(0.95));
        assertEquals("undefined (0 of 0)", p.toString());
    }

    @Test
    void badCounts_areRefused() {
        assertEquals("successes must be in [0, 3.0]: 4.0",
                assertThrows(IllegalArgumentException.class, () -> Proportion.of(4, 3))
                        .getMessage());
        assertEquals("trials must be >= 0: -1",
                assertThrows(IllegalArgumentException.class, () -> Proportion.of(0, -1))
                        .getMessage());
        assertEquals("confidence level must be in (0, 1): 1.0", assertThrows(
                IllegalArgumentException.class, () -> Proportion.of(1, 2).confidenceInterval(1))
                .getMessage());
    }

    @Test
    void topBox_andShares_useIt() {
        TopBoxResult csat = CxMetrics.csat().compute(Fixtures.responses("csat", 5, 4, 4, 2, 3));
        assertEquals(Proportion.of(3, 5), csat.proportion());
        assertEquals(csat.confidenceInterval(0.9).lower(),
                csat.proportion().confidenceInterval(0.9).scaled(100).lower(), 1e-12);
        assertFalse(csat.proportion().isEmpty());
        assertTrue(CxMetrics.csat().compute(java.util.List.of()).proportion().isEmpty());
    }

    @Test
    void allSuccesses_isAWholeShare_andItsCountsReadBack() {
        Proportion all = Proportion.of(10, 10);
        assertEquals(1.0, all.value());
        assertEquals(10.0, all.successes());
        assertEquals(10.0, all.trials());
        Proportion weighted = Proportion.ofWeighted(2.5, 4);
        assertEquals(2.5, weighted.successes());
        assertEquals(4.0, weighted.trials());
        assertEquals("62.5% (2.50 of 4)", weighted.toString());
        // Counts of 10^15 and more are shown with decimals, as long cannot hold all of them exactly.
        assertEquals("100.0% (999999999999999 of 999999999999999)",
                Proportion.ofWeighted(999_999_999_999_999.0, 999_999_999_999_999.0).toString());
        assertEquals("100.0% (1000000000000000.00 of 1000000000000000.00)",
                Proportion.ofWeighted(1e15, 1e15).toString());
    }

    @Test
    void equality_isBySuccessesAndTrials() {
        assertEquals(Proportion.of(3, 5), Proportion.ofWeighted(3, 5));
        assertEquals(Proportion.of(3, 5).hashCode(), Proportion.ofWeighted(3, 5).hashCode());
        assertFalse(Proportion.of(3, 5).equals(Proportion.of(2, 5)));
        assertFalse(Proportion.of(3, 5).equals(Proportion.of(3, 6)));
        assertFalse(Proportion.of(3, 5).equals("60.0% (3 of 5)"));
    }
}
