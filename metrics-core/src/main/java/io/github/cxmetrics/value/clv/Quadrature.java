package io.github.cxmetrics.value.clv;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss–Kronrod quadrature: the 7-point Gauss and 15-point Kronrod rules of QUADPACK
 * (Piessens et al. 1983, routine QK15), bisecting an interval until the two rules agree within
 * its share of the tolerance. For smooth, bounded integrands on finite intervals.
 */
final class Quadrature {

    /** Kronrod abscissae on [−1, 1], positive half; even indices are also Gauss abscissae. */
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
    private static final int MAX_DEPTH = 40;
    private static final int INITIAL_PIECES = 8;

    private Quadrature() {}

    /**
     * Returns {@code ∫ from lo to hi of f}, aiming at a relative error of {@code relative}.
     */
    static double integrate(DoubleUnaryOperator f, double lo, double hi, double relative) {
        if (hi == lo) {
            return 0;
        }
        double width = (hi - lo) / INITIAL_PIECES;
        double[] pieces = new double[2];
        double estimate = 0;
        for (int i = 0; i < INITIAL_PIECES; i++) {
            rule(f, lo + i * width, lo + (i + 1) * width, pieces);
            estimate += Math.abs(pieces[0]);
        }
        double tolerance = Math.max(relative * estimate, Double.MIN_NORMAL);
        double sum = 0;
        for (int i = 0; i < INITIAL_PIECES; i++) {
            double a = lo + i * width;
            double b = i == INITIAL_PIECES - 1 ? hi : lo + (i + 1) * width;
            sum += adapt(f, a, b, tolerance / INITIAL_PIECES, 0);
        }
        return sum;
    }

    private static double adapt(DoubleUnaryOperator f, double a, double b, double tolerance,
            int depth) {
        double[] result = new double[2];
        rule(f, a, b, result);
        if (Math.abs(result[0] - result[1]) <= tolerance || depth >= MAX_DEPTH) {
            return result[0];
        }
        double mid = a + (b - a) / 2;
        return adapt(f, a, mid, tolerance / 2, depth + 1)
                + adapt(f, mid, b, tolerance / 2, depth + 1);
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
