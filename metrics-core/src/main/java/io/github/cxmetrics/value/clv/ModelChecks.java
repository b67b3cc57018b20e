package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;

/** Argument checks shared by the models. */
final class ModelChecks {

    private ModelChecks() {}

    /** Returns {@code value} if it is finite and strictly positive. */
    static double parameter(double value, String name) {
        return Checks.requirePositiveFinite(value, name);
    }

    /** Returns {@code n} if it is not negative. */
    static int count(int n) {
        return Checks.requireNonNegative(n, "n");
    }

    /** Checks a customer against the model's unit and returns it. */
    static CustomerRfm customer(CustomerRfm customer, java.time.temporal.ChronoUnit unit) {
        Checks.requireNonNull(customer, "customer");
        TimeUnits.requireSame(customer.unit(), unit);
        return customer;
    }
}
