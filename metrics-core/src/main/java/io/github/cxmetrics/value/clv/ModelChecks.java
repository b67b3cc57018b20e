package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;

/** Argument checks shared by the models. */
final class ModelChecks {

    private ModelChecks() {}

    /** Returns {@code value} if it is finite and strictly positive. */
    static double parameter(double value, String name) {
        return Checks.requirePositiveFinite(value, name);
    }

    /**
     * Checks the parameters of a purchase model: {@code r}, {@code α} and two more, each finite
     * and positive, and its time unit.
     */
    static void purchaseModel(double r, double alpha, double third, String thirdName,
            double fourth, String fourthName, java.time.temporal.ChronoUnit unit) {
        parameter(r, "r");
        parameter(alpha, "alpha");
        parameter(third, thirdName);
        parameter(fourth, fourthName);
        TimeUnits.require(unit, "unit");
    }

    /**
     * Checks the parameters of a beta-geometric purchase model (BG/NBD, MBG/NBD): {@code r},
     * {@code α} and {@code a} finite and positive, {@code b} positive and finite or
     * {@code +∞}, the no-dropout limit.
     */
    static void dropoutModel(double r, double alpha, double a, double b,
            java.time.temporal.ChronoUnit unit) {
        parameter(r, "r");
        parameter(alpha, "alpha");
        parameter(a, "a");
        if (!(b > 0)) {
            throw new IllegalArgumentException(
                    "b must be > 0, finite or infinity (the no-dropout limit): " + b);
        }
        TimeUnits.require(unit, "unit");
    }

    /** Returns {@code n} if it is not negative. */
    static int count(int n) {
        return Checks.requireNonNegative(n, "n");
    }

    /**
     * Checks a customer against the model's unit and returns the model's {@code formula} at the
     * customer's frequency, recency and age.
     */
    static <M extends PurchaseModel> double onCustomer(CustomerRfm customer, M model,
            Formulas.OnHistory<M> formula) {
        customer(customer, model.unit());
        return formula.at(model, customer.frequency(), customer.recency(), customer.age());
    }

    /** Checks a customer against the model's unit and returns it. */
    static CustomerRfm customer(CustomerRfm customer, java.time.temporal.ChronoUnit unit) {
        Checks.requireNonNull(customer, "customer");
        TimeUnits.requireSame(customer.unit(), unit);
        return customer;
    }
}
