package io.github.cxmetrics.value.clv;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maximum-likelihood fitting shared by the models: BFGS on the log-parameters (so every
 * parameter stays positive and the problem is better scaled), then standard errors from the
 * observed information.
 *
 * <p>The Hessian of {@code −ℓ} on the log-parameters is computed at the optimum by forward
 * differences (step {@value #GRADIENT_STEP}) of the analytic gradient, which every model has
 * (d gradient evaluations, the gradient at the optimum being known); its inverse is the
 * covariance of the log-parameters, and the delta method gives {@code se(θ) = θ·se(ln θ)}.
 *
 * <p>Beyond {@value #WARM_START_ABOVE} rows the fit is warm-started from a sample
 * ({@link #warmStarted}).
 */
final class MaximumLikelihood {

    static final double HESSIAN_STEP = 1e-3;
    /**
     * Step of the forward differences of an analytic gradient: the truncation error, about
     * {@code h/2} relative on log-parameters, and the rounding error, about {@code 10⁻¹⁶/h}, are
     * both near 10⁻⁶ at {@code h = 10⁻⁵}, as accurate as central differences with twice the
     * evaluations.
     */
    static final double GRADIENT_STEP = 1e-5;
    /** Rows of the sample a large fit is warm-started from. */
    static final int WARM_START_ROWS = 1 << 15;
    /** Rows beyond which a fit is warm-started from a sample. */
    static final int WARM_START_ABOVE = 4 * WARM_START_ROWS;

    private static final Logger LOG = LoggerFactory.getLogger(MaximumLikelihood.class);

    private MaximumLikelihood() {}

    static <M> ModelFit<M> fit(ModelSpec<M> spec, RfmSummary summary, int maxIterations,
            double tolerance, RowBlocks blocks) {
        RowGroups groups = spec.groups(summary);
        ModelFit<M> fit = fit(spec, groups, summary.unit(), maxIterations, tolerance, blocks,
                true);
        return spec.limit(fit, groups, summary.unit(), maxIterations, tolerance, blocks);
    }

    /**
     * Fits {@code spec} to {@code groups}; with {@code warmStart}, from a sample's estimate when
     * there are more than {@value #WARM_START_ABOVE} rows.
     */
    static <M> ModelFit<M> fit(ModelSpec<M> spec, RowGroups groups, ChronoUnit unit,
            int maxIterations, double tolerance, RowBlocks blocks, boolean warmStart) {
        Objective objective = spec.objective(groups, blocks);
        double[] start = spec.start(groups);
        double[] theta = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            theta[i] = Math.log(start[i]);
        }
        Bfgs.Result result = null;
        if (warmStart && groups.size > WARM_START_ABOVE) {
            result = warmStarted(spec, groups, objective, theta, maxIterations, tolerance,
                    blocks);
        }
        if (result == null) {
            result = Bfgs.minimize(objective, theta, maxIterations, tolerance);
        }
        double[] natural = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            natural[i] = Math.exp(result.point()[i]);
        }
        double n = groups.totalWeight;
        double[][] covariance = inverse(hessian(objective, result.point(), result.gradient(), n));
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < natural.length; i++) {
            double se = Double.NaN;
            if (covariance != null && covariance[i][i] >= 0) {
                se = natural[i] * Math.sqrt(covariance[i][i]);
            }
            estimates.add(new Estimate(spec.parameters().get(i), natural[i], se));
        }
        FitDiagnostics diagnostics = new FitDiagnostics(spec.name(), estimates,
                -result.value() * n, result.converged(), result.message(), result.iterations(),
                result.evaluations(), Bfgs.maxAbs(result.gradient()), (long) n, groups.size);
        if (!result.converged()) {
            LOG.warn("{} fit did not converge: {} ({} iterations, {} customers)", spec.name(),
                    result.message(), result.iterations(), (long) n);
        }
        return new ModelFit<>(spec.model(natural, unit), diagnostics);
    }

    /**
     * Fits a sample of evenly spaced rows first (with their weights), then the whole data from
     * the sample's estimate, with the inverse of the sample's Hessian as the first inverse-Hessian
     * approximation: the objective is a mean per customer, so its Hessian on a sample is close to
     * the Hessian on all the data, and the full fit needs a few iterations instead of some 25.
     * Deterministic: the sample depends on the number of rows only. Returns null (fit from the
     * usual start) if the sample's fit fails or its Hessian is not positive definite.
     */
    private static <M> Bfgs.Result warmStarted(ModelSpec<M> spec, RowGroups groups,
            Objective objective, double[] start, int maxIterations, double tolerance,
            RowBlocks blocks) {
        Objective sample = spec.objective(groups.sample(WARM_START_ROWS), blocks);
        Bfgs.Result first;
        try {
            first = Bfgs.minimize(sample, start, maxIterations, tolerance);
        } catch (IllegalArgumentException e) {
            return null;
        }
        double[][] inverse = inverse(hessian(sample, first.point(), first.gradient(), 1));
        if (inverse == null) {
            return null;
        }
        Bfgs.Result result;
        try {
            result = Bfgs.minimize(objective, first.point(), inverse, maxIterations, tolerance);
        } catch (IllegalArgumentException e) {
            return null;    // the sample's estimate is outside the domain of the whole data
        }
        return new Bfgs.Result(result.point(), result.value(), result.gradient(),
                first.iterations() + result.iterations(),
                first.evaluations() + result.evaluations(), result.converged(),
                result.message());
    }

    /**
     * Returns the Hessian of {@code n·f} at {@code x}: by forward differences (step
     * {@value #GRADIENT_STEP}) of the analytic gradient, whose value {@code gradient} at
     * {@code x} is known, symmetrised; by central second differences of the value (step
     * {@value #HESSIAN_STEP}) when the gradient is not analytic.
     */
    static double[][] hessian(Objective f, double[] x, double[] gradient, double n) {
        int d = x.length;
        double[] point = x.clone();
        if (f.analyticGradient()) {
            double h = GRADIENT_STEP;
            double[][] hessian = new double[d][d];
            double[] up = new double[d];
            for (int j = 0; j < d; j++) {
                point[j] = x[j] + h;
                f.value(point, up);
                point[j] = x[j];
                for (int i = 0; i < d; i++) {
                    hessian[i][j] = n * (up[i] - gradient[i]) / h;
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    double mean = (hessian[i][j] + hessian[j][i]) / 2;
                    hessian[i][j] = mean;
                    hessian[j][i] = mean;
                }
            }
            return hessian;
        }
        double h = HESSIAN_STEP;
        double center = f.value(point, null);
        double[][] hessian = new double[d][d];
        for (int i = 0; i < d; i++) {
            point[i] = x[i] + h;
            double up = f.value(point, null);
            point[i] = x[i] - h;
            double down = f.value(point, null);
            point[i] = x[i];
            hessian[i][i] = n * (up - 2 * center + down) / (h * h);
            for (int j = 0; j < i; j++) {
                double sum = 0;
                for (int si = -1; si <= 1; si += 2) {
                    for (int sj = -1; sj <= 1; sj += 2) {
                        point[i] = x[i] + si * h;
                        point[j] = x[j] + sj * h;
                        sum += si * sj * f.value(point, null);
                    }
                }
                point[i] = x[i];
                point[j] = x[j];
                hessian[i][j] = n * sum / (4 * h * h);
                hessian[j][i] = hessian[i][j];
            }
        }
        return hessian;
    }

    /**
     * Returns the inverse of a symmetric matrix by its Cholesky factorisation, or null if it is
     * not positive definite (or not finite).
     */
    static double[][] inverse(double[][] a) {
        int d = a.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0) || Double.isInfinite(sum)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        // Invert L (lower triangular), then A⁻¹ = L⁻ᵀ L⁻¹.
        double[][] li = new double[d][d];
        for (int i = 0; i < d; i++) {
            li[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double sum = 0;
                for (int k = j; k < i; k++) {
                    sum -= l[i][k] * li[k][j];
                }
                li[i][j] = sum / l[i][i];
            }
        }
        double[][] inverse = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int k = Math.max(i, j); k < d; k++) {
                    sum += li[k][i] * li[k][j];
                }
                inverse[i][j] = sum;
            }
        }
        return inverse;
    }
}
