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
 * <p><b>No dropout: {@code b = ∞}.</b> As {@code b → ∞} the dropout probability {@code p}
 * concentrates at 0 and the BG/NBD becomes the NBD model (every customer stays active, Poisson
 * purchases of a gamma(r, α) rate: the BG/NBD's purchase process alone). A fit to data that
 * show no dropout has its highest likelihood there, and
 * {@code b = Double.POSITIVE_INFINITY} is the model that represents it ({@code a} then plays no
 * part). Its formulas are the NBD's closed forms: {@code P(alive) = 1},
 * {@code E[X(t)] = r·t/α}, {@code P(X(t) = n) = NB(n; r, α/(α+t))} and, given a history,
 * {@code E[Y(t) | x, tₓ, T] = (r+x)·t/(α+T)}. They follow from {@code E[X(t) | λ, p] =
 * (1 − e^(−λpt))/p} (FHL 2005, section 4, before eq. 9): over λ,
 * <pre>
 * E[X(t) | p] = (1 − (α/(α+pt))^r)/p = (r/α)·∫ from 0 to t of (1 + ps/α)^−(r+1) ds
 * </pre>
 * which tends to {@code r·t/α} as {@code p → 0} and lies between
 * {@code r·t/α·(1 − (r+1)·p·t/(2α))} and {@code r·t/α}. Averaged over beta(a, b), the BG/NBD's
 * {@code E[X(t)]} is within a relative {@code (r+1)·t/(2α)·a/(a+b)} below the NBD's. Where the
 * series below would overflow or cancel (very large {@code a} or {@code b}, as fits of data
 * with hardly any dropout give), {@code E[X(t)]} is summed as
 * {@code Σⱼ P(J > j)·P(N > j)} instead, {@code N} the NBD count and {@code J} the purchases until
 * dropout: positive terms that need no cancellation.
 *
 * <p><b>Worked numbers</b> (CDNOW, weeks; the published estimates r = 0.243, α = 4.414,
 * a = 0.793, b = 2.426): a new customer makes {@code E[X(39)] = 1.197} repeat purchases in 39
 * weeks; customer 1 {@code (x = 2, tₓ = 30.43, T = 38.86)} is alive with probability 0.727
 * and is expected to make 1.226 purchases in the next 39 weeks.
 *
 * @param r shape of the purchase-rate distribution, &gt; 0
 * @param alpha scale of the purchase-rate distribution, in the time unit, &gt; 0
 * @param a first shape of the dropout-probability distribution, &gt; 0
 * @param b second shape of the dropout-probability distribution, &gt; 0, or {@code +∞} for no
 *     dropout (the NBD model)
 * @param unit the time unit of {@code alpha} and of every time
 */
public record BgNbd(double r, double alpha, double a, double b, ChronoUnit unit)
        implements PurchaseModel {

    /** Largest number of series terms for {@link #expectedPurchases(double)}. */
    private static final int MAX_TERMS = 10_000_000;
    /** Largest magnitude of the series' terms, as a power of e, before the other sum is used. */
    private static final double SERIES_EXPONENT = 500;
    /** Largest loss to cancellation in the series, a factor, before the other sum is used. */
    private static final double SERIES_CANCELLATION = 1e3;

    /**
     * Creates a model.
     *
     * @throws IllegalArgumentException if {@code r}, {@code alpha} or {@code a} is not finite
     *     and positive, {@code b} is not positive (it may be {@code +∞}), or the unit is not
     *     DAYS, WEEKS, MONTHS or YEARS
     */
    public BgNbd {
        ModelChecks.dropoutModel(r, alpha, a, b, unit);
    }

    /**
     * Returns the no-dropout limit, the NBD model: gamma(r, α) Poisson rates, every customer
     * active for ever; {@code b = ∞} ({@code a}, which then plays no part, is set to 1).
     *
     * @throws IllegalArgumentException if {@code r} or {@code alpha} is not finite and positive,
     *     or the unit is not DAYS, WEEKS, MONTHS or YEARS
     */
    public static BgNbd withoutDropout(double r, double alpha, ChronoUnit unit) {
        return new BgNbd(r, alpha, 1, Double.POSITIVE_INFINITY, unit);
    }

    /** Returns whether this is the no-dropout limit {@code b = ∞}, the NBD model. */
    public boolean hasNoDropout() {
        return b == Double.POSITIVE_INFINITY;
    }

    @Override
    public BgNbd inUnit(ChronoUnit unit) {
        return new BgNbd(r, alpha * TimeUnits.conversion(this.unit, unit), a, b, unit);
    }

    @Override
    public BgNbd givenAlive(CustomerRfm customer) {
        ModelChecks.customer(customer, unit);
        int x = customer.frequency();
        return new BgNbd(r + x, alpha + customer.age(), a, b + x, unit);
    }

    /**
     * The model's formulas on primitives, for {@link PurchaseModel}'s checked methods.
     * {@code P(alive)} is exactly 1 for a customer without repeat purchases (under the BG/NBD a
     * customer can drop out only just after a purchase) and for every customer when {@code b = ∞}.
     */
    static final Formulas<BgNbd> FORMULAS = new Formulas<>(BgNbd::aliveAt,
            (m, x, tx, age) -> BgNbdLikelihood.logLikelihood(m.r, m.alpha, m.a, m.b, x, tx, age,
                    false),
            (m, t) -> expected(t, m.r, m.alpha, m.a, m.b),
            (m, n, t) -> pmf(n, t, m.r, m.alpha, m.a, m.b),
            (m, x, age, t) -> expected(t, m.r + x, m.alpha + age, m.a, m.b + x));

    private double aliveAt(int x, double tx, double age) {
        if (x == 0 || b == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return Special.logistic(-BgNbdLikelihood.logOdds(r, alpha, a, b, x, tx, age, false));
    }

    /** {@code E[X(t)]} for parameters {@code (r, α, a, b)}; see the class comment. */
    static double expected(double t, double r, double alpha, double a, double b) {
        if (t == 0) {
            return 0;
        }
        if (b == Double.POSITIVE_INFINITY) {
            return r * t / alpha;
        }
        double z = t / (alpha + t);
        double logRatio = -Math.log1p(t / alpha);
        double u = (a - 1) * logRatio;
        // The terms grow to about (a+b)·e^(−u); past e^500 they overflow before they shrink.
        if (-u + Math.log(a + b) > SERIES_EXPONENT || a * (t / alpha) > MAX_TERMS / 10.0) {
            return expectedBySurvival(t, r, alpha, a, b);
        }
        double shifted = a + b - 1 - r;
        double term = shifted * z;
        double sum = 0;
        for (int k = 1; k <= MAX_TERMS; k++) {
            sum += term;
            double next = term * (shifted + k) * (a + k - 1) * z / ((a + b + k - 1) * (k + 1));
            if (next == 0
                    || (Math.abs(next) <= 1e-17 * Math.abs(sum) && Math.abs(next) < Math.abs(term))) {
                sum += next;
                double lead = -(a + b - 1) * logRatio * Special.expm1Ratio(u);
                double value = lead - Math.exp(u) * sum;
                // The two parts nearly cancel when b is much larger than a (little dropout).
                if (!(Math.abs(lead) <= SERIES_CANCELLATION * Math.abs(value))) {
                    return expectedBySurvival(t, r, alpha, a, b);
                }
                return value;
            }
            term = next;
        }
        throw new ArithmeticException("E[X(t)] did not converge in " + MAX_TERMS
                + " terms: the horizon " + t + " is too long for alpha = " + alpha);
    }

    /**
     * {@code E[X(t)]} as a sum of positive terms, for the parameters where the series of
     * {@link #expected} overflows or cancels (large {@code a} or {@code b}: little dropout). A
     * customer makes {@code X(t) = min(N, J)} repeat purchases, {@code N} the NBD count of
     * purchases in {@code t} and {@code J} the purchases until dropout, so
     * <pre>
     * E[X(t)] = Σ over k ≥ 1 of P(N = k)·Σ over j &lt; k of P(J &gt; j),   P(J &gt; j) = (b)ⱼ/(a+b)ⱼ
     * </pre>
     * with {@code P(N = k) = (r)ₖ/k!·(α/(α+t))^r·(t/(α+t))^k} and
     * {@code P(J > j) = E[(1−p)^j]}; it is {@code Σ k·P(N = k) = r·t/α} when {@code b = ∞}. The
     * sum stops when a geometric bound of what is left is below 10⁻¹⁷ of it.
     */
    static double expectedBySurvival(double t, double r, double alpha, double a, double b) {
        double z = t / (alpha + t);
        double count = Math.exp(-r * Math.log1p(t / alpha));      // P(N = 0)
        if (count == 0) {
            throw new ArithmeticException("E[X(t)] cannot be computed for r = " + r
                    + ", alpha = " + alpha + ", a = " + a + ", b = " + b + " at t = " + t
                    + ": the probability of no purchase underflows");
        }
        double survival = 1;        // P(J > k)
        double purchases = 0;       // Σ over j < k of P(J > j): E[X | N = k]
        double sum = 0;
        for (int k = 0; k < MAX_TERMS; k++) {
            purchases += survival;
            survival *= (b + k) / (a + b + k);
            count *= (r + k) * z / (k + 1);
            sum += count * purchases;
            // The later counts fall at least as fast as a geometric series of this ratio.
            double ratio = Math.max((r + k + 1) * z / (k + 2), z);
            if (ratio < 1) {
                double left = ratio / (1 - ratio);
                if (count * left * (purchases + 1 / (1 - ratio)) <= 1e-17 * sum) {
                    return sum;
                }
            }
        }
        throw new ArithmeticException("E[X(t)] did not converge in " + MAX_TERMS
                + " terms: the horizon " + t + " is too long for alpha = " + alpha);
    }

    /** {@code P(X(t) = n)} for parameters {@code (r, α, a, b)}; see the class comment. */
    static double pmf(int n, double t, double r, double alpha, double a, double b) {
        if (t == 0) {
            return n == 0 ? 1 : 0;
        }
        double logNb = LogGamma.value(r + n) - LogGamma.value(r) - LogGamma.value(n + 1.0)
                - r * Math.log1p(t / alpha) - (n == 0 ? 0 : n * Math.log1p(alpha / t));
        if (b == Double.POSITIVE_INFINITY) {
            return Math.exp(logNb);     // no dropout: the NBD probability
        }
        double logBeta = LogBeta.value(a, b);
        double p = Math.exp(LogBeta.value(a, b + n) - logBeta + logNb);
        if (n > 0) {
            double tail = RegularizedBeta.value(t / (alpha + t), n, r);
            p += Math.exp(LogBeta.value(a + 1, b + n - 1) - logBeta) * tail;
        }
        return p;
    }
}
