package io.github.cxmetrics.value;

import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.value.clv.BgNbd;
import io.github.cxmetrics.value.clv.GammaGamma;
import io.github.cxmetrics.value.clv.LifetimeValue;
import io.github.cxmetrics.value.clv.MbgNbd;
import io.github.cxmetrics.value.clv.ModelFitter;
import io.github.cxmetrics.value.clv.ParetoNbd;
import io.github.cxmetrics.value.clv.RfmCalculator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.function.Function;

/**
 * Measures the value of customers from their purchases; obtained from
 * {@link io.github.cxmetrics.CxMetrics#lifetimeValue()}. Immutable and thread-safe; every option
 * returns a new calculator.
 *
 * <pre>{@code
 * List<CustomerPurchases> histories = CustomerPurchases.join(customers, purchases);
 * LifetimeValueResult all = CxMetrics.lifetimeValue().asOf(julyFirst).compute(histories);
 * Money ltv = all.churnBasedValue(0.8, 12);      // ARPA × margin / churn, last 12 months
 * Map<String, LifetimeValueResult> bySegment = CxMetrics.lifetimeValue().asOf(julyFirst)
 *         .groupBy(CustomerPurchases::segment).compute(histories);
 * }</pre>
 *
 * <p>Defaults: calendar months in UTC, the data complete through its latest event, the currency
 * taken from the data (mixing currencies is an {@link IllegalArgumentException} naming both), no
 * service costs, customers who joined and left within a period left out of churn.
 *
 * <p>The accumulator keeps exact sums, counts per period and customer time; its memory grows
 * with the number of periods, not of customers, and merges are exact.
 *
 * <p>The same entry point reaches the probabilistic customer-base models of
 * {@link io.github.cxmetrics.value.clv}: {@link #rfm}, {@link #bgNbd()}, {@link #mbgNbd()}, {@link #paretoNbd()} and
 * {@link #gammaGamma()}.
 *
 * @see LifetimeValueResult for the formulas, the rounding and the empty-input rule
 * @see Ltv for the formulas alone
 */
public final class LifetimeValueCalculator extends
        ValueCalculator<CustomerPurchases, LifetimeValueResult, LifetimeValueCalculator> {

    private LifetimeValueCalculator(ValueOptions options) {
        super(StateKind.LIFETIME_VALUE, options, HISTORIES, o -> new LifetimeValueState(o, o.horizon()),
                (o, in) -> LifetimeValueState.read(in, o, o.horizon()));
    }

    /** Returns the default calculator. */
    public static LifetimeValueCalculator create() {
        return new LifetimeValueCalculator(ValueOptions.defaults("lifetime value"));
    }

    /**
     * Returns a calculator in {@code currency}: every amount must be in it, and results without
     * any money still have a currency.
     *
     * @throws IllegalStateException if the currency was already set
     */
    public LifetimeValueCalculator currency(Currency currency) {
        return with(options.withCurrency(currency));
    }

    /**
     * Returns a calculator that charges each customer a cost of serving them (support, delivery,
     * cost of goods…), given per customer by {@code cost}, for the net value. The function should
     * be a constant (a field, not a new lambda per call): calculators and their accumulators are
     * equal only with the same function.
     *
     * @param cost the service cost of a customer, not null, {@code >= 0}
     * @throws IllegalStateException if the service cost was already set
     */
    public LifetimeValueCalculator serviceCost(Function<? super CustomerPurchases, Money> cost) {
        return with(options.withServiceCost(cost));
    }

    /**
     * Returns a calculator with another rule for customers who joined and left within one
     * period; the default is {@link JoinedAndLeft#EXCLUDE}.
     *
     * @throws IllegalStateException if the rule was already set
     */
    public LifetimeValueCalculator joinedAndLeft(JoinedAndLeft rule) {
        return with(options.withJoinedAndLeft(rule));
    }

    // The probabilistic models (package value.clv) share this entry point, as
    // CxMetrics.lifetimeValue().bgNbd().fit(summary).

    /**
     * Returns a calculator of RFM (recency, frequency, monetary) summaries from purchases, in
     * {@code unit}, with a calibration period that ends with (and includes) the day
     * {@code calibrationEnd}: the input of the probabilistic models below.
     *
     * @throws IllegalArgumentException if the unit is not DAYS, WEEKS, MONTHS or YEARS
     * @see RfmCalculator
     */
    public RfmCalculator rfm(ChronoUnit unit, LocalDate calibrationEnd) {
        return LifetimeValue.create().rfm(unit, calibrationEnd);
    }

    /**
     * Returns the fitter of the BG/NBD model (Fader, Hardie and Lee 2005): future purchases and
     * the probability of being alive per customer. See {@code docs/clv-models.md}.
     */
    public ModelFitter<BgNbd> bgNbd() {
        return LifetimeValue.create().bgNbd();
    }

    /**
     * Returns the fitter of the MBG/NBD model (Batislam, Denizel and Filiztekin 2007): the BG/NBD
     * in which a customer can also drop out at their first purchase.
     */
    public ModelFitter<MbgNbd> mbgNbd() {
        return LifetimeValue.create().mbgNbd();
    }

    /** Returns the fitter of the Pareto/NBD model (Schmittlein, Morrison and Colombo 1987). */
    public ModelFitter<ParetoNbd> paretoNbd() {
        return LifetimeValue.create().paretoNbd();
    }

    /** Returns the fitter of the Gamma-Gamma spend model (Fader and Hardie 2013). */
    public ModelFitter<GammaGamma> gammaGamma() {
        return LifetimeValue.create().gammaGamma();
    }

    @Override
    LifetimeValueCalculator with(ValueOptions newOptions) {
        return new LifetimeValueCalculator(newOptions);
    }
}
