package io.github.cxmetrics.cli.input;

/**
 * A row of an input file that cannot be used: thrown by the row parsers, and turned by the reader
 * into {@code FILE:LINE: message (value)} (strict) or a counted skip (lenient).
 */
public final class RowException extends RuntimeException {

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
    public RowException(Reason reason, String message, String value) {
        super(message, null, false, false);
        this.reason = reason;
        this.value = value;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Returns {@code message (value)}, the value quoted for display, on one line: line breaks
     * (of ids that the library's messages quote, say) are escaped.
     */
    public String describe() {
        String message = getMessage().replace("\r", "\\r").replace("\n", "\\n");
        return value == null ? message : message + " (" + display(value) + ")";
    }

    /** Returns a value as messages show it: newlines escaped, long values cut. */
    public static String display(String value) {
        String shown = value.replace("\r", "\\r").replace("\n", "\\n");
        if (shown.isEmpty()) {
            return "empty";
        }
        return shown.length() > 60 ? shown.substring(0, 57) + "..." : shown;
    }
}
