package io.github.cxmetrics.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The records of a CSV file (RFC 4180: fields separated by a one-byte delimiter, quoted with
 * {@code "} and {@code ""} inside quotes, lines ended by LF, CRLF or CR), read from bytes in one
 * streaming pass, strictly: the file must be UTF-8 (a byte order mark is skipped), without
 * control characters other than tab (and line breaks inside quotes).
 *
 * <p>Every physical line is accounted for. Empty lines are skipped; every other line belongs to
 * a record that {@link #next()} returns, and a record that cannot be read is returned with its
 * {@link #error()}, reading going on at the line after the one the error is reported at, so that
 * one bad line never hides the lines after it:
 * <ul>
 *   <li>a quoted field that is not closed before the end of the file, within
 *       {@value #MAX_QUOTED_LINES} lines or within {@value #MAX_RECORD_BYTES} bytes, a character
 *       other than the delimiter or a line break after a closing quote, and (after the header) a
 *       record that runs over several lines with another number of fields than the header: the
 *       error is at the line where the quoted field opened, the usual sign of a stray quote;
 *   <li>more than {@value #MAX_FIELDS} fields, or a line longer than
 *       {@value #MAX_RECORD_BYTES} bytes: at the line where the record starts, reading going on
 *       after the line where the limit was passed;
 *   <li>invalid UTF-8, a control character, or (after the header) another number of fields than
 *       the header on one line: the record is complete and reading goes on after it.
 * </ul>
 *
 * <p>A quote inside an unquoted field ({@code 5" screen}) is an ordinary character. Memory is
 * bounded: one record at a time, at most {@value #MAX_RECORD_BYTES} bytes.
 *
 * <p>Fields are kept as byte ranges of the buffer and decoded to strings only when asked, so that
 * a parser that reads bytes can do without strings ({@link #field(int)} decodes). A source can
 * read a slice of a file that starts at a record boundary, given the line number it starts at.
 * Not thread-safe.
 */
public final class CsvSource implements RecordSource {

    /** The most fields a record may have, the header included. */
    public static final int MAX_FIELDS = 16_384;
    /** The most bytes a record may take, line breaks inside quotes included (1 MiB). */
    public static final int MAX_RECORD_BYTES = 1 << 20;
    /** The most lines one quoted field may span. */
    public static final int MAX_QUOTED_LINES = 1_000;

    private static final byte QUOTE = '"';
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final InputStream in;
    private final byte delimiter;
    private byte[] buf = new byte[64 * 1024];
    private int limit;
    private int pos;
    private boolean eof;
    /** Set by {@link #fill} when the current record would pass {@link #MAX_RECORD_BYTES}. */
    private boolean overflow;
    /** Where the bytes kept start: the current record, or the scan position between records. */
    private int keep;
    /** Where the field being scanned starts. */
    private int fieldStart;

    /** The line number at {@link #pos} between records. */
    private long nextLine;
    /** The offset in the file of {@code buf[0]}. */
    private long bufferOffset;
    /** Where the current record starts in the file, and on which line. */
    private long recordOffset;
    private long recordLine;
    private boolean first = true;
    private boolean utf16;

    private long line;
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] escaped = new boolean[32];
    /** Offsets of the starts of the lines of the current record; entry 0 is its first line. */
    private int[] lineStarts = new int[4];
    private int lines;
    private RowException error;
    /** A problem of the text (not of the structure) found in the current record, or null. */
    private RowException textError;
    /** The first quoted field of the current record that spans lines: its line, or -1. */
    private long multiLineQuote;
    private int multiLineColumn;

    private List<String> names;

    /**
     * Creates a source of a whole file.
     *
     * @param in the bytes; closed by {@link #close()}
     * @param delimiter the field delimiter, an ASCII character other than a quote or line break
     */
    public CsvSource(InputStream in, char delimiter) {
        this(in, delimiter, 1);
    }

    /**
     * Creates a source of a slice of a file that starts at a record boundary.
     *
     * @param in the bytes of the slice; closed by {@link #close()}
     * @param delimiter the field delimiter, an ASCII character other than a quote or line break
     * @param firstLine the line number of the slice's first line
     */
    public CsvSource(InputStream in, char delimiter, long firstLine) {
        this(in, delimiter, firstLine, 0);
    }

    /**
     * Creates a source of a slice of a file that starts at a record boundary, at a known offset
     * in the file ({@link #recordOffset()} counts from the start of the file).
     *
     * @param in the bytes of the slice; closed by {@link #close()}
     * @param delimiter the field delimiter, an ASCII character other than a quote or line break
     * @param firstLine the line number of the slice's first line
     * @param firstOffset the offset in the file of the slice's first byte
     */
    public CsvSource(InputStream in, char delimiter, long firstLine, long firstOffset) {
        if (delimiter >= 0x80 || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must be an ASCII character other than a"
                    + " quote or a line break: " + delimiter);
        }
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.nextLine = firstLine;
        this.first = firstLine == 1;
        this.bufferOffset = firstOffset;
    }

    /**
     * Returns where the current record starts in the file (its first byte, after any empty
     * lines), or, after {@link #next()} returned false, the length of the file: where a reader
     * of the next slice must find its first record for the two to have read the same records.
     */
    public long recordOffset() {
        return recordOffset;
    }

    /**
     * Returns the line on which the current record starts (which {@link #line()} reports only
     * when the record has no error at a later line), or after the end the line after the last.
     */
    public long recordLine() {
        return recordLine;
    }

    @Override
    public void header(List<String> columnNames) {
        this.names = List.copyOf(columnNames);
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public int size() {
        return error == null ? count : 0;
    }

    @Override
    public RowException error() {
        return error;
    }

    @Override
    public String field(int index) {
        checkIndex(index);
        String s = new String(buf, starts[index], ends[index] - starts[index],
                StandardCharsets.UTF_8);
        return escaped[index] ? s.replace("\"\"", "\"") : s;
    }

    /**
     * Returns the buffer that holds the current record's bytes, for parsers that read fields
     * without decoding them: field {@code i} is {@code buffer()[fieldStart(i) .. fieldEnd(i))},
     * UTF-8 already checked, with {@code ""} for each quote when {@link #hasEscapedQuotes}. Valid
     * until the next call of {@link #next()}; not to be modified.
     */
    public byte[] buffer() {
        return buf;
    }

    /** Returns where field {@code index} starts in {@link #buffer()} (after its opening quote). */
    public int fieldStart(int index) {
        checkIndex(index);
        return starts[index];
    }

    /** Returns where field {@code index} ends in {@link #buffer()} (before its closing quote). */
    public int fieldEnd(int index) {
        checkIndex(index);
        return ends[index];
    }

    /** Returns whether field {@code index} holds doubled quotes ({@code ""} for {@code "}). */
    public boolean hasEscapedQuotes(int index) {
        checkIndex(index);
        return escaped[index];
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("field " + index + " of " + size());
        }
    }

    /** Returns the fields of the current record, decoded. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            fields.add(field(i));
        }
        return fields;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    @Override
    public boolean next() throws IOException {
        error = null;
        overflow = false;
        textError = null;
        count = 0;
        lines = 0;
        multiLineQuote = -1;
        if (first) {
            first = false;
            skipByteOrderMark();
            if (utf16) {
                line = 1;
                error = new RowException(Reason.BAD_TEXT, "the file is UTF-16 (it starts with a"
                        + " UTF-16 byte order mark); save it as UTF-8", null);
                return true;
            }
        } else if (utf16) {
            return false;
        }
        while (true) {
            keep = pos;
            if (pos >= limit && !fill()) {
                recordOffset = bufferOffset + pos;
                recordLine = nextLine;
                return false;
            }
            byte b = buf[pos];
            if (b == LF) {
                pos++;
                nextLine++;
            } else if (b == CR) {
                pos++;
                skipLf();
                nextLine++;
            } else {
                break;
            }
        }
        line = nextLine;
        recordOffset = bufferOffset + pos;
        recordLine = nextLine;
        addLineStart(pos);
        scanRecord();
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit - pos < 3 && !eof) {
            fill();
        }
        if (limit - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB
                && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        } else if (limit - pos >= 2 && ((buf[pos] & 0xFF) == 0xFE && (buf[pos + 1] & 0xFF) == 0xFF
                || (buf[pos] & 0xFF) == 0xFF && (buf[pos + 1] & 0xFF) == 0xFE)) {
            utf16 = true;
        }
    }

    /** Reads one record from {@link #pos}, at the start of a non-empty line. */
    private void scanRecord() throws IOException {
        while (true) {
            int column = count;
            if (column == MAX_FIELDS) {
                failAndSkipLine(new RowException(Reason.MALFORMED, "row has more than "
                        + MAX_FIELDS + " fields", null), line);
                return;
            }
            if (pos >= limit && !fill()) {
                if (overflow) {
                    failAndSkipLine(tooLong(), line);
                    return;
                }
                addField(pos, pos, false);
                break;
            }
            if (buf[pos] == QUOTE) {
                if (!scanQuoted(column)) {
                    return;
                }
            } else if (!scanUnquoted(column)) {
                return;
            }
            // At the byte after the field: a delimiter, a line break, or the end of the file.
            if (pos >= limit && !fill()) {
                if (overflow) {
                    failAndSkipLine(tooLong(), line);
                    return;
                }
                break;
            }
            byte b = buf[pos];
            if (b == delimiter) {
                pos++;
                continue;
            }
            pos++;
            if (b == CR) {
                skipLf();
            }
            nextLine = line + lines;
            break;
        }
        finishRecord();
    }

    /** Scans an unquoted field; returns false if the record failed (and was skipped). */
    private boolean scanUnquoted(int column) throws IOException {
        fieldStart = pos;
        while (true) {
            // The bytes in the buffer, in locals: this loop reads every byte of most files.
            byte[] b = buf;
            int p = pos;
            int n = limit;
            while (p < n) {
                byte c = b[p];
                if (c == delimiter || c == LF || c == CR) {
                    pos = p;
                    addField(fieldStart, p, false);
                    return true;
                }
                if (c < 0x20 || c == 0x7F) {
                    // A control character, or a byte of a UTF-8 sequence (negative): checked
                    // by textByte, which may read on into more of the file.
                    break;
                }
                p++;
            }
            pos = p;
            if (p < n) {
                textByte(column);
                continue;
            }
            if (!fill()) {
                if (overflow) {
                    failAndSkipLine(tooLong(), line);
                    return false;
                }
                break;
            }
        }
        addField(fieldStart, pos, false);
        return true;
    }

    /** Scans a quoted field from its opening quote; returns false if the record failed. */
    private boolean scanQuoted(int column) throws IOException {
        int lineIndex = lines - 1;
        long quoteLine = line + lineIndex;
        pos++;
        fieldStart = pos;
        boolean hasEscapes = false;
        int breaks = 0;
        while (true) {
            if (pos >= limit && !fill()) {
                failAt(new RowException(Reason.MALFORMED, "the quote opening " + name(column)
                        + " here is not closed " + (overflow ? "within " + MAX_RECORD_BYTES
                        + " bytes" : "before the end of the file"), null), quoteLine, lineIndex);
                return false;
            }
            byte b = buf[pos];
            if (b == QUOTE) {
                pos++;
                int after = pos < limit || fill() ? buf[pos] : -1;
                if (after == QUOTE) {
                    hasEscapes = true;
                    pos++;
                    continue;
                }
                if (after != -1 && after != delimiter && after != LF && after != CR) {
                    String where = breaks == 0 ? ""
                            : " (it closes at line " + (line + lines - 1) + ")";
                    failAt(new RowException(Reason.MALFORMED, "unexpected " + describeByte(pos)
                            + " after the closing quote of " + name(column) + where, null),
                            quoteLine, lineIndex);
                    return false;
                }
                addField(fieldStart, pos - 1, hasEscapes);
                return true;
            }
            if (b == LF || b == CR) {
                pos++;
                if (b == CR) {
                    skipLf();
                }
                breaks++;
                addLineStart(pos);
                if (multiLineQuote < 0) {
                    multiLineQuote = quoteLine;
                    multiLineColumn = column;
                }
                if (breaks >= MAX_QUOTED_LINES) {
                    failAt(new RowException(Reason.MALFORMED, "the quote opening " + name(column)
                            + " here is not closed within " + MAX_QUOTED_LINES + " lines", null),
                            quoteLine, lineIndex);
                    return false;
                }
            } else if (b >= 0x20 && b != 0x7F) {
                pos++;
            } else {
                textByte(column);
            }
        }
    }

    /**
     * Checks the byte at {@link #pos}, which is not printable ASCII: a control character or the
     * start of a UTF-8 sequence. Notes a text error for the record and moves past the byte or the
     * sequence.
     */
    private void textByte(int column) throws IOException {
        int b = buf[pos] & 0xFF;
        if (b < 0x80) {
            if (b != '\t') {
                noteText(new RowException(Reason.BAD_TEXT, String.format(Locale.ROOT,
                        "control character U+%04X in %s", b, name(column)), null));
            }
            pos++;
            return;
        }
        int length = utf8Length(b);
        int second = length > 1 ? require(1) : -1;
        boolean valid = length > 1 && second >= lowestSecond(b) && second <= highestSecond(b);
        for (int i = 2; valid && i < length; i++) {
            int c = require(i);
            valid = c >= 0x80 && c <= 0xBF;
        }
        if (!valid) {
            noteText(new RowException(Reason.BAD_TEXT, String.format(Locale.ROOT,
                    "invalid UTF-8 in %s (byte 0x%02X)", name(column), b), null));
            pos++;
            return;
        }
        pos += length;
    }

    /** Returns the byte {@code ahead} bytes after {@link #pos}, or -1 past the end of the file. */
    private int require(int ahead) throws IOException {
        while (limit - pos <= ahead) {
            if (!fill()) {
                return -1;
            }
        }
        return buf[pos + ahead] & 0xFF;
    }

    private static int utf8Length(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** The lowest second byte after a lead byte (no overlong forms). */
    private static int lowestSecond(int lead) {
        return lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    }

    /** The highest second byte after a lead byte (no surrogates, nothing above U+10FFFF). */
    private static int highestSecond(int lead) {
        return lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    }

    private void noteText(RowException e) {
        if (textError == null) {
            textError = e;
        }
    }

    private String describeByte(int at) {
        int b = buf[at] & 0xFF;
        if (b >= 0x20 && b < 0x7F) {
            return "character '" + (char) b + "'";
        }
        return String.format(Locale.ROOT, "byte 0x%02X", b);
    }

    private RowException tooLong() {
        return new RowException(Reason.MALFORMED, "row is longer than " + MAX_RECORD_BYTES
                + " bytes", null);
    }

    /** Ends a record that was read to its end: checks its text and its number of fields. */
    private void finishRecord() throws IOException {
        if (names != null && count != names.size()) {
            String message = "row has " + count + " fields, the header has " + names.size();
            if (multiLineQuote >= 0) {
                message += "; the quote opening " + name(multiLineColumn) + " here runs to line "
                        + (line + lines - 1) + ": a quote missing or one too many?";
                failAt(new RowException(Reason.MALFORMED, message, null), multiLineQuote,
                        (int) (multiLineQuote - line));
            } else {
                error = new RowException(Reason.MALFORMED, message, null);
            }
            return;
        }
        if (textError != null) {
            error = textError;
        }
    }

    /**
     * Fails the current record at {@code reportLine}, the line of index {@code lineIndex} in the
     * record, and goes on reading at the line after it.
     */
    private void failAt(RowException e, long reportLine, int lineIndex) throws IOException {
        long current = line + lines - 1;
        error = e;
        line = reportLine;
        if (lineIndex + 1 < lines) {
            pos = lineStarts[lineIndex + 1];
            nextLine = reportLine + 1;
        } else {
            skipLine(current);
        }
    }

    /** Fails the current record at {@code reportLine}, going on after the line being read. */
    private void failAndSkipLine(RowException e, long reportLine) throws IOException {
        long current = line + lines - 1;
        error = e;
        line = reportLine;
        skipLine(current);
    }

    /** Moves past the end of physical line {@code current}, being read, keeping none of it. */
    private void skipLine(long current) throws IOException {
        nextLine = current + 1;
        while (true) {
            keep = pos;
            if (pos >= limit && !fill()) {
                return;
            }
            byte b = buf[pos++];
            if (b == LF || b == CR) {
                if (b == CR) {
                    skipLf();
                }
                return;
            }
        }
    }

    /** Skips the LF of a CRLF, {@link #pos} being just after the CR. */
    private void skipLf() throws IOException {
        if (pos >= limit) {
            fill();
        }
        if (pos < limit && buf[pos] == LF) {
            pos++;
        }
    }

    private void addField(int start, int end, boolean hasEscapes) {
        if (count == starts.length) {
            int n = Math.min(MAX_FIELDS, count * 2);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            escaped = Arrays.copyOf(escaped, n);
        }
        starts[count] = start;
        ends[count] = end;
        escaped[count] = hasEscapes;
        count++;
    }

    private void addLineStart(int offset) {
        if (lines == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lines * 2);
        }
        lineStarts[lines++] = offset;
    }

    private String name(int column) {
        if (names != null && column < names.size()) {
            return "column '" + RowException.display(names.get(column)) + "'";
        }
        return "column " + (column + 1);
    }

    /**
     * Reads more bytes after {@link #limit}, moving the kept bytes (from {@link #keep}) to the
     * start of the buffer or growing it, and shifting every offset that points into it.
     *
     * @return false at the end of the file, or when the record would pass
     *     {@link #MAX_RECORD_BYTES} ({@link #overflow} is then set)
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (limit == buf.length) {
            if (keep > 0) {
                shift(keep);
            } else if (buf.length >= MAX_RECORD_BYTES + 4) {
                overflow = true;
                return false;
            } else {
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_RECORD_BYTES + 4));
            }
        }
        if (limit - keep > MAX_RECORD_BYTES) {
            overflow = true;
            return false;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private void shift(int by) {
        System.arraycopy(buf, by, buf, 0, limit - by);
        bufferOffset += by;
        limit -= by;
        pos -= by;
        keep -= by;
        fieldStart -= by;
        for (int i = 0; i < count; i++) {
            starts[i] -= by;
            ends[i] -= by;
        }
        for (int i = 0; i < lines; i++) {
            lineStarts[i] -= by;
        }
    }
}
