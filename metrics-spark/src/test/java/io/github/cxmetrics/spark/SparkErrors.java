package io.github.cxmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** The message a failed Spark query reports from cxmetrics, under Spark's own wrapping. */
final class SparkErrors {

    private SparkErrors() {
    }

    /**
     * Runs a query that must fail and returns the message of the outermost
     * {@link IllegalArgumentException} among the causes: the core's or this module's message.
     */
    static String cause(Executable query) {
        Throwable t = assertThrows(Throwable.class, query);
        String message = null;
        for (; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                message = t.getMessage();
                break;
            }
        }
        if (message == null) {
            throw new AssertionError("no IllegalArgumentException among the causes",
                    assertThrows(Throwable.class, query));
        }
        return message;
    }
}
