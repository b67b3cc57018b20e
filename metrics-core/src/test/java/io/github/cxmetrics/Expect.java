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
}
