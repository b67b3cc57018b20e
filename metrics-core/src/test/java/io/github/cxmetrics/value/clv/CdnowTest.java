package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the published CDNOW estimates from the shared CDNOW files (skipped when they are
 * absent): Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way", §4 (BG/NBD and
 * Pareto/NBD); Fader and Hardie (2013), "The Gamma-Gamma Model of Monetary Value", §3.
 */
class CdnowTest {

    /** Asserts {@code actual} rounds to {@code published} at the published number of decimals. */
    private static void assertPublished(double published, int decimals, double actual,
            String what) {
        double half = 0.5 * Math.pow(10, -decimals);
        assertTrue(Math.abs(actual - published) <= half + 1e-12,
                () -> what + ": published " + published + ", fitted " + actual);
    }

    /**
     * Asserts that a model's parameters (its {@code double} components, in order) round to the
     * published ones at the published number of decimals.
     */
    private static void assertPublished(Record model, int decimals, double... published) {
        double[] fitted = ModelAssertions.parameters(model);
        String[] names = ModelAssertions.parameterNames(model);
        for (int i = 0; i < published.length; i++) {
            assertPublished(published[i], decimals, fitted[i], names[i]);
        }
    }

    /** Asserts that {@code actual} and {@code published} agree to 3 significant digits. */
    private static void assertThreeDigits(double published, double actual, String what) {
        MathContext three = new MathContext(3, RoundingMode.HALF_EVEN);
        assertEquals(new BigDecimal(published).round(three), new BigDecimal(actual).round(three),
                () -> what + ": published " + published + ", fitted " + actual);
    }

    @Test
    void bgNbd_reproducesFaderHardieLee2005() {
        ModelFit<BgNbd> fit = CxMetrics.lifetimeValue().bgNbd().fit(Cdnow.summary());
        BgNbd m = fit.model();
        assertTrue(fit.diagnostics().converged(), fit.diagnostics().message());
        // FHL 2005, §4: r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4.
        assertPublished(m, 3, 0.243, 4.414, 0.793, 2.426);
        assertPublished(-9582.4, 1, fit.logLikelihood(), "log-likelihood");
        assertEquals(2357, fit.diagnostics().customers());
        // Standard errors (not published): the inverse of a finite-difference Hessian taken
        // directly on the natural parameters with NumPy/SciPy, an independent route to the delta
        // method used here: 0.01255, 0.3780, 0.1856, 0.7049.
        FitDiagnostics d = fit.diagnostics();
        assertEquals(0.01255, d.standardError("r"), 0.01 * 0.01255);
        assertEquals(0.3780, d.standardError("alpha"), 0.01 * 0.3780);
        assertEquals(0.1856, d.standardError("a"), 0.01 * 0.1856);
        assertEquals(0.7049, d.standardError("b"), 0.01 * 0.7049);
    }

    @Test
    void paretoNbd_reproducesFaderHardieLee2005() {
        ModelFit<ParetoNbd> fit = CxMetrics.lifetimeValue().paretoNbd().fit(Cdnow.summary());
        ParetoNbd m = fit.model();
        assertTrue(fit.diagnostics().converged(), fit.diagnostics().message());
        // FHL 2005, §4: r = 0.553, α = 10.578, s = 0.606, β = 11.669, LL = −9595.0.
        assertPublished(m, 3, 0.553, 10.578, 0.606);
        // β agrees to 4 significant digits: the maximum is at 11.668 (11.6679), not 11.669.
        assertThreeDigits(11.669, m.beta(), "beta");
        assertEquals(11.669, m.beta(), 0.002);
        assertPublished(-9595.0, 1, fit.logLikelihood(), "log-likelihood");
    }

    @Test
    void fromTransactions_bothPurchaseModelsReproduceEveryPublishedDigit() {
        // Built from CDNOW_sample.txt the times are exact (the summary file rounds them to
        // 0.01 week), and the Pareto/NBD β comes out at 11.6687, the published 11.669.
        RfmSummary summary = Cdnow.calibration();
        ParetoNbd p = CxMetrics.lifetimeValue().paretoNbd().fit(summary).model();
        assertPublished(p, 3, 0.553, 10.578, 0.606, 11.669);
        ModelFit<BgNbd> fit = CxMetrics.lifetimeValue().bgNbd().fit(summary);
        BgNbd b = fit.model();
        assertPublished(b, 3, 0.243, 4.414, 0.793, 2.426);
        assertPublished(-9582.4, 1, fit.logLikelihood(), "log-likelihood");
    }

    @Test
    void gammaGamma_reproducesFaderHardie2013FromTransactions() {
        RfmSummary summary = Cdnow.calibration();
        ModelFit<GammaGamma> fit = CxMetrics.lifetimeValue().gammaGamma().fit(summary);
        GammaGamma m = fit.model();
        assertTrue(fit.diagnostics().converged(), fit.diagnostics().message());
        // Fader and Hardie 2013, §3, on the 946 repeat buyers: p = 6.25, q = 3.74, γ = 15.44.
        assertEquals(946, fit.diagnostics().customers());
        assertPublished(m, 2, 6.25, 3.74, 15.44);
    }

    @Test
    void gammaGamma_summaryFileAgreesToThreeDigits() {
        // The summary file rounds each mean spend to the cent, which moves γ to 15.448.
        ModelFit<GammaGamma> fit = CxMetrics.lifetimeValue().gammaGamma().fit(Cdnow.summary());
        GammaGamma m = fit.model();
        assertTrue(fit.diagnostics().converged(), fit.diagnostics().message());
        assertPublished(m, 2, 6.25, 3.74);
        assertThreeDigits(15.44, m.gamma(), "gamma");
    }

    @Test
    void rfmFromTransactions_matchesTheSummaryFile() {
        RfmSummary file = Cdnow.summary();
        RfmSummary built = Cdnow.calibrationAndHoldout();
        assertEquals(file.size(), built.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < built.size(); i++) {
            index.put(built.customerId(i), i);
        }
        for (int i = 0; i < file.size(); i++) {
            int j = index.get(file.customerId(i));
            String id = file.customerId(i);
            assertEquals(file.frequency(i), built.frequency(j), id);
            // The file rounds to 2 decimals.
            assertEquals(file.recency(i), built.recency(j), 0.005 + 1e-9, id);
            assertEquals(file.age(i), built.age(j), 0.005 + 1e-9, id);
            assertEquals(file.meanSpend(i), built.meanSpend(j), 0.005 + 1e-9, id);
        }
        assertEquals(Cdnow.CALIBRATION_END, built.calibrationEnd().orElseThrow());
        assertEquals(Cdnow.USD, built.currency().orElseThrow());
        assertEquals(39.0, built.holdoutLength(), 1e-12);       // 273 days
        assertEquals(0, built.skippedRefunds());
        assertEquals(0, built.customersAfterCalibration());
        assertEquals(2357, Cdnow.purchases().stream().map(p -> p.customerId()).distinct().count());
    }

    @Test
    void mbgNbd_reproducesBtydPlus() {
        // BTYDplus' mbgcnbd with k = 1 (Batislam, Denizel and Filiztekin 2007) on CDNOW:
        // r 0.525, alpha 6.183, a 0.891, b 1.614.
        ModelFit<MbgNbd> fit = CxMetrics.lifetimeValue().mbgNbd().fit(Cdnow.summary());
        assertTrue(fit.diagnostics().converged(), fit.diagnostics().message());
        MbgNbd m = fit.model();
        assertPublished(m, 3, 0.525, 6.183, 0.891, 1.614);
        // mpmath, BTYDplus' xbgcnbd.LL summed over the file at the fitted values: −9582.1327.
        assertEquals(-9582.1327, fit.logLikelihood(), 1e-3);
        assertEquals(fit.logLikelihood(), m.logLikelihood(Cdnow.summary()), 1e-8);
    }

    @Test
    void mbgNbd_fromTransactionsReproducesBtydPlus() {
        RfmSummary summary = Cdnow.calibration();
        MbgNbd m = CxMetrics.lifetimeValue().mbgNbd().fit(summary).model();
        assertPublished(m, 3, 0.525, 6.183, 0.891, 1.614);
    }

    @Test
    void mbgNbd_columnsAddUpOverTheCustomerBase() {
        // mpmath over the 2,357 rows of the summary file with the BTYDplus estimates: BTYDplus'
        // conditional expectation for the 39 holdout weeks, P(alive) and the log-likelihood.
        RfmSummary summary = Cdnow.summary();
        MbgNbd m = MbgNbdTest.CDNOW;
        assertEquals(1577.1353601193173, sum(m.expectedPurchases(summary, 39)), 1e-9);
        assertEquals(1057.7281192780194, sum(m.probabilityAlive(summary)), 1e-9);
        assertEquals(-9582.1327952872488, m.logLikelihood(summary), 1e-8);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    @Test
    void bgNbd_conditionalExpectationsAddUpAsFhlEquation10() {
        RfmSummary summary = Cdnow.calibrationAndHoldout();
        BgNbd m = new BgNbd(0.2425929, 4.41353202, 0.79288607, 2.42575346, ChronoUnit.WEEKS);
        double predicted = 0;
        for (CustomerRfm c : summary.customers()) {
            predicted += m.expectedPurchases(c, summary.holdoutLength());
        }
        // FHL 2005 equation 10 summed over the 2,357 customers for the 39 holdout weeks, with
        // SciPy's hyp2f1 (an independent implementation): 1653.42. The actual holdout has 1,882
        // transactions (days with purchases).
        assertEquals(1653.42, predicted, 0.02);
        assertEquals(1882, summary.totalHoldoutPurchases());
    }

    @Test
    void summaryFiles_agree() {
        RfmSummary summary = Cdnow.summary();
        List<String[]> plain = Cdnow.summaryWithoutSpend();
        assertEquals(2357, summary.size());
        assertEquals(plain.size(), summary.size());
        for (int i = 0; i < summary.size(); i++) {
            String[] row = plain.get(i);
            assertEquals(row[0], summary.customerId(i));
            assertEquals(Integer.parseInt(row[1]), summary.frequency(i));
            assertEquals(Double.parseDouble(row[2]), summary.recency(i), 0.006);
            assertEquals(Double.parseDouble(row[3]), summary.age(i), 0.006);
        }
        assertEquals(946, summary.repeatBuyers());
    }
}
