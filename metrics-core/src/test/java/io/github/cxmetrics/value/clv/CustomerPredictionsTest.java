package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The per-customer columns of a summary too large and too varied to be grouped. */
class CustomerPredictionsTest {

    /**
     * {@code n} customers in weeks with distinct ages, 26 + i·10⁻⁴: beyond 65,536 of them no
     * row is grouped (a sample shows no duplicates) and every row is computed on its own.
     * Frequencies 0–5, recencies a share of the age, mean spends 5 to 44.
     */
    static RfmSummary distinctCustomers(int n) {
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 6;
            age[i] = 26 + i * 1e-4;
            tx[i] = x[i] == 0 ? 0 : age[i] * (i % 9 + 1) / 10;
            spend[i] = x[i] == 0 ? 0 : 5 + i % 40;
        }
        return RfmSummary.of(ChronoUnit.WEEKS, x, tx, age, spend);
    }

    @Test
    void lifetimeValueColumn_ofUngroupedRows_isEachCustomersValueWithItsSpend() {
        RfmSummary summary = distinctCustomers(70_000);
        assertFalse(RowGroups.groupingPays(summary.frequencyColumn(), summary.ageColumn(),
                summary.ageColumn()));
        BgNbd model = new BgNbd(0.5, 6, 0.7, 2.5, ChronoUnit.WEEKS);
        GammaGamma spend = new GammaGamma(6.25, 3.74, 15.44);
        Discounting discounting = Discounting.of(1, ChronoUnit.MONTHS, 0.01);
        double[] values = model.lifetimeValue(summary, spend, discounting);
        assertEquals(summary.size(), values.length);
        for (int i = 0; i < summary.size(); i += 97) {
            double expected = model.lifetimeValue(summary.customer(i), spend, discounting);
            assertEquals(expected, values[i], 1e-12 * expected, "customer " + i);
        }
    }
}
