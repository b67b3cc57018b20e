package io.github.cxmetrics.cli.input;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of an input file, read through its {@link Header}: typed access to the documented
 * columns that throws {@link RowException} with the reason, the column and the value. Cells are
 * stripped of surrounding blanks; an empty cell is an absent value.
 *
 * <p>Row parsers ({@link Input}) use it; one instance is reused for every row of a file.
 */
public final class Row {

    private final Header header;
    private final TimeParser times;
    private List<String> fields;
    private long line;

    Row(Header header, TimeParser times) {
        this.header = header;
        this.times = times;
    }

    void reset(List<String> newFields, long newLine) {
        this.fields = newFields;
        this.line = newLine;
    }

    /** Returns the line the row starts on, 1 being the header. */
    public long line() {
        return line;
    }

    /** Returns the header of the file. */
    public Header header() {
        return header;
    }

    /** Returns the stripped cell at an index. */
    public String cellAt(int index) {
        return index < 0 ? "" : fields.get(index).strip();
    }

    /** Returns the stripped cell of a documented column, empty when absent. */
    public String cell(String column) {
        return cellAt(header.index(column));
    }

    /** Returns the value of a required column. */
    public String text(String column) {
        String value = cell(column);
        if (value.isEmpty()) {
            throw new RowException(Reason.MISSING_VALUE, column + " is empty", null);
        }
        return value;
    }

    /** Returns the value of an optional column, or null when the cell is empty or absent. */
    public String optionalText(String column) {
        String value = cell(column);
        return value.isEmpty() ? null : value;
    }

    /** Returns the time of a required column. */
    public Instant instant(String column) {
        String value = text(column);
        return parseTime(column, value);
    }

    /** Returns the time of an optional column, or null when the cell is empty or absent. */
    public Instant optionalInstant(String column) {
        String value = cell(column);
        return value.isEmpty() ? null : parseTime(column, value);
    }

    private Instant parseTime(String column, String value) {
        try {
            return times.parse(value);
        } catch (DateTimeException e) {
            throw new RowException(Reason.BAD_TIME, column + " is not " + times.expected(), value);
        }
    }

    /**
     * Returns the count or duration of an optional column, an integer {@code >= 0}, or -1 when the
     * cell is empty or absent.
     */
    public long optionalNonNegative(String column) {
        String value = cell(column);
        if (value.isEmpty()) {
            return -1;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RowException(Reason.BAD_NUMBER, column + " is not an integer", value);
        }
        if (parsed < 0) {
            throw new RowException(Reason.BAD_NUMBER, column + " must be >= 0", value);
        }
        return parsed;
    }

    /**
     * Returns the count of an optional column, an integer in {@code [0, 2^31 - 1]}, or -1 when
     * the cell is empty or absent.
     */
    public int optionalCount(String column) {
        long value = optionalNonNegative(column);
        if (value > Integer.MAX_VALUE) {
            throw new RowException(Reason.BAD_NUMBER, column + " must be <= " + Integer.MAX_VALUE,
                    cell(column));
        }
        return (int) value;
    }

    /**
     * Returns the duration of an optional column in whole seconds, at most {@value #MAX_SECONDS}
     * (about 31 years, so that sums of milliseconds cannot overflow), or null when the cell is
     * empty or absent.
     */
    public Duration optionalSeconds(String column) {
        long value = optionalNonNegative(column);
        if (value > MAX_SECONDS) {
            throw new RowException(Reason.BAD_NUMBER, column + " must be <= " + MAX_SECONDS,
                    cell(column));
        }
        return value < 0 ? null : Duration.ofSeconds(value);
    }

    /** The longest duration in seconds {@link #optionalSeconds} accepts. */
    static final long MAX_SECONDS = 1_000_000_000L;

    /** Returns the decimal number of a required column, such as an amount of money. */
    public BigDecimal decimal(String column) {
        return parseDecimal(column, text(column));
    }

    /** Returns the decimal number of an optional column, or null when empty or absent. */
    public BigDecimal optionalDecimal(String column) {
        String value = cell(column);
        return value.isEmpty() ? null : parseDecimal(column, value);
    }

    private static BigDecimal parseDecimal(String column, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new RowException(Reason.BAD_NUMBER, column + " is not a number", value);
        }
    }

    /**
     * Returns a finite number {@code >= 0} of an optional column, or {@code fallback} when the
     * cell is empty or absent.
     */
    public double optionalNonNegativeDouble(String column, double fallback) {
        String value = cell(column);
        if (value.isEmpty()) {
            return fallback;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new RowException(Reason.BAD_NUMBER, column + " is not a number", value);
        }
        if (!(parsed >= 0) || Double.isInfinite(parsed)) {
            throw new RowException(Reason.BAD_NUMBER, column + " must be finite and >= 0", value);
        }
        return parsed;
    }

    /** Returns the non-empty cells of the attribute columns, by header name. */
    public Map<String, String> attributes() {
        int[] indexes = header.attributeIndexes();
        if (indexes.length == 0) {
            return Map.of();
        }
        List<String> names = header.attributeNames();
        if (indexes.length == 1) {
            String value = cellAt(indexes[0]);
            return value.isEmpty() ? Map.of() : Map.of(names.get(0), value);
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < indexes.length; i++) {
            String value = cellAt(indexes[i]);
            if (!value.isEmpty()) {
                attributes.put(names.get(i), value);
            }
        }
        return attributes;
    }
}
