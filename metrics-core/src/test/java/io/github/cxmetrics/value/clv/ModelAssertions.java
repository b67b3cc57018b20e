package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/** Checks the model tests share. */
final class ModelAssertions {

    private ModelAssertions() {}

    /** Asserts {@code P(X(horizon) = n)} for {@code n = 0, 1, …} against {@code expected}. */
    static void assertProbabilities(PurchaseModel model, double horizon, double tolerance,
            double... expected) {
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n], model.probabilityOfPurchases(n, horizon), tolerance,
                    "n=" + n);
        }
    }

    /**
     * Asserts that in no time nothing is bought, exactly: {@code P(X(0) = 0) = 1} and
     * {@code P(X(0) = n) = 0} for {@code n = 1, 2, 3}.
     */
    static void assertNoPurchasesInNoTime(PurchaseModel model) {
        assertEquals(1, model.probabilityOfPurchases(0, 0));
        for (int n = 1; n <= 3; n++) {
            assertEquals(0, model.probabilityOfPurchases(n, 0), "n=" + n);
        }
    }

    /**
     * Asserts that the model in days predicts for the customer in days what it predicts in
     * weeks, its unit: {@code P(alive)} and {@code E[Y(39 weeks)]}, within the tolerances.
     */
    static void assertSamePredictionsInDays(PurchaseModel weekly, CustomerRfm customer,
            double aliveTolerance, double expectedTolerance) {
        PurchaseModel days = weekly.inUnit(ChronoUnit.DAYS);
        CustomerRfm inDays = customer.inUnit(ChronoUnit.DAYS);
        assertEquals(weekly.probabilityAlive(customer), days.probabilityAlive(inDays),
                aliveTolerance);
        assertEquals(weekly.expectedPurchases(customer, 39), days.expectedPurchases(inDays, 273),
                expectedTolerance);
    }

    /**
     * Asserts that {@code pmf} is a distribution on {@code 0, 1, …}: each probability in [0, 1],
     * summing to 1 (within {@code totalTolerance}) with mean {@code mean} (within
     * {@code meanTolerance}). The sum stops at the first {@code n} where both the mass left and
     * {@code n·P(n)} are below 1e-10, or at 4000.
     */
    static void assertDistribution(IntToDoubleFunction pmf, double mean, double totalTolerance,
            double meanTolerance) {
        double total = 0;
        double first = 0;
        for (int n = 0; n < 4000; n++) {
            double p = pmf.applyAsDouble(n);
            assertTrue(p >= 0 && p <= 1 + 1e-12, "P(" + n + ") = " + p);
            total += p;
            first += n * p;
            if (1 - total < 1e-10 && n * p < 1e-10) {
                break;
            }
        }
        assertEquals(1, total, totalTolerance, "total");
        assertEquals(mean, first, meanTolerance, "mean");
    }

    /** Returns the natural parameters of a model: its {@code double} record components, in order. */
    static double[] parameters(Record model) {
        return Arrays.stream(components(model)).mapToDouble(c -> {
            try {
                return (double) c.getAccessor().invoke(model);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }).toArray();
    }

    /** Returns the names of a model's natural parameters, as {@link #parameters}. */
    static String[] parameterNames(Record model) {
        return Arrays.stream(components(model)).map(RecordComponent::getName)
                .toArray(String[]::new);
    }

    private static RecordComponent[] components(Record model) {
        return Arrays.stream(model.getClass().getRecordComponents())
                .filter(c -> c.getType() == double.class).toArray(RecordComponent[]::new);
    }
}
