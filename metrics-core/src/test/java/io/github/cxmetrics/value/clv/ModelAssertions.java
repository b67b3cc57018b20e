package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
