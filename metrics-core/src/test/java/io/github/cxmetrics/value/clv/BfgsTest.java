package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The BFGS minimiser on functions whose minimum, and sometimes whose whole path, is known: it
 * finds the minimum, in few iterations, within the step cap, around points outside the domain,
 * and stops for the reason it reports.
 */
class BfgsTest {

    private static Objectives.Recorded rosenbrock() {
        return new Objectives.Recorded(2, Objectives::rosenbrock);
    }

    /** {@code Σ dᵢ(xᵢ − mᵢ)²/2}: a quadratic with Hessian diag(d) and minimum m. */
    private static Objectives.Recorded quadratic(double[] d, double[] m) {
        return new Objectives.Recorded(d.length, (x, g) -> {
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                double e = x[i] - m[i];
                sum += d[i] * e * e / 2;
                if (g != null) {
                    g[i] = d[i] * e;
                }
            }
            return sum;
        });
    }

    /** {@code x + 1/x} on {@code x > 0}, NaN elsewhere: minimum 2 at 1. */
    private static Objectives.Recorded xPlusInverse() {
        return new Objectives.Recorded(1, (x, g) -> {
            if (!(x[0] > 0)) {
                return Double.NaN;
            }
            if (g != null) {
                g[0] = 1 - 1 / (x[0] * x[0]);
            }
            return x[0] + 1 / x[0];
        });
    }

    @Test
    void rosenbrock_isMinimisedInFewIterations() {
        Objectives.Recorded f = rosenbrock();
        Bfgs.Result r = Bfgs.minimize(f, new double[] {-1.2, 1}, 200, 1e-10);
        assertTrue(r.converged(), r.message());
        assertEquals("gradient below 1.0E-10", r.message());
        assertArrayEquals(new double[] {1, 1}, r.point(), 1e-9);
        // Nocedal and Wright report 34 BFGS iterations from this start (table 6.1 setting);
        // this line search takes 38 and 48 evaluations: bounds with some room.
        assertTrue(r.iterations() >= 20 && r.iterations() <= 45, r::toString);
        assertTrue(r.evaluations() <= 60, r::toString);
        // the counts, the value and the gradient are those of the function at the point
        assertEquals(f.points().size(), r.evaluations());
        assertEquals(f.value(r.point(), null), r.value());
        assertArrayEquals(f.gradientAt(r.point()), r.gradient());
        assertTrue(Bfgs.maxAbs(r.gradient()) <= 1e-10);
    }

    @Test
    void everyAcceptedStep_decreasesTheValue() {
        Objectives.Recorded f = rosenbrock();
        Bfgs.Result r = Bfgs.minimize(f, new double[] {-1.2, 1}, 200, 1e-10);
        // The best value seen so far never increases and ends at the result; the result is the
        // smallest value evaluated.
        double best = Double.POSITIVE_INFINITY;
        for (double v : f.values()) {
            best = Math.min(best, v);
        }
        assertEquals(best, r.value());
        assertTrue(r.value() < f.values().get(0));
    }

    @Test
    void oneDimensionalQuadratic_takesTheScaledStepToTheMinimum() {
        // f = 2(x − 3)² from 0: g = −12, the first step is 1/|g| along −g to x = 1 (g = −8,
        // the Wolfe conditions hold); then H = sᵀy/yᵀy = 1/4 is the exact inverse Hessian and
        // the second step lands on 3. Two iterations, three evaluations.
        Objectives.Recorded f = quadratic(new double[] {4}, new double[] {3});
        Bfgs.Result r = Bfgs.minimize(f, new double[] {0}, 50, 1e-12);
        assertTrue(r.converged());
        assertEquals(3.0, r.point()[0]);
        assertEquals(0.0, r.value());
        assertEquals(2, r.iterations());
        assertEquals(3, r.evaluations());
        assertArrayEquals(new double[] {1}, f.points().get(1));
    }

    @Test
    void illConditionedQuadratic_isMinimisedExactly() {
        // Hessian diag(1, 10, 100, 1000): condition number 1000.
        double[] minimum = {1, -2, 3, -4};
        Objectives.Recorded f = quadratic(new double[] {1, 10, 100, 1000}, minimum);
        Bfgs.Result r = Bfgs.minimize(f, new double[4], 200, 1e-10);
        assertTrue(r.converged(), r.message());
        assertArrayEquals(minimum, r.point(), 1e-9);
        assertTrue(r.value() < 1e-20);
        // 28 iterations here; a wrong update or a missing initial scaling takes hundreds
        assertTrue(r.iterations() <= 35, r::toString);
    }

    @Test
    void steps_areCappedInEveryCoordinate() {
        // The minimum is 80 away in one coordinate: each iteration moves at most MAX_STEP (10)
        // in each coordinate, so at least 8 iterations, and every point evaluated lies within
        // MAX_STEP of a point evaluated before it.
        double[] far = {50, -80, 30, 0};
        Objectives.Recorded f = quadratic(new double[] {1, 1, 1, 1}, far);
        Bfgs.Result r = Bfgs.minimize(f, new double[4], 200, 1e-10);
        assertTrue(r.converged(), r.message());
        assertArrayEquals(far, r.point(), 1e-9);
        assertTrue(r.iterations() >= 8, r::toString);
        assertTrue(r.iterations() <= 12, r::toString);
        for (int k = 1; k < f.points().size(); k++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                nearest = Math.min(nearest, chebyshev(f.points().get(j), f.points().get(k)));
            }
            assertTrue(nearest <= Bfgs.MAX_STEP * (1 + 1e-12), "point " + k + " jumps " + nearest);
        }
    }

    @Test
    void pointsOutsideTheDomain_shrinkTheStep() {
        // f = x + 1/x on x > 0 (NaN elsewhere), minimum 2 at 1. From 10 the curvature is tiny,
        // so the quasi-Newton steps overshoot past 0 and the line search must come back.
        Objectives.Recorded f = xPlusInverse();
        Bfgs.Result r = Bfgs.minimize(f, new double[] {10}, 100, 1e-10);
        assertTrue(r.converged(), r.message());
        assertEquals(1.0, r.point()[0], 1e-10);
        assertEquals(2.0, r.value(), 1e-15);
        assertTrue(f.values().stream().anyMatch(v -> Double.isNaN(v)), "the path left the domain");
    }

    @Test
    void flatValues_convergeToFloatingPointPrecision() {
        // f = 10⁶ + (x − 1)² with a gradient 2(x − 1) + 10⁻³ whose root, 0.9995, is where the
        // values stop changing in double arithmetic; the gradient tolerance cannot be reached.
        Objectives.Recorded f = new Objectives.Recorded(1, (x, g) -> {
            double e = x[0] - 1;
            if (g != null) {
                g[0] = 2 * e + 1e-3;
            }
            return 1e6 + e * e;
        });
        Bfgs.Result r = Bfgs.minimize(f, new double[] {3}, 100, 1e-300);
        assertTrue(r.converged(), r.message());
        assertTrue(r.message().startsWith("converged to floating-point precision: expected further"
                + " decrease "), r.message());
        assertEquals(0.9995, r.point()[0], 1e-9);
        assertTrue(r.iterations() < 10, r::toString);
    }

    @Test
    void aGradientThatPointsUphill_failsTheLineSearchTwice() {
        // f = x² with the gradient's sign flipped: no step along −g decreases f. The first failure
        // resets the inverse Hessian and tries again; the second gives up at the start.
        Objectives.Recorded f = new Objectives.Recorded(1, (x, g) -> {
            if (g != null) {
                g[0] = -2 * x[0];
            }
            return x[0] * x[0];
        });
        Bfgs.Result r = Bfgs.minimize(f, new double[] {3}, 100, 1e-10);
        assertFalse(r.converged());
        assertEquals("line search failed", r.message());
        assertEquals(2, r.iterations());
        assertArrayEquals(new double[] {3}, r.point());
        assertEquals(9.0, r.value());
        assertEquals(f.points().size(), r.evaluations());
    }

    @Test
    void aLooserTolerance_stopsEarlier() {
        Bfgs.Result loose = Bfgs.minimize(rosenbrock(), new double[] {-1.2, 1}, 200, 1e-3);
        Bfgs.Result tight = Bfgs.minimize(rosenbrock(), new double[] {-1.2, 1}, 200, 1e-10);
        assertTrue(loose.converged());
        assertEquals("gradient below 0.001", loose.message());
        assertTrue(Bfgs.maxAbs(loose.gradient()) <= 1e-3);
        assertTrue(loose.iterations() < tight.iterations());
        // already at the minimum: no iteration
        Bfgs.Result there = Bfgs.minimize(rosenbrock(), new double[] {1, 1}, 200, 1e-10);
        assertEquals(0, there.iterations());
        assertEquals(1, there.evaluations());
        assertTrue(there.converged());
    }

    @Test
    void interpolate_findsTheMinimiserOfTheCubicThroughBothEnds() {
        // A quadratic is its own cubic: (t − 0.3)² from its values and slopes at 0 and 1, in
        // either order.
        assertEquals(0.3, Bfgs.interpolate(0, 0.09, -0.6, 1, 0.49, 1.4), 1e-15);
        assertEquals(0.3, Bfgs.interpolate(1, 0.49, 1.4, 0, 0.09, -0.6), 1e-15);
        // t³ − 3t² + 2t on [1, 2]: local minimum at 1 + 1/√3
        assertEquals(1 + 1 / Math.sqrt(3), Bfgs.interpolate(1, 0, -1, 2, 0, 2), 1e-15);
        assertEquals(1 + 1 / Math.sqrt(3), Bfgs.interpolate(2, 0, 2, 1, 0, -1), 1e-15);
        // (x − 2.5)² on [2, 4]: minimiser 2.5 inside the middle 80 % (2.2 to 3.8)
        assertEquals(2.5, Bfgs.interpolate(2, 0.25, -1, 4, 2.25, 3), 1e-15);
    }

    @Test
    void interpolate_bisectsWhenTheCubicIsNoUse() {
        // minimiser 0.3 of (t − 0.3)² outside the middle 80 % of [0, 4]: bisection
        assertEquals(2.0, Bfgs.interpolate(0, 0.09, -0.6, 4, 13.69, 7.4));
        assertEquals(2.0, Bfgs.interpolate(4, 13.69, 7.4, 0, 0.09, -0.6));
        // the same near the right end: (t − 3.9)² on [0, 4], minimiser beyond 3.6
        assertEquals(2.0, Bfgs.interpolate(0, 15.21, -7.8, 4, 0.01, 0.2));
        assertEquals(2.0, Bfgs.interpolate(4, 0.01, 0.2, 0, 15.21, -7.8));
        // t³ + t on [0, 1] has no minimum: the radicand is negative
        assertEquals(0.5, Bfgs.interpolate(0, 0, 1, 1, 2, 4));
        // a value or slope that is not finite at the far end
        assertEquals(0.5, Bfgs.interpolate(0, 1, -1, 1, Double.POSITIVE_INFINITY, 1));
        assertEquals(0.25, Bfgs.interpolate(0, 1, -1, 0.5, 0, Double.NaN));
        assertEquals(0.75, Bfgs.interpolate(1, 1, 1, 0.5, Double.NaN, 0));
    }

    @Test
    void aGradientAtTheTolerance_isConverged() {
        // f = x²/2 at 0.5: the gradient 0.5 equals the tolerance
        Bfgs.Result r = Bfgs.minimize(quadratic(new double[] {1}, new double[] {0}),
                new double[] {0.5}, 10, 0.5);
        assertTrue(r.converged());
        assertEquals(0, r.iterations());
        assertEquals(0.125, r.value());
    }

    @Test
    void aStartWithANonFiniteGradient_isRejected() {
        Objectives.Recorded f = new Objectives.Recorded(2, (x, g) -> {
            if (g != null) {
                g[0] = 1;
                g[1] = Double.NaN;
            }
            return 1;
        });
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Bfgs.minimize(f, new double[] {0, 0}, 10, 1e-8));
        assertEquals("the objective is not finite at the starting point: 1.0", e.getMessage());
    }

    @Test
    void aNonFiniteGradient_marksAPointOutsideTheDomain() {
        // x + 1/x as in the test above, but with a finite value (100) everywhere and no
        // gradient below 0.2: the line search treats those points as outside the domain
        Objectives.Recorded f = new Objectives.Recorded(1, (x, g) -> {
            if (g != null) {
                g[0] = x[0] < 0.2 ? Double.NaN : 1 - 1 / (x[0] * x[0]);
            }
            return x[0] > 0 ? x[0] + 1 / x[0] : 100;
        });
        Bfgs.Result r = Bfgs.minimize(f, new double[] {10}, 100, 1e-10);
        assertTrue(r.converged(), r.message());
        assertEquals(1.0, r.point()[0], 1e-10);
        assertEquals(2.0, r.value(), 1e-15);
        assertTrue(f.points().stream().anyMatch(x -> x[0] < 0.2), "the path left the domain");
    }

    @Test
    void aGradientThatTurnsUphillAfterGoodSteps_isAFailureNotConvergence() {
        // x⁴ with its true gradient above 1 and the sign flipped below: the first steps scale
        // the inverse Hessian; then no step decreases the value while a large decrease is
        // promised, which is a failure, not convergence to floating-point precision.
        Objectives.Recorded f = new Objectives.Recorded(1, (x, g) -> {
            double cube = x[0] * x[0] * x[0];
            if (g != null) {
                g[0] = x[0] > 1 ? 4 * cube : -4 * cube;
            }
            return cube * x[0];
        });
        Bfgs.Result r = Bfgs.minimize(f, new double[] {5}, 100, 1e-10);
        assertFalse(r.converged(), r.message());
        assertEquals("line search failed", r.message());
        assertTrue(r.point()[0] < 1 && r.point()[0] > 0, r::toString);
        assertTrue(r.iterations() > 2, r::toString);
    }

    /** The step lengths the line search from {@code x} along {@code p} tried, in order. */
    private static List<Double> stepsTried(Objectives.Recorded f, double x, double p) {
        List<Double> steps = new ArrayList<>();
        for (double[] point : f.points().subList(1, f.points().size())) {
            steps.add((point[0] - x) / p);
        }
        return steps;
    }

    /** A line search on {@code f} from {@code x} along {@code p} (one dimension). */
    private static double search(Objectives.Recorded f, double x, double p, double alpha1,
            double maxAlpha) {
        return Bfgs.lineSearch(f, new double[] {x}, new double[] {p}, alpha1, maxAlpha);
    }

    /** Asserts the strong Wolfe conditions (c₁ = 10⁻⁴, c₂ = 0.9) at step {@code alpha}. */
    private static void assertStrongWolfe(Objectives.Recorded f, double x, double p, double alpha) {
        double[] g0 = new double[1];
        double f0 = f.f().at(new double[] {x}, g0);
        double[] g = new double[1];
        double value = f.f().at(new double[] {x + alpha * p}, g);
        assertTrue(alpha > 0, "step " + alpha);
        assertTrue(value <= f0 + 1e-4 * alpha * g0[0] * p, "sufficient decrease at " + alpha);
        assertTrue(Math.abs(g[0] * p) <= 0.9 * Math.abs(g0[0] * p), "curvature at " + alpha);
    }

    /** {@code (x − 0.3)²}: along +1 from 0, the slope is −0.6 and the minimiser 0.3. */
    private static Objectives.Recorded parabola() {
        return quadratic(new double[] {2}, new double[] {0.3});
    }

    @Test
    void lineSearch_doublesTheStepUpToTheCap() {
        // f = −x decreases without end and its slope never flattens: 1, 2, 4, then the cap
        Objectives.Recorded f = new Objectives.Recorded(1, (x, g) -> {
            if (g != null) {
                g[0] = -1;
            }
            return -x[0];
        });
        assertEquals(4.0, search(f, 0, 1, 1, 4));
        assertEquals(List.of(1.0, 2.0, 4.0), stepsTried(f, 0, 1));
        // a cap that is never reached: 60 doublings from 10⁻³⁰, then no step is found
        Objectives.Recorded endless = new Objectives.Recorded(1, f.f());
        assertTrue(Double.isNaN(search(endless, 0, 1, 1e-30, 1e300)));
        assertEquals(60, stepsTried(endless, 0, 1).size());
        assertEquals(1e-30 * Math.pow(2, 59), stepsTried(endless, 0, 1).get(59));
    }

    @Test
    void lineSearch_acceptsTheFirstStepThatMeetsTheStrongWolfeConditions() {
        // (x − 0.3)²: the slope −0.6 + 2α meets |φ'| ≤ 0.9·0.6 from α = 0.03 on
        Objectives.Recorded f = parabola();
        assertEquals(0.1, search(f, 0, 1, 0.1, 10));
        assertEquals(List.of(0.1), stepsTried(f, 0, 1));
        Objectives.Recorded doubled = parabola();
        assertEquals(0.04, search(doubled, 0, 1, 0.01, 10));
        assertEquals(List.of(0.01, 0.02, 0.04), stepsTried(doubled, 0, 1));
        assertStrongWolfe(doubled, 0, 1, 0.04);
    }

    @Test
    void lineSearch_zoomsOnTheMinimiserOfAParabola() {
        // too far (no sufficient decrease at 1): the cubic through 0 and 1 is the parabola
        Objectives.Recorded far = parabola();
        assertEquals(0.3, search(far, 0, 1, 1, 10), 1e-15);
        assertEquals(2, stepsTried(far, 0, 1).size());
        // past the minimiser with a decrease but a slope 0.56 too steep uphill
        Objectives.Recorded past = parabola();
        assertEquals(0.3, search(past, 0, 1, 0.58, 10), 1e-15);
        assertEquals(2, stepsTried(past, 0, 1).size());
        // the same along −1 from 0.6
        Objectives.Recorded back = parabola();
        assertEquals(0.3, search(back, 0.6, -1, 1, 10), 1e-15);
    }

    @Test
    void lineSearch_zoomsUntilTheStrongWolfeConditionsHold() {
        // −sin x from 0 along +1, first trying 10 (sin 10 < 0: no decrease): several zoom steps
        // end where |cos α| ≤ 0.9 and −sin α ≤ −10⁻⁴α
        Objectives.Recorded f = new Objectives.Recorded(1, (x, g) -> {
            if (g != null) {
                g[0] = -Math.cos(x[0]);
            }
            return -Math.sin(x[0]);
        });
        double alpha = search(f, 0, 1, 10, 10);
        assertStrongWolfe(f, 0, 1, alpha);
        assertTrue(stepsTried(f, 0, 1).size() > 2, () -> stepsTried(f, 0, 1).toString());
        // x⁴ − 3x² + x from −2 along +1 into the far well (minimum near 1.13): 4 is too far
        Objectives.Recorded wells = new Objectives.Recorded(1, (x, g) -> {
            double t = x[0];
            if (g != null) {
                g[0] = 4 * t * t * t - 6 * t + 1;
            }
            return t * t * t * t - 3 * t * t + t;
        });
        double step = search(wells, -2, 1, 4, 4);
        assertStrongWolfe(wells, -2, 1, step);
    }

    @Test
    void lineSearch_halvesStepsThatLeaveTheDomain() {
        // x + 1/x, NaN at x ≤ 0, from 10 along −1: 16 lands at −6, its half at 2 meets the
        // conditions (slope −0.75 against −0.99)
        Objectives.Recorded f = xPlusInverse();
        assertEquals(8.0, search(f, 10, -1, 16, 100));
        assertEquals(List.of(16.0, 8.0), stepsTried(f, 10, -1));
    }

    @Test
    void lineSearch_fallsBackOnSufficientDecreaseWhenTheCurvatureConditionCannotHold() {
        // |x − 0.3| from 0 along +1: the slope is −1 before the kink and +1 after, never within
        // 0.9 of 0; the zoom closes on the kink and returns its lower end, a decrease
        Objectives.Recorded f = new Objectives.Recorded(1, (x, g) -> {
            if (g != null) {
                g[0] = x[0] < 0.3 ? -1 : 1;
            }
            return Math.abs(x[0] - 0.3);
        });
        double alpha = search(f, 0, 1, 1, 10);
        assertTrue(alpha < 0.3 && alpha > 0.3 - 1e-12, "step " + alpha);
        assertTrue(stepsTried(f, 0, 1).size() > 10);
    }

    @Test
    void lineSearch_findsNoStepUphill() {
        // x² from 3 along +1, an ascent direction: every trial shrinks towards 0, none decreases
        Objectives.Recorded f = quadratic(new double[] {2}, new double[] {0});
        assertTrue(Double.isNaN(search(f, 3, 1, 1, 10)));
        for (double step : stepsTried(f, 3, 1)) {
            assertTrue(step > 0 && step <= 1, "step " + step);
        }
    }

    @Test
    void aWarmStartWithTheExactInverseHessian_takesOneNewtonStep() {
        double[] minimum = {1, -2, 3};
        Objectives.Recorded f = quadratic(new double[] {1, 10, 100}, minimum);
        double[][] inverse = {{1, 0, 0}, {0, 0.1, 0}, {0, 0, 0.01}};
        Bfgs.Result r = Bfgs.minimize(f, new double[3], inverse, 50, 1e-10);
        assertTrue(r.converged(), r.message());
        assertArrayEquals(minimum, r.point(), 1e-12);
        assertEquals(1, r.iterations());
        assertEquals(2, r.evaluations());
        assertArrayEquals(new double[][] {{1, 0, 0}, {0, 0.1, 0}, {0, 0, 0.01}}, inverse);
    }

    @Test
    void aWarmStartThatPointsUphill_isReplacedBySteepestDescent() {
        // −I as the inverse Hessian makes −Hg an ascent direction: the first step is along −g
        // instead, of length 1/|g|∞ (g = (−4, 2) at the origin), and the minimum is still found
        Objectives.Recorded f = quadratic(new double[] {2, 1}, new double[] {2, -2});
        Bfgs.Result r = Bfgs.minimize(f, new double[2], new double[][] {{-1, 0}, {0, -1}}, 50,
                1e-10);
        assertTrue(r.converged(), r.message());
        assertArrayEquals(new double[] {2, -2}, r.point(), 1e-9);
        assertArrayEquals(new double[] {1, -0.5}, f.points().get(1));
    }

    @Test
    void maxAbs_isTheLargestMagnitude() {
        assertEquals(3.0, Bfgs.maxAbs(new double[] {1, -3, 2}));
        assertEquals(0.0, Bfgs.maxAbs(new double[0]));
    }

    private static double chebyshev(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
