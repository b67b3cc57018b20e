package io.github.cxmetrics.value.clv;

import java.time.temporal.ChronoUnit;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Pareto/NBD model of Schmittlein, Morrison and Colombo (1987), "Counting Your Customers:
 * Who Are They and What Will They Do Next?", Management Science 33(1), with the expressions of
 * Fader and Hardie (2005), "A Note on Deriving the Pareto/NBD Model and Related Expressions".
 * Immutable.
 *
 * <p><b>Assumptions.</b> While alive, a customer buys by a Poisson process of rate λ; their
 * lifetime is exponential with rate μ (they can drop out at any time, also before a repeat
 * purchase); λ is gamma(r, α) and μ gamma(s, β) across customers, independently.
 *
 * <p><b>Formulas</b> (in the model's unit):
 * <pre>
 * P(alive | x, tₓ, T) = (α+T)^−(r+x)·(β+T)^−s / [s·K_{r+x,s+1}(tₓ) + (r+x)·K_{r+x+1,s}(T)]
 * E[X(t)] = rβ/(α(s−1))·[1 − (β/(β+t))^(s−1)]                       (→ (rβ/α)·ln(1+t/β) at s = 1)
 * P(X(t) = n) = (β/(β+t))ˢ·NB(n; t) + ∫ from 0 to t of sβˢ/(β+τ)^(s+1)·NB(n; τ) dτ
 * </pre>
 * with {@code K} the hypergeometric integrals of the likelihood (see the numerically stable
 * form in the package documentation) and {@code NB(n; τ) = Γ(r+n)/(Γ(r)n!)·(α/(α+τ))ʳ(τ/(α+τ))ⁿ}
 * the number of purchases in a lifetime of length τ. The integral is computed by adaptive
 * Gauss–Kronrod quadrature in the variable {@code u = 1 − (β/(β+τ))ˢ}, the lifetime's
 * distribution function, to a relative accuracy of about 10⁻¹². Conditional predictions use the
 * updated parameters {@code (r+x, α+T, s, β+T)}: see {@link PurchaseModel}.
 *
 * <p><b>Worked numbers</b> (CDNOW, weeks; the published estimates r = 0.553, α = 10.578,
 * s = 0.606, β = 11.669): a new customer makes {@code E[X(39)] = 1.213} repeat purchases in 39
 * weeks; customer 1 {@code (x = 2, tₓ = 30.43, T = 38.86)} is alive with probability 0.869 and
 * is expected to make 1.455 purchases in the next 39 weeks.
 *
 * @param r shape of the purchase-rate distribution, &gt; 0
 * @param alpha scale of the purchase-rate distribution, in the time unit, &gt; 0
 * @param s shape of the dropout-rate distribution, &gt; 0
 * @param beta scale of the dropout-rate distribution, in the time unit, &gt; 0
 * @param unit the time unit of {@code alpha}, {@code beta} and of every time
 */
public record ParetoNbd(double r, double alpha, double s, double beta, ChronoUnit unit)
        implements PurchaseModel {

    private static final double PMF_ACCURACY = 1e-12;

    /**
     * Creates a model.
     *
     * @throws IllegalArgumentException if a parameter is not finite and positive, or the unit is
     *     not DAYS, WEEKS, MONTHS or YEARS
     */
    public ParetoNbd {
        ModelChecks.purchaseModel(r, alpha, s, "s", beta, "beta", unit);
    }

    @Override
    public ParetoNbd inUnit(ChronoUnit unit) {
        double factor = TimeUnits.conversion(this.unit, unit);
        return new ParetoNbd(r, alpha * factor, s, beta * factor, unit);
    }

    @Override
    public ParetoNbd givenAlive(CustomerRfm customer) {
        ModelChecks.customer(customer, unit);
        double age = customer.age();
        return new ParetoNbd(r + customer.frequency(), alpha + age, s, beta + age, unit);
    }

    /** The model's formulas on primitives, for {@link PurchaseModel}'s checked methods. */
    static final Formulas<ParetoNbd> FORMULAS = new Formulas<>(
            (m, x, tx, age) -> Math.exp(ParetoNbdLikelihood.logProbabilityAlive(m.r, m.alpha, m.s,
                    m.beta, x, tx, age)),
            (m, x, tx, age) -> ParetoNbdLikelihood.logLikelihood(m.r, m.alpha, m.s, m.beta, x, tx,
                    age),
            (m, t) -> expected(t, m.r, m.alpha, m.s, m.beta),
            (m, n, t) -> pmf(n, t, m.r, m.alpha, m.s, m.beta),
            (m, x, age, t) -> expected(t, m.r + x, m.alpha + age, m.s, m.beta + age));

    /**
     * {@code E[X(t)] = (rβ/α)·L·(e^u − 1)/u} with {@code L = ln(1 + t/β)} and
     * {@code u = −(s−1)L}: the closed form, smooth through {@code s = 1}.
     */
    static double expected(double t, double r, double alpha, double s, double beta) {
        double log = Math.log1p(t / beta);
        return r * beta / alpha * log * Special.expm1Ratio(-(s - 1) * log);
    }

    /** {@code P(X(t) = n)} for parameters {@code (r, α, s, β)}; see the class comment. */
    static double pmf(int n, double t, double r, double alpha, double s, double beta) {
        if (t == 0) {
            return n == 0 ? 1 : 0;
        }
        double logCoefficient = LogGamma.value(r + n) - LogGamma.value(r)
                - LogGamma.value(n + 1.0);
        double logSurvival = -s * Math.log1p(t / beta);
        double alive = Math.exp(logSurvival + logNb(n, t, r, alpha, logCoefficient));
        double dead = Quadrature.integrate(u -> {
            if (u <= 0) {
                return n == 0 ? 1 : 0;
            }
            double tau = beta * Math.expm1(-Math.log1p(-u) / s);
            return Math.exp(logNb(n, tau, r, alpha, logCoefficient));
        }, 0, -Math.expm1(logSurvival), PMF_ACCURACY);
        return alive + dead;
    }

    private static double logNb(int n, double tau, double r, double alpha,
            double logCoefficient) {
        if (tau <= 0) {
            return n == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return logCoefficient - r * Math.log1p(tau / alpha)
                - (n == 0 ? 0 : n * Math.log1p(alpha / tau));
    }
}
