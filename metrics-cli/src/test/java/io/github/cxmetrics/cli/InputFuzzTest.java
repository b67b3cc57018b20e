package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cxmetrics.cli.input.CustomerBook;
import io.github.cxmetrics.cli.input.CustomersInput;
import io.github.cxmetrics.cli.input.InputException;
import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.InputReader;
import io.github.cxmetrics.cli.input.InputStats;
import io.github.cxmetrics.cli.input.InteractionsInput;
import io.github.cxmetrics.cli.input.PurchasesInput;
import io.github.cxmetrics.cli.input.ReadOptions;
import io.github.cxmetrics.cli.input.ResponsesInput;
import io.github.cxmetrics.cli.input.ResponsesOptions;
import io.github.cxmetrics.cli.input.TimeParser;
import io.github.cxmetrics.cli.section.SurveyConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile files, as a fuzzer writes them: seeded mutations of the golden inputs (bytes flipped,
 * inserted and cut, stray quotes and delimiters, control characters and invalid UTF-8, lines
 * duplicated and dropped, hostile values in random cells, headers renamed), run in-process
 * strictly and leniently. Every outcome is exit 0 with counts that add up, or exit 2 with
 * {@code FILE:LINE: reason}; never exit 1 or 3, a stack trace or a hang.
 *
 * <p>Two tests: thousands of files of each kind through the reader and the row parsers (where
 * hostile bytes are handled), and a hundred and more of each through the whole command (where
 * hostile values meet the sections). The run is seeded ({@code -Dfuzz.seed=N} replays one,
 * {@code -Dfuzz.runs=N} and {@code -Dfuzz.reports=N} run more), and the same inputs run on any
 * machine, however fast: a hang fails the test through its {@link Timeout}. A failing input is written to
 * {@code target/fuzz-failures/}; it belongs then in {@code src/test/resources/fuzz/}, whose every
 * file {@link #corpus} replays.
 */
class InputFuzzTest {

    private static final int RUNS = Integer.getInteger("fuzz.runs", 2_000);
    private static final int REPORTS = Integer.getInteger("fuzz.reports", 150);
    private static final long SEED = Long.getLong("fuzz.seed", 13L);
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final Path CORPUS = Path.of("src", "test", "resources", "fuzz");
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static final List<String> KINDS = List.of("responses", "interactions", "customers",
            "purchases");

    /** Values a hostile export puts in cells. */
    private static final List<String> HOSTILE = List.of("", " ", "\"", "\"\"", "\"smb", "x\"y",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+1000000-01-01T00:00:00Z",
            "0001-01-01", "9999-12-31T23:59:59Z", "2024-02-30T00:00:00Z", "2024-04-01T25:00:00Z",
            "1e999999999", "1e-999999999", "1e155", "1e-400", "0x1p3", "1f", "NaN", "Infinity",
            "-1", "+9", "\u0669", "\uFF19", "9.0", "99999999999999999999", "-0", "1e18",
            "2147483648", "1000000001", "\u0000", "\u001B", "\uFEFF", "EURO", "usd", "eur",
            "\u00e9\u65e5\ud83d\ude42", "x".repeat(300), "a,b", "\r", "\n", "c1", "c2", "t1");

    private static final byte[][] BYTES = {
        {'"'}, {','}, {'\n'}, {'\r'}, {'\r', '\n'}, {0}, {(byte) 0xFF}, {(byte) 0xC3},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {'9'}, {'-'},
        {'+'}, {'e'}, {' '}, {';'}, {'\t'}, {'x'}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    };

    /** {@code cxmetrics: FILE:LINE: reason} or, for a whole file, {@code cxmetrics: FILE: reason}. */
    private static final Pattern INPUT_ERROR = Pattern.compile(
            "cxmetrics: [^\\n]+?\\.csv(:[1-9][0-9]*)?: [a-z'(\\-0-9A-Z][^\\n]*\\n");

    @TempDir
    Path dir;

    /**
     * The reader and the row parsers on thousands of mutated files of each kind: every file is
     * read to its end with counts that add up (lenient), or stops at a clear {@code FILE:LINE}
     * error (strict, or a bad header).
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void reading_mutatedFiles_endsInCountsThatAddUpOrAClearError() throws IOException {
        Random random = new Random(SEED);
        int done = 0;
        for (int run = 0; run < RUNS * KINDS.size(); run++) {
            String kind = KINDS.get(run % KINDS.size());
            byte[] input = mutate(Files.readAllBytes(GOLDEN.resolve(kind + ".csv")), random);
            String failure = read(kind, input, random.nextBoolean());
            if (failure != null) {
                fail(save(kind, "read", run, input, failure));
            }
            done++;
        }
        System.out.println("InputFuzzTest: " + done + " mutated files read, seed " + SEED);
    }

    /**
     * The whole command on mutated files of each kind, with business hours and daily periods
     * at times: a report whose counts add up, or exit 2 with {@code FILE:LINE: reason}.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void report_mutatedFiles_endsInAReportOrAClearError() throws IOException {
        Random random = new Random(SEED + 1);
        int done = 0;
        for (int run = 0; run < REPORTS * KINDS.size(); run++) {
            String kind = KINDS.get(run % KINDS.size());
            byte[] input = mutate(Files.readAllBytes(GOLDEN.resolve(kind + ".csv")), random);
            List<String> options = new ArrayList<>();
            if (random.nextBoolean()) {
                options.add("--lenient");
            }
            if (random.nextInt(3) == 0) {
                options.addAll(List.of("--calendar", "mon-fri 09:00-18:00"));
            }
            if (random.nextInt(4) == 0) {
                options.addAll(List.of("--period", random.nextBoolean() ? "day" : "year"));
            }
            String failure = check(kind, input, options);
            if (failure != null) {
                fail(save(kind, "report", run, input, failure + "\noptions " + options));
            }
            done++;
        }
        System.out.println("InputFuzzTest: " + done + " reports on mutated files, seed " + SEED);
    }

    /** Writes a failing input to {@link #FAILURES} and returns the failure with its file. */
    private static String save(String kind, String test, int run, byte[] input, String failure)
            throws IOException {
        Files.createDirectories(FAILURES);
        Path saved = FAILURES.resolve(kind + "-" + test + "-seed" + SEED + "-run" + run + ".csv");
        Files.write(saved, input);
        return failure + "\ninput saved to " + saved;
    }

    /**
     * Reads one hostile file of {@code kind} with the report's reader and parser (purchases
     * against the golden customers) and returns what is wrong with the outcome, or null.
     */
    private String read(String kind, byte[] input, boolean lenient) throws IOException {
        Path hostile = dir.resolve(kind + ".csv");
        Files.write(hostile, input);
        ReadOptions options = new ReadOptions(lenient, ',', Map.of(),
                new TimeParser(ZoneOffset.UTC, null), null, null, false);
        InputReader reader = new InputReader(options, System.err);
        CustomerBook book = new CustomerBook();
        InputStats stats;
        try {
            if (kind.equals("purchases")) {
                reader.read(InputFile.of(GOLDEN.resolve("customers.csv"), "--customers"),
                        InputKind.CUSTOMERS, new CustomersInput(book, null), book::add);
            }
            InputFile file = InputFile.of(hostile, "--" + kind);
            stats = switch (kind) {
                case "responses" -> reader.read(file, InputKind.RESPONSES,
                        new ResponsesInput("channel", SurveyConfig.defaults(),
                                ResponsesOptions.defaults()), r -> { });
                case "interactions" -> reader.read(file, InputKind.INTERACTIONS,
                        InteractionsInput.INSTANCE, i -> { });
                case "customers" -> reader.read(file, InputKind.CUSTOMERS,
                        new CustomersInput(book, null), book::add);
                default -> reader.read(file, InputKind.PURCHASES,
                        new PurchasesInput(book, null), book::add);
            };
        } catch (InputException e) {
            String message = "cxmetrics: " + e.getMessage() + "\n";
            return INPUT_ERROR.matcher(message).matches() ? null
                    : "an error without FILE:LINE: reason: " + e.getMessage();
        } catch (RuntimeException e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return "an exception: " + trace;
        }
        if (stats.rows() != stats.used() + stats.outsideWindow() + stats.skippedTotal()) {
            return "counts do not add up: rows " + stats.rows() + ", used " + stats.used()
                    + ", outside " + stats.outsideWindow() + ", skipped " + stats.skippedTotal();
        }
        if (stats.rows() > lines(input) - 1) {
            return "more rows (" + stats.rows() + ") than lines";
        }
        if (!lenient && stats.skippedTotal() > 0) {
            return "rows skipped in a strict run";
        }
        return null;
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList().stream();
        }
    }

    /** Every input that once failed, strictly and leniently, in calendar and business time. */
    @ParameterizedTest
    @MethodSource("corpus")
    void corpus_endsInAReportOrAClearError(Path file) throws IOException {
        String name = file.getFileName().toString();
        String kind = name.substring(0, name.indexOf('-'));
        assertTrue(KINDS.contains(kind), name + " must start with the kind of file and '-'");
        byte[] input = Files.readAllBytes(file);
        for (List<String> options : List.of(List.<String>of(), List.of("--lenient"),
                List.of("--lenient", "--calendar", "mon-fri 09:00-18:00", "--period", "day"))) {
            String failure = check(kind, input, options);
            assertEquals(null, failure, name + " " + options);
        }
    }

    /**
     * Runs the report on one hostile file of {@code kind} (customers and purchases with the
     * golden other one) and returns what is wrong with the outcome, or null.
     */
    private String check(String kind, byte[] input, List<String> options) throws IOException {
        Path hostile = dir.resolve(kind + ".csv");
        Files.write(hostile, input);
        List<String> args = new ArrayList<>(List.of("report", "--format", "csv", "--to",
                "2024-07-01"));
        if (kind.equals("customers") || kind.equals("purchases")) {
            String other = kind.equals("customers") ? "purchases" : "customers";
            args.addAll(List.of("--" + kind, hostile.toString(), "--" + other,
                    GOLDEN.resolve(other + ".csv").toString()));
        } else {
            args.addAll(List.of("--" + kind, hostile.toString()));
        }
        args.addAll(options);
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        if (run.err().contains("\tat ") || run.err().contains("internal error")) {
            return "a stack trace:\n" + run.err();
        }
        if (run.exitCode() == ExitCodes.INPUT) {
            return INPUT_ERROR.matcher(run.err()).matches() ? null
                    : "exit 2 without FILE:LINE: reason:\n" + run.err();
        }
        if (run.exitCode() != ExitCodes.OK) {
            return "exit " + run.exitCode() + ":\n" + run.err();
        }
        List<Map<String, String>> files = run.table("input.files");
        if (files.isEmpty()) {
            return "no input table:\n" + run.out();
        }
        for (Map<String, String> row : files) {
            long rows = Long.parseLong(row.get("rows"));
            long used = Long.parseLong(row.get("used"));
            long outside = Long.parseLong(row.get("outside_window"));
            long skipped = Long.parseLong(row.get("skipped"));
            if (rows != used + outside + skipped) {
                return "counts do not add up: " + row;
            }
            if (row.get("file").equals(hostile.toString()) && rows > lines(input) - 1) {
                return "more rows than lines: " + row;
            }
            if (skipped > 0 && !options.contains("--lenient")) {
                return "rows skipped in a strict run: " + row;
            }
        }
        return null;
    }

    /** Returns the number of non-empty physical lines (LF, CRLF or CR). */
    private static long lines(byte[] bytes) {
        long lines = 0;
        boolean content = false;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                lines += content ? 1 : 0;
                content = false;
            } else {
                content = true;
            }
        }
        return lines + (content ? 1 : 0);
    }

    /** Returns the file with one to four random mutations. */
    static byte[] mutate(byte[] file, Random random) {
        byte[] out = file;
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            out = mutateOnce(out, random);
        }
        return out;
    }

    private static byte[] mutateOnce(byte[] file, Random random) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(9)) {
            case 0, 1 -> {
                // A hostile value in a random cell.
                String[] cells = lines.get(line).split(",", -1);
                cells[random.nextInt(cells.length)] = latin1(HOSTILE.get(
                        random.nextInt(HOSTILE.size())));
                lines.set(line, String.join(",", cells));
            }
            case 2 -> {
                // A hostile byte sequence somewhere.
                int at = random.nextInt(file.length + 1);
                byte[] b = BYTES[random.nextInt(BYTES.length)];
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.write(file, 0, at);
                o.writeBytes(b);
                o.write(file, at, file.length - at);
                return o.toByteArray();
            }
            case 3 -> {
                // A byte cut or replaced.
                if (file.length == 0) {
                    return file;
                }
                int at = random.nextInt(file.length);
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.write(file, 0, at);
                if (random.nextBoolean()) {
                    o.write(random.nextInt(256));
                }
                o.write(file, at + 1, file.length - at - 1);
                return o.toByteArray();
            }
            case 4 -> lines.add(line, lines.get(random.nextInt(lines.size())));
            case 5 -> lines.remove(line);
            case 6 -> {
                // The header: a column renamed, case-changed, duplicated or dropped.
                String[] cells = lines.get(0).split(",", -1);
                int c = random.nextInt(cells.length);
                cells[c] = switch (random.nextInt(4)) {
                    case 0 -> cells[c] + "s";
                    case 1 -> cells[c].toUpperCase(java.util.Locale.ROOT);
                    case 2 -> cells[c] + "," + cells[c].toUpperCase(java.util.Locale.ROOT);
                    default -> "extra";
                };
                lines.set(0, String.join(",", cells));
            }
            case 7 -> {
                // The file cut short.
                return java.util.Arrays.copyOf(file, random.nextInt(file.length + 1));
            }
            default -> {
                // A very wide row.
                lines.add(line, ",".repeat(random.nextInt(20_000)));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Returns a string whose chars are the UTF-8 bytes of {@code s}, for byte-wise editing. */
    private static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
