package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON schema and the text and CSV layouts are stable: the report of a fixed input equals the
 * golden files in {@code src/test/resources/golden} byte for byte. A deliberate change of the
 * JSON schema changes {@link Report#SCHEMA}, the golden file and docs/cli.md together.
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final String INPUT = "src/test/resources/golden/responses.csv";

    @ParameterizedTest
    @CsvSource({"json, report.json", "text, report.txt", "csv, report.csv"})
    void report_equalsTheGoldenFile(String format, String golden) throws IOException {
        Cli.Run run = Cli.run("report", "--responses", INPUT, "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8), run.out());
    }
}
