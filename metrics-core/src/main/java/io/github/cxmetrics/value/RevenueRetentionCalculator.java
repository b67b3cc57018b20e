package io.github.cxmetrics.value;

import io.github.cxmetrics.internal.StateKind;
import java.util.Currency;

/**
 * Computes net and gross revenue retention per acquisition cohort from customers and their
 * purchases; obtained from {@link io.github.cxmetrics.CxMetrics#revenueRetention()}. Immutable and
 * thread-safe; every option returns a new calculator.
 *
 * <pre>{@code
 * RevenueRetentionTable table = CxMetrics.revenueRetention().asOf(julyFirst)
 *         .compute(CustomerPurchases.join(customers, purchases));
 * double nrr = table.cohorts().get(january).netRetention(3);     // revenue(3) / base
 * }</pre>
 *
 * <p>Defaults: calendar months in UTC, the data complete through its latest event, the currency
 * taken from the purchases (mixing currencies is an {@link IllegalArgumentException} naming
 * both).
 *
 * @see CohortRevenue for the definitions and a worked example
 */
public final class RevenueRetentionCalculator extends
        ValueCalculator<CustomerPurchases, RevenueRetentionTable, RevenueRetentionCalculator> {

    private RevenueRetentionCalculator(ValueOptions options) {
        super(StateKind.REVENUE_RETENTION, options, HISTORIES, o -> new RevenueRetentionState(o.horizon(), o.currency()),
                (o, in) -> RevenueRetentionState.read(in, o.horizon(), o.currency()));
    }

    /** Returns the default calculator: monthly cohorts in UTC. */
    public static RevenueRetentionCalculator create() {
        return new RevenueRetentionCalculator(ValueOptions.defaults("revenue retention"));
    }

    /**
     * Returns a calculator in {@code currency}: every purchase must be in it.
     *
     * @throws IllegalStateException if the currency was already set
     */
    public RevenueRetentionCalculator currency(Currency currency) {
        return with(options.withCurrency(currency));
    }

    @Override
    RevenueRetentionCalculator with(ValueOptions newOptions) {
        return new RevenueRetentionCalculator(newOptions);
    }
}
