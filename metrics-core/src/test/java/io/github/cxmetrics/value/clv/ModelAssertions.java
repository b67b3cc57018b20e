package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

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
