package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The no-dropout limit of the BG/NBD ({@code ModelSpec.DropoutSpec.limit}) on fits made up for
 * the purpose: which fits are taken for the limit (mean dropout probability {@code a/(a+b)}
 * below 1 %, an NBD likelihood as high within a relative 10⁻⁹), and what the limit reports.
 */
class ModelSpecTest {

    private static final ChronoUnit UNIT = ChronoUnit.WEEKS;
    /** Ten customers with over-dispersed frequencies: the NBD has a finite optimum. */
    private static final RowGroups GROUPS = RowGroups.of(new int[] {0, 0, 0, 1, 2, 5, 9, 0, 3, 12},
            new double[] {0, 0, 0, 10, 20, 25, 30, 0, 12, 35},
            new double[] {30, 32, 34, 30, 32, 34, 36, 38, 40, 40});
    private static final FitDiagnostics NBD = MaximumLikelihood.fit(ModelSpec.NBD, GROUPS, UNIT,
            200, 1e-8, RowBlocks.SEQUENTIAL, true).diagnostics();

    /** A BG/NBD fit that stopped at {@code (0.5, 3, a, b)} with the given log-likelihood. */
    private static ModelFit<BgNbd> stoppedAt(double a, double b, double logLikelihood) {
        List<Estimate> estimates = List.of(new Estimate("r", 0.5, 0.1),
                new Estimate("alpha", 3, 0.2), new Estimate("a", a, 1), new Estimate("b", b, 2));
        return new ModelFit<>(new BgNbd(0.5, 3, a, b, UNIT), new FitDiagnostics("bg/nbd",
                estimates, logLikelihood, false, "stopped", 7, 11, 0.25, 10, 10));
    }

    private static ModelFit<BgNbd> limit(ModelFit<BgNbd> fit) {
        return ModelSpec.BG_NBD.limit(fit, GROUPS, UNIT, 200, 1e-8, RowBlocks.SEQUENTIAL);
    }

    /**
     * The fit's log-likelihood is the NBD's moved by {@code above} times its magnitude: the
     * limit is taken up to 10⁻⁹ above, and only for {@code a/(a+b) < 0.01} (1/100 is 0.01 to
     * the last bit, so a = 1, b = 99 is on the boundary and keeps the fit).
     */
    @ParameterizedTest
    @CsvSource({
        "1, 100, 0, true",
        "1, 100, -1, true",
        "1, 100, 0.5e-9, true",
        "1, 100, 2e-9, false",
        "1, 99, 0, false",
        "1, 99, -1, false",
        "0.001, 1000, 0.9e-9, true",
    })
    void limit_isTakenNearNoDropoutWhereTheNbdIsAsLikely(double a, double b, double above,
            boolean taken) {
        double nbd = NBD.logLikelihood();
        ModelFit<BgNbd> fit = stoppedAt(a, b, nbd + above * Math.abs(nbd));
        ModelFit<BgNbd> limit = limit(fit);
        if (!taken) {
            assertSame(fit, limit);
            return;
        }
        double r = NBD.estimate("r").value();
        double alpha = NBD.estimate("alpha").value();
        assertEquals(BgNbd.withoutDropout(r, alpha, UNIT), limit.model());
        FitDiagnostics d = limit.diagnostics();
        assertEquals(new FitDiagnostics("bg/nbd", List.of(NBD.estimate("r"),
                NBD.estimate("alpha"), new Estimate("a", 1, Double.NaN),
                new Estimate("b", Double.POSITIVE_INFINITY, Double.NaN)), nbd, NBD.converged(),
                "no dropout in the data: the likelihood is highest in the limit b = infinity"
                        + " (dropout probability 0, where a plays no part), the NBD model; the"
                        + " bg/nbd fit had stopped at a = " + a + ", b = " + b + "; NBD fit: "
                        + NBD.message(),
                7 + NBD.iterations(), 11 + NBD.evaluations(), NBD.gradientNorm(), 10, 10), d);
    }

    /**
     * A fit whose tolerance ends exactly at the NBD's log-likelihood, {@code ℓ − 10⁻⁹·|ℓ| = ℓ_NBD}
     * to the last bit (ℓ found among the neighbours of {@code ℓ_NBD / (1 + 10⁻⁹)}, ℓ < 0): the
     * NBD is as likely, the limit is taken.
     */
    @Test
    void limit_isTakenWhereTheNbdIsExactlyAtTheTolerance() {
        double nbd = NBD.logLikelihood();
        double tolerance = ModelSpec.DropoutSpec.SAME_LIKELIHOOD;
        double at = Math.nextDown(nbd / (1 + tolerance));
        for (int i = 0; i < 8 && at - tolerance * Math.abs(at) < nbd; i++) {
            at = Math.nextUp(at);
        }
        assertEquals(nbd, at - tolerance * Math.abs(at));
        assertEquals(Double.POSITIVE_INFINITY,
                limit(stoppedAt(1, 100, at)).diagnostics().estimate("b").value());
    }
}
