package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cxmetrics clv}: the golden outputs of a small customer base
 * ({@code src/test/resources/clv}), the published CDNOW estimates reproduced through the command
 * line (when the CDNOW sample is present), the options and the errors. To regenerate the golden
 * files after a deliberate change, run with {@code -Dcxmetrics.golden.update=true}.
 */
class ClvCommandTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "clv");
    private static final String INPUT = "src/test/resources/clv/";
    private static final boolean UPDATE = Boolean.getBoolean("cxmetrics.golden.update");
    static final List<String> ARGS = List.of("clv", "--customers", INPUT + "customers.csv",
            "--purchases", INPUT + "purchases.csv", "--calibration-end", "2024-09-30",
            "--holdout-end", "2024-12-31");

    @TempDir
    Path dir;

    private static Cli.Run run(String... more) {
        return Cli.run(ARGS, more);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
    }

    @ParameterizedTest
    @CsvSource({"text, clv.txt", "json, clv.json", "csv, clv.csv"})
    void clv_equalsTheGoldenFile(String format, String golden) throws IOException {
        Cli.Run run = run("--format", format);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertGolden(golden, run.out());
    }

    @Test
    void predictions_areWrittenPerCustomer() throws IOException {
        Path file = dir.resolve("predictions.csv");
        Cli.Run run = run("--predictions", file.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertGolden("predictions.csv", written);
        List<String> lines = written.lines().toList();
        assertEquals("customer_id,frequency,recency,age,mean_spend,p_alive,expected_purchases,"
                + "expected_spend,clv", lines.get(0));
        long customers = Long.parseLong(run.row("clv.summary").get("customers"));
        assertEquals(customers, lines.size() - 1);
        double clv = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double alive = Double.parseDouble(cells[5]);
            assertTrue(alive >= 0 && alive <= 1, line);
            clv += Double.parseDouble(cells[8]);
        }
        assertEquals(Double.parseDouble(run.row("clv.totals").get("clv")), clv, 1e-3);
    }

    @Test
    void theHeader_saysTheCommand() {
        Cli.Run run = run();
        assertTrue(run.out().startsWith("cxmetrics clv\n"), run.out());
    }

    @Test
    void models_areOptions() {
        for (String[] m : new String[][] {{"pareto-nbd", "pareto/nbd"}, {"mbg-nbd", "mbg/nbd"}}) {
            Cli.Run run = run("--model", m[0], "--format", "csv");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("clv.diagnostics," + m[1] + ","), run.out());
        }
    }

    @Test
    void withoutAHoldout_theReportSaysHowToAskForOne() {
        Cli.Run run = Cli.run("clv", "--customers", INPUT + "customers.csv", "--purchases",
                INPUT + "purchases.csv");
        assertEquals(0, run.exitCode(), run.err());
        // The calibration ends with the day of the latest purchase, 2024-12-29.
        Cli.Run csv = Cli.run("clv", "--customers", INPUT + "customers.csv", "--purchases",
                INPUT + "purchases.csv", "--format", "csv");
        assertEquals("2024-12-29", csv.row("clv.summary").get("calibration_end"));
        assertTrue(run.out().contains("Give --calibration-end and --holdout-end for a holdout"
                + " check of the model."), run.out());
    }

    @Test
    void spendWithInfiniteMean_leavesTheOneOffBuyersWithoutValue() throws IOException {
        // The bundled sample's spend is heavy-tailed: the Gamma-Gamma q is below 1.
        Path file = dir.resolve("predictions.csv");
        Cli.Run run = Cli.run("clv", "--sample", "--predictions", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Warning: the Gamma-Gamma fit has q = 0.85604 <= 1: the"
                + " population mean spend is infinite, so customers without repeat purchases"
                + " have no expected spend and no CLV (empty), and CLV sums the repeat buyers"
                + " only."), run.out());
        long empty = 0;
        for (String line : Files.readAllLines(file).subList(1, 1 + 1612)) {
            String[] cells = line.split(",", -1);
            assertEquals(cells[1].equals("0"), cells[8].isEmpty(), line);
            empty += cells[8].isEmpty() ? 1 : 0;
        }
        assertEquals(1612 - 1379, empty);
    }

    @Test
    void badOptions_areUsageErrors() {
        for (String[] bad : new String[][] {
                {"--model", "nbd", "--model must be bg-nbd, mbg-nbd or pareto-nbd: nbd"},
                {"--unit", "hours", "--unit must be days, weeks or months: hours"},
                {"--horizon", "0", "--horizon must be in [1, 1200] months: 0"},
                {"--discount-rate", "-1", "--discount-rate must be in [0, 100]: -1.0"},
                {"--holdout-end", "2024-09-01", "--holdout-end must be after --calibration-end:"
                        + " 2024-09-01 is not after 2024-09-30"},
                {"--calibration-end", "30.09.2024", "--calibration-end must be an ISO-8601 date"
                        + " such as 2024-06-30: 30.09.2024"}}) {
            List<String> args = new ArrayList<>(ARGS);
            int at = args.indexOf(bad[0]);
            if (at >= 0) {
                args.set(at + 1, bad[1]);
            } else {
                args.addAll(List.of(bad[0], bad[1]));
            }
            Cli.Run run = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("cxmetrics: " + bad[2] + "\n"), run.err());
        }
        Cli.Run holdoutAlone = Cli.run("clv", "--customers", INPUT + "customers.csv",
                "--purchases", INPUT + "purchases.csv", "--holdout-end", "2024-12-31");
        assertEquals(ExitCodes.USAGE, holdoutAlone.exitCode());
        assertTrue(holdoutAlone.err().startsWith("cxmetrics: --holdout-end needs"
                + " --calibration-end: the holdout is the days after it\n"), holdoutAlone.err());
        Cli.Run noInput = Cli.run("clv", "--customers", INPUT + "customers.csv");
        assertEquals(ExitCodes.USAGE, noInput.exitCode());
        assertTrue(noInput.err().startsWith("cxmetrics: no input: give --customers and"
                + " --purchases, or --sample\n"), noInput.err());
    }

    /**
     * Customers who all keep buying — every few weeks, the last time on the calibration end —
     * show no dropout: the BG/NBD fit is its limit b = infinity, the NBD model, and the report
     * says so instead of failing to predict.
     */
    @Test
    void customersWhoKeepBuying_getTheNoDropoutLimit() throws IOException {
        List<String> customers = new ArrayList<>(List.of("customer_id,acquired_at"));
        List<String> purchases = new ArrayList<>(List.of("customer_id,at,amount,currency"));
        java.time.LocalDate end = java.time.LocalDate.of(2024, 12, 31);
        for (int i = 0; i < 80; i++) {
            java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1).plusDays(i);
            customers.add("c" + i + "," + day);
            for (; day.isBefore(end); day = day.plusDays(7 * (1 + i % 4))) {
                purchases.add("c" + i + "," + day + "T10:00:00Z," + (10 + i % 7) + ",EUR");
            }
            purchases.add("c" + i + "," + end + "T10:00:00Z,12,EUR");
        }
        String[] args = {"clv", "--customers",
            Cli.write(dir, "c.csv", customers.toArray(String[]::new)).toString(),
            "--purchases", Cli.write(dir, "p.csv", purchases.toArray(String[]::new)).toString()};
        Cli.Run text = Cli.run(args);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("The data show no dropout: the bg/nbd fit is at its limit"
                + " b = infinity"), text.out());
        List<String> csv = new ArrayList<>(List.of(args));
        csv.addAll(List.of("--format", "csv"));
        Cli.Run run = Cli.run(csv.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.row("clv.fit", "model", "bg/nbd", "parameter", "b").get("estimate"));
        assertEquals(80, run.number("clv.totals", "expected_alive"), 1e-9);
        assertTrue(run.row("clv.diagnostics", "model", "bg/nbd").get("message")
                .startsWith("no dropout in the data"), run.out());
    }

    @Test
    void dataThatCannotBeFitted_isBadInput() throws IOException {
        Path customers = Cli.write(dir, "c.csv", "customer_id,acquired_at", "a,2024-01-01",
                "b,2024-01-01");
        Path once = Cli.write(dir, "p.csv", "customer_id,at,amount,currency",
                "a,2024-01-02T10:00:00Z,10,EUR", "b,2024-01-03T10:00:00Z,12,EUR");
        Cli.Run run = Cli.run("clv", "--customers", customers.toString(), "--purchases",
                once.toString());
        assertEquals(ExitCodes.INPUT, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + once + ": cannot fit bg/nbd without repeat buyers: none of"
                + " the 2 customers made a repeat purchase\n", run.err());
        Path none = Cli.write(dir, "none.csv", "customer_id,at,amount,currency");
        Cli.Run empty = Cli.run("clv", "--customers", customers.toString(), "--purchases",
                none.toString());
        assertEquals(ExitCodes.INPUT, empty.exitCode(), empty.err());
        assertEquals("cxmetrics: " + none + ": no purchases: a lifetime value model needs"
                + " repeat purchases\n", empty.err());
        Path stranger = Cli.write(dir, "s.csv", "customer_id,at,amount,currency",
                "a,2024-01-02T10:00:00Z,10,EUR", "z,2024-01-03T10:00:00Z,12,EUR");
        Cli.Run unknown = Cli.run("clv", "--customers", customers.toString(), "--purchases",
                stranger.toString());
        assertEquals(ExitCodes.INPUT, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().startsWith("cxmetrics: " + stranger + ":3: "), unknown.err());
    }

    /**
     * The CDNOW sample through the command line: customers and purchases files written from
     * {@code CDNOW_sample.txt}, calibration to 1997-09-30 and holdout to 1998-06-30 in weeks,
     * give the published BG/NBD estimates (Fader, Hardie and Lee 2005: r = 0.243, α = 4.414,
     * a = 0.793, b = 2.426, ℓ = −9582.4), the published Pareto/NBD r = 0.553 and s = 0.606, and
     * the actual 1,882 holdout transactions against about 1,653 expected.
     */
    @Test
    void cdnow_givesThePublishedEstimates() throws IOException {
        Path sample = cdnow();
        assumeTrue(sample != null, "the CDNOW sample is not present");
        Map<String, String> first = new LinkedHashMap<>();
        List<String> purchases = new ArrayList<>();
        for (String line : Files.readAllLines(sample)) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 5) {
                continue;
            }
            String day = f[2].substring(0, 4) + "-" + f[2].substring(4, 6) + "-"
                    + f[2].substring(6, 8);
            first.putIfAbsent(f[0], day);
            purchases.add(f[0] + "," + day + "T12:00:00Z," + f[4] + ",USD");
        }
        Path customers = dir.resolve("customers.csv");
        try (Writer w = Files.newBufferedWriter(customers)) {
            w.write("customer_id,acquired_at\n");
            for (Map.Entry<String, String> e : first.entrySet()) {
                w.write(e.getKey() + "," + e.getValue() + "\n");
            }
        }
        Path bought = dir.resolve("purchases.csv");
        try (Writer w = Files.newBufferedWriter(bought)) {
            w.write("customer_id,at,amount,currency\n");
            for (String p : purchases) {
                w.write(p + "\n");
            }
        }
        Cli.Run run = Cli.run("clv", "--customers", customers.toString(), "--purchases",
                bought.toString(), "--calibration-end", "1997-09-30", "--holdout-end",
                "1998-06-30", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("2357", run.row("clv.summary").get("customers"));
        assertEquals(0.243, run.number("clv.fit", "estimate", "model", "bg/nbd", "parameter",
                "r"), 5e-4);
        assertEquals(4.414, run.number("clv.fit", "estimate", "model", "bg/nbd", "parameter",
                "alpha"), 5e-4);
        assertEquals(0.793, run.number("clv.fit", "estimate", "model", "bg/nbd", "parameter",
                "a"), 5e-4);
        assertEquals(2.426, run.number("clv.fit", "estimate", "model", "bg/nbd", "parameter",
                "b"), 5e-4);
        assertEquals(-9582.4, run.number("clv.diagnostics", "log_likelihood", "model",
                "bg/nbd"), 0.05);
        Map<String, String> holdout = run.row("clv.holdout", "repeat_purchases", "(all)");
        assertEquals(1882.0, Double.parseDouble(holdout.get("actual_total")), 1e-9);
        assertEquals(1653, Double.parseDouble(holdout.get("expected_total")), 1.0);
        Cli.Run pareto = Cli.run("clv", "--customers", customers.toString(), "--purchases",
                bought.toString(), "--calibration-end", "1997-09-30", "--model", "pareto-nbd",
                "--format", "csv");
        assertEquals(0, pareto.exitCode(), pareto.err());
        assertEquals(0.553, pareto.number("clv.fit", "estimate", "model", "pareto/nbd",
                "parameter", "r"), 5e-4);
        assertEquals(0.606, pareto.number("clv.fit", "estimate", "model", "pareto/nbd",
                "parameter", "s"), 5e-4);
    }

    /** Returns the CDNOW sample beside the repository or above it, or null. */
    private static Path cdnow() {
        String property = System.getProperty("cxmetrics.cdnow.dir");
        if (property != null) {
            Path file = Path.of(property, "CDNOW_sample.txt");
            return Files.isRegularFile(file) ? file : null;
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path file = d.resolve("shared/data/cdnow/CDNOW_sample.txt");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }
}
