package io.github.cxmetrics.cli.input;

/**
 * Why a row of an input file was rejected. Strict runs stop at the first rejected row; lenient
 * runs skip it and count it under its reason, which the report lists.
 */
public enum Reason {
    /**
     * The row is not well-formed CSV (a quote that is not closed, a character after a closing
     * quote, too many fields, too long) or has another number of fields than the header.
     */
    MALFORMED("malformed row"),
    /** The row has invalid UTF-8 or a control character (such as NUL). */
    BAD_TEXT("invalid text"),
    /** A required cell is empty. */
    MISSING_VALUE("missing value"),
    /** A time cell cannot be parsed. */
    BAD_TIME("unparseable time"),
    /** A number cell cannot be parsed, or is out of its range (a negative duration). */
    BAD_NUMBER("unparseable number"),
    /** A score lies outside the scale of its metric. */
    OUT_OF_SCALE("score outside its scale"),
    /** The values parse but do not make a valid record (events out of order, say). */
    INVALID("invalid record"),
    /** A record names a customer the customers file does not have (purchases). */
    UNKNOWN_CUSTOMER("unknown customer"),
    /** A record repeats the id of an earlier one (customers). */
    DUPLICATE("duplicate id"),
    /** A status is none of the help desk statuses (status changes). */
    UNKNOWN_STATUS("unknown status");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    /** Returns the reason as the report prints it, such as {@code "malformed row"}. */
    public String label() {
        return label;
    }
}
