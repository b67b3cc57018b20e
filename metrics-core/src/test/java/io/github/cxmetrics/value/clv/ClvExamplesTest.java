package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Purchase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lifetime-value examples of README.md, compiled and run. The first and the last read the
 * CDNOW data from the shared data directory and are skipped without them.
 */
class ClvExamplesTest {

    @Test
    void fitFromPurchases() {
        List<Purchase> purchases = Cdnow.purchases();
        // README: clv fit
        RfmSummary summary = CxMetrics.lifetimeValue()
                .rfm(ChronoUnit.WEEKS, LocalDate.of(1997, 9, 30))   // last day of calibration
                .holdoutEnd(LocalDate.of(1998, 6, 30))
                .compute(purchases);                                // same-day purchases = 1
        ModelFit<BgNbd> fit = CxMetrics.lifetimeValue().bgNbd().fit(summary);
        FitDiagnostics d = fit.diagnostics();                       // check d.converged()
        BgNbd model = fit.model();                                  // r 0.243, alpha 4.414 weeks
        System.out.printf("%s, LL %.1f, %s%n", model, d.logLikelihood(), d.message());
        System.out.printf("alpha = %.3f ± %.3f weeks%n", model.alpha(), d.standardError("alpha"));

        ModelFit<GammaGamma> spend = CxMetrics.lifetimeValue().gammaGamma().fit(summary);
        double predicted = 0;
        for (CustomerRfm c : summary.customers()) {
            predicted += model.expectedPurchases(c, summary.holdoutLength());    // 39 weeks
        }
        System.out.printf("holdout: %.0f predicted, %d actual%n",
                predicted, summary.totalHoldoutPurchases());
        // README: end
        assertTrue(d.converged());
        assertEquals(0.243, model.r(), 5e-4);
        assertEquals(6.25, spend.model().p(), 5e-3);
        assertEquals(1653, predicted, 1);
    }

    @Test
    void predictWithKnownParameters() {
        // README: clv predict
        BgNbd model = new BgNbd(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);  // FHL 2005, CDNOW
        GammaGamma spend = new GammaGamma(6.25, 3.74, 15.44);        // Fader and Hardie 2013
        CustomerRfm customer = new CustomerRfm("1", 2, 30.43, 38.86, 22.35, ChronoUnit.WEEKS);

        double alive = model.probabilityAlive(customer);             // 0.727
        double nextYear = model.expectedPurchases(customer, 52);     // 1.56 in 52 weeks
        double none = model.probabilityOfPurchases(customer, 0, 52); // 0.40
        double perPurchase = spend.expectedMeanSpend(customer);      // $24.66
        double clv = model.lifetimeValue(customer, spend,
                Discounting.of(12, ChronoUnit.MONTHS, 0.01));        // $36.31 over 12 months
        double newCustomer = model.expectedPurchases(39);            // 1.197 in the first 39 weeks
        // README: end
        System.out.printf("%.4f %.4f %.4f %.4f %.4f %.4f%n", alive, nextYear, none, perPurchase,
                clv, newCustomer);
        assertEquals(0.727, alive, 5e-4);
        assertEquals(1.197, newCustomer, 5e-4);
        assertEquals(24.66, perPurchase, 5e-3);
        assertEquals(1.56, nextYear, 5e-3);
        assertEquals(0.40, none, 5e-3);
        assertEquals(36.31, clv, 5e-3);
    }

    @Test
    void columnsForAWholeCustomerBase() {
        SummaryColumns columns = SummaryColumns.of(Cdnow.summary());
        int n = columns.frequency().length;
        int[] frequency = columns.frequency();
        double[] recency = columns.recency();
        double[] age = columns.age();
        double[] meanSpend = columns.meanSpend();
        GammaGamma spend = new GammaGamma(6.25, 3.74, 15.44);
        // README: clv columns
        RfmSummary base = RfmSummary.of(ChronoUnit.WEEKS, frequency, recency, age, meanSpend);
        MbgNbd mbg = CxMetrics.lifetimeValue().mbgNbd().fit(base).model(); // r 0.525, alpha 6.183
        double[] alive = mbg.probabilityAlive(base);                       // one per customer
        double[] clv = mbg.lifetimeValue(base, spend,
                Discounting.of(12, 4.345, ChronoUnit.WEEKS, 0.01));        // lifetimes' months
        // README: end
        assertEquals(0.525, mbg.r(), 5e-4);
        assertEquals(n, alive.length);
        assertEquals(0.706, alive[0], 5e-4);
        assertEquals(37.20, clv[0], 5e-2);
    }
}
