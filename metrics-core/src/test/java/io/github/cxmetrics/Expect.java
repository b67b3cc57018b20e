package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** The checks that tests share for bad input: the exception's type and its message. */
public final class Expect {

    private Expect() {}

    /**
     * Asserts that {@code call} throws a {@code type} whose message is exactly {@code message},
     * and returns it for further checks.
     */
    public static <T extends Throwable> T failure(Class<T> type, Executable call,
            String message) {
        T e = assertThrows(type, call);
        assertEquals(message, e.getMessage());
        return e;
    }

    /**
     * Asserts that {@code call} throws a {@code type} whose message starts with {@code prefix}
     * (the rest names values that the test does not pin), and returns it.
     */
    public static <T extends Throwable> T failureStartingWith(Class<T> type, Executable call,
            String prefix) {
        T e = assertThrows(type, call);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        return e;
    }

    /**
     * Asserts the empty-input rule of a result: it is empty, and {@code value} (its score, or
     * what the result measures) fails with an {@link IllegalStateException} saying exactly
     * {@code message}, rather than answering 0.
     */
    public static void undefinedWhenEmpty(MetricResult<?> result, Executable value,
            String message) {
        assertTrue(result.isEmpty(), result + " should be empty");
        failure(IllegalStateException.class, value, message);
    }
}
