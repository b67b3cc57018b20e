package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON schema and the text layout are stable: the report of a fixed input equals the golden
 * files in {@code src/test/resources/golden} byte for byte. A deliberate change of the schema
 * changes {@link Report#SCHEMA} and the golden file together (and docs/cli.md).
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final String INPUT = "src/test/resources/golden/responses.csv";

    @Test
    void json_equalsTheGoldenFile() throws IOException {
        Cli.Run run = Cli.run("report", "--responses", INPUT, "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(GOLDEN.resolve("report.json"), StandardCharsets.UTF_8),
                run.out());
    }

    @Test
    void text_equalsTheGoldenFile() throws IOException {
        Cli.Run run = Cli.run("report", "--responses", INPUT);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(GOLDEN.resolve("report.txt"), StandardCharsets.UTF_8),
                run.out());
    }

    @Test
    void csv_equalsTheGoldenFile() throws IOException {
        Cli.Run run = Cli.run("report", "--responses", INPUT, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(GOLDEN.resolve("report.csv"), StandardCharsets.UTF_8),
                run.out());
    }
}
