package io.github.cxmetrics.cli;

/**
 * A row of an input file that cannot be used: thrown by the row parsers, and turned by the reader
 * into {@code FILE:LINE: message (value)} (strict) or a counted skip (lenient).
 */
final class RowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param reason why the row is rejected
     * @param message what is wrong, in lower case, without the value
     * @param value the offending value, shown in parentheses; null for none
     */
    RowException(Reason reason, String message, String value) {
        super(message, null, false, false);
        this.reason = reason;
        this.value = value;
    }

    Reason reason() {
        return reason;
    }

    /** Returns {@code message (value)}, the value quoted for display. */
    String describe() {
        return value == null ? getMessage() : getMessage() + " (" + display(value) + ")";
    }

    /** Returns a value as messages show it: newlines escaped, long values cut. */
    static String display(String value) {
        String shown = value.replace("\r", "\\r").replace("\n", "\\n");
        if (shown.isEmpty()) {
            return "empty";
        }
        return shown.length() > 60 ? shown.substring(0, 57) + "..." : shown;
    }
}
