package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON schema and the text and CSV layouts are stable: the report of fixed inputs (every
 * section, business time included) equals the golden files in {@code src/test/resources/golden}
 * byte for byte. A deliberate change of the JSON schema changes the golden files and docs/cli.md
 * together, and {@link Report#SCHEMA} when it is not compatible (docs/cli.md says which changes
 * are). To regenerate them after such a change, run the command of {@link #ARGS} with each
 * format from {@code metrics-cli}.
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final String INPUT = "src/test/resources/golden/";
    /** The report of the golden files: every section, as of the end of June, in business time. */
    static final List<String> ARGS = List.of("report", "--responses", INPUT + "responses.csv",
            "--interactions", INPUT + "interactions.csv", "--customers", INPUT + "customers.csv",
            "--purchases", INPUT + "purchases.csv", "--to", "2024-06-30", "--calendar",
            "mon-fri 09:00-18:00");

    @ParameterizedTest
    @CsvSource({"json, report.json", "text, report.txt", "csv, report.csv"})
    void report_equalsTheGoldenFile(String format, String golden) throws IOException {
        List<String> args = new ArrayList<>(ARGS);
        args.addAll(List.of("--format", format));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8), run.out());
    }
}
