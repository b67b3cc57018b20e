package io.github.cxmetrics.cli.input;

import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A CSV row read from the bytes of its cells gives the values and the errors of the same cells
 * read as text: times, integers, counts, durations and amounts, for random cells that are
 * valid, broken, padded with blanks, quoted with doubled quotes or not ASCII.
 */
class RowBytesTest {

    private static final List<String> INTERACTIONS = List.of("id", "customer_id", "channel",
            "opened_at", "first_reply_at", "reopens", "talk_seconds");
    private static final List<String> PURCHASES = List.of("customer_id", "at", "amount",
            "currency");
    private static final List<String> RESPONSES = List.of("customer_id", "question", "score",
            "answered_at", "channel");
    private static final TimeParser TIMES = new TimeParser(ZoneId.of("Europe/Berlin"), null);

    @Test
    void bytesAndTextAgree() {
        qt(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            agree(InputKind.INTERACTIONS, INTERACTIONS, new String[] {"T1", "C1", "email",
                time(r), time(r), number(r), number(r)},
                    row -> row.instant("opened_at"), row -> row.optionalInstant("first_reply_at"),
                    row -> row.optionalCount("reopens"), row -> row.optionalSeconds("talk_seconds"),
                    row -> row.optionalNonNegative("reopens"));
            agree(InputKind.PURCHASES, PURCHASES, new String[] {"C1", time(r), number(r), "EUR"},
                    row -> row.instant("at"), row -> row.decimal("amount"),
                    row -> row.optionalDecimal("amount"));
            agree(InputKind.RESPONSES, RESPONSES, new String[] {"C1", label(r), number(r), time(r),
                label(r)}, row -> row.integer("score"), row -> row.instant("answered_at"),
                    row -> row.isEmpty("score"), row -> row.isEmpty("question"),
                    row -> twice(row, () -> row.label("question"), () -> row.text("question")),
                    row -> twice(row, () -> row.optionalLabel("channel"),
                            () -> row.optionalText("channel")));
        });
    }

    /**
     * Rows read one after another by one {@link Row}, whose cells often repeat those of the row
     * before (a customer's answers), give what each row read alone gives: the values read once
     * per run, the attributes, and scores of plain digits read from their bytes as
     * {@link ScoreLabels} reads their text.
     */
    @Test
    void rowsInRunsGiveTheValuesOfEachRow() {
        List<String> header = List.of("customer_id", "question", "score", "answered_at",
                "channel", "segment", "plan");
        ScoreLabels labels = ScoreLabels.defaults();
        qt(1_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<String[]> rows = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
                String[] cells = {label(r), label(r), number(r), time(r), label(r), label(r),
                    label(r)};
                for (int j = 0; i > 0 && j < cells.length; j++) {
                    if (r.nextInt(3) > 0) {
                        cells[j] = rows.get(i - 1)[j];
                    }
                }
                rows.add(cells);
            }
            CsvSource source = csvSource(header, rows);
            Row bytes = new Row(new Header("f.csv", InputKind.RESPONSES, header, Map.of(), ','),
                    TIMES);
            bytes.reset(source);
            for (String[] cells : rows) {
                next(source);
                Row text = textRow(InputKind.RESPONSES, header, cells);
                for (Function<Row, Object> getter : List.<Function<Row, Object>>of(
                        row -> row.text("customer_id"), row -> row.label("question"),
                        row -> row.instant("answered_at"),
                        row -> row.optionalInstant("answered_at"),
                        row -> new TreeMap<>(row.attributes()))) {
                    assertEquals(outcome(text, getter), outcome(bytes, getter),
                            () -> String.join(" | ", cells));
                }
                int plain = bytes.plainIntegerAt(2);
                if (plain != Row.NOT_PLAIN_INTEGER) {
                    assertEquals(outcome(text, row -> labels.read(row.cellAt(2), null, false)),
                            String.valueOf(plain), cells[2]);
                }
            }
        });
    }

    @SafeVarargs
    private static void agree(InputKind kind, List<String> header, String[] cells,
            Function<Row, Object>... getters) {
        Row bytes = csvRow(kind, header, cells);
        Row text = textRow(kind, header, cells);
        for (Function<Row, Object> getter : getters) {
            assertEquals(outcome(text, getter), outcome(bytes, getter),
                    () -> String.join(" | ", cells));
        }
    }

    /** A label twice (the second one from the cache), and the text, which must be equal. */
    private static Object twice(Row row, java.util.function.Supplier<String> label,
            java.util.function.Supplier<String> text) {
        String first = label.get();
        String second = label.get();
        assertEquals(first, second);
        assertEquals(text.get(), second);
        return second;
    }

    private static String label(Random r) {
        return pad(r, pick(r, "nps", "csat", "", "cli_recommend", "web", "\"x\"", "Ümlaut",
                "a,b", "e\u0301"));
    }

    private static Object outcome(Row row, Function<Row, Object> getter) {
        try {
            Object value = getter.apply(row);
            // BigDecimal.equals compares the scale too: 1.0 is not 1.00.
            return String.valueOf(value) + (value instanceof java.math.BigDecimal d
                    ? " scale " + d.scale() : "");
        } catch (RowException e) {
            return e.reason() + ": " + e.describe();
        }
    }

    private static Row textRow(InputKind kind, List<String> header, String[] cells) {
        Row row = new Row(new Header("f.csv", kind, header, Map.of(), ','),
                TIMES);
        row.reset(new RowTest.Fields(List.of(cells), 2));
        return row;
    }

    private static Row csvRow(InputKind kind, List<String> header, String[] cells) {
        CsvSource source = csvSource(header, List.<String[]>of(cells));
        next(source);
        Row row = new Row(new Header("f.csv", kind, header, Map.of(), ','), TIMES);
        row.reset(source);
        return row;
    }

    /** A CSV source of the rows, after its header. */
    private static CsvSource csvSource(List<String> header, List<String[]> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (String[] cells : rows) {
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i];
                boolean quote = cell.indexOf('"') >= 0 || cell.indexOf(',') >= 0
                        || cell.length() % 7 == 3;
                csv.append(i == 0 ? "" : ",")
                        .append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            csv.append('\n');
        }
        CsvSource source = new CsvSource(new ByteArrayInputStream(
                csv.toString().getBytes(StandardCharsets.UTF_8)), ',');
        next(source);
        source.header(header);
        return source;
    }

    /** Moves to the next record, which must be there and read without an error. */
    private static void next(CsvSource source) {
        try {
            if (!source.next()) {
                throw new AssertionError("no more records");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (source.error() != null) {
            throw new AssertionError(source.error().describe());
        }
    }

    private static String time(Random r) {
        String t = switch (r.nextInt(6)) {
            case 0 -> "";
            case 1 -> "2024-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + " 0" + r.nextInt(10)
                    + ":3" + r.nextInt(10);
            case 2 -> "1899-12-31T23:59:59Z";
            case 3 -> "2200-12-31T23:59:59.5-01:00";
            case 4 -> TimeScannerTest.isoLike(r);
            default -> "2023-05-31T05:46:1" + r.nextInt(10) + "Z";
        };
        return pad(r, t);
    }

    private static String number(Random r) {
        String n = switch (r.nextInt(8)) {
            case 0 -> "";
            case 1 -> String.valueOf(r.nextInt(1000) - 500);
            case 2 -> (r.nextBoolean() ? "-" : "") + r.nextInt(1000) + "." + r.nextInt(100);
            case 3 -> pick(r, "1e3", "+5", "0x1p3", "1f", "--1", "1.2.3", ".", "-", "5.", ".5",
                    "00042", "-0", "-0.00", "\u0669", "1 2", "\"3\"");
            case 4 -> "1234567890123456789".substring(0, 1 + r.nextInt(19));
            case 5 -> String.valueOf(r.nextLong());
            case 6 -> "99999999999.9999999";
            default -> String.valueOf(r.nextInt(11));
        };
        return pad(r, n);
    }

    private static String pad(Random r, String s) {
        return switch (r.nextInt(8)) {
            case 0 -> " " + s;
            case 1 -> s + "\t";
            case 2 -> "\u2003" + s;
            case 3 -> s + "\u00a0";
            default -> s;
        };
    }

    private static String pick(Random r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
