package io.github.cxmetrics.cli;

import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.cli.input.InputException;
import io.github.cxmetrics.cli.input.InputReader;
import io.github.cxmetrics.cli.report.Renderers;
import io.github.cxmetrics.cli.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A file read in chunks on several threads gives exactly the report of one pass: the same
 * figures, counts, skipped lines and first error, whatever the number of chunks, also when a
 * chunk starts inside a quoted field that spans lines (the boundary check then reads on in
 * order).
 */
class ChunkedReadTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        Cli.Run run = Cli.run("generate", "--customers", "200", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void generatedFiles_giveTheReportOfOnePass() {
        String[] args = {"report", "--responses", file("responses.csv"), "--interactions",
            file("interactions.csv"), "--customers", file("customers.csv"), "--purchases",
            file("purchases.csv"), "--calendar", "mon-fri 09:00-18:00"};
        String onePass = report(args, 1);
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(onePass, report(args, threads), threads + " threads");
        }
    }

    @Test
    void goldenFiles_giveTheReportOfOnePass() {
        List<String> args = new ArrayList<>(ReportGoldenTest.ARGS);
        String onePass = report(args.toArray(String[]::new), 1);
        for (int threads = 2; threads <= 8; threads++) {
            assertEquals(onePass, report(args.toArray(String[]::new), threads));
        }
    }

    @Test
    void filesWithBadRowsEmptyLinesAndQuotedLineBreaks_giveTheReportOrErrorOfOnePass() {
        qt(40).forAll(longs().all(), integers().between(2, 8), integers().between(0, 1))
                .checkAssert((seed, threads, lenient) -> {
                    Path path = dir.resolve("responses-" + seed + ".csv");
                    write(path, new Random(seed));
                    List<String> args = new ArrayList<>(List.of("report", "--responses",
                            path.toString()));
                    if (lenient == 1) {
                        args.add("--lenient");
                    }
                    String[] a = args.toArray(String[]::new);
                    assertEquals(outcome(a, 1), outcome(a, threads), path + " " + threads);
                });
    }

    @Test
    void theFirstErrorInTheFile_isReported() throws IOException {
        Path path = dir.resolve("two-errors.csv");
        StringBuilder csv = new StringBuilder("customer_id,question,score,answered_at,channel\n");
        for (int i = 0; i < 400; i++) {
            csv.append("c").append(i).append(",nps,").append(i == 150 || i == 350 ? 11 : 7)
                    .append(",2024-01-02T03:04:05Z,email\n");
        }
        Files.writeString(path, csv);
        String[] args = {"report", "--responses", path.toString()};
        InputException e = assertThrows(InputException.class, () -> report(args, 4));
        assertEquals(path + ":152: score must be in [0, 10]: 11 (question 'nps')",
                e.getMessage());
    }

    private static String outcome(String[] args, int threads) {
        try {
            return report(args, threads);
        } catch (InputException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Writes responses with bad rows, empty lines, CRLF and quoted fields with line breaks. */
    private static void write(Path path, Random random) {
        StringBuilder csv = new StringBuilder("customer_id,question,score,answered_at,channel,"
                + "comment\n");
        int rows = 20 + random.nextInt(200);
        for (int i = 0; i < rows; i++) {
            int kind = random.nextInt(20);
            String end = random.nextInt(5) == 0 ? "\r\n" : "\n";
            String score = kind == 0 ? "11" : Integer.toString(random.nextInt(11));
            String time = kind == 1 ? "2024-13-02T03:04:05Z"
                    : "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                            + "T03:04:05Z";
            String comment = switch (kind) {
                case 2 -> "\"two\nlines, and\n\"\"more\"\"\"";
                case 3 -> "\"a\r\nb\"";
                case 4 -> "\"unclosed";
                default -> "fine";
            };
            if (kind == 5) {
                csv.append(end);
            }
            if (kind == 6) {
                csv.append("c").append(i).append(",nps,").append(score).append(end);
                continue;
            }
            csv.append("c").append(random.nextInt(50)).append(',')
                    .append(random.nextBoolean() ? "nps" : "csat").append(',')
                    .append(random.nextInt(4) == 0 ? "" : score).append(',').append(time)
                    .append(',').append(random.nextBoolean() ? "email" : "chat").append(',')
                    .append(comment).append(end);
        }
        try {
            Files.writeString(path, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }

    /** The report as JSON, each large enough file read by up to {@code threads} threads. */
    private static String report(String[] args, int threads) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8);
        CommandLine commandLine = ReportCommand.commandLine(sink, sink);
        commandLine.parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
        ReportCommand command = commandLine.getCommand();
        ReportRunner runner = new ReportRunner(command.config(), command.sections(), sink);
        Report report = runner.run(new InputReader(command.config().read(), sink, threads, 1));
        StringWriter json = new StringWriter();
        try {
            Renderers.of("json").render(report, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toString();
    }
}
