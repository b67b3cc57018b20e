package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A fit stopped short of its maximum is reported as it is: not converged, at its finite
 * estimates, and never taken for the no-dropout limit, whose likelihood may happen to be higher
 * than that of an unfinished fit.
 */
class FailedFitTest {

    /**
     * Simulated with a small but real dropout (mean a/(a+b) = 0.002 per purchase over many
     * purchases): the NBD fits these data almost as well as the maximum, and better than a fit
     * cut short near its start (a = b = 1, a dropout of one half).
     */
    private static final RfmSummary WITH_DROPOUT = new Simulation(20250702)
            .bgNbd(new BgNbd(2, 4, 2, 998, ChronoUnit.WEEKS), 4000, 50, 100);

    @Test
    void aFitCutShortIsNotConvergedAndKeepsItsDropout() {
        for (ModelFitter<? extends PurchaseModel> fitter
                : java.util.List.of(LifetimeValue.create().bgNbd().maxIterations(1),
                        LifetimeValue.create().mbgNbd().maxIterations(1))) {
            ModelFit<? extends PurchaseModel> fit = fitter.fit(WITH_DROPOUT);
            FitDiagnostics d = fit.diagnostics();
            assertFalse(d.converged(), d.toString());
            assertTrue(Double.isFinite(d.estimate("b").value()), d.toString());
            assertFalse(d.message().startsWith("no dropout"), d.toString());
        }
    }

    @Test
    void theSameDataFittedInFullHaveDropout() {
        FitDiagnostics d = LifetimeValue.create().bgNbd().fit(WITH_DROPOUT).diagnostics();
        assertTrue(d.converged(), d.toString());
        assertTrue(Double.isFinite(d.estimate("b").value()), d.toString());
    }
}
