package io.github.cxmetrics.value;

import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.model.Customer;

/**
 * Computes the cohort retention table of customers: per acquisition period, how many customers
 * remain at each age; obtained from {@link io.github.cxmetrics.CxMetrics#retention()}. Immutable
 * and thread-safe; every option returns a new calculator.
 *
 * <pre>{@code
 * RetentionTable table = CxMetrics.retention().asOf(julyFirst).compute(customers);
 * double thirdMonth = table.cohorts().get(january).share(2);    // retained at age 2 / size
 * }</pre>
 *
 * <p>Defaults: calendar months in UTC, the data complete through its latest event. The retention
 * <em>rate</em> of each period ({@code 1 − churn}) is in {@link ChurnCounts}.
 *
 * @see CohortRetention for the definition of the ages and a worked example
 */
public final class RetentionCalculator
        extends ValueCalculator<Customer, RetentionTable, RetentionCalculator> {

    private RetentionCalculator(ValueOptions options) {
        super(StateKind.RETENTION, options, CUSTOMERS, o -> new RetentionState(o.horizon()),
                (o, in) -> RetentionState.read(in, o.horizon()));
    }

    /** Returns the default calculator: monthly cohorts in UTC. */
    public static RetentionCalculator create() {
        return new RetentionCalculator(ValueOptions.defaults("retention"));
    }

    @Override
    RetentionCalculator with(ValueOptions newOptions) {
        return new RetentionCalculator(newOptions);
    }
}
