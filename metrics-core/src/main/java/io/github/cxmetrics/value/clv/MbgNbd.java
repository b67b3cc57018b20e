package io.github.cxmetrics.value.clv;

import java.time.temporal.ChronoUnit;

/**
 * The MBG/NBD model of Batislam, Denizel and Filiztekin (2007), "Empirical validation and
 * comparison of models for customer base analysis", International Journal of Research in
 * Marketing 24(3): the BG/NBD with one change, that a customer can also become inactive at their
 * <em>first</em> purchase. It is BTYDplus' {@code mbgcnbd} with {@code k = 1} (Platzer and
 * Reutterer) and {@code lifetimes}' {@code ModifiedBetaGeoFitter}. Immutable.
 *
 * <p><b>Assumptions.</b> While active, a customer buys by a Poisson process of rate λ; at each
 * purchase, the first included, they become inactive with probability {@code p}; λ is
 * gamma(r, α) and {@code p} beta(a, b) across customers, independently. Unlike the BG/NBD, a
 * customer without repeat purchases is not certainly alive: with many such customers (a large
 * share of one-off buyers) the BG/NBD overstates how many are still active.
 *
 * <p><b>Formulas</b> (in the model's unit; {@code t} a horizon, {@code (x, tₓ, T)} a history):
 * <pre>
 * L(x, tₓ, T)        = B(a, b+x+1)/B(a, b) · Γ(r+x)αʳ/(Γ(r)(α+T)^(r+x))
 *                    + B(a+1, b+x)/B(a, b) · Γ(r+x)αʳ/(Γ(r)(α+tₓ)^(r+x))
 * P(alive | x, tₓ, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+tₓ))^(r+x))
 * E[X(t)]            = b/(a−1) · [1 − (α/(α+t))^r · ₂F₁(r, b+1; a+b; t/(α+t))]
 * P(X(t) = n)        = [n = 0]·a/(a+b) + b/(a+b) · P_BG(X(t) = n | r, α, a, b+1)
 * </pre>
 * A new customer survives their first purchase with probability {@code b/(a+b)}, and then, with
 * {@code p} updated to beta(a, b+1), behaves like a BG/NBD customer. Likewise a customer alive
 * at {@code T} has survived {@code x + 1} purchases: from then on they behave like a new
 * <em>BG/NBD</em> customer with parameters {@code (r+x, α+T, a, b+x+1)}, which is what
 * {@link #givenAlive(CustomerRfm)} returns, so that
 * <pre>
 * E[Y(t) | x, tₓ, T] = P(alive) · (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x)
 *                                     · ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))]
 * </pre>
 * (BTYDplus' {@code mbgcnbd.ConditionalExpectedTransactions} at {@code k = 1}). The series are
 * those of {@link BgNbd}, smooth through {@code a = 1}.
 *
 * <p><b>Worked numbers</b> (CDNOW, weeks; the estimates BTYDplus publishes, r = 0.525,
 * α = 6.183, a = 0.891, b = 1.614): a new customer makes {@code E[X(39)] = 1.183} repeat
 * purchases in 39 weeks; customer 1 {@code (x = 2, tₓ = 30.43, T = 38.86)} is alive with
 * probability 0.706 (BG/NBD: 0.727) and expected to make 1.263 purchases in the next 39 weeks; a
 * customer of the same age without a repeat purchase is alive with probability 0.390 (BG/NBD: 1).
 *
 * @param r shape of the purchase-rate distribution, &gt; 0
 * @param alpha scale of the purchase-rate distribution, in the time unit, &gt; 0
 * @param a first shape of the dropout-probability distribution, &gt; 0
 * @param b second shape of the dropout-probability distribution, &gt; 0, or {@code +∞} for no
 *     dropout: the NBD model, as for {@link BgNbd}
 * @param unit the time unit of {@code alpha} and of every time
 */
public record MbgNbd(double r, double alpha, double a, double b, ChronoUnit unit)
        implements PurchaseModel {

    /**
     * Creates a model.
     *
     * @throws IllegalArgumentException if {@code r}, {@code alpha} or {@code a} is not finite
     *     and positive, {@code b} is not positive (it may be {@code +∞}), or the unit is not
     *     DAYS, WEEKS, MONTHS or YEARS
     */
    public MbgNbd {
        ModelChecks.dropoutModel(r, alpha, a, b, unit);
    }

    /** Returns whether this is the no-dropout limit {@code b = ∞}, the NBD model. */
    public boolean hasNoDropout() {
        return b == Double.POSITIVE_INFINITY;
    }

    @Override
    public MbgNbd inUnit(ChronoUnit unit) {
        return new MbgNbd(r, alpha * TimeUnits.conversion(this.unit, unit), a, b, unit);
    }

    /**
     * {@inheritDoc} For the MBG/NBD this is a {@link BgNbd}: a customer alive at {@code T} has
     * survived their {@code x + 1} purchases, and from then on drops out only after a purchase.
     */
    @Override
    public BgNbd givenAlive(CustomerRfm customer) {
        ModelChecks.customer(customer, unit);
        int x = customer.frequency();
        return new BgNbd(r + x, alpha + customer.age(), a, b + x + 1, unit);
    }

    /**
     * The model's formulas on primitives, for {@link PurchaseModel}'s checked methods:
     * a new customer is the BG/NBD {@code (r, α, a, b+1)} once they survive their first purchase,
     * and {@code P(alive)} is below 1 also for a customer without repeat purchases.
     */
    static final Formulas<MbgNbd> FORMULAS = new Formulas<>(
            (m, x, tx, age) -> Special.logistic(
                    -BgNbdLikelihood.logOdds(m.r, m.alpha, m.a, m.b, x, tx, age, true)),
            (m, x, tx, age) -> BgNbdLikelihood.logLikelihood(m.r, m.alpha, m.a, m.b, x, tx, age,
                    true),
            (m, t) -> m.survival() * BgNbd.expected(t, m.r, m.alpha, m.a, m.b + 1),
            (m, n, t) -> {
                double survived = m.survival();
                return survived * BgNbd.pmf(n, t, m.r, m.alpha, m.a, m.b + 1)
                        + (n == 0 ? 1 - survived : 0);
            },
            (m, x, age, t) -> BgNbd.expected(t, m.r + x, m.alpha + age, m.a, m.b + x + 1));

    /** {@code b/(a+b)}, the probability of surviving the first purchase; 1 when {@code b = ∞}. */
    private double survival() {
        return b == Double.POSITIVE_INFINITY ? 1 : b / (a + b);
    }
}
