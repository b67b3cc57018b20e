package io.github.cxmetrics.value.clv;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss–Kronrod quadrature: the 7-point Gauss and 15-point Kronrod rules of QUADPACK
 * (Piessens et al. 1983, routine QK15), their difference estimating the error. For smooth,
 * bounded integrands on finite intervals.
 */
final class Quadrature {

    /** Kronrod abscissae on [−1, 1], positive half; odd indices are also Gauss abscissae. */
    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    };
    /** Kronrod weights. */
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    };
    /** Gauss weights of the abscissae XGK[1], XGK[3], XGK[5], XGK[7]. */
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    };
    /** Most subintervals: at most 31 × {@value} evaluations of the integrand. */
    private static final int MAX_INTERVALS = 2000;
    private static final int INITIAL_PIECES = 8;
    /** Error below which rounding in the rules hides any further gain, relative to Σ|K|. */
    private static final double ROUNDING = 50 * Math.ulp(1.0);

    private Quadrature() {}

    /**
     * Returns {@code ∫ from lo to hi of f}, aiming at a relative error of {@code relative}.
     * Globally adaptive, as QUADPACK's QAG: the subinterval with the largest error estimate
     * {@code |K₁₅ − G₇|} is bisected until the total estimate is within the tolerance, within
     * what rounding allows, or {@value #MAX_INTERVALS} subintervals are in use.
     */
    static double integrate(DoubleUnaryOperator f, double lo, double hi, double relative) {
        if (hi == lo) {
            return 0;
        }
        double[] a = new double[MAX_INTERVALS];
        double[] b = new double[MAX_INTERVALS];
        double[] value = new double[MAX_INTERVALS];
        double[] error = new double[MAX_INTERVALS];
        double[] rule = new double[3];
        double width = (hi - lo) / INITIAL_PIECES;
        int size = 0;
        for (int i = 0; i < INITIAL_PIECES; i++) {
            a[size] = lo + i * width;
            b[size] = i == INITIAL_PIECES - 1 ? hi : lo + (i + 1) * width;
            rule(f, a[size], b[size], rule);
            value[size] = rule[0];
            error[size] = Math.abs(rule[0] - rule[1]);
            size++;
        }
        while (true) {
            double total = 0;
            double totalError = 0;
            double scale = 0;
            int worst = 0;
            for (int i = 0; i < size; i++) {
                total += value[i];
                totalError += error[i];
                scale += Math.abs(value[i]);
                if (error[i] > error[worst]) {
                    worst = i;
                }
            }
            if (totalError <= Math.max(relative * Math.abs(total), ROUNDING * scale)
                    || size == MAX_INTERVALS) {
                return total;
            }
            double mid = a[worst] + (b[worst] - a[worst]) / 2;
            if (mid <= a[worst] || mid >= b[worst]) {
                return total;
            }
            a[size] = mid;
            b[size] = b[worst];
            b[worst] = mid;
            rule(f, a[worst], b[worst], rule);
            value[worst] = rule[0];
            error[worst] = Math.abs(rule[0] - rule[1]);
            rule(f, a[size], b[size], rule);
            value[size] = rule[0];
            error[size] = Math.abs(rule[0] - rule[1]);
            size++;
        }
    }

    /** Writes the Kronrod and the Gauss estimates of {@code ∫ from a to b of f}. */
    private static void rule(DoubleUnaryOperator f, double a, double b, double[] out) {
        double center = (a + b) / 2;
        double half = (b - a) / 2;
        double fc = f.applyAsDouble(center);
        double kronrod = WGK[7] * fc;
        double gauss = WG[3] * fc;
        for (int j = 0; j < 7; j++) {
            double dx = half * XGK[j];
            double sum = f.applyAsDouble(center - dx) + f.applyAsDouble(center + dx);
            kronrod += WGK[j] * sum;
            if ((j & 1) == 1) {
                gauss += WG[j >> 1] * sum;
            }
        }
        out[0] = kronrod * half;
        out[1] = gauss * half;
    }
}
