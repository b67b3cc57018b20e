package io.github.cxmetrics.value.clv;

/**
 * Special functions of the customer-base models, in forms that stay accurate where the textbook
 * expressions lose digits: {@code log(1 + e^d)} without overflow, {@code (e^u − 1)/u} through
 * {@code u = 0}, and the Gauss hypergeometric function {@code ₂F₁(1, b; c; z)} on {@code [0, 1)} by
 * its continued fraction.
 */
final class Special {

    /** Relative size of a continued-fraction or series step at which the value is final. */
    private static final double EPSILON = 1e-16;
    /** Guards the modified Lentz algorithm against division by zero. */
    private static final double TINY = 1e-300;
    /**
     * Continued-fraction steps allowed. The fraction converges geometrically with ratio about
     * {@code (1 − √(1 − z)) / (1 + √(1 − z))}: some 500 steps at z = 0.999, 16,000 at
     * z = 1 − 10⁻⁶.
     */
    private static final int MAX_FRACTION_STEPS = 100_000;

    private Special() {}

    /** Returns {@code log(1 + e^d)} without overflow for large {@code d}. */
    static double log1pExp(double d) {
        return d > 0 ? d + Math.log1p(Math.exp(-d)) : Math.log1p(Math.exp(d));
    }

    /** Returns {@code 1 / (1 + e^(−d))}, the logistic function, without overflow. */
    static double logistic(double d) {
        if (d >= 0) {
            return 1 / (1 + Math.exp(-d));
        }
        double e = Math.exp(d);
        return e / (1 + e);
    }

    /** Returns {@code log(e^u + e^v)} without overflow. */
    static double logAddExp(double u, double v) {
        return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
    }

    /** Returns {@code (e^u − 1) / u}, which is 1 at {@code u = 0}, accurately near 0. */
    static double expm1Ratio(double u) {
        return u == 0 ? 1 : Math.expm1(u) / u;
    }

    /**
     * Returns the Gauss hypergeometric function {@code ₂F₁(1, b; c; z)} for {@code 0 < b < c},
     * {@code c > 1} and {@code 0 ≤ z < 1}, by Gauss's continued fraction for the ratio
     * {@code ₂F₁(a+1, b; c; z) / ₂F₁(a, b; c−1; z)} at {@code a = 0}, where the denominator is 1
     * (DLMF 15.7.5; Cuyt et al., Handbook of Continued Fractions for Special Functions, 2008,
     * §15.3):
     * <pre>
     * ₂F₁(1, b; c; z) = 1 / (1 + k₁z / (1 + k₂z / (1 + …)))
     * k₂ₙ₊₁ = −(c−1+n)(b+n) / ((c−1+2n)(c+2n)),   k₂ₙ = −n(c−1−b+n) / ((c−2+2n)(c−1+2n))
     * </pre>
     * With {@code 0 < b < c} and {@code c > 1} every {@code kₘz} is negative (a Stieltjes fraction),
     * so the fraction converges on all of {@code [0, 1)}, even where the power series would need
     * millions of terms: about 500 steps at {@code z = 0.999}. Evaluated by the modified Lentz
     * algorithm.
     *
     * @return the value, at least 1; NaN if the fraction has not converged in 100,000 steps
     *     ({@code z} within about 10⁻⁹ of 1)
     */
    static double hyp2f1OneB(double b, double c, double z) {
        if (z == 0) {
            return 1;
        }
        double cm1 = c - 1;
        double f = 1;
        double cc = 1;
        double dd = 0;
        for (int m = 1; m <= MAX_FRACTION_STEPS; m++) {
            double k;
            if ((m & 1) == 1) {
                int n = (m - 1) >> 1;
                k = -(cm1 + n) * (b + n) / ((cm1 + 2 * n) * (cm1 + 2 * n + 1));
            } else {
                int n = m >> 1;
                k = (b - cm1 - n) * n / ((cm1 + 2 * n - 1) * (cm1 + 2 * n));
            }
            double a = k * z;
            dd = 1 + a * dd;
            if (Math.abs(dd) < TINY) {
                dd = TINY;
            }
            dd = 1 / dd;
            cc = 1 + a / cc;
            if (Math.abs(cc) < TINY) {
                cc = TINY;
            }
            double delta = cc * dd;
            f *= delta;
            if (Math.abs(delta - 1) <= EPSILON) {
                return 1 / f;
            }
        }
        return Double.NaN;
    }

    /**
     * Returns {@code ln ₂F₁(1, b; c; z)} and writes its partial derivatives with respect to
     * {@code b}, {@code c} and {@code z} into {@code gradient[0 … 2]}: the continued fraction of
     * {@link #hyp2f1OneB} evaluated in forward-mode automatic differentiation. Each coefficient
     * {@code aₘ = kₘ(b, c)·z} carries its three partial derivatives, and the modified Lentz
     * recurrences {@code Dₘ = 1/(1 + aₘDₘ₋₁)}, {@code Cₘ = 1 + aₘ/Cₘ₋₁} carry theirs, so that
     * {@code ∂ ln f = Σₘ (∂Cₘ/Cₘ + ∂Dₘ/Dₘ)} is exact to rounding — no step size, no cancellation
     * — at about three times the cost of the value alone. The iteration stops when the value and
     * the three derivatives have all converged.
     *
     * @return the logarithm, at least 0; NaN if the fraction has not converged (see
     *     {@link #hyp2f1OneB})
     */
    static double logHyp2f1OneB(double b, double c, double z, double[] gradient) {
        if (z == 0) {
            // ₂F₁(1, b; c; z) = 1 + (b/c)·z + …: only the derivative in z survives.
            gradient[0] = 0;
            gradient[1] = 0;
            gradient[2] = b / c;
            return 0;
        }
        double cm1 = c - 1;
        // Each quantity of the recurrence on one line with its partial derivatives in b, c and z
        // (f's are those of −ln f; inverseC is 1 / cc).
        double f = 1;
        double gb = 0, gc = 0, gz = 0;
        double cc = 1, inverseC = 1;
        double ccB = 0, ccC = 0, ccZ = 0;
        double dd = 0, ddB = 0, ddC = 0, ddZ = 0;
        for (int m = 1; m <= MAX_FRACTION_STEPS; m++) {
            double k;
            double kb;
            double kc;
            if ((m & 1) == 1) {
                int n = (m - 1) >> 1;
                double d1 = cm1 + 2 * n;
                double d2 = d1 + 1;
                double inverse = 1 / (d1 * d2);
                kb = -(cm1 + n) * inverse;
                k = kb * (b + n);
                kc = -(b + n) * inverse - k * (d1 + d2) * inverse;
            } else {
                int n = m >> 1;
                double d1 = cm1 + 2 * n - 1;
                double d2 = d1 + 1;
                double inverse = 1 / (d1 * d2);
                kb = n * inverse;
                k = (b - cm1 - n) * kb;
                kc = -kb - k * (d1 + d2) * inverse;
            }
            double a = k * z;
            double aB = kb * z;
            double aC = kc * z;
            double aZ = k;
            // D = 1/E with E = 1 + a·D_previous.
            double e = 1 + a * dd;
            double eB = aB * dd + a * ddB;
            double eC = aC * dd + a * ddC;
            double eZ = aZ * dd + a * ddZ;
            if (Math.abs(e) < TINY) {
                e = TINY;
            }
            dd = 1 / e;
            ddB = -eB * dd * dd;
            ddC = -eC * dd * dd;
            ddZ = -eZ * dd * dd;
            // C = 1 + a/C_previous; inverseC = 1/C_previous is kept from the last step.
            double next = 1 + a * inverseC;
            double nextB = (aB - a * ccB * inverseC) * inverseC;
            double nextC = (aC - a * ccC * inverseC) * inverseC;
            double nextZ = (aZ - a * ccZ * inverseC) * inverseC;
            if (Math.abs(next) < TINY) {
                next = TINY;
            }
            cc = next;
            ccB = nextB;
            ccC = nextC;
            ccZ = nextZ;
            inverseC = 1 / cc;
            double delta = cc * dd;
            // ∂ ln C = ∂C/C and ∂ ln D = ∂D·E, as D = 1/E.
            double stepB = ccB * inverseC + ddB * e;
            double stepC = ccC * inverseC + ddC * e;
            double stepZ = ccZ * inverseC + ddZ * e;
            f *= delta;
            gb -= stepB;
            gc -= stepC;
            gz -= stepZ;
            if (Math.abs(delta - 1) <= EPSILON
                    && Math.abs(stepB) <= EPSILON * Math.abs(gb) + TINY
                    && Math.abs(stepC) <= EPSILON * Math.abs(gc) + TINY
                    && Math.abs(stepZ) <= EPSILON * Math.abs(gz) + TINY) {
                gradient[0] = gb;
                gradient[1] = gc;
                gradient[2] = gz;
                return -Math.log(f);
            }
        }
        return Double.NaN;
    }
}
