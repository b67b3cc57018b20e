package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;

/**
 * A fitted model and how the fit went.
 *
 * <pre>{@code
 * ModelFit<BgNbd> fit = CxMetrics.lifetimeValue().bgNbd().fit(summary);
 * if (!fit.diagnostics().converged()) { ... }
 * double alive = fit.model().probabilityAlive(summary.customer(0));
 * }</pre>
 *
 * @param model the model with the estimated parameters
 * @param diagnostics estimates, standard errors, log-likelihood and convergence
 * @param <M> the model type: {@link BgNbd}, {@link ParetoNbd} or {@link GammaGamma}
 */
public record ModelFit<M>(M model, FitDiagnostics diagnostics) {

    /** Creates a fit. */
    public ModelFit {
        Checks.requireNonNull(model, "model");
        Checks.requireNonNull(diagnostics, "diagnostics");
    }

    /** Returns the maximised log-likelihood, {@code diagnostics().logLikelihood()}. */
    public double logLikelihood() {
        return diagnostics.logLikelihood();
    }
}
