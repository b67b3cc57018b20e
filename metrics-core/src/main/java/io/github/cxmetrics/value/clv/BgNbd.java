package io.github.cxmetrics.value.clv;

import java.time.temporal.ChronoUnit;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way: An
 * Alternative to the Pareto/NBD Model", Marketing Science 24(2). Immutable.
 *
 * <p><b>Assumptions.</b> While active, a customer buys by a Poisson process of rate λ; after each
 * repeat purchase they become inactive with probability {@code p} (so a customer with no repeat
 * purchase is certainly still active); λ is gamma(r, α) and {@code p} beta(a, b) across customers,
 * independently.
 *
 * <p><b>Formulas</b> (in the model's unit; {@code t} a horizon, {@code (x, tₓ, T)} a history):
 * <pre>
 * P(alive | x, tₓ, T) = 1 / (1 + [x &gt; 0]·a/(b+x−1)·((α+T)/(α+tₓ))^(r+x))
 * E[X(t)] = (a+b−1)/(a−1)·[1 − (α/(α+t))^r·₂F₁(r, b; a+b−1; t/(α+t))]
 * P(X(t) = n) = B(a, b+n)/B(a, b)·NB(n; r, α/(α+t)) + [n &gt; 0]·B(a+1, b+n−1)/B(a, b)·P(NB ≥ n)
 * </pre>
 * with {@code NB(n; r, θ) = Γ(r+n)/(Γ(r)n!)·θʳ(1−θ)ⁿ} and {@code P(NB ≥ n) = I_{1−θ}(n, r)}, the
 * regularized incomplete beta function. {@code E[X(t)]} is computed in the equivalent form,
 * after Euler's transformation,
 * {@code −(a+b−1)·L·(e^((a−1)L) − 1)/((a−1)L) − e^((a−1)L)·Σₖ (a+b−1−r)ₖ(a)ₖ₋₁ zᵏ/((a+b)ₖ₋₁ k!)}
 * with {@code L = ln(α/(α+t))} and {@code z = t/(α+t)}, which is smooth through {@code a = 1}
 * and never overflows. Conditional predictions use the updated parameters
 * {@code (r+x, α+T, a, b+x)}: see {@link PurchaseModel}.
 *
 * <p><b>Worked numbers</b> (CDNOW, weeks; the published estimates r = 0.243, α = 4.414,
 * a = 0.793, b = 2.426): a new customer makes {@code E[X(39)] = 1.197} repeat purchases in 39
 * weeks; customer 1 {@code (x = 2, tₓ = 30.43, T = 38.86)} is alive with probability 0.727
 * and is expected to make 1.226 purchases in the next 39 weeks.
 *
 * @param r shape of the purchase-rate distribution, &gt; 0
 * @param alpha scale of the purchase-rate distribution, in the time unit, &gt; 0
 * @param a first shape of the dropout-probability distribution, &gt; 0
 * @param b second shape of the dropout-probability distribution, &gt; 0
 * @param unit the time unit of {@code alpha} and of every time
 */
public record BgNbd(double r, double alpha, double a, double b, ChronoUnit unit)
        implements PurchaseModel {

    /** Largest number of series terms for {@link #expectedPurchases(double)}. */
    private static final int MAX_TERMS = 10_000_000;

    /**
     * Creates a model.
     *
     * @throws IllegalArgumentException if a parameter is not finite and positive, or the unit is
     *     not DAYS, WEEKS, MONTHS or YEARS
     */
    public BgNbd {
        ModelChecks.purchaseModel(r, alpha, a, "a", b, "b", unit);
    }

    @Override
    public BgNbd inUnit(ChronoUnit unit) {
        return new BgNbd(r, alpha * TimeUnits.conversion(this.unit, unit), a, b, unit);
    }

    /**
     * {@inheritDoc} Exactly 1 for a customer without repeat purchases: under the BG/NBD, a
     * customer can drop out only just after a purchase.
     */
    @Override
    public double probabilityAlive(CustomerRfm customer) {
        return ModelChecks.onCustomer(customer, unit, this::aliveAt);
    }

    /** {@code P(alive | x, tₓ, T)} on primitives, checked by the caller. */
    double aliveAt(int x, double tx, double age) {
        if (x == 0) {
            return 1;
        }
        return Special.logistic(-BgNbdLikelihood.logOdds(r, alpha, a, b, x, tx, age, false));
    }

    /** {@code E_updated[X(t)]} of a customer alive at {@code T}, on primitives. */
    double expectedGivenAlive(int x, double age, double t) {
        return expected(t, r + x, alpha + age, a, b + x);
    }

    @Override
    public BgNbd givenAlive(CustomerRfm customer) {
        ModelChecks.customer(customer, unit);
        int x = customer.frequency();
        return new BgNbd(r + x, alpha + customer.age(), a, b + x, unit);
    }

    @Override
    public double expectedPurchases(double horizon) {
        return expected(TimeUnits.requireHorizon(horizon), r, alpha, a, b);
    }

    @Override
    public double probabilityOfPurchases(int n, double horizon) {
        return pmf(ModelChecks.count(n), TimeUnits.requireHorizon(horizon), r, alpha, a, b);
    }

    @Override
    public double logLikelihood(CustomerRfm customer) {
        return ModelChecks.onCustomer(customer, unit,
                (x, tx, age) -> BgNbdLikelihood.logLikelihood(r, alpha, a, b, x, tx, age, false));
    }

    /** {@code E[X(t)]} for parameters {@code (r, α, a, b)}; see the class comment. */
    static double expected(double t, double r, double alpha, double a, double b) {
        if (t == 0) {
            return 0;
        }
        double z = t / (alpha + t);
        double logRatio = -Math.log1p(t / alpha);
        double u = (a - 1) * logRatio;
        double shifted = a + b - 1 - r;
        double term = shifted * z;
        double sum = 0;
        for (int k = 1; k <= MAX_TERMS; k++) {
            sum += term;
            double next = term * (shifted + k) * (a + k - 1) * z / ((a + b + k - 1) * (k + 1));
            if (next == 0
                    || (Math.abs(next) <= 1e-17 * Math.abs(sum) && Math.abs(next) < Math.abs(term))) {
                sum += next;
                return -(a + b - 1) * logRatio * Special.expm1Ratio(u) - Math.exp(u) * sum;
            }
            term = next;
        }
        throw new ArithmeticException("E[X(t)] did not converge in " + MAX_TERMS
                + " terms: the horizon " + t + " is too long for alpha = " + alpha);
    }

    /** {@code P(X(t) = n)} for parameters {@code (r, α, a, b)}; see the class comment. */
    static double pmf(int n, double t, double r, double alpha, double a, double b) {
        if (t == 0) {
            return n == 0 ? 1 : 0;
        }
        double logBeta = LogBeta.value(a, b);
        double logNb = LogGamma.value(r + n) - LogGamma.value(r) - LogGamma.value(n + 1.0)
                - r * Math.log1p(t / alpha) - (n == 0 ? 0 : n * Math.log1p(alpha / t));
        double p = Math.exp(LogBeta.value(a, b + n) - logBeta + logNb);
        if (n > 0) {
            double tail = RegularizedBeta.value(t / (alpha + t), n, r);
            p += Math.exp(LogBeta.value(a + 1, b + n - 1) - logBeta) * tail;
        }
        return p;
    }
}
