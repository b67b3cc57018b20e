package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import java.util.List;

/**
 * How a maximum-likelihood fit went: the estimates with their standard errors, the maximised
 * log-likelihood and the optimiser's convergence. Always check {@link #converged()} before
 * trusting the estimates.
 *
 * @param model the model's name, such as {@code "bg/nbd"}
 * @param estimates the parameters in the model's order, with standard errors
 * @param logLikelihood the log-likelihood at the estimates, summed over the customers
 * @param converged whether the largest gradient component of the mean log-likelihood per
 *     customer, on the log-parameters, fell below the tolerance
 * @param message why the optimiser stopped
 * @param iterations the BFGS iterations
 * @param evaluations the likelihood evaluations, line searches included
 * @param gradientNorm the largest gradient component at the end (mean per customer,
 *     log-parameters)
 * @param customers the number of customers fitted
 * @param distinctRows the number of distinct rows the likelihood was computed on, after
 *     grouping identical customers
 */
public record FitDiagnostics(
        String model, List<Estimate> estimates, double logLikelihood, boolean converged,
        String message, int iterations, int evaluations, double gradientNorm, long customers,
        int distinctRows) {

    /** Creates diagnostics; the list of estimates is copied. */
    public FitDiagnostics {
        Checks.requireNonBlank(model, "model");
        estimates = List.copyOf(Checks.requireNonNull(estimates, "estimates"));
        Checks.requireNonBlank(message, "message");
    }

    /**
     * Returns the estimate of a parameter by name.
     *
     * @throws IllegalArgumentException if the model has no such parameter
     */
    public Estimate estimate(String name) {
        Checks.requireNonNull(name, "name");
        return estimates.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("parameter must be one of "
                        + estimates.stream().map(Estimate::name).toList() + ": " + name));
    }

    /** Returns the standard error of a parameter; see {@link #estimate(String)}. */
    public double standardError(String name) {
        return estimate(name).standardError();
    }
}
