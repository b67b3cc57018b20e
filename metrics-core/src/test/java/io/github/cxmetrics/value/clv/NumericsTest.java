package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The special functions, quadrature, optimiser and matrix inverse under the models. */
class NumericsTest {

    /** Reference values: mpmath 1.3.0 {@code hyp2f1(1, b, c, z)} at 40 digits. */
    @ParameterizedTest
    @CsvSource({
        "0.5, 3.2, 0.3, 1.0527732628460293",
        "2.5, 3.2, 0.9, 4.731488555332124",
        "7.3, 10.1, 0.99, 4.7010961139407892",
        "0.3, 1.2, 0.999, 3.8265352425437856",
        "5, 6, 0.9999, 35.654858907545875",
        "0.01, 1.5, 0.5, 1.0043035861162429",
        "40.2, 41.0, 0.95, 15.539654636974246",
    })
    void hyp2f1OneB_matchesMpmath(double b, double c, double z, double expected) {
        assertEquals(expected, Special.hyp2f1OneB(b, c, z), 2e-13 * expected);
    }

    /**
     * Reference values: mpmath 1.3.0 at 40 digits, {@code log(hyp2f1(1, b, c, z))} and its
     * numerical derivatives {@code diff} in b, c and z.
     */
    @ParameterizedTest
    @CsvSource({
        "0.5, 1.7, 0.3, 0.10147108133570299, 0.20583937300924532, -0.064124529209316415, 0.39264340491549476",
        "2.3, 4.1, 0.9, 0.90855364480078658, 0.55996322583038474, -0.3613934514287984, 2.4403466515179149",
        "12.6, 13.8, 0.999, 3.5189630481883988, 1.7691892540016501, -1.7047650870850055, 166.83267939929729",
        "1.606, 3.159, 0.05, 0.025906250610694677, 0.016240405536071341, -0.008294462219210565, 0.52814058814374968",
        "30, 31.5, 0.5, 0.64784075959751974, 0.029600356473747124, -0.028226531381724034, 1.8272544669885979",
    })
    void logHyp2f1OneB_andItsDerivativesMatchMpmath(double b, double c, double z, double value,
            double db, double dc, double dz) {
        double[] gradient = new double[3];
        assertEquals(value, Special.logHyp2f1OneB(b, c, z, gradient), 2e-13 * Math.max(1, value));
        assertEquals(Math.log(Special.hyp2f1OneB(b, c, z)), Special.logHyp2f1OneB(b, c, z,
                new double[3]), 2e-13 * Math.max(1, value));
        assertEquals(db, gradient[0], 1e-12 * Math.abs(db));
        assertEquals(dc, gradient[1], 1e-12 * Math.abs(dc));
        assertEquals(dz, gradient[2], 1e-12 * Math.abs(dz));
    }

    @Test
    void logHyp2f1OneB_atZeroAndNearOne() {
        double[] gradient = new double[3];
        assertEquals(0, Special.logHyp2f1OneB(2, 5, 0, gradient));
        assertArrayEquals(new double[] {0, 0, 0.4}, gradient);
        assertTrue(Double.isNaN(Special.logHyp2f1OneB(0.5, 1.5, 1 - 1e-14, gradient)));
    }

    @Test
    void hyp2f1OneB_agreesWithThePowerSeriesForSmallArguments() {
        double b = 1.7;
        double c = 4.2;
        double z = 0.25;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < 200; k++) {
            sum += term;
            term *= (1 + k) * (b + k) / ((c + k) * (k + 1)) * z;
        }
        assertEquals(sum, Special.hyp2f1OneB(b, c, z), 1e-15);
        assertEquals(1, Special.hyp2f1OneB(b, c, 0));
    }

    @Test
    void hyp2f1OneB_isNaNWhenTheArgumentIsTooCloseToOne() {
        assertTrue(Double.isNaN(Special.hyp2f1OneB(0.5, 1.5, 1 - 1e-14)));
    }

    @Test
    void logFunctions_doNotOverflow() {
        assertEquals(1000, Special.log1pExp(1000), 1e-12);
        assertEquals(Math.log(2), Special.log1pExp(0), 1e-15);
        assertEquals(Math.exp(-800), Special.log1pExp(-800), 1e-320);
        assertEquals(1, Special.logistic(800));
        assertEquals(0.5, Special.logistic(0));
        assertEquals(Math.exp(-700), Special.logistic(-700), 1e-310);
        assertEquals(1000 + Math.log(2), Special.logAddExp(1000, 1000), 1e-12);
        assertEquals(1000, Special.logAddExp(1000, -1000));
        assertEquals(1000, Special.logAddExp(-1000, 1000));
        assertEquals(1, Special.expm1Ratio(0));
        assertEquals(1 + 5e-13, Special.expm1Ratio(1e-12), 1e-16);
        assertEquals(Math.expm1(2) / 2, Special.expm1Ratio(2), 1e-15);
    }

    @Test
    void compensatedSum_keepsWhatRoundingDrops() {
        // 1 + 10¹⁰⁰ + 1 − 10¹⁰⁰ is 2; a plain sum gives 0, Kahan's compensation too (the large
        // term comes after the small one): Neumaier's keeps both
        CompensatedSum sum = new CompensatedSum();
        for (double value : new double[] {1, 1e100, 1, -1e100}) {
            sum.add(value);
        }
        assertEquals(2.0, sum.value());
        CompensatedSum small = new CompensatedSum();
        for (double value : new double[] {1e16, 1, 1, -1e16, 0.5}) {
            small.add(value);
        }
        assertEquals(2.5, small.value());
    }

    @Test
    void rowBlocks_countThreadsAndBlocks() {
        assertSame(RowBlocks.SEQUENTIAL, RowBlocks.threads(1));
        assertSame(RowBlocks.SEQUENTIAL, RowBlocks.threads(0));
        assertEquals(1, RowBlocks.SEQUENTIAL.threads());
        assertEquals(3, RowBlocks.threads(3).threads());
        assertEquals(java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1,
                RowBlocks.common().threads());
        assertEquals(0, RowBlocks.blocks(0));
        assertEquals(1, RowBlocks.blocks(1));
        assertEquals(1, RowBlocks.blocks(RowBlocks.BLOCK));
        assertEquals(2, RowBlocks.blocks(RowBlocks.BLOCK + 1));
    }

    @Test
    void quadrature_integratesSmoothFunctions() {
        // ∫₀¹ x²⁰ dx = 1/21; ∫₀^π sin = 2; ∫₀¹ e^(−50x) dx = (1 − e^(−50))/50.
        assertEquals(1.0 / 21, Quadrature.integrate(x -> Math.pow(x, 20), 0, 1, 1e-13), 1e-15);
        assertEquals(2, Quadrature.integrate(Math::sin, 0, Math.PI, 1e-13), 1e-13);
        assertEquals(-Math.expm1(-50) / 50,
                Quadrature.integrate(x -> Math.exp(-50 * x), 0, 1, 1e-13), 1e-15);
        assertEquals(0, Quadrature.integrate(x -> 1, 2, 2, 1e-13));
    }

    @Test
    void bfgs_minimisesTheRosenbrockFunction() {
        Objective rosenbrock = Objectives.of(2, Objectives::rosenbrock);
        Bfgs.Result result = Bfgs.minimize(rosenbrock, new double[] {-1.2, 1}, 200, 1e-10);
        assertTrue(result.converged(), result.message());
        assertArrayEquals(new double[] {1, 1}, result.point(), 1e-8);
        assertEquals("gradient below 1.0E-10", result.message());

        Bfgs.Result stopped = Bfgs.minimize(rosenbrock, new double[] {-1.2, 1}, 3, 1e-10);
        assertFalse(stopped.converged());
        assertEquals(3, stopped.iterations());
        assertEquals("no convergence in 3 iterations", stopped.message());
    }

    @Test
    void bfgs_rejectsANonFiniteStart() {
        Objective nan = Objectives.of(1, (x, g) -> Double.NaN);
        failure(IllegalArgumentException.class,
                () -> Bfgs.minimize(nan, new double[] {0}, 10, 1e-8),
                "the objective is not finite at the starting point: NaN");
    }

    @Test
    void centralDifferences_approximateTheGradient() {
        Objective cubic = Objectives.of(2, (x, g) -> x[0] * x[0] * x[0] + 3 * x[0] * x[1]);
        double[] g = new double[2];
        double value = Objective.centralDifferences(cubic, 1e-5).value(new double[] {2, 1}, g);
        assertEquals(14, value);
        assertArrayEquals(new double[] {15, 6}, g, 1e-8);
        Objective numeric = Objective.centralDifferences(cubic, 1e-5);
        assertEquals(2, numeric.dimension());
        assertFalse(numeric.analyticGradient());
    }

    @Test
    void parameters_areNullOutsideTheDomain() {
        assertArrayEquals(new double[] {1, Math.E}, Objective.parameters(new double[] {0, 1}));
        // e^(−800) underflows to 0 and e^800 overflows: neither is a positive finite parameter
        assertNull(Objective.parameters(new double[] {0, -800}));
        assertNull(Objective.parameters(new double[] {800, 0}));
        // a likelihood is NaN there rather than a value computed from 0 or ∞
        RowGroups groups = RowGroups.of(new int[] {2, 0}, new double[] {5, 0}, new double[] {9, 4});
        Objective nbd = ModelSpec.NBD.objective(groups);
        assertTrue(Double.isFinite(nbd.value(new double[] {0, 0}, null)));
        assertTrue(Double.isNaN(nbd.value(new double[] {0, -800}, null)));
        assertTrue(Double.isNaN(nbd.value(new double[] {800, 0}, new double[2])));
    }

    @Test
    void inverse_invertsSymmetricPositiveDefiniteMatrices() {
        double[][] a = {{4, 2, 0.6}, {2, 5, 1}, {0.6, 1, 3}};
        double[][] inverse = MaximumLikelihood.inverse(a);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += a[i][k] * inverse[k][j];
                }
                assertEquals(i == j ? 1 : 0, sum, 1e-14);
            }
        }
        assertNull(MaximumLikelihood.inverse(new double[][] {{1, 2}, {2, 1}}));
        assertNull(MaximumLikelihood.inverse(new double[][] {{Double.NaN}}));
    }

    @Test
    void rowGroups_groupIdenticalRowsWithWeights() {
        int[] x = {0, 2, 0, 2, 2, 0};
        double[] u = {0, 1.5, 0, 1.5, 1.5, -0.0};
        double[] v = {10, 10, 10, 12, 10, 10};
        RowGroups g = RowGroups.of(x.length, i -> i != 4, i -> x[i], i -> u[i], i -> v[i]);
        assertEquals(3, g.size);                  // (0,0,10)×3, (2,1.5,10)×1, (2,1.5,12)×1
        assertEquals(5, g.totalWeight);
        assertArrayEquals(new double[] {3, 1, 1}, g.weight);
        assertArrayEquals(new int[] {0, 2}, g.distinctX);
        assertArrayEquals(new int[] {0, 1, 1}, g.xIndex);
    }
}
