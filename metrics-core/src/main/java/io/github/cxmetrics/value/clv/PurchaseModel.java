package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import java.time.temporal.ChronoUnit;

/**
 * A fitted model of the purchase process of a customer base: {@link BgNbd}, {@link MbgNbd} or
 * {@link ParetoNbd}. All times — horizons, recency, age — are in the model's {@link #unit()};
 * a customer in another unit is rejected rather than silently misread.
 *
 * <p>The conditional predictions for a customer with history {@code (x, tₓ, T)} follow from the
 * fact that a customer alive at {@code T} behaves, from then on, like a new customer whose
 * heterogeneity is updated by the history: {@code r → r+x}, {@code α → α+T}, and
 * {@code b → b+x} (BG/NBD), {@code b → b+x+1} (MBG/NBD, whose updated customer is a BG/NBD
 * customer: they have survived their first purchase too) or {@code β → β+T} (Pareto/NBD). So
 * <pre>
 * E[Y(t) | x, tₓ, T]      = P(alive) · E_updated[X(t)]
 * P(Y(t) = n | x, tₓ, T)  = P(alive) · P_updated(X(t) = n) + (1 − P(alive)) · [n = 0]
 * </pre>
 * which reproduces the published conditional expectations (FHL 2005 equation 10; SMC 1987;
 * BTYDplus' {@code mbgcnbd.ConditionalExpectedTransactions}).
 *
 * <p>For a whole customer base, {@link #probabilityAlive(RfmSummary)},
 * {@link #expectedPurchases(RfmSummary, double)} and
 * {@link #lifetimeValue(RfmSummary, GammaGamma, Discounting)} return one value per customer in an
 * array, without an object per customer.
 */
public sealed interface PurchaseModel permits BgNbd, MbgNbd, ParetoNbd {

    /** Returns the time unit of the parameters and of every time the model reads or returns. */
    ChronoUnit unit();

    /** Returns this model with its rate parameters rescaled to {@code unit}. */
    PurchaseModel inUnit(ChronoUnit unit);

    /**
     * Returns the probability that the customer is still active at the end of the calibration
     * period, in {@code [0, 1]}. Under the BG/NBD it is exactly 1 for a customer without repeat
     * purchases (a customer can drop out only just after a purchase) and for every customer when
     * {@code b = ∞}; under the MBG/NBD it is below 1 for them too (a customer can drop out at
     * their first purchase).
     *
     * @throws IllegalArgumentException if the customer is in another unit
     */
    default double probabilityAlive(CustomerRfm customer) {
        return ModelChecks.onCustomer(customer, this, Formulas.of(this).alive());
    }

    /**
     * Returns {@code E[X(t)]}, the expected number of purchases of a new customer in their first
     * {@code t} time units (the population-level forecast).
     *
     * @param horizon {@code t} in {@link #unit()}, finite and ≥ 0
     */
    default double expectedPurchases(double horizon) {
        return Formulas.of(this).expected().at(this, TimeUnits.requireHorizon(horizon));
    }

    /**
     * Returns the model of the customer's purchases after the calibration period, given that they
     * are still alive then: a new customer's model with the heterogeneity updated by the history,
     * {@code (r+x, α+T, a, b+x)} for the BG/NBD, {@code (r+x, α+T, s, β+T)} for the Pareto/NBD,
     * and for the MBG/NBD the BG/NBD {@code (r+x, α+T, a, b+x+1)}.
     *
     * @throws IllegalArgumentException if the customer is in another unit
     */
    PurchaseModel givenAlive(CustomerRfm customer);

    /**
     * Returns {@code E[Y(t) | x, tₓ, T] = P(alive)·E_updated[X(t)]}, the expected number of
     * purchases of the customer in the {@code t} time units after the calibration period.
     *
     * @param horizon {@code t} in {@link #unit()}, finite and ≥ 0
     * @throws IllegalArgumentException if the customer is in another unit
     */
    default double expectedPurchases(CustomerRfm customer, double horizon) {
        TimeUnits.requireHorizon(horizon);
        return probabilityAlive(customer) * givenAlive(customer).expectedPurchases(horizon);
    }

    /**
     * Returns {@code P(X(t) = n)}, the probability that a new customer makes exactly {@code n}
     * purchases in their first {@code t} time units (the first purchase not counted).
     *
     * @param n the number of purchases, ≥ 0
     * @param horizon {@code t} in {@link #unit()}, finite and ≥ 0
     */
    default double probabilityOfPurchases(int n, double horizon) {
        int count = ModelChecks.count(n);
        return Formulas.of(this).probability().at(this, count,
                TimeUnits.requireHorizon(horizon));
    }

    /**
     * Returns {@code P(Y(t) = n | x, tₓ, T) = P(alive)·P_updated(X(t) = n) + (1 − P(alive))·[n = 0]},
     * the probability that the customer makes exactly {@code n} purchases in the {@code t} time
     * units after the calibration period.
     *
     * @throws IllegalArgumentException if the customer is in another unit
     */
    default double probabilityOfPurchases(CustomerRfm customer, int n, double horizon) {
        ModelChecks.count(n);
        TimeUnits.requireHorizon(horizon);
        double alive = probabilityAlive(customer);
        return alive * givenAlive(customer).probabilityOfPurchases(n, horizon)
                + (n == 0 ? 1 - alive : 0);
    }

    /**
     * Returns {@code P(alive)} of every customer of the summary, in its order: for millions of
     * customers, without an object per customer, computed in parallel.
     *
     * @throws IllegalArgumentException if the summary is in another unit
     */
    default double[] probabilityAlive(RfmSummary summary) {
        return CustomerPredictions.probabilityAlive(this, summary);
    }

    /**
     * Returns {@code E[Y(t) | x, tₓ, T]} of every customer of the summary, in its order. The
     * series of {@code E_updated[X(t)]} is computed once per distinct {@code (x, T)} where that
     * pays.
     *
     * @param horizon {@code t} in {@link #unit()}, finite and ≥ 0
     * @throws IllegalArgumentException if the summary is in another unit
     */
    default double[] expectedPurchases(RfmSummary summary, double horizon) {
        return CustomerPredictions.expectedPurchases(this, summary, horizon);
    }

    /**
     * Returns the discounted lifetime value ({@link #lifetimeValue(CustomerRfm, GammaGamma,
     * Discounting)}) of every customer of the summary, in its order; the discounted sum of
     * expected purchases is computed once per distinct {@code (x, T)} where that pays.
     *
     * @throws IllegalArgumentException if the summary is in another unit, or a repeat buyer's
     *     mean spend is not positive
     * @throws IllegalStateException if the spend model has no finite mean for a customer
     */
    default double[] lifetimeValue(RfmSummary summary, GammaGamma spend,
            Discounting discounting) {
        return CustomerPredictions.lifetimeValue(this, summary, spend, discounting);
    }

    /**
     * Returns the log-likelihood of one customer's history.
     *
     * @throws IllegalArgumentException if the customer is in another unit
     */
    default double logLikelihood(CustomerRfm customer) {
        return ModelChecks.onCustomer(customer, this, Formulas.of(this).logLikelihood());
    }

    /**
     * Returns the log-likelihood of every customer of a summary, the quantity maximised by the
     * fit.
     *
     * @throws IllegalArgumentException if the summary is in another unit
     */
    default double logLikelihood(RfmSummary summary) {
        Checks.requireNonNull(summary, "summary");
        TimeUnits.requireSame(summary.unit(), unit());
        double sum = 0;
        for (int i = 0; i < summary.size(); i++) {
            sum += logLikelihood(summary.customer(i));
        }
        return sum;
    }

    /**
     * Returns the customer's discounted expected value over the periods of {@code discounting}:
     * <pre>
     * CLV = Σ over k = 1..K of  E[spend] · (E[Y(kΔ)] − E[Y((k−1)Δ)]) / (1 + d)^k
     * </pre>
     * with {@code Δ} one period in the model's unit, {@code d} the rate per period and
     * {@code E[spend]} the Gamma-Gamma expected mean spend of the customer. Multiply by a margin
     * for a profit rather than a revenue. Decreases as the discount rate grows.
     *
     * @throws IllegalArgumentException if the customer is in another unit
     * @throws IllegalStateException if the spend model has no finite mean for the customer (see
     *     {@link GammaGamma#expectedMeanSpend(CustomerRfm)})
     */
    default double lifetimeValue(CustomerRfm customer, GammaGamma spend,
            Discounting discounting) {
        Checks.requireNonNull(customer, "customer");
        Checks.requireNonNull(spend, "spend");
        Checks.requireNonNull(discounting, "discounting");
        TimeUnits.requireSame(customer.unit(), unit());
        double meanSpend = spend.expectedMeanSpend(customer);
        double step = discounting.periodLength(unit());
        double factor = 1 / (1 + discounting.rate());
        // E[Y(t)] = P(alive)·E_updated[X(t)] (expectedPurchases(customer, t)): both factors but
        // the horizon are the same in every period.
        double alive = probabilityAlive(customer);
        PurchaseModel updated = givenAlive(customer);
        double discount = 1;
        double previous = 0;
        double value = 0;
        for (int k = 1; k <= discounting.periods(); k++) {
            double expected = alive * updated.expectedPurchases(k * step);
            discount *= factor;
            value += (expected - previous) * discount;
            previous = expected;
        }
        return meanSpend * value;
    }
}
