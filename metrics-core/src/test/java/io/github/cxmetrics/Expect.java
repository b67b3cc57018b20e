package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** The check that tests share for bad input: the exception's type and its exact message. */
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
}
