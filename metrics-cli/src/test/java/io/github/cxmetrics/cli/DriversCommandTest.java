package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cxmetrics drivers}: the golden outputs of the worked dataset of docs/drivers.md (its
 * R², relative weights and Shapley values are checked against numpy in metrics-core's
 * DriverCalculatorTest), the options and the errors.
 */
class DriversCommandTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "drivers");
    private static final String INPUT = "src/test/resources/drivers/";
    static final List<String> ARGS = List.of("drivers", "--responses", INPUT + "responses.csv",
            "--drivers", "price,quality,support", "--customers", INPUT + "customers.csv",
            "--purchases", INPUT + "purchases.csv", "--to", "2024-04-30");

    @TempDir
    Path dir;

    private static Cli.Run run(String... more) {
        return Cli.run(ARGS, more);
    }

    @ParameterizedTest
    @CsvSource({"text, drivers.txt", "json, drivers.json", "csv, drivers.csv"})
    void drivers_equalsTheGoldenFile(String format, String golden) throws IOException {
        Cli.Run run = run("--resamples", "200", "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8), run.out());
    }

    @Test
    void goldenValues_areTheLibrarysWorkedExample() {
        Cli.Run run = run("--resamples", "200", "--format", "csv");
        assertEquals("0.809496", run.row("drivers.model", "outcome", "nps").get("r_squared"));
        Map<String, String> support = run.row("drivers.importance", "driver", "support");
        assertEquals("0.3718", support.get("relative_weight"));
        assertEquals("0.376216", support.get("shapley"));
        assertEquals("key strength", support.get("quadrant"));
        assertEquals("1", run.row("drivers.model", "outcome", "nps").get("incomplete"));
        assertEquals("-50", run.row("drivers.band_tests", "driver", "support",
                "measure", "churn % (positive - negative)").get("difference"));
    }

    @Test
    void options_pairwiseNoShapleyThresholdScaleAndLevel() {
        Cli.Run run = run("--format", "csv", "--missing", "pairwise", "--no-shapley",
                "--performance-threshold", "57", "--scale", "support=five-point",
                "--level", "0.9", "--resamples", "0");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> support = run.row("drivers.importance", "driver", "support");
        assertEquals("", support.get("shapley"));
        assertEquals("", support.get("relative_weight_ci_lower"));
        assertEquals("key weakness", support.get("quadrant"));
        Map<String, String> model = run.row("drivers.model", "outcome", "nps");
        assertEquals("0", model.get("incomplete"));
        assertEquals("20", model.get("n"));
        assertTrue(run.out().contains("parameters,missing,pairwise\n"), run.out());
        assertTrue(run.out().contains(",pearson_ci_lower,"), run.out());
    }

    @Test
    void sample_analysesNpsAgainstTheSampleDrivers() {
        Cli.Run run = Cli.run("drivers", "--sample", "--resamples", "50", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(3, run.table("drivers.importance").size());
        assertEquals(List.of("csat", "ces", "csi").stream().sorted().toList(),
                run.table("drivers.performance").stream().map(r -> r.get("driver")).sorted()
                        .toList());
        assertTrue(run.table("drivers.band_tests").size() == 6);
    }

    private void assertUsageError(Cli.Run run, String message) {
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("cxmetrics: " + message + "\nUsage: cxmetrics drivers"),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void usageErrors_sayWhatIsWrong() {
        assertUsageError(Cli.run("drivers", "--responses", INPUT + "responses.csv"),
                "--drivers is required: the driver questions, such as --drivers"
                        + " price,quality,support");
        assertUsageError(Cli.run("drivers", "--drivers", "a"), "no input: give --responses"
                + " (and --customers with --purchases for churn and value by band), or --sample");
        assertUsageError(run("--missing", "some"), "--missing must be listwise or pairwise: some");
        assertUsageError(run("--scale", "price=ten"), "--scale: unknown scale 'ten' (five-point,"
                + " seven-point, three-point or good-bad)");
        assertUsageError(run("--scale", "other=nps"), "--scale names a question that is neither"
                + " the outcome nor a driver: other");
        assertUsageError(run("--resamples", "-1"), "--resamples must be in [0, 100000]: -1");
        assertUsageError(run("--performance-threshold", "120"),
                "--performance-threshold must be in [0, 100]: 120.0");
        assertUsageError(run("--outcome", "price"), "--drivers: question is already the"
                + " outcome: price");
        assertUsageError(Cli.run("drivers", "--sample", "--responses", "x.csv"),
                "--sample cannot be combined with input files");
        assertUsageError(Cli.run("drivers", "--responses", INPUT + "responses.csv", "--drivers",
                "price", "--customers", INPUT + "customers.csv"),
                "--customers and --purchases go together");
    }

    @Test
    void dataThatCannotBeAnalysed_isAnInputError() throws IOException {
        Path responses = Cli.write(dir, "responses.csv",
                "customer_id,question,score,answered_at,channel",
                "a,nps,9,2024-01-05T10:00:00Z,email", "a,price,3,2024-01-05T10:00:00Z,email",
                "b,nps,5,2024-01-05T10:00:00Z,email", "b,price,3,2024-01-05T10:00:00Z,email",
                "c,nps,7,2024-01-05T10:00:00Z,email", "c,price,3,2024-01-05T10:00:00Z,email",
                "d,nps,2,2024-01-05T10:00:00Z,email", "d,price,3,2024-01-05T10:00:00Z,email",
                "e,nps,8,2024-01-05T10:00:00Z,email", "e,price,9,2024-01-05T10:00:00Z,email");
        Cli.Run constant = Cli.run("drivers", "--responses", responses.toString(), "--drivers",
                "price", "--lenient");
        assertEquals(ExitCodes.INPUT, constant.exitCode(), constant.err());
        assertEquals("cxmetrics: " + responses + ": price has no variance among the 4"
                + " respondents: every answer is 3\n", constant.err());
        Cli.Run strict = Cli.run("drivers", "--responses", responses.toString(), "--drivers",
                "price");
        assertEquals(ExitCodes.INPUT, strict.exitCode(), strict.err());
        assertTrue(strict.err().startsWith("cxmetrics: " + responses + ":11: score must be in"
                + " [1, 5]: "), strict.err());
    }
}
