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
    private final boolean decimalComma;
    private RecordSource source;

    Row(Header header, FileFormat format) {
        this.header = header;
        this.times = format.times();
        this.decimalComma = format.decimalComma();
    }

    Row(Header header, TimeParser times) {
        this(header, FileFormat.of(',', times));
    }

    /** Points the row at the current record of {@code records}. */
    void reset(RecordSource records) {
        this.source = records;
    }

    /** Returns the line the row starts on, 1 being the header. */
    public long line() {
        return source.line();
    }

    /** Returns the header of the file. */
    public Header header() {
        return header;
    }

    /** Returns whether the file writes decimal numbers with a comma ({@code --decimal-separator}). */
    public boolean decimalComma() {
        return decimalComma;
    }

    /**
     * Returns a decimal number as written in a file with a decimal comma ({@code 9,5}) in the
     * form {@link #isDecimal} reads ({@code 9.5}), or null when it has a point, which such a file
     * does not use (neither as the decimal point nor to group digits).
     */
    static String pointed(String value) {
        return value.indexOf('.') >= 0 ? null : value.replace(',', '.');
    }

    /** Returns a cell's number in the form {@link #isDecimal} reads, or null if it cannot be. */
    private String number(String value) {
        return decimalComma ? pointed(value) : value;
    }

    /** Returns what a decimal number must look like, for messages. */
    private String notANumber(String column) {
        return column + (decimalComma ? " is not a number with a decimal comma" : " is not a number");
    }

    /** Returns the stripped cell at an index. */
    public String cellAt(int index) {
        return index < 0 ? "" : source.field(index).strip();
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
        Instant time;
        try {
            time = times.parse(value);
        } catch (DateTimeException | ArithmeticException e) {
            throw new RowException(Reason.BAD_TIME, column + " is not " + times.expected(), value);
        }
        if (!times.isPlausible(time)) {
            throw new RowException(Reason.BAD_TIME, column + " must be in the years "
                    + times.plausibleYears() + " (--plausible-years)", value);
        }
        return time;
    }

    /**
     * Returns the integer of a required column, written with ASCII digits and an optional
     * leading minus sign (no plus sign, no other digits), in the range of an {@code int}.
     */
    public int integer(String column) {
        String value = text(column);
        long parsed = parseInteger(column, value);
        if (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
            throw new RowException(Reason.BAD_NUMBER, column + " is out of range", value);
        }
        return (int) parsed;
    }

    /**
     * Parses an integer strictly: an optional {@code -} and 1 to 18 ASCII digits.
     *
     * @throws RowException if the text is not such an integer
     */
    private static long parseInteger(String column, String value) {
        int start = value.charAt(0) == '-' ? 1 : 0;
        int digits = value.length() - start;
        if (digits == 0 || digits > 18) {
            throw new RowException(Reason.BAD_NUMBER, column + " is not an integer", value);
        }
        long n = 0;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new RowException(Reason.BAD_NUMBER, column + " is not an integer", value);
            }
            n = 10 * n + (c - '0');
        }
        return start == 1 ? -n : n;
    }

    /**
     * Returns whether {@code value} is a decimal number as the command line reads them: an
     * optional {@code -}, ASCII digits with an optional decimal point, and an optional exponent
     * ({@code 12}, {@code -0.5}, {@code .5}, {@code 1e-3}); not {@code +1}, {@code 0x1p3},
     * {@code 1f}, {@code Infinity}, {@code NaN} or other digits.
     */
    static boolean isDecimal(String value) {
        int i = value.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < value.length() && isDigit(value.charAt(i))) {
            i++;
            digits++;
        }
        if (i < value.length() && value.charAt(i) == '.') {
            i++;
            while (i < value.length() && isDigit(value.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < value.length() && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
            i++;
            if (i < value.length() && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < value.length() && isDigit(value.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == value.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
        long parsed = parseInteger(column, value);
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

    private BigDecimal parseDecimal(String column, String value) {
        String number = number(value);
        if (number == null || !isDecimal(number)) {
            throw new RowException(Reason.BAD_NUMBER, notANumber(column), value);
        }
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            // Only an exponent beyond the range of an int.
            throw new RowException(Reason.BAD_NUMBER, column + " is out of range", value);
        }
    }

    /**
     * Returns a finite decimal number {@code >= 0} of an optional column ({@link #isDecimal}
     * syntax), or {@code fallback} when the cell is empty or absent. A number too small to be a
     * {@code double} other than 0 ({@code 1e-400}) is refused, not read as 0.
     */
    public double optionalNonNegativeDouble(String column, double fallback) {
        String value = cell(column);
        if (value.isEmpty()) {
            return fallback;
        }
        String number = number(value);
        if (number == null || !isDecimal(number)) {
            throw new RowException(Reason.BAD_NUMBER, notANumber(column), value);
        }
        double parsed = Double.parseDouble(number);
        if (!(parsed >= 0) || Double.isInfinite(parsed)) {
            throw new RowException(Reason.BAD_NUMBER, column + " must be finite and >= 0", value);
        }
        if (parsed == 0 && !isZero(number)) {
            throw new RowException(Reason.BAD_NUMBER, column + " is too small to be told from 0",
                    value);
        }
        return parsed;
    }

    /** Returns whether a decimal number's digits are all zeros. */
    private static boolean isZero(String decimal) {
        for (int i = 0; i < decimal.length(); i++) {
            char c = decimal.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
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
