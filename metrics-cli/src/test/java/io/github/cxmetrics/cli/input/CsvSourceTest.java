package io.github.cxmetrics.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader accounts for every physical line: what it reads, and where and why a record
 * cannot be read, with reading going on after it.
 */
class CsvSourceTest {

    /** A record as read: its line, then its fields, or "!" and the error's message. */
    private static List<String> read(byte[] bytes, List<String> header, boolean trickle)
            throws IOException {
        InputStream in = new ByteArrayInputStream(bytes);
        if (trickle) {
            in = new Trickle(in);
        }
        List<String> out = new ArrayList<>();
        try (CsvSource csv = new CsvSource(in, ',')) {
            boolean first = true;
            while (csv.next()) {
                if (csv.error() != null) {
                    out.add(csv.line() + " ! " + csv.error().reason() + ": "
                            + csv.error().describe());
                } else {
                    out.add(csv.line() + " " + csv.fields());
                }
                if (first && header != null) {
                    csv.header(header);
                }
                first = false;
            }
        }
        return out;
    }

    private static List<String> read(String text, List<String> header) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> whole = read(bytes, header, false);
        assertEquals(whole, read(bytes, header, true), "the same read a byte at a time");
        return whole;
    }

    private static List<String> read(String text) throws IOException {
        return read(text, List.of("a", "b"));
    }

    @Test
    void records_withTheirLines_emptyLinesSkipped() throws IOException {
        assertEquals(List.of("1 [a, b]", "2 [1, 2]", "4 [3, ]", "6 [5, 6]"),
                read("a,b\n1,2\n\n3,\r\n\r5,6"));
    }

    @Test
    void byteOrderMark_isSkipped() throws IOException {
        assertEquals(List.of("1 [a, b]", "2 [é, 日本🙂]"), read("\uFEFFa,b\né,日本🙂\n"));
    }

    @Test
    void quotedFields_holdDelimitersQuotesAndLineBreaks() throws IOException {
        assertEquals(List.of("1 [a, b]", "2 [x,y, he said \"hi\"]", "3 [l1\nl2\r\nl3, ]",
                        "6 [\"\", 5\" screen]"),
                read("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n\"l1\nl2\r\nl3\",\"\"\n"
                        + "\"\"\"\"\"\",5\" screen\n"));
    }

    @Test
    void strayOpeningQuote_isAnErrorAtItsLine_andTheLinesAfterAreRead() throws IOException {
        assertEquals(List.of("1 [a, b]",
                        "2 ! MALFORMED: the quote opening column 'b' here is not closed before the"
                                + " end of the file",
                        "3 [2, x]", "4 [3, y]"),
                read("a,b\n1,\"smb\n2,x\n3,y\n"));
    }

    @Test
    void strayQuoteClosedByALaterQuote_isAnErrorAtItsLine() throws IOException {
        assertEquals(List.of("1 [a, b]",
                        "2 ! MALFORMED: unexpected character 'x' after the closing quote of column"
                                + " 'b' (it closes at line 3)",
                        "3 [2, x]", "4 [3, y]"),
                read("a,b\n1,\"smb\n2,\"x\"\n3,y\n"));
        assertEquals(List.of("1 [a, b]",
                        "2 ! MALFORMED: row has 4 fields, the header has 2; the quote opening"
                                + " column 'b' here runs to line 3: a quote missing or one too"
                                + " many?",
                        "3 ! MALFORMED: row has 3 fields, the header has 2", "4 [3, y]"),
                read("a,b\n1,\"smb\n2\",z,w\n3,y\n"));
    }

    @Test
    void quotedFieldOverTooManyLines_isAnErrorAtItsLine() throws IOException {
        StringBuilder s = new StringBuilder("a,b\n1,\"open\n");
        for (int i = 0; i < CsvSource.MAX_QUOTED_LINES + 5; i++) {
            s.append("x").append(i).append(",y\n");
        }
        s.append("\"\n");
        List<String> records = read(s.toString());
        assertEquals("2 ! MALFORMED: the quote opening column 'b' here is not closed within 1000"
                + " lines", records.get(1));
        assertEquals("3 [x0, y]", records.get(2));
        assertEquals(CsvSource.MAX_QUOTED_LINES + 8, records.size());
        assertEquals("1008 ! MALFORMED: the quote opening column 'a' here is not closed before"
                + " the end of the file", records.get(records.size() - 1));
    }

    @Test
    void quotedFieldOverAThousandLines_isRead() throws IOException {
        String lines = "x\n".repeat(CsvSource.MAX_QUOTED_LINES - 1);
        assertEquals(List.of("1 [a, b]", "2 [1, " + lines + "]", "1002 [2, 3]"),
                read("a,b\n1,\"" + lines + "\"\n2,3\n"));
    }

    @Test
    void characterAfterAClosingQuote_isAnError_andTheNextLineIsRead() throws IOException {
        assertEquals(List.of("1 [a, b]",
                        "2 ! MALFORMED: unexpected character 'x' after the closing quote of column"
                                + " 'a'",
                        "3 [3, 4]"),
                read("a,b\n\"abc\"x,2\n3,4\n"));
    }

    @Test
    void otherNumberOfFields_isAnError() throws IOException {
        assertEquals(List.of("1 [a, b]", "2 ! MALFORMED: row has 1 fields, the header has 2",
                        "3 ! MALFORMED: row has 3 fields, the header has 2", "4 [5, 6]"),
                read("a,b\n1\n2,3,4\n5,6\n"));
    }

    @Test
    void tooManyFields_isAnError_andTheNextLineIsRead() throws IOException {
        String wide = ",".repeat(CsvSource.MAX_FIELDS);
        assertEquals(List.of("1 [a, b]", "2 ! MALFORMED: row has more than 16384 fields",
                        "3 [1, 2]"),
                read("a,b\n" + wide + "\n1,2\n"));
    }

    @Test
    void tooLongLine_isAnError_andTheNextLineIsRead() throws IOException {
        String longLine = "x".repeat(CsvSource.MAX_RECORD_BYTES + 10);
        assertEquals(List.of("1 [a, b]", "2 ! MALFORMED: row is longer than 1048576 bytes",
                        "3 [1, 2]"),
                read("a,b\n" + longLine + ",y\n1,2\n"));
        assertEquals(List.of("1 [a, b]", "2 ! MALFORMED: the quote opening column 'b' here is not"
                        + " closed within 1048576 bytes", "3 [1, 2]"),
                read("a,b\nx,\"" + longLine + "\n1,2\n"));
    }

    @Test
    void invalidUtf8_andControlCharacters_areErrors() throws IOException {
        assertEquals(List.of("1 [a, b]", "2 ! BAD_TEXT: invalid UTF-8 in column 'b' (byte 0xFF)",
                        "3 ! BAD_TEXT: invalid UTF-8 in column 'a' (byte 0xC0)",
                        "4 ! BAD_TEXT: invalid UTF-8 in column 'b' (byte 0xED)",
                        "5 ! BAD_TEXT: control character U+0000 in column 'a'",
                        "6 ! BAD_TEXT: control character U+001B in column 'b'", "7 [\t, x]",
                        "8 ! BAD_TEXT: invalid UTF-8 in column 'b' (byte 0xE2)"),
                read(bytes("a,b\n1,\u00FF\n\u00C0\u0080,2\n3,\u00ED\u00A0\u0080\n\u0000,4\n5,\"\u001B\"\n"
                        + "\t,x\n6,\u00E2\u0082"), List.of("a", "b"), false));
    }

    @Test
    void utf16_isRefused() throws IOException {
        assertEquals(List.of("1 ! BAD_TEXT: the file is UTF-16 (it starts with a UTF-16 byte order"
                + " mark); save it as UTF-8"), read(bytes("\u00FF\u00FEa\u0000"), null, false));
    }

    @Test
    void emptyFile_hasNoRecords() throws IOException {
        assertEquals(List.of(), read("", null));
        assertEquals(List.of(), read("\n\r\n", null));
    }

    /**
     * Random files of well-formed records, written with every quoting and line ending, read back
     * whole and a byte at a time: the fields and lines are the ones written.
     */
    @Test
    void wellFormedRecords_readBackAsWritten() throws IOException {
        Random random = new Random(13);
        String alphabet = "ab,\"\n\r é日🙂;x";
        for (int file = 0; file < 200; file++) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            long line = 1;
            int records = 1 + random.nextInt(30);
            for (int r = 0; r < records; r++) {
                int fields = 1 + random.nextInt(4);
                List<String> values = new ArrayList<>();
                long start = line;
                for (int f = 0; f < fields; f++) {
                    StringBuilder v = new StringBuilder();
                    int n = random.nextInt(6);
                    for (int i = 0; i < n; i++) {
                        v.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                                random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                    }
                    String value = v.toString();
                    if (fields == 1 && value.isEmpty()) {
                        value = "x";
                    }
                    values.add(value);
                    boolean quote = random.nextBoolean() || value.matches("(?s).*[,\"\n\r].*");
                    if (f > 0) {
                        text.append(',');
                    }
                    if (quote) {
                        text.append('"').append(value.replace("\"", "\"\"")).append('"');
                        line += value.replace("\r\n", "\n").chars()
                                .filter(c -> c == '\n' || c == '\r').count();
                    } else {
                        text.append(value);
                    }
                }
                text.append(new String[] {"\n", "\r\n", "\r"}[random.nextInt(3)]);
                line++;
                expected.add(start + " " + values);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(expected, read(bytes, null, false), text.toString());
            assertEquals(expected, read(bytes, null, true), text.toString());
        }
    }

    @Test
    void aSlice_startsAtItsLine() throws IOException {
        try (CsvSource csv = new CsvSource(new ByteArrayInputStream(
                "\uFEFF1,2\n".getBytes(StandardCharsets.UTF_8)), ',', 41)) {
            csv.next();
            assertEquals(41, csv.line());
            assertEquals("\uFEFF1", csv.field(0));
            assertNull(csv.error());
        }
    }

    @Test
    void fields_areByteRangesOfTheBuffer() throws IOException {
        try (CsvSource csv = new CsvSource(new ByteArrayInputStream(
                "ab,\"c\"\"d\",é\n".getBytes(StandardCharsets.UTF_8)), ',')) {
            csv.next();
            assertEquals("ab", new String(csv.buffer(), csv.fieldStart(0),
                    csv.fieldEnd(0) - csv.fieldStart(0), StandardCharsets.UTF_8));
            assertEquals("c\"\"d", new String(csv.buffer(), csv.fieldStart(1),
                    csv.fieldEnd(1) - csv.fieldStart(1), StandardCharsets.UTF_8));
            assertEquals(true, csv.hasEscapedQuotes(1));
            assertEquals("c\"d", csv.field(1));
            assertEquals(2, csv.fieldEnd(2) - csv.fieldStart(2));
        }
    }

    /** Returns the bytes of a string whose chars are bytes (ISO-8859-1). */
    private static byte[] bytes(String latin1) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : latin1.toCharArray()) {
            if (c > 0xFF) {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** A stream that gives one byte per read, to cross every buffer boundary. */
    private static final class Trickle extends java.io.FilterInputStream {
        Trickle(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
