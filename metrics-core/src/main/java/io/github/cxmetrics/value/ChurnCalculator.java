package io.github.cxmetrics.value;

import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.model.Customer;

/**
 * Computes churn per calendar period of customers; obtained from
 * {@link io.github.cxmetrics.CxMetrics#churn()}. Immutable and thread-safe; every option returns a
 * new calculator.
 *
 * <pre>{@code
 * ChurnResult churn = CxMetrics.churn().asOf(julyFirst).compute(customers);
 * double march = churn.period(march2024).orElseThrow().churnRate();    // lost / active at start
 * double lastYear = churn.trailing(12).churnRate();                    // pooled over 12 months
 * Map<String, ChurnResult> bySegment = CxMetrics.churn().asOf(julyFirst)
 *         .groupBy(Customer::segment).compute(customers);
 * }</pre>
 *
 * <p>Defaults: calendar months in UTC, the data taken as complete through the period of its
 * latest event, customers who joined and left within a period left out of the rate
 * ({@link JoinedAndLeft#EXCLUDE}).
 *
 * <p>The accumulator counts, per period, the customers who joined, were lost, and joined and
 * left; customers at the start of each period are running sums of those counts. Its memory grows
 * with the number of periods, not of customers, and merges are exact. Each {@link Customer} is one
 * customer: the same customer given twice counts twice.
 *
 * @see ChurnCounts for the formula, the range and the empty-period rule
 */
public final class ChurnCalculator
        extends ValueCalculator<Customer, ChurnResult, ChurnCalculator> {

    private ChurnCalculator(ValueOptions options) {
        super(StateKind.CHURN, options, CUSTOMERS, o -> new ChurnEvents(o.horizon(), o.joinedAndLeft()),
                (o, in) -> ChurnEvents.read(in, o.horizon(), o.joinedAndLeft()));
    }

    /** Returns the default calculator: calendar months in UTC, joined-and-left excluded. */
    public static ChurnCalculator create() {
        return new ChurnCalculator(ValueOptions.defaults("churn"));
    }

    /**
     * Returns a calculator with another rule for customers who joined and left within one
     * period; the default is {@link JoinedAndLeft#EXCLUDE}.
     *
     * @throws IllegalStateException if the rule was already set
     */
    public ChurnCalculator joinedAndLeft(JoinedAndLeft rule) {
        return with(options.withJoinedAndLeft(rule));
    }

    @Override
    ChurnCalculator with(ValueOptions newOptions) {
        return new ChurnCalculator(newOptions);
    }
}
