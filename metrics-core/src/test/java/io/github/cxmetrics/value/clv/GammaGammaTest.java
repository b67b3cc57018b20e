package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.temporal.ChronoUnit;
import org.apache.commons.numbers.gamma.LogGamma;
import org.junit.jupiter.api.Test;

/**
 * The Gamma-Gamma spend model at the published CDNOW estimates (Fader and Hardie 2013: p = 6.25,
 * q = 3.74, γ = 15.44), checked by hand from equations (4) and (5) of the note.
 */
class GammaGammaTest {

    static final GammaGamma CDNOW = new GammaGamma(6.25, 3.74, 15.44);

    @Test
    void populationMeanSpend_isPGammaOverQMinusOne() {
        // 6.25 × 15.44 / 2.74 = 35.2189…
        assertEquals(6.25 * 15.44 / 2.74, CDNOW.populationMeanSpend(), 1e-12);
        assertEquals(35.2189, CDNOW.populationMeanSpend(), 1e-4);
    }

    @Test
    void expectedMeanSpend_weighsTheCustomerAgainstThePopulation() {
        // Customer 1: x = 2, m = 22.35: 6.25 × (15.44 + 44.70) / (12.5 + 2.74) = 24.6644…
        assertEquals(6.25 * 60.14 / 15.24, CDNOW.expectedMeanSpend(BgNbdTest.CUSTOMER_1), 1e-12);
        double weight = 2.74 / 15.24;
        assertEquals(weight * CDNOW.populationMeanSpend() + (1 - weight) * 22.35,
                CDNOW.expectedMeanSpend(BgNbdTest.CUSTOMER_1), 1e-12);
        assertEquals(CDNOW.populationMeanSpend(), CDNOW.expectedMeanSpend(BgNbdTest.ONE_TIMER));
    }

    @Test
    void logLikelihood_isEquation3() {
        double px = 12.5;
        double expected = LogGamma.value(px + 3.74) - LogGamma.value(px) - LogGamma.value(3.74)
                + 3.74 * Math.log(15.44) + px * Math.log(2) + (px - 1) * Math.log(22.35)
                - (px + 3.74) * Math.log(15.44 + 44.7);
        assertEquals(expected, CDNOW.logLikelihood(BgNbdTest.CUSTOMER_1), 1e-12);
    }

    @Test
    void errors_areClear() {
        var e = assertThrows(IllegalStateException.class,
                () -> new GammaGamma(1, 0.8, 10).populationMeanSpend());
        assertEquals("the population mean spend is infinite when q <= 1: q = 0.8", e.getMessage());
        var f = assertThrows(IllegalArgumentException.class,
                () -> CDNOW.logLikelihood(BgNbdTest.ONE_TIMER));
        assertEquals("the gamma-gamma likelihood needs a repeat buyer: customer 3 has no repeat"
                + " purchase", f.getMessage());
        CustomerRfm refunder = new CustomerRfm("r", 2, 3, 10, -5, ChronoUnit.WEEKS);
        f = assertThrows(IllegalArgumentException.class, () -> CDNOW.expectedMeanSpend(refunder));
        assertEquals("meanSpend must be > 0 for the gamma-gamma model: -5.0 (customer r)",
                f.getMessage());
        e = assertThrows(IllegalStateException.class, () -> new GammaGamma(0.1, 0.5, 10)
                .expectedMeanSpend(new CustomerRfm("s", 1, 3, 10, 5, ChronoUnit.WEEKS)));
        assertEquals("the expected spend is infinite when px + q <= 1: 0.6 (customer s)",
                e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> new GammaGamma(0.1, 0.5, 10)
                .expectedMeanSpend(new CustomerRfm("u", 2, 3, 10, 5, ChronoUnit.WEEKS)));
        assertEquals("the expected spend is infinite when px + q <= 1: 0.7 (customer u)",
                e.getMessage());
        // q < 1 leaves the population mean infinite, but with two purchases px + q = 2.5 > 1:
        // p(γ + x·m) / (px + q − 1) = 1·(2 + 2·3) / 1.5
        assertEquals(8 / 1.5, new GammaGamma(1, 0.5, 2)
                .expectedMeanSpend(new CustomerRfm("t", 2, 3, 10, 3, ChronoUnit.WEEKS)), 1e-15);
    }

    @Test
    void groupedLikelihood_isTheSumOfEquation3OverTheRepeatBuyers() {
        // the objective −ℓ/n on log-parameters, against the customers' own log-likelihoods; the
        // one-timer is left out, the two customers with (2, 22.35) are one row of weight 2
        RfmSummary summary = RfmSummary.builder(ChronoUnit.WEEKS).add(BgNbdTest.CUSTOMER_1)
                .add("2", 2, 20, 38.86, 22.35).add(BgNbdTest.ONE_TIMER)
                .add("4", 5, 30, 38.86, 7.5).build();
        RowGroups groups = ModelSpec.GAMMA_GAMMA.groups(summary);
        assertEquals(2, groups.size);
        assertEquals(3, groups.totalWeight);
        double sum = 0;
        for (CustomerRfm c : summary.customers()) {
            sum += c.frequency() == 0 ? 0 : CDNOW.logLikelihood(c);
        }
        double[] theta = {Math.log(6.25), Math.log(3.74), Math.log(15.44)};
        assertEquals(-sum / 3, ModelSpec.GAMMA_GAMMA.objective(groups).value(theta, null),
                1e-14 * Math.abs(sum));
    }

    @Test
    void theFit_startsFromTheWeightedMeanSpend() {
        // two customers with the same (x, m) are one row of weight 2: (2·10 + 40) / 3
        RowGroups g = RowGroups.of(new int[] {1, 1, 3}, new double[] {10, 10, 40}, new double[3]);
        assertEquals(2, g.size);
        assertArrayEquals(new double[] {1, 2, 20}, ModelSpec.GAMMA_GAMMA.start(g), 1e-12);
    }

    @Test
    void lifetimeValue_sumsDiscountedPeriods() {
        BgNbd model = BgNbdTest.CDNOW;
        CustomerRfm c = BgNbdTest.CUSTOMER_1;
        Discounting monthly = Discounting.of(12, ChronoUnit.MONTHS, 0.01);
        double month = 30.436875 / 7;
        double expected = 0;
        double previous = 0;
        for (int k = 1; k <= 12; k++) {
            double now = model.expectedPurchases(c, k * month);
            expected += (now - previous) / Math.pow(1.01, k);
            previous = now;
        }
        expected *= CDNOW.expectedMeanSpend(c);
        assertEquals(expected, model.lifetimeValue(c, CDNOW, monthly), 1e-10);
        // Without discounting: expected spend × expected purchases in a year of 365.2425 days.
        assertEquals(CDNOW.expectedMeanSpend(c) * model.expectedPurchases(c, 365.2425 / 7),
                model.lifetimeValue(c, CDNOW, Discounting.of(1, ChronoUnit.YEARS, 0)), 1e-10);
    }

    @Test
    void discounting_validatesItsComponents() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Discounting.of(0, ChronoUnit.MONTHS, 0.01));
        assertEquals("periods must be >= 1: 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Discounting.of(12, ChronoUnit.MONTHS, -0.01));
        assertEquals("rate must be finite and >= 0: -0.01", e.getMessage());
        assertEquals(30.436875 / 7, Discounting.of(12, ChronoUnit.MONTHS, 0.01)
                .periodLength(ChronoUnit.WEEKS), 1e-15);
    }
}
