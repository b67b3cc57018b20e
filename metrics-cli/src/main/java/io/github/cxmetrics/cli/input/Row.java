package io.github.cxmetrics.cli.input;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of an input file, read through its {@link Header}: typed access to the documented
 * columns that throws {@link RowException} with the reason, the column and the value. Cells are
 * stripped of surrounding blanks; an empty cell is an absent value.
 *
 * <p>Row parsers ({@link Input}) use it; one instance is reused for every row of a file. Times,
 * integers and amounts of a CSV file are read from the bytes of their cells, without a string,
 * when the cell is plain (no doubled quote, no blank other than ASCII at its ends); otherwise,
 * and for every error, from the cell's text, so that values and messages are the same either
 * way. Values that come in runs (a customer's id and the time of a survey on the rows of its
 * answers) are read once per run: a cell whose bytes are those of the same column on the row
 * before gives the same string or instant again, without decoding or parsing. Not thread-safe.
 */
public final class Row {

    private final Header header;
    private final TimeParser times;
    private final boolean decimalComma;
    private RecordSource source;
    /** The source when it is CSV, whose cells can be read as bytes; else null. */
    private CsvSource csv;
    /** The stripped bytes of the cell found by {@link #plain}. */
    private int start;
    private int end;
    /** Per column, the strings of the values seen, for {@link #label}; null until used. */
    private Labels[] labels;
    /** Per column, the text and the time read from the cell on the row before; null until used. */
    private Previous[] previousTexts;
    private Previous[] previousTimes;
    /** The attributes of the row before, and the values they were made of. */
    private Map<String, String> lastAttributes;
    private String[] lastAttributeValues;

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
        this.csv = records instanceof CsvSource c ? c : null;
    }

    /**
     * Finds the stripped bytes of the cell at {@code index} ({@link #start}, {@link #end}) when
     * the cell can be read as bytes: a CSV cell without doubled quotes whose ends are not
     * non-ASCII (which could be Unicode blanks). Returns false otherwise, or for an absent column.
     */
    private boolean plain(int index) {
        if (csv == null || index < 0 || csv.hasEscapedQuotes(index)) {
            return false;
        }
        byte[] b = csv.buffer();
        int s = csv.fieldStart(index);
        int e = csv.fieldEnd(index);
        while (s < e && isAsciiBlank(b[s])) {
            s++;
        }
        while (e > s && isAsciiBlank(b[e - 1])) {
            e--;
        }
        if (s < e && (b[s] < 0 || b[e - 1] < 0)) {
            return false;
        }
        start = s;
        end = e;
        return true;
    }

    /** The ASCII characters {@link String#strip} removes that a CSV cell may hold. */
    private static boolean isAsciiBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
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
        int index = header.index(column);
        if (plain(index) && start < end) {
            if (previousTexts == null) {
                previousTexts = new Previous[header.size()];
            }
            Previous previous = previousOf(previousTexts, index);
            if (previous.matches(csv.buffer(), start, end)) {
                return (String) previous.value;
            }
            String value = new String(csv.buffer(), start, end - start, StandardCharsets.UTF_8);
            previous.set(csv.buffer(), start, end, value);
            return value;
        }
        String value = cellAt(index);
        if (value.isEmpty()) {
            throw new RowException(Reason.MISSING_VALUE, column + " is empty", null);
        }
        return value;
    }

    /**
     * Returns the value of a required column whose values repeat, such as a question, a channel
     * or a segment: {@link #text}, but the same string for the same bytes, read without
     * decoding once seen.
     */
    public String label(String column) {
        String value = labelAt(header.index(column));
        if (value.isEmpty()) {
            throw new RowException(Reason.MISSING_VALUE, column + " is empty", null);
        }
        return value;
    }

    /** Returns {@link #optionalText} of a column whose values repeat, as {@link #label}. */
    public String optionalLabel(String column) {
        String value = labelAt(header.index(column));
        return value.isEmpty() ? null : value;
    }

    /** Returns whether the cell of a column is empty (blanks only) or absent. */
    public boolean isEmpty(String column) {
        int index = header.index(column);
        return plain(index) ? start == end : cellAt(index).isEmpty();
    }

    /** Returns the stripped cell at an index, the same string for the same bytes. */
    private String labelAt(int index) {
        if (!plain(index)) {
            return cellAt(index);
        }
        if (start == end) {
            return "";
        }
        if (labels == null) {
            labels = new Labels[header.size()];
        }
        Labels column = labels[index];
        if (column == null) {
            column = labels[index] = new Labels();
        }
        return column.of(csv.buffer(), start, end);
    }

    /**
     * The strings of the values of one column, by their bytes: at most {@link #MAX} of them, the
     * first seen, so that a column of ids does not fill memory (its values are then decoded as
     * usual).
     */
    private static final class Labels {
        static final int MAX = 64;
        final byte[][] keys = new byte[2 * MAX][];
        final String[] values = new String[2 * MAX];
        int size;

        String of(byte[] b, int from, int to) {
            int hash = 1;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + b[i];
            }
            int mask = keys.length - 1;
            for (int i = (hash ^ (hash >>> 7)) & mask; ; i = (i + 1) & mask) {
                byte[] key = keys[i];
                if (key == null) {
                    String value = new String(b, from, to - from, StandardCharsets.UTF_8);
                    if (size < MAX) {
                        keys[i] = Arrays.copyOfRange(b, from, to);
                        values[i] = value;
                        size++;
                    }
                    return value;
                }
                if (Arrays.equals(key, 0, key.length, b, from, to)) {
                    return values[i];
                }
            }
        }
    }

    private static Previous previousOf(Previous[] columns, int index) {
        Previous previous = columns[index];
        return previous != null ? previous : (columns[index] = new Previous());
    }

    /** The bytes of a column's cell on the row before, and the value read from them. */
    private static final class Previous {
        byte[] bytes = new byte[32];
        int length = -1;
        Object value;

        boolean matches(byte[] b, int from, int to) {
            return to - from == length && Arrays.equals(bytes, 0, length, b, from, to);
        }

        void set(byte[] b, int from, int to, Object read) {
            int n = to - from;
            if (n > bytes.length) {
                bytes = new byte[Math.max(n, 2 * bytes.length)];
            }
            System.arraycopy(b, from, bytes, 0, n);
            length = n;
            value = read;
        }
    }

    /** Returns the value of an optional column, or null when the cell is empty or absent. */
    public String optionalText(String column) {
        String value = cell(column);
        return value.isEmpty() ? null : value;
    }

    /** Returns the time of a required column. */
    public Instant instant(String column) {
        Instant time = scannedTime(column);
        return time != null ? time : parseTime(column, text(column));
    }

    /** Returns the time of an optional column, or null when the cell is empty or absent. */
    public Instant optionalInstant(String column) {
        Instant time = scannedTime(column);
        if (time != null) {
            return time;
        }
        String value = cell(column);
        return value.isEmpty() ? null : parseTime(column, value);
    }

    /**
     * Returns the plausible time of a cell read from its bytes, or null when the cell is not
     * plain, empty or absent, or not a plausible time (the text then gives the value or the
     * error).
     */
    private Instant scannedTime(String column) {
        int index = header.index(column);
        if (!plain(index) || start == end) {
            return null;
        }
        if (previousTimes == null) {
            previousTimes = new Previous[header.size()];
        }
        Previous previous = previousOf(previousTimes, index);
        if (previous.matches(csv.buffer(), start, end)) {
            return (Instant) previous.value;
        }
        Instant time;
        try {
            time = times.parse(csv.buffer(), start, end);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
        if (!times.isPlausible(time)) {
            return null;
        }
        previous.set(csv.buffer(), start, end, time);
        return time;
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
        if (plain(header.index(column))) {
            long n = digits(csv.buffer(), start, end);
            if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE && n != NOT_DIGITS) {
                return (int) n;
            }
        }
        String value = text(column);
        long parsed = parseInteger(column, value);
        if (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
            throw new RowException(Reason.BAD_NUMBER, column + " is out of range", value);
        }
        return (int) parsed;
    }

    private static final long NOT_DIGITS = Long.MIN_VALUE;

    /** What {@link #plainIntegerAt} returns for a cell it does not read. */
    static final int NOT_PLAIN_INTEGER = Integer.MIN_VALUE;

    /**
     * Returns the integer of a plain cell that is an optional {@code -} and 1 to 9 ASCII digits,
     * read from its bytes (a score), or {@link #NOT_PLAIN_INTEGER} for any other cell (empty,
     * absent, a label, a decimal, more digits), which the caller then reads from its text.
     */
    int plainIntegerAt(int index) {
        if (!plain(index) || end - start > 10) {
            return NOT_PLAIN_INTEGER;
        }
        long n = digits(csv.buffer(), start, end);
        if (n == NOT_DIGITS || end - start - (csv.buffer()[start] == '-' ? 1 : 0) > 9) {
            return NOT_PLAIN_INTEGER;
        }
        return (int) n;
    }

    /**
     * Returns the integer of bytes that are an optional {@code -} and 1 to 18 ASCII digits, or
     * {@link #NOT_DIGITS} for anything else.
     */
    private static long digits(byte[] b, int from, int to) {
        int i = from < to && b[from] == '-' ? from + 1 : from;
        int count = to - i;
        if (count == 0 || count > 18) {
            return NOT_DIGITS;
        }
        long n = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return NOT_DIGITS;
            }
            n = 10 * n + d;
        }
        return b[from] == '-' ? -n : n;
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
        if (plain(header.index(column))) {
            if (start == end) {
                return -1;
            }
            long n = digits(csv.buffer(), start, end);
            if (n >= 0) {
                return n;
            }
        }
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
        BigDecimal scanned = scannedDecimal(column);
        return scanned != null ? scanned : parseDecimal(column, text(column));
    }

    /** Returns the decimal number of an optional column, or null when empty or absent. */
    public BigDecimal optionalDecimal(String column) {
        BigDecimal scanned = scannedDecimal(column);
        if (scanned != null) {
            return scanned;
        }
        String value = cell(column);
        return value.isEmpty() ? null : parseDecimal(column, value);
    }

    /**
     * Returns the decimal of a plain cell of the form {@code [-]digits[.digits]} with at most 18
     * digits, as {@code new BigDecimal(text)} reads it (the unscaled digits and the number of
     * decimals); null for any other cell.
     */
    private BigDecimal scannedDecimal(String column) {
        if (decimalComma || !plain(header.index(column)) || start == end) {
            return null;
        }
        byte[] b = csv.buffer();
        int i = b[start] == '-' ? start + 1 : start;
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < end; i++) {
            int d = b[i] - '0';
            if (d >= 0 && d <= 9) {
                if (++digits > 18) {
                    return null;
                }
                unscaled = 10 * unscaled + d;
                scale += point ? 1 : 0;
            } else if (b[i] == '.' && !point) {
                point = true;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        return BigDecimal.valueOf(b[start] == '-' ? -unscaled : unscaled, scale);
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

    /**
     * Returns the non-empty cells of the attribute columns, by header name; values that repeat
     * (segments, plans) share their strings, as {@link #label}.
     */
    public Map<String, String> attributes() {
        int[] indexes = header.attributeIndexes();
        if (indexes.length == 0) {
            return Map.of();
        }
        // Rows in runs (a customer's answers) repeat their attributes: the map of the row before
        // is given again when its values are the same strings.
        boolean same = lastAttributes != null;
        if (lastAttributeValues == null) {
            lastAttributeValues = new String[indexes.length];
        }
        for (int i = 0; i < indexes.length; i++) {
            String value = labelAt(indexes[i]);
            if (value != lastAttributeValues[i]) {
                lastAttributeValues[i] = value;
                same = false;
            }
        }
        if (!same) {
            lastAttributes = attributesOf(header.attributeNames(), lastAttributeValues);
        }
        return lastAttributes;
    }

    private static Map<String, String> attributesOf(List<String> names, String[] values) {
        if (values.length == 1) {
            return values[0].isEmpty() ? Map.of() : Map.of(names.get(0), values[0]);
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                attributes.put(names.get(i), values[i]);
            }
        }
        return Map.copyOf(attributes);
    }
}
