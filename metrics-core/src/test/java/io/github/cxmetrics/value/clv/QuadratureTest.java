package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Adaptive Gauss–Kronrod quadrature on integrals with closed forms: exact on polynomials in one
 * pass of its eight starting pieces, and subdividing where a function is hard (a kink, a peak, an
 * infinite derivative) until the requested relative accuracy.
 */
class QuadratureTest {

    /** Counts the evaluations of {@code f}. */
    private static final class Counted implements DoubleUnaryOperator {
        final DoubleUnaryOperator f;
        int calls;

        Counted(DoubleUnaryOperator f) {
            this.f = f;
        }

        @Override
        public double applyAsDouble(double x) {
            calls++;
            return f.applyAsDouble(x);
        }
    }

    @Test
    void polynomials_areExactWithoutSubdividing() {
        // 15-point Kronrod is exact up to degree 29 and its 7-point Gauss up to 13: x⁹ is
        // integrated exactly by both, so the 8 starting pieces (120 evaluations) are enough
        Counted f = new Counted(x -> Math.pow(x, 9) - 3 * x * x + 2);
        assertEquals(0.1 - 1 + 2, Quadrature.integrate(f, 0, 1, 1e-14), 1e-15);
        assertEquals(120, f.calls);
        assertEquals(-(0.1 - 1 + 2), Quadrature.integrate(x -> Math.pow(x, 9) - 3 * x * x + 2, 1, 0, 1e-14),
                1e-15);
        // ∫ from −2 to 3 of x³: (81 − 16) / 4
        assertEquals(16.25, Quadrature.integrate(x -> x * x * x, -2, 3, 1e-14), 1e-13);
        assertEquals(0.0, Quadrature.integrate(x -> 1 / x, 2, 2, 1e-10));
    }

    @Test
    void smoothFunctions_reachTheRelativeAccuracyAsked() {
        assertEquals(2.0, Quadrature.integrate(Math::sin, 0, Math.PI, 1e-13), 2e-13);
        assertEquals(Math.E - 1, Quadrature.integrate(Math::exp, 0, 1, 1e-13), 1e-13);
        // ∫ from 0 to 20 of e^(−x) = 1 − e^(−20)
        assertEquals(1 - Math.exp(-20), Quadrature.integrate(x -> Math.exp(-x), 0, 20, 1e-12), 1e-12);
    }

    @Test
    void hardFunctions_areSubdividedWhereTheErrorIs() {
        // √x has an infinite derivative at 0: ∫ from 0 to 1 = 2/3
        Counted sqrt = new Counted(Math::sqrt);
        assertEquals(2.0 / 3, Quadrature.integrate(sqrt, 0, 1, 1e-12), 1e-12);
        assertTrue(sqrt.calls > 120, "subdivided: " + sqrt.calls);
        // a narrow peak: ∫ from −1 to 1 of 1 / (10⁻⁴ + x²) = 200·atan(100)
        Counted peak = new Counted(x -> 1 / (1e-4 + x * x));
        assertEquals(200 * Math.atan(100), Quadrature.integrate(peak, -1, 1, 1e-12), 1e-12 * 314);
        assertTrue(peak.calls > 120, "subdivided: " + peak.calls);
        // a kink at 1/3 (not a piece boundary): ∫ from 0 to 1 of |x − 1/3| = 5/18
        assertEquals(5.0 / 18, Quadrature.integrate(x -> Math.abs(x - 1.0 / 3), 0, 1, 1e-12), 1e-12);
        // a looser tolerance stops earlier, still within it
        Counted loose = new Counted(Math::sqrt);
        double rough = Quadrature.integrate(loose, 0, 1, 1e-4);
        assertEquals(2.0 / 3, rough, 1e-4);
        assertTrue(loose.calls < sqrt.calls, loose.calls + " vs " + sqrt.calls);
    }

    @Test
    void aFunctionTooHardToResolve_stopsAtTheIntervalLimit() {
        // sin(1/x) oscillates without end near 0: 2000 intervals cannot reach 1e-15, and the
        // result stops within 1e-5 of the value
        // 0.504067061906928 (∫ from 0 to 1 of sin(1/x))
        Counted f = new Counted(x -> x == 0 ? 0 : Math.sin(1 / x));
        double v = Quadrature.integrate(f, 0, 1, 1e-15);
        assertEquals(0.504067061906928, v, 1e-5);
        assertTrue(f.calls <= 2000 * 30 + 120, "bounded work: " + f.calls);
    }

    @Test
    void anEmptyInterval_isZeroEvenWhereTheIntegrandIsInfinite() {
        Counted f = new Counted(x -> 1 / (x - 2));
        assertEquals(0.0, Quadrature.integrate(f, 2, 2, 1e-10));
        assertEquals(0, f.calls);
    }

    @Test
    void aZeroIntegrand_needsNoSubdivision() {
        // its error estimate, 0, meets the tolerance, 0, at once
        Counted zero = new Counted(x -> 0);
        assertEquals(0.0, Quadrature.integrate(zero, 0, 1, 1e-12));
        assertEquals(120, zero.calls);
    }

    @Test
    void theWork_doesNotDependOnTheScaleOfTheIntegrand() {
        // multiplying f by a power of two scales every value and error estimate exactly, so the
        // same subintervals are taken, whether the relative tolerance or rounding stops the work
        for (double relative : new double[] {1e-6, 1e-10, 0}) {
            Counted unit = new Counted(Math::sqrt);
            double one = Quadrature.integrate(unit, 0, 1, relative);
            for (double scale : new double[] {0x1p-30, 0x1p30}) {
                Counted scaled = new Counted(x -> scale * Math.sqrt(x));
                assertEquals(scale * one, Quadrature.integrate(scaled, 0, 1, relative));
                assertEquals(unit.calls, scaled.calls, "relative " + relative + ", scale " + scale);
            }
        }
    }

    @Test
    void aToleranceBelowRounding_stopsAtWhatRoundingAllows() {
        // a relative tolerance of 0 cannot be met; the work stops once the error estimate is
        // within 50 ulps of Σ|K|, long before the 2000-interval limit
        Counted smooth = new Counted(Math::exp);
        assertEquals(Math.E - 1, Quadrature.integrate(smooth, 0, 1, 0), 1e-15);
        assertTrue(smooth.calls < 300, "calls: " + smooth.calls);
        Counted sqrt = new Counted(Math::sqrt);
        assertEquals(2.0 / 3, Quadrature.integrate(sqrt, 0, 1, 0), 1e-15);
        assertTrue(sqrt.calls < 3000, "calls: " + sqrt.calls);
        // and a reachable tolerance takes a bounded number of bisections of √x's first piece
        Counted loose = new Counted(Math::sqrt);
        assertEquals(2.0 / 3, Quadrature.integrate(loose, 0, 1, 1e-8), 1e-8);
        assertTrue(loose.calls < 1000, "calls: " + loose.calls);
    }

    @Test
    void aPieceTooNarrowToBisect_endsTheSubdivision() {
        // [lo, lo + 8 ulp] starts as eight pieces of one ulp each; every point of a piece rounds
        // to the same double, and an integrand infinite there gives an error estimate of NaN that
        // bisection cannot reduce. The midpoint of the first piece rounds to its left end (1.5
        // has an even last bit) or to its right end (its successor has an odd one): either way
        // the work stops after the 120 evaluations of the starting pieces, with a non-finite result
        double even = 1.5;
        double odd = Math.nextUp(1.5);
        double ulp = Math.ulp(1.5);
        Counted left = new Counted(x -> 1 / (x - even));
        assertFalse(Double.isFinite(Quadrature.integrate(left, even, even + 8 * ulp, 1e-10)));
        assertEquals(120, left.calls);
        Counted right = new Counted(x -> 1 / (x - (odd + ulp)));
        assertFalse(Double.isFinite(Quadrature.integrate(right, odd, odd + 8 * ulp, 1e-10)));
        assertEquals(120, right.calls);
    }
}
