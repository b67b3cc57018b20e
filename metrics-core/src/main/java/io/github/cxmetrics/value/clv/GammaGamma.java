package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import java.util.function.Supplier;

/**
 * The Gamma-Gamma model of spend per transaction (Fader and Hardie 2013, "The Gamma-Gamma Model
 * of Monetary Value"; Colombo and Jiang 1999). Immutable.
 *
 * <p><b>Assumptions.</b> A customer's transaction values are gamma(p, ν) around their own mean
 * {@code p/ν}; ν is gamma(q, γ) across customers; spend is independent of the purchase process
 * (check that the frequency and the mean spend of the repeat buyers are hardly correlated).
 *
 * <p><b>Formulas</b>, for a customer with {@code x ≥ 1} repeat transactions of mean {@code m}:
 * <pre>
 * E[spend]            = pγ / (q − 1)                                   (population mean, q &gt; 1)
 * E[spend | x, m]     = p(γ + x·m) / (px + q − 1)
 *                     = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m    (a weighted mean)
 * </pre>
 * The weight on the customer's own mean grows with {@code x}.
 *
 * <p><b>Worked number</b> (CDNOW, the published p = 6.25, q = 3.74, γ = 15.44): the population
 * mean is {@code 6.25 × 15.44 / 2.74 = 35.22}; customer 1 {@code (x = 2, m = 22.35)} is expected
 * to spend {@code 6.25 × (15.44 + 44.70) / (12.5 + 2.74) = 24.67} per transaction.
 *
 * @param p shape of the transaction values, &gt; 0
 * @param q shape of the distribution of ν, &gt; 0
 * @param gamma scale of the distribution of ν, in money, &gt; 0
 */
public record GammaGamma(double p, double q, double gamma) {

    /**
     * Creates a model.
     *
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public GammaGamma {
        ModelChecks.parameter(p, "p");
        ModelChecks.parameter(q, "q");
        ModelChecks.parameter(gamma, "gamma");
    }

    /**
     * Returns the population mean spend per transaction, {@code pγ/(q−1)}.
     *
     * @throws IllegalStateException if {@code q ≤ 1}: the mean is then infinite
     */
    public double populationMeanSpend() {
        if (q <= 1) {
            throw new IllegalStateException(
                    "the population mean spend is infinite when q <= 1: q = " + q);
        }
        return p * gamma / (q - 1);
    }

    /**
     * Returns the expected spend per transaction of the customer, {@code p(γ + x·m)/(px + q − 1)};
     * the population mean for a customer without repeat purchases.
     *
     * @throws IllegalArgumentException if a repeat buyer's mean spend is not positive
     * @throws IllegalStateException if the expectation is infinite ({@code px + q ≤ 1}, or
     *     {@code q ≤ 1} for a customer without repeat purchases)
     */
    public double expectedMeanSpend(CustomerRfm customer) {
        Checks.requireNonNull(customer, "customer");
        return expectedMeanSpend(customer.frequency(), customer.meanSpend(),
                customer::customerId);
    }

    /**
     * Returns the expected spend per transaction of every customer of the summary, in its order:
     * {@link #expectedMeanSpend(CustomerRfm)} without an object per customer.
     *
     * @throws IllegalArgumentException if a repeat buyer's mean spend is not positive
     * @throws IllegalStateException if an expectation is infinite
     */
    public double[] expectedMeanSpend(RfmSummary summary) {
        Checks.requireNonNull(summary, "summary");
        int[] x = summary.frequencyColumn();
        double[] m = summary.meanSpendColumn();
        double[] spend = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int row = i;
            spend[i] = expectedMeanSpend(x[i], m[i], () -> summary.customerId(row));
        }
        return spend;
    }

    /**
     * Returns the expected mean spend of {@code x} transactions of mean {@code m}; {@code who}
     * names the customer in an error.
     */
    double expectedMeanSpend(int x, double m, Supplier<String> who) {
        if (x == 0) {
            return populationMeanSpend();
        }
        requirePositiveSpend(m, who);
        double denominator = p * x + q - 1;
        if (denominator <= 0) {
            throw new IllegalStateException("the expected spend is infinite when px + q <= 1: "
                    + (p * x + q) + " (customer " + who.get() + ")");
        }
        return p * (gamma + x * m) / denominator;
    }

    /**
     * Returns the log-likelihood of a repeat buyer's mean spend,
     * {@code lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q·ln γ + px·ln x + (px−1)·ln m − (px+q)·ln(γ + x·m)}.
     *
     * @throws IllegalArgumentException if the customer has no repeat purchase or a mean spend
     *     that is not positive
     */
    public double logLikelihood(CustomerRfm customer) {
        Checks.requireNonNull(customer, "customer");
        if (customer.frequency() == 0) {
            throw new IllegalArgumentException("the gamma-gamma likelihood needs a repeat buyer: "
                    + "customer " + customer.customerId() + " has no repeat purchase");
        }
        return GammaGammaLikelihood.logLikelihood(p, q, gamma, customer.frequency(),
                requirePositiveSpend(customer.meanSpend(), customer::customerId));
    }

    private static double requirePositiveSpend(double m, Supplier<String> who) {
        if (!(m > 0)) {
            throw new IllegalArgumentException("meanSpend must be > 0 for the gamma-gamma model: "
                    + m + " (customer " + who.get() + ")");
        }
        return m;
    }
}
