package io.github.cxmetrics.value.clv;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maximum-likelihood fitting shared by the models: BFGS on the log-parameters (so every
 * parameter stays positive and the problem is better scaled), then standard errors from the
 * observed information.
 *
 * <p>The Hessian of {@code −ℓ} on the log-parameters is computed at the optimum by central
 * differences (step {@value #HESSIAN_STEP}) of the analytic gradient where there is one (BG/NBD,
 * Gamma-Gamma: 2d gradient evaluations), of the likelihood itself otherwise (Pareto/NBD); its
 * inverse is the covariance of the log-parameters, and the delta method gives
 * {@code se(θ) = θ·se(ln θ)}.
 */
final class MaximumLikelihood {

    static final double HESSIAN_STEP = 1e-3;

    private static final Logger LOG = LoggerFactory.getLogger(MaximumLikelihood.class);

    private MaximumLikelihood() {}

    static <M> ModelFit<M> fit(ModelSpec<M> spec, RfmSummary summary, int maxIterations,
            double tolerance) {
        RowGroups groups = spec.groups(summary);
        Objective objective = spec.objective(groups);
        double[] start = spec.start(groups);
        double[] theta = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            theta[i] = Math.log(start[i]);
        }
        Bfgs.Result result = Bfgs.minimize(objective, theta, maxIterations, tolerance);
        double[] natural = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            natural[i] = Math.exp(result.point()[i]);
        }
        double n = groups.totalWeight;
        double[][] covariance = inverse(hessian(objective, result.point(), n));
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
        return new ModelFit<>(spec.model(natural, summary.unit()), diagnostics);
    }

    /** Returns the Hessian of {@code n·f} at {@code x} by central differences. */
    static double[][] hessian(Objective f, double[] x, double n) {
        int d = x.length;
        double h = HESSIAN_STEP;
        double[] point = x.clone();
        if (f.analyticGradient()) {
            double[][] hessian = new double[d][d];
            double[] up = new double[d];
            double[] down = new double[d];
            for (int j = 0; j < d; j++) {
                point[j] = x[j] + h;
                f.value(point, up);
                point[j] = x[j] - h;
                f.value(point, down);
                point[j] = x[j];
                for (int i = 0; i < d; i++) {
                    hessian[i][j] = n * (up[i] - down[i]) / (2 * h);
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
