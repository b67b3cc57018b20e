package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Summaries from columns: every column's length and every rule of a row is checked, with the
 * message of the rule; a summary without a holdout period refuses its holdout figures; equality
 * and the description cover every component.
 */
class RfmSummaryTest {

    private static final ChronoUnit W = ChronoUnit.WEEKS;

    /** A summary of one row from its components, without ids. */
    private static RfmSummary row(int x, double tx, double t, double m) {
        return RfmSummary.of(W, new int[] {x}, new double[] {tx}, new double[] {t},
                new double[] {m});
    }

    private static void rejected(Executable call, String message) {
        failure(IllegalArgumentException.class, call, message);
    }

    @Test
    void columns_ofAnotherLengthThanFrequency_areRejectedByName() {
        int[] x = {1, 0};
        double[] two = {1, 0};
        double[] one = {1};
        rejected(() -> RfmSummary.of(W, x, two, new double[] {3, 3, 3}, null),
                "age must have the length of frequency, 2: 3");
        rejected(() -> RfmSummary.of(W, x, two, new double[] {3, 3}, one),
                "meanSpend must have the length of frequency, 2: 1");
        rejected(() -> RfmSummary.of(W, new String[] {"a", "b", "c"}, x, two,
                new double[] {3, 3}, null), "ids must have the length of frequency, 2: 3");
    }

    @Test
    void everyRuleOfARow_isChecked() {
        rejected(() -> row(1, 1, Double.POSITIVE_INFINITY, 0),
                "age must be finite and >= 0: Infinity");
        rejected(() -> row(1, -1, 3, 0), "recency must be finite and >= 0: -1.0");
        rejected(() -> row(1, Double.NaN, 3, 0), "recency must be finite and >= 0: NaN");
        rejected(() -> row(0, 1, 3, 0),
                "recency must be 0 when frequency is 0: 1.0 (customer row 0)");
        rejected(() -> row(1, 1, 3, Double.POSITIVE_INFINITY),
                "meanSpend must be finite: Infinity");
        rejected(() -> row(1, 1, 3, Double.NEGATIVE_INFINITY),
                "meanSpend must be finite: -Infinity");
        failure(NullPointerException.class, () -> RfmSummary.of(W, new String[] {null},
                new int[] {0}, new double[1], new double[] {3}, null), "ids[0] must not be null");
        rejected(() -> RfmSummary.of(W, new String[] {"a", "b"}, new int[] {2, 0},
                new double[] {4, 0}, new double[] {3, 3}, null),
                "recency must be <= age 3.0: 4.0 (customer a)");
        // the limits themselves are rows
        RfmSummary edges = RfmSummary.of(W, new String[] {"a", "b", "c"}, new int[] {0, 3, 1},
                new double[] {0, 5, 0}, new double[] {0, 5, 2}, new double[] {0, -2.5, 1});
        assertEquals(List.of(new CustomerRfm("a", 0, 0, 0, 0, W),
                new CustomerRfm("b", 3, 5, 5, -2.5, W), new CustomerRfm("c", 1, 0, 2, 1, W)),
                edges.customers());
    }

    @Test
    void holdoutFigures_needAHoldoutPeriod() {
        RfmSummary s = row(1, 1, 3, 5);
        String message = "the summary has no holdout period: set a holdout end on the calculator";
        failure(IllegalStateException.class, s::holdoutLength, message);
        failure(IllegalStateException.class, () -> s.holdoutPurchases(0), message);
        failure(IllegalStateException.class, () -> s.holdoutSpend(0), message);
        failure(IllegalStateException.class, s::totalHoldoutPurchases, message);
        assertEquals("RfmSummary(1 customers, 1 repeat buyers, 1 repeat purchases, in WEEKS)",
                s.toString());
    }

    @Test
    void equality_coversEveryComponent() {
        RfmSummary s = row(1, 1, 3, 5);
        assertEquals(s, row(1, 1, 3, 5));
        assertEquals(s.hashCode(), row(1, 1, 3, 5).hashCode());
        assertNotEquals(s, row(2, 1, 3, 5));
        assertNotEquals(s, row(1, 2, 3, 5));
        assertNotEquals(s, row(1, 1, 4, 5));
        assertNotEquals(s, row(1, 1, 3, 6));
        assertNotEquals(s, RfmSummary.of(ChronoUnit.DAYS, new int[] {1}, new double[] {1},
                new double[] {3}, new double[] {5}));
        assertNotEquals(s, RfmSummary.of(W, new String[] {"x"}, new int[] {1},
                new double[] {1}, new double[] {3}, new double[] {5}));
        assertNotEquals(s, "RfmSummary");
        RfmCalculator calculator = RfmCalculatorTest.WEEKS;
        RfmSummary computed = calculator.compute(RfmCalculatorTest.CUSTOMER_1);
        RfmSummary withHoldout = calculator.holdoutEnd(LocalDate.of(1998, 6, 30))
                .compute(RfmCalculatorTest.CUSTOMER_1);
        assertEquals(computed, calculator.compute(RfmCalculatorTest.CUSTOMER_1));
        assertNotEquals(computed, withHoldout);
        assertNotEquals(computed.hashCode(), withHoldout.hashCode());
        assertEquals("RfmSummary(1 customers, 1 repeat buyers, 2 repeat purchases, in WEEKS,"
                + " calibration to 1997-09-30)", computed.toString());
    }
}
