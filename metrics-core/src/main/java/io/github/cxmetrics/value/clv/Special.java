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
}
