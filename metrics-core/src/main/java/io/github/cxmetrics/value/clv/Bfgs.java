package io.github.cxmetrics.value.clv;

/**
 * Quasi-Newton minimisation by BFGS with a strong-Wolfe line search (Nocedal and Wright,
 * Numerical Optimization, 2nd ed., 2006: algorithm 6.1 with the initial scaling (6.20), and
 * line search algorithms 3.5 and 3.6). Hand-written rather than a dependency: the models have
 * three or four parameters, so a dense inverse-Hessian update is all that is needed.
 *
 * <p>The line search treats a non-finite value as a point outside the domain and shrinks the
 * step; a step is also capped at {@value #MAX_STEP} in every coordinate, a factor of
 * {@code e^10} on a log-parameter. Convergence is declared when the largest gradient component
 * is at most the tolerance, or when no step along the quasi-Newton direction decreases the value
 * any more and the decrease that direction promises, {@code gᵀHg/2} with {@code H} the inverse
 * Hessian approximation, is below {@value #PRECISION} of the value: the optimum is then found to
 * the precision of double arithmetic, a little before the gradient reaches the tolerance.
 */
final class Bfgs {

    /** Largest change of one coordinate in one iteration. */
    static final double MAX_STEP = 10;
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_LINE_SEARCH = 60;
    /** Relative decrease of the value below which rounding hides progress. */
    static final double PRECISION = 1e-12;

    /** The outcome of a minimisation. */
    record Result(double[] point, double value, double[] gradient, int iterations,
            int evaluations, boolean converged, String message) {}

    private final Objective f;
    private final int n;
    private int evaluations;

    private Bfgs(Objective f) {
        this.f = f;
        this.n = f.dimension();
    }

    /**
     * Minimises {@code f} from {@code start}.
     *
     * @throws IllegalArgumentException if the value at {@code start} is not finite
     */
    static Result minimize(Objective f, double[] start, int maxIterations, double tolerance) {
        return new Bfgs(f).run(start, null, maxIterations, tolerance);
    }

    /**
     * Minimises {@code f} from {@code start} with {@code inverseHessian} as the first
     * approximation of the inverse Hessian (instead of a scaled identity): a warm start, whose
     * first step is a Newton step when the matrix is the inverse of the Hessian at the start.
     *
     * @throws IllegalArgumentException if the value at {@code start} is not finite
     */
    static Result minimize(Objective f, double[] start, double[][] inverseHessian,
            int maxIterations, double tolerance) {
        return new Bfgs(f).run(start, inverseHessian, maxIterations, tolerance);
    }

    private Result run(double[] start, double[][] inverseHessian, int maxIterations,
            double tolerance) {
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = evaluate(x, g);
        if (!Double.isFinite(fx) || !finite(g)) {
            throw new IllegalArgumentException(
                    "the objective is not finite at the starting point: " + fx);
        }
        double[][] h = identity();
        boolean scaled = false;
        if (inverseHessian != null) {
            for (int i = 0; i < n; i++) {
                h[i] = inverseHessian[i].clone();
            }
            scaled = true;
        }
        double[] p = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        double[] s = new double[n];
        double[] y = new double[n];
        int iteration = 0;
        boolean restarted = false;
        while (true) {
            if (maxAbs(g) <= tolerance) {
                return new Result(x, fx, g, iteration, evaluations, true,
                        "gradient below " + tolerance);
            }
            if (iteration >= maxIterations) {
                return new Result(x, fx, g, iteration, evaluations, false,
                        "no convergence in " + maxIterations + " iterations");
            }
            iteration++;
            multiply(h, g, p);
            double slope = 0;
            for (int i = 0; i < n; i++) {
                p[i] = -p[i];
                slope += p[i] * g[i];
            }
            if (!(slope < 0)) {
                h = identity();
                scaled = false;
                slope = 0;
                for (int i = 0; i < n; i++) {
                    p[i] = -g[i];
                    slope += p[i] * g[i];
                }
            }
            double initial = scaled ? 1 : Math.min(1, 1 / maxAbs(g));
            double maxAlpha = MAX_STEP / maxAbs(p);
            double alpha = lineSearch(x, fx, slope, p, Math.min(initial, maxAlpha), maxAlpha,
                    xNew, gNew);
            if (Double.isNaN(alpha)) {
                double promised = -slope / 2;
                if (scaled && promised <= PRECISION * Math.max(1, Math.abs(fx))) {
                    return new Result(x, fx, g, iteration, evaluations, true,
                            "converged to floating-point precision: expected further decrease "
                                    + promised + ", gradient " + maxAbs(g));
                }
                if (restarted) {
                    return new Result(x, fx, g, iteration, evaluations, false,
                            "line search failed");
                }
                restarted = true;
                h = identity();
                scaled = false;
                continue;
            }
            restarted = false;
            double fNew = lastValue;
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
                sy += s[i] * y[i];
                yy += y[i] * y[i];
            }
            if (sy > 1e-12 * Math.sqrt(dot(s, s) * yy)) {
                if (!scaled) {
                    h = identity();
                    for (int i = 0; i < n; i++) {
                        h[i][i] = sy / yy;
                    }
                    scaled = true;
                }
                update(h, s, y, sy);
            }
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
        }
    }

    private double lastValue;

    /**
     * The line search on its own, for tests of the conditions it promises: from {@code x} along
     * {@code p}, first trying the step {@code alpha1} and never beyond {@code maxAlpha}. Returns
     * the step length found, NaN if none.
     */
    static double lineSearch(Objective f, double[] x, double[] p, double alpha1,
            double maxAlpha) {
        Bfgs search = new Bfgs(f);
        double[] g = new double[search.n];
        double f0 = search.evaluate(x, g);
        return search.lineSearch(x, f0, dot(g, p), p, alpha1, maxAlpha, new double[search.n],
                new double[search.n]);
    }

    /**
     * Finds a step length satisfying the strong Wolfe conditions along {@code p}; writes the point
     * and its gradient into {@code xOut} and {@code gOut}, its value into {@link #lastValue}.
     * Returns NaN if none is found.
     */
    private double lineSearch(double[] x, double f0, double slope0, double[] p, double alpha1,
            double maxAlpha, double[] xOut, double[] gOut) {
        double previousAlpha = 0;
        double previousValue = f0;
        double previousSlope = slope0;
        double alpha = alpha1;
        for (int i = 0; i < MAX_LINE_SEARCH; i++) {
            double value = trial(x, p, alpha, xOut, gOut);
            double slope = dot(gOut, p);
            if (!Double.isFinite(value) || value > f0 + C1 * alpha * slope0
                    || (i > 0 && value >= previousValue)) {
                return zoom(x, f0, slope0, p, previousAlpha, previousValue, previousSlope,
                        alpha, value, slope, xOut, gOut);
            }
            if (Math.abs(slope) <= -C2 * slope0) {
                lastValue = value;
                return alpha;
            }
            if (slope >= 0) {
                return zoom(x, f0, slope0, p, alpha, value, slope, previousAlpha, previousValue,
                        previousSlope, xOut, gOut);
            }
            if (alpha >= maxAlpha) {
                lastValue = value;
                return alpha;
            }
            previousAlpha = alpha;
            previousValue = value;
            previousSlope = slope;
            alpha = Math.min(2 * alpha, maxAlpha);
        }
        return Double.NaN;
    }

    private double zoom(double[] x, double f0, double slope0, double[] p,
            double lo, double fLo, double dLo, double hi, double fHi, double dHi,
            double[] xOut, double[] gOut) {
        for (int i = 0; i < MAX_LINE_SEARCH; i++) {
            double alpha = interpolate(lo, fLo, dLo, hi, fHi, dHi);
            double value = trial(x, p, alpha, xOut, gOut);
            double slope = dot(gOut, p);
            if (!Double.isFinite(value) || value > f0 + C1 * alpha * slope0 || value >= fLo) {
                hi = alpha;
                fHi = value;
                dHi = slope;
            } else {
                if (Math.abs(slope) <= -C2 * slope0) {
                    lastValue = value;
                    return alpha;
                }
                if (slope * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dHi = dLo;
                }
                lo = alpha;
                fLo = value;
                dLo = slope;
            }
            if (Math.abs(hi - lo) <= 1e-14 * Math.max(1, Math.abs(lo))) {
                break;
            }
        }
        if (lo > 0 && fLo < f0) {
            // Sufficient decrease holds at lo even if the curvature condition does not.
            lastValue = trial(x, p, lo, xOut, gOut);
            return lo;
        }
        return Double.NaN;
    }

    /**
     * Returns the minimiser of the cubic interpolating values and slopes at both ends,
     * safeguarded to the middle 80 % of the interval; bisection when a value is not finite.
     */
    static double interpolate(double lo, double fLo, double dLo, double hi, double fHi,
            double dHi) {
        double left = Math.min(lo, hi);
        double right = Math.max(lo, hi);
        double width = right - left;
        if (!Double.isFinite(fHi) || !Double.isFinite(dHi)) {
            return lo + (hi - lo) / 2;
        }
        double d1 = dLo + dHi - 3 * (fLo - fHi) / (lo - hi);
        double radicand = d1 * d1 - dLo * dHi;
        double candidate = Double.NaN;
        if (radicand >= 0) {
            double d2 = Math.signum(hi - lo) * Math.sqrt(radicand);
            candidate = hi - (hi - lo) * (dHi + d2 - d1) / (dHi - dLo + 2 * d2);
        }
        if (!(candidate >= left + 0.1 * width && candidate <= right - 0.1 * width)) {
            return lo + (hi - lo) / 2;
        }
        return candidate;
    }

    private double trial(double[] x, double[] p, double alpha, double[] xOut, double[] gOut) {
        for (int i = 0; i < n; i++) {
            xOut[i] = x[i] + alpha * p[i];
        }
        double value = evaluate(xOut, gOut);
        return Double.isFinite(value) && finite(gOut) ? value : Double.POSITIVE_INFINITY;
    }

    private double evaluate(double[] x, double[] g) {
        evaluations++;
        return f.value(x, g);
    }

    /** The BFGS update of the inverse Hessian approximation, formula (6.17). */
    private void update(double[][] h, double[] s, double[] y, double sy) {
        double rho = 1 / sy;
        double[] hy = new double[n];
        multiply(h, y, hy);
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j])
                        + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
    }

    private double[][] identity() {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            h[i][i] = 1;
        }
        return h;
    }

    private static void multiply(double[][] m, double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = sum;
        }
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * v[i];
        }
        return sum;
    }

    static double maxAbs(double[] v) {
        double max = 0;
        for (double e : v) {
            max = Math.max(max, Math.abs(e));
        }
        return max;
    }

    private static boolean finite(double[] v) {
        for (double e : v) {
            if (!Double.isFinite(e)) {
                return false;
            }
        }
        return true;
    }
}
