package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import java.util.Objects;

/**
 * Fits one model — {@link BgNbd}, {@link MbgNbd}, {@link ParetoNbd} or {@link GammaGamma} — to an
 * {@link RfmSummary} by maximum likelihood. Immutable and thread-safe; options return new
 * fitters and may each be set once.
 *
 * <p><b>Method.</b> BFGS with a strong-Wolfe line search on the log-parameters (analytic
 * gradients for the BG/NBD and Gamma-Gamma, central differences for the Pareto/NBD), from a
 * start that scales α and β to the data's purchase rate; customers with identical rows are
 * grouped and weighted, so the cost per iteration grows with the number of distinct rows, not
 * customers. Standard errors come from the numerical Hessian (see {@link Estimate}).
 *
 * <p><b>Errors.</b> An empty summary, or one without a repeat buyer, cannot be fitted
 * ({@link IllegalArgumentException}); nor can the Gamma-Gamma with a repeat buyer whose mean
 * spend is not positive. A fit that stops before the gradient tolerance is met is returned with
 * {@code converged() == false} and the reason.
 *
 * @param <M> the model type
 */
public final class ModelFitter<M> {

    /** Default iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 500;
    /** Default tolerance on the largest gradient component of the mean log-likelihood. */
    public static final double DEFAULT_TOLERANCE = 1e-8;

    private final ModelSpec<M> spec;
    private final Integer maxIterations;
    private final Double tolerance;
    private final Integer parallelism;

    private ModelFitter(ModelSpec<M> spec, Integer maxIterations, Double tolerance,
            Integer parallelism) {
        this.spec = spec;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.parallelism = parallelism;
    }

    static <M> ModelFitter<M> of(ModelSpec<M> spec) {
        return new ModelFitter<>(spec, null, null, null);
    }

    /**
     * Returns a fitter with another iteration limit; {@value #DEFAULT_MAX_ITERATIONS} by default.
     *
     * @throws IllegalArgumentException if {@code maxIterations < 1}
     * @throws IllegalStateException if the limit was already set
     */
    public ModelFitter<M> maxIterations(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1: " + maxIterations);
        }
        if (this.maxIterations != null) {
            throw new IllegalStateException(
                    "maxIterations was already set to " + this.maxIterations);
        }
        return new ModelFitter<>(spec, maxIterations, tolerance, parallelism);
    }

    /**
     * Returns a fitter with another convergence tolerance on the largest gradient component of
     * the mean log-likelihood per customer, on the log-parameters; {@value #DEFAULT_TOLERANCE} by
     * default.
     *
     * @throws IllegalArgumentException if the tolerance is not finite and positive
     * @throws IllegalStateException if the tolerance was already set
     */
    public ModelFitter<M> tolerance(double tolerance) {
        Checks.requirePositiveFinite(tolerance, "tolerance");
        if (this.tolerance != null) {
            throw new IllegalStateException("tolerance was already set to " + this.tolerance);
        }
        return new ModelFitter<>(spec, maxIterations, tolerance, parallelism);
    }

    /**
     * Returns a fitter that uses at most {@code threads} threads, counting the calling thread;
     * by default the calling thread and every thread of the common fork-join pool. The rows are
     * split into blocks of fixed size whatever the number of threads, and the blocks' partial
     * sums added in a fixed order, so <b>the result is the same to the last bit with any number
     * of threads</b>; {@code parallelism(1)} computes on the calling thread only.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws IllegalStateException if the parallelism was already set
     */
    public ModelFitter<M> parallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1: " + threads);
        }
        if (this.parallelism != null) {
            throw new IllegalStateException("parallelism was already set to " + this.parallelism);
        }
        return new ModelFitter<>(spec, maxIterations, tolerance, threads);
    }

    /**
     * Fits the model to the summary; the model is in the summary's time unit.
     *
     * @throws IllegalArgumentException if the data cannot be fitted (see the class comment)
     */
    public ModelFit<M> fit(RfmSummary summary) {
        Checks.requireNonNull(summary, "summary");
        return MaximumLikelihood.fit(spec, summary,
                maxIterations == null ? DEFAULT_MAX_ITERATIONS : maxIterations,
                tolerance == null ? DEFAULT_TOLERANCE : tolerance,
                parallelism == null ? RowBlocks.common() : RowBlocks.threads(parallelism));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelFitter<?> other && spec == other.spec
                && Objects.equals(maxIterations, other.maxIterations)
                && Objects.equals(tolerance, other.tolerance)
                && Objects.equals(parallelism, other.parallelism);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec.name(), maxIterations, tolerance, parallelism);
    }

    @Override
    public String toString() {
        return "ModelFitter(" + spec.name()
                + (maxIterations == null ? "" : ", maxIterations " + maxIterations)
                + (tolerance == null ? "" : ", tolerance " + tolerance)
                + (parallelism == null ? "" : ", parallelism " + parallelism) + ")";
    }
}
