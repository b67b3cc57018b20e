package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The small contracts of the value types and the fitter: each check at its limit, the unit
 * checks of the column predictions, and the fitter's options in equality and description.
 */
class ContractsTest {

    private static final ChronoUnit W = ChronoUnit.WEEKS;
    private static final String OTHER_UNIT =
            "customer is in DAYS but the model is in WEEKS: convert one of them with inUnit";

    @Test
    void fitterOptions_acceptTheirLimitsAndAreSetOnce() {
        ModelFitter<BgNbd> fitter = LifetimeValue.create().bgNbd();
        assertEquals("ModelFitter(bg/nbd, maxIterations 1)", fitter.maxIterations(1).toString());
        assertEquals("ModelFitter(bg/nbd, parallelism 1)", fitter.parallelism(1).toString());
        assertEquals("ModelFitter(bg/nbd, tolerance 1.0E-6, parallelism 2)",
                fitter.tolerance(1e-6).parallelism(2).toString());
        failure(IllegalArgumentException.class, () -> fitter.parallelism(0),
                "parallelism must be >= 1: 0");
        failure(IllegalStateException.class, () -> fitter.parallelism(2).parallelism(3),
                "parallelism was already set to 2");
        assertNotEquals(fitter.hashCode(), fitter.parallelism(2).hashCode());
        assertNotEquals(fitter, fitter.parallelism(2));
        assertEquals(fitter.parallelism(2), LifetimeValue.create().bgNbd().parallelism(2));
    }

    @Test
    void aFitterOfASpec_isTheEntryPointsFitter() {
        // LifetimeValue's fitters are made once, by ModelFitter.of: one of the spec's own
        // equals them and fits the same
        assertEquals(LifetimeValue.create().gammaGamma(), ModelFitter.of(ModelSpec.GAMMA_GAMMA));
        assertEquals("ModelFitter(gamma-gamma)", ModelFitter.of(ModelSpec.GAMMA_GAMMA).toString());
        RfmSummary summary = RfmSummary.builder(W).add("a", 2, 20, 39, 22.35)
                .add("b", 1, 5, 39, 11.77).add("c", 4, 30, 39, 40).add("d", 3, 25, 39, 15).build();
        assertEquals(LifetimeValue.create().gammaGamma().maxIterations(20).fit(summary),
                ModelFitter.of(ModelSpec.GAMMA_GAMMA).maxIterations(20).fit(summary));
    }

    @Test
    void customerRfm_checksItsRowAndKeepsItsUnit() {
        failure(IllegalArgumentException.class, () -> new CustomerRfm("a", -1, 0, 1, 0, W),
                "frequency must be >= 0: -1");
        CustomerRfm once = new CustomerRfm("a", 0, 0, 3, 0, W);
        CustomerRfm twice = new CustomerRfm("b", 1, 1, 3, 5, W);
        assertFalse(once.isRepeatBuyer());
        assertTrue(twice.isRepeatBuyer());
        assertSame(twice, twice.inUnit(W));
    }

    @Test
    void estimates_checkTheirStandardError() {
        failure(IllegalArgumentException.class, () -> new Estimate("a", 1, -1),
                "standardError must be finite and >= 0: -1.0");
        assertEquals(0.0, new Estimate("a", 1, 0).standardError());
    }

    @Test
    void spendModel_hasAFiniteMeanOnlyAboveItsLimits() {
        failure(IllegalStateException.class, () -> new GammaGamma(2, 1, 3).populationMeanSpend(),
                "the population mean spend is infinite when q <= 1: q = 1.0");
        // p·x + q = 1 exactly: no finite expected spend for the customer
        CustomerRfm buyer = new CustomerRfm("c", 1, 1, 3, 5, W);
        failure(IllegalStateException.class,
                () -> new GammaGamma(0.5, 0.5, 3).expectedMeanSpend(buyer),
                "the expected spend is infinite when px + q <= 1: 1.0 (customer c)");
    }

    @Test
    void mbgNbd_hasNoDropoutOnlyInTheLimit() {
        assertFalse(new MbgNbd(0.5, 4, 0.8, 2.5, W).hasNoDropout());
        assertTrue(new MbgNbd(0.5, 4, 1, Double.POSITIVE_INFINITY, W).hasNoDropout());
    }

    @Test
    void columnPredictions_refuseASummaryInAnotherUnit() {
        BgNbd model = new BgNbd(0.243, 4.414, 0.793, 2.426, W);
        RfmSummary days = RfmSummary.of(ChronoUnit.DAYS, new int[] {1}, new double[] {7},
                new double[] {14}, new double[] {5});
        failure(IllegalArgumentException.class, () -> model.expectedPurchases(days, 10),
                OTHER_UNIT);
        failure(IllegalArgumentException.class, () -> model.lifetimeValue(days,
                new GammaGamma(6, 4, 16), Discounting.of(4, W, 0.01)), OTHER_UNIT);
        failure(IllegalArgumentException.class, () -> model.logLikelihood(days), OTHER_UNIT);
        // the summary's unit is checked even when it has no customer to check
        RfmSummary noneInDays = RfmSummary.of(ChronoUnit.DAYS, new int[0], new double[0],
                new double[0], new double[0]);
        failure(IllegalArgumentException.class, () -> model.logLikelihood(noneInDays), OTHER_UNIT);
        assertEquals(0.0, model.logLikelihood(RfmSummary.of(W, new int[0], new double[0],
                new double[0], new double[0])));
        failure(IllegalArgumentException.class, () -> model.lifetimeValue(days.customer(0),
                new GammaGamma(6, 4, 16), Discounting.of(4, W, 0.01)), OTHER_UNIT);
    }
}
