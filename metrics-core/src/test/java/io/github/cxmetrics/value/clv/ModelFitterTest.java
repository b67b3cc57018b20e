package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.cxmetrics.stats.Interval;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fitting: parameters recovered from simulated customer bases (fixed seeds), clear errors for
 * data that cannot be fitted, options, diagnostics.
 */
class ModelFitterTest {

    private static final LifetimeValue CLV = LifetimeValue.create();

    /**
     * Asserts that each estimate lies within 3 standard errors of the true model's parameter:
     * its {@code double} components, in order.
     */
    private static void assertRecovered(FitDiagnostics d, Record model) {
        double[] truth = ModelAssertions.parameters(model);
        assertTrue(d.converged(), d.message() + " " + d);
        List<Estimate> estimates = d.estimates();
        for (int i = 0; i < truth.length; i++) {
            Estimate e = estimates.get(i);
            assertTrue(e.hasStandardError(), e.name());
            double z = (e.value() - truth[i]) / e.standardError();
            assertTrue(Math.abs(z) < 3, () -> e + " vs true " + truth[estimates.indexOf(e)]);
            assertTrue(e.confidenceInterval(0.999).contains(truth[i]), e.name());
        }
    }

    /**
     * Customer bases simulated from a known model (fixed seeds), the fitter that should recover
     * it, and what else the fit must show.
     */
    static Stream<Arguments> simulatedBases() {
        BgNbd bgNbd = new BgNbd(0.5, 6, 0.7, 2.5, ChronoUnit.WEEKS);
        MbgNbd mbgNbd = new MbgNbd(0.85, 1.45, 0.79, 2.42, ChronoUnit.WEEKS);
        ParetoNbd paretoNbd = new ParetoNbd(0.6, 8, 0.8, 12, ChronoUnit.WEEKS);
        // β/α = 50, dropout much slower than purchasing: the hypergeometric arguments of the
        // likelihood reach 0.98.
        ParetoNbd slowDropout = new ParetoNbd(1.5, 2, 2, 100, ChronoUnit.WEEKS);
        GammaGamma gammaGamma = new GammaGamma(4, 3, 20);
        Consumer<ModelFit<?>> nothingElse = fit -> {};
        return Stream.of(
                arguments(bgNbd, new Simulation(20240401).bgNbd(bgNbd, 5000, 26, 52), CLV.bgNbd(),
                        (Consumer<ModelFit<?>>) fit -> {
                            assertEquals(5000, fit.diagnostics().customers());
                            assertEquals(ChronoUnit.WEEKS, ((BgNbd) fit.model()).unit());
                        }),
                arguments(mbgNbd, new Simulation(20070301).mbgNbd(mbgNbd, 8000, 12, 96),
                        CLV.mbgNbd(), (Consumer<ModelFit<?>>) fit ->
                                assertEquals("mbg/nbd", fit.diagnostics().model())),
                arguments(paretoNbd, new Simulation(19870101).paretoNbd(paretoNbd, 5000, 26, 52),
                        CLV.paretoNbd(), nothingElse),
                arguments(slowDropout, new Simulation(7).paretoNbd(slowDropout, 4000, 10, 60),
                        CLV.paretoNbd(), nothingElse),
                arguments(gammaGamma, new Simulation(2013).gammaGamma(gammaGamma, 3000, 3),
                        CLV.gammaGamma(), nothingElse));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("simulatedBases")
    void fit_recoversSimulatedParameters(Record truth, RfmSummary data, ModelFitter<?> fitter,
            Consumer<ModelFit<?>> alsoShows) {
        ModelFit<?> fit = fitter.fit(data);
        assertRecovered(fit.diagnostics(), truth);
        alsoShows.accept(fit);
    }

    @Test
    void fit_isTheSameInAnyUnit() {
        BgNbd truth = new BgNbd(0.5, 6, 0.7, 2.5, ChronoUnit.WEEKS);
        RfmSummary weeks = new Simulation(11).bgNbd(truth, 2000, 26, 52);
        RfmSummary.Builder days = RfmSummary.builder(ChronoUnit.DAYS);
        weeks.customers().forEach(days::add);
        BgNbd inWeeks = CLV.bgNbd().fit(weeks).model();
        BgNbd inDays = CLV.bgNbd().fit(days.build()).model();
        assertEquals(inWeeks.alpha() * 7, inDays.alpha(), 1e-5 * inDays.alpha());
        assertEquals(inWeeks.r(), inDays.r(), 1e-5 * inWeeks.r());
        assertEquals(inWeeks.b(), inDays.b(), 1e-4 * inWeeks.b());
    }

    @Test
    void fit_rejectsDataThatCannotBeFitted() {
        RfmSummary empty = RfmSummary.builder(ChronoUnit.WEEKS).build();
        var e = assertThrows(IllegalArgumentException.class, () -> CLV.bgNbd().fit(empty));
        assertEquals("cannot fit bg/nbd to an empty summary", e.getMessage());
        RfmSummary oneTimers = RfmSummary.builder(ChronoUnit.WEEKS).add("a", 0, 0, 10, 0)
                .add("b", 0, 0, 12, 0).build();
        e = assertThrows(IllegalArgumentException.class, () -> CLV.paretoNbd().fit(oneTimers));
        assertEquals("cannot fit pareto/nbd without repeat buyers: none of the 2 customers made"
                + " a repeat purchase", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CLV.gammaGamma().fit(oneTimers));
        assertEquals("cannot fit gamma-gamma without repeat buyers: none of the 2 customers made"
                + " a repeat purchase", e.getMessage());
        RfmSummary refunds = RfmSummary.builder(ChronoUnit.WEEKS).add("a", 2, 5, 10, 12.5)
                .add("b", 1, 3, 12, 0).build();
        e = assertThrows(IllegalArgumentException.class, () -> CLV.gammaGamma().fit(refunds));
        assertEquals("cannot fit gamma-gamma: every repeat buyer needs a positive mean spend,"
                + " customer b has 0.0", e.getMessage());
    }

    @Test
    void fit_reportsNonConvergence() {
        RfmSummary data = new Simulation(3).bgNbd(new BgNbd(0.5, 6, 0.7, 2.5, ChronoUnit.WEEKS),
                500, 26, 52);
        FitDiagnostics d = CLV.bgNbd().maxIterations(2).fit(data).diagnostics();
        assertFalse(d.converged());
        assertEquals("no convergence in 2 iterations", d.message());
        assertEquals(2, d.iterations());
    }

    @Test
    void diagnostics_nameTheEstimates() {
        RfmSummary data = new Simulation(5).bgNbd(new BgNbd(0.5, 6, 0.7, 2.5, ChronoUnit.WEEKS),
                1000, 26, 52);
        ModelFit<BgNbd> fit = CLV.bgNbd().fit(data);
        FitDiagnostics d = fit.diagnostics();
        assertEquals("bg/nbd", d.model());
        assertEquals(List.of("r", "alpha", "a", "b"),
                d.estimates().stream().map(Estimate::name).toList());
        assertEquals(fit.model().alpha(), d.estimate("alpha").value());
        assertEquals(d.estimate("b").standardError(), d.standardError("b"));
        assertEquals(fit.model().logLikelihood(data), fit.logLikelihood(), 1e-8);
        assertTrue(d.distinctRows() <= 1000);
        assertTrue(d.gradientNorm() <= ModelFitter.DEFAULT_TOLERANCE);
        failure(IllegalArgumentException.class, () -> d.estimate("s"),
                "parameter must be one of [r, alpha, a, b]: s");
    }

    @Test
    void estimate_intervalIsOnTheLogScale() {
        Interval ci = new Estimate("r", 0.243, 0.0125).confidenceInterval(0.95);
        assertEquals(0.243 * Math.exp(-1.959963984540054 * 0.0125 / 0.243), ci.lower(), 1e-12);
        assertEquals(0.243 * Math.exp(1.959963984540054 * 0.0125 / 0.243), ci.upper(), 1e-12);
        failure(IllegalStateException.class,
                () -> new Estimate("b", 2, Double.NaN).confidenceInterval(0.95),
                "the standard error of b is not known: the information matrix is not"
                + " positive definite");
    }

    @Test
    void options_areSetOnceAndCompared() {
        var e = assertThrows(IllegalStateException.class,
                () -> CLV.bgNbd().maxIterations(10).maxIterations(20));
        assertEquals("maxIterations was already set to 10", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> CLV.bgNbd().tolerance(1e-6).tolerance(1e-7));
        assertEquals("tolerance was already set to 1.0E-6", e.getMessage());
        failure(IllegalArgumentException.class, () -> CLV.bgNbd().maxIterations(0),
                "maxIterations must be >= 1: 0");
        assertEquals(CLV.bgNbd().tolerance(1e-6), CLV.bgNbd().tolerance(1e-6));
        assertEquals(CLV.bgNbd().tolerance(1e-6).hashCode(),
                CLV.bgNbd().tolerance(1e-6).hashCode());
        assertNotEquals(CLV.bgNbd(), CLV.paretoNbd());
        assertEquals("ModelFitter(bg/nbd, maxIterations 10)",
                CLV.bgNbd().maxIterations(10).toString());
    }
    @Test
    void rateScale_isTheObservedTimePerPurchase() {
        // rows (x, tₓ, T): (2, 5, 10) twice and (0, 0, 4): time 24, purchases 3 + 3 + 1
        RowGroups g = RowGroups.of(new int[] {2, 0, 2}, new double[] {5, 0, 5},
                new double[] {10, 4, 10});
        assertEquals(24.0 / 7, ModelSpec.PurchaseSpec.rateScale(g), 1e-15);
        // no time observed: the unit itself
        RowGroups none = RowGroups.of(new int[] {0}, new double[] {0}, new double[] {0});
        assertEquals(1.0, ModelSpec.PurchaseSpec.rateScale(none));
    }
}
