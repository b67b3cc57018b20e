package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The observed information of a fit: the Hessian by differences, against the analytic Hessians
 * of closed-form functions, and the inverse of positive definite matrices only.
 */
class MaximumLikelihoodTest {

    /**
     * {@code x₀³ + 2x₀x₁ + x₁²x₂ + x₂²/2}: a cubic, whose central second differences are exact
     * up to rounding. Its Hessian is [[6x₀, 2, 0], [2, 2x₂, 2x₁], [0, 2x₁, 1]].
     */
    private static double cubic(double[] x, double[] g) {
        if (g != null) {
            g[0] = 3 * x[0] * x[0] + 2 * x[1];
            g[1] = 2 * x[0] + 2 * x[1] * x[2];
            g[2] = x[1] * x[1] + x[2];
        }
        return x[0] * x[0] * x[0] + 2 * x[0] * x[1] + x[1] * x[1] * x[2] + x[2] * x[2] / 2;
    }

    private static void assertMatrix(double[][] expected, double[][] actual, double delta) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], delta, "row " + i);
        }
    }

    @Test
    void hessian_bySecondDifferencesOfTheValue_isTheAnalyticHessianTimesN() {
        // without an analytic gradient: 1 + 2d values for the diagonal, 4 per pair
        Objectives.Recorded f = new Objectives.Recorded(3, MaximumLikelihoodTest::cubic, false);
        double[] x = {0.5, -1.5, 2};
        double[][] h = MaximumLikelihood.hessian(f, x, null, 2.5);
        double[][] expected = {{6 * 0.5, 2, 0}, {2, 2 * 2, 2 * -1.5}, {0, 2 * -1.5, 1}};
        for (double[] row : expected) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= 2.5;
            }
        }
        assertMatrix(expected, h, 1e-7);
        assertEquals(1 + 2 * 3 + 4 * 3, f.evaluations());
        assertArrayEquals(new double[] {0.5, -1.5, 2}, x);
    }

    @Test
    void hessian_byForwardDifferencesOfTheGradient_isSymmetrised() {
        // the gradient (2x₀ + x₁, 3x₀ + 4x₁) has the Jacobian [[2, 1], [3, 4]]: the Hessian is
        // its symmetric part, one gradient evaluation per parameter; the value is not used
        Objectives.Recorded f = new Objectives.Recorded(2, (x, g) -> {
            g[0] = 2 * x[0] + x[1];
            g[1] = 3 * x[0] + 4 * x[1];
            return 0;
        }, true);
        double[] x = {1, -2};
        double[][] h = MaximumLikelihood.hessian(f, x, new double[] {0, -5}, 3);
        assertMatrix(new double[][] {{6, 6}, {6, 12}}, h, 1e-9);
        assertEquals(2, f.evaluations());

        Objectives.Recorded cubic = new Objectives.Recorded(3, MaximumLikelihoodTest::cubic, true);
        double[] at = {0.5, -1.5, 2};
        double[] gradient = new double[3];
        cubic(at, gradient);
        double[][] expected = {{3, 2, 0}, {2, 4, -3}, {0, -3, 1}};
        assertMatrix(expected, MaximumLikelihood.hessian(cubic, at, gradient, 1), 1e-4);
        assertEquals(3, cubic.evaluations());
    }

    @Test
    void inverse_refusesSingularAndInfiniteMatrices() {
        // [[1, 1], [1, 1]] has a zero pivot exactly; an infinite pivot has no inverse either
        assertNull(MaximumLikelihood.inverse(new double[][] {{1, 1}, {1, 1}}));
        assertNull(MaximumLikelihood.inverse(new double[][] {{Double.POSITIVE_INFINITY}}));
        assertNull(MaximumLikelihood.inverse(
                new double[][] {{1, 0}, {0, Double.POSITIVE_INFINITY}}));
        assertMatrix(new double[][] {{0.25, 0}, {0, 2}},
                MaximumLikelihood.inverse(new double[][] {{4, 0}, {0, 0.5}}), 1e-15);
    }

    /** The rows of {@code n} distinct customers, used as they are beyond 65,536. */
    private static RowGroups distinctRows(int n) {
        return ModelSpec.BG_NBD.groups(CustomerPredictionsTest.distinctCustomers(n));
    }

    /** The NBD's log-parameters at its usual start on {@code groups}. */
    private static double[] start(RowGroups groups) {
        double[] start = ModelSpec.NBD.start(groups);
        return new double[] {Math.log(start[0]), Math.log(start[1])};
    }

    /** The NBD fitted to {@code groups}, warm start allowed, at most 2 iterations. */
    private static FitDiagnostics fitTwoIterations(RowGroups groups) {
        FitDiagnostics d = MaximumLikelihood.fit(ModelSpec.NBD, groups, ChronoUnit.WEEKS, 2,
                1e-12, RowBlocks.SEQUENTIAL, true).diagnostics();
        assertEquals("no convergence in 2 iterations", d.message());
        return d;
    }

    /** At {@value MaximumLikelihood#WARM_START_ABOVE} rows the fit is cold: from the start. */
    @Test
    void fit_atTheWarmStartLimitIsCold() {
        int n = MaximumLikelihood.WARM_START_ABOVE;
        RowGroups groups = distinctRows(n);
        assertEquals(n, groups.size);
        FitDiagnostics d = fitTwoIterations(groups);
        Bfgs.Result cold = Bfgs.minimize(ModelSpec.NBD.objective(groups, RowBlocks.SEQUENTIAL),
                start(groups), 2, 1e-12);
        assertEquals(2, d.iterations());
        assertEquals(cold.evaluations(), d.evaluations());
        assertEquals(-cold.value() * n, d.logLikelihood(), 1e-12 * Math.abs(d.logLikelihood()));
    }

    /**
     * Beyond {@value MaximumLikelihood#WARM_START_ABOVE} rows the NBD is fitted to a sample of
     * {@value MaximumLikelihood#WARM_START_ROWS} first, then to the whole data from there with
     * the sample's inverse Hessian; the reported iterations and evaluations are those of both
     * fits: with a cap of 2 iterations, 2 + 2.
     */
    @Test
    void fit_beyondTheWarmStartLimitCountsTheSampleFitToo() {
        int n = MaximumLikelihood.WARM_START_ABOVE + 1;
        RowGroups groups = distinctRows(n);
        assertEquals(n, groups.size);
        FitDiagnostics d = fitTwoIterations(groups);
        Objective sample = ModelSpec.NBD.objective(groups.sample(MaximumLikelihood.WARM_START_ROWS),
                RowBlocks.SEQUENTIAL);
        Bfgs.Result first = Bfgs.minimize(sample, start(groups), 2, 1e-12);
        double[][] inverse = MaximumLikelihood.inverse(
                MaximumLikelihood.hessian(sample, first.point(), first.gradient(), 1));
        assertNotNull(inverse);
        Bfgs.Result then = Bfgs.minimize(ModelSpec.NBD.objective(groups, RowBlocks.SEQUENTIAL),
                first.point(), inverse, 2, 1e-12);
        assertEquals(4, d.iterations());
        assertEquals(first.evaluations() + then.evaluations(), d.evaluations());
        assertEquals(-then.value() * n, d.logLikelihood(), 1e-12 * Math.abs(d.logLikelihood()));
    }
}
