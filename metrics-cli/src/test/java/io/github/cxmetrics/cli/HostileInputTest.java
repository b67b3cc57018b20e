package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects of issue 13, each with its exact message: what a hostile file did (a silent loss,
 * a crash, a hang, a hidden cause or a silent misread) and what it does now.
 */
class HostileInputTest {

    private static final String RESPONSES = "customer_id,question,score,answered_at,channel,segment";
    private static final String WEIGHTED = "customer_id,question,score,answered_at,channel,weight";
    private static final String INTERACTIONS = "id,customer_id,channel,opened_at,first_reply_at";
    private static final String CUSTOMERS = "customer_id,segment,acquired_at,churned_at,"
            + "acquisition_cost,currency";
    private static final String PURCHASES = "customer_id,at,amount,currency";

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        return Cli.write(dir, name, lines);
    }

    private static void assertInputError(Cli.Run run, String message) {
        assertEquals(ExitCodes.INPUT, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + message + "\n", run.err());
    }

    private static Map<String, String> files(Cli.Run run) {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return run.row("input.files", "input", run.table("input.files").get(0).get("input"));
    }

    private Cli.Run responses(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("report", "--responses", file.toString(),
                "--format", "csv"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void strayOpeningQuote_isABadRowAtItsLine_notTheRestOfTheFile() throws IOException {
        Path f = file("r.csv", RESPONSES, "c1,nps,9,2024-04-02T10:00:00Z,email,\"smb",
                "c2,nps,10,2024-04-02T10:00:00Z,email,smb", "c3,nps,3,2024-04-02T10:00:00Z,chat,");
        assertInputError(responses(f), f + ":2: the quote opening column 'segment' here is not"
                + " closed before the end of the file");
        Map<String, String> counts = files(responses(f, "--lenient"));
        assertEquals("3", counts.get("rows"));
        assertEquals("2", counts.get("used"));
        assertEquals("1", counts.get("skipped"));
    }

    @Test
    void characterAfterAClosingQuote_andTooManyFields_sayWhy_andLenientSkipsThem()
            throws IOException {
        Path f = file("r.csv", RESPONSES, "c1,nps,9,2024-04-02T10:00:00Z,email,\"smb\"x",
                ",".repeat(16_384), "c3,nps,3,2024-04-02T10:00:00Z,chat,");
        assertInputError(responses(f), f + ":2: unexpected character 'x' after the closing quote"
                + " of column 'segment'");
        Cli.Run lenient = responses(f, "--lenient");
        assertEquals("2", files(lenient).get("skipped"));
        assertEquals("cxmetrics: " + f + ": skipped 2 rows (2 malformed row: lines 2, 3)\n",
                lenient.err());
        Path wide = file("w.csv", RESPONSES, ",".repeat(16_384));
        assertInputError(responses(wide), wide + ":2: row has more than 16384 fields");
    }

    @Test
    void hugeWeights_areBadRowsNamingTheWeight() throws IOException {
        Path f = file("r.csv", WEIGHTED, "c1,nps,9,2024-04-02T10:00:00Z,email,1e155",
                "c2,nps,3,2024-04-02T10:00:00Z,email,1e155");
        assertInputError(responses(f),
                f + ":2: weight must be 0 or between 1e-100 and 1e100: 1.0E155");
    }

    @Test
    void timesOutsideThePlausibleYears_areBadRows() throws IOException {
        Path f = file("r.csv", RESPONSES, "c1,nps,9,+999999999-12-31T23:59:59Z,email,",
                "c2,nps,9,-999999999-01-01T00:00:00Z,email,", "c3,nps,9,1899-12-31T23:59:59Z,email,");
        assertInputError(responses(f), f + ":2: answered_at must be in the years 1900 to 2200"
                + " (--plausible-years) (+999999999-12-31T23:59:59Z)");
        Cli.Run lenient = responses(f, "--lenient");
        assertEquals("3", files(lenient).get("skipped"));
        Map<String, String> widened = files(responses(f, "--lenient", "--plausible-years",
                "1800-2200"));
        assertEquals("2", widened.get("skipped"));
        assertEquals("1", widened.get("used"));
    }

    @Test
    void plausibleYears_andTheWindow_areChecked() throws IOException {
        Path f = file("r.csv", RESPONSES, "c1,nps,9,2024-04-02T10:00:00Z,email,");
        Cli.Run bad = responses(f, "--plausible-years", "2200-1900");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().startsWith("cxmetrics: --plausible-years must be FIRST-LAST within"
                + " 1-9999, such as 1900-2200: 2200-1900\n"), bad.err());
        Cli.Run far = responses(f, "--to", "+1000000-01-01");
        assertEquals(ExitCodes.USAGE, far.exitCode());
        assertTrue(far.err().startsWith("cxmetrics: --to must be in the years 1900 to 2200"
                + " (--plausible-years): +1000000-01-01\n"), far.err());
    }

    @Test
    void moneyWithAHugeExponent_isABadRow() throws IOException {
        Path customers = file("c.csv", CUSTOMERS, "c1,smb,2024-01-10,,1e999999999,EUR");
        Path purchases = file("p.csv", PURCHASES, "c1,2024-01-10T12:00:00Z,1e-999999999,EUR");
        Path good = file("c2.csv", CUSTOMERS, "c1,smb,2024-01-10,,100,EUR");
        Path noPurchases = file("p2.csv", PURCHASES);
        assertInputError(Cli.run("report", "--customers", customers.toString(), "--purchases",
                noPurchases.toString()), customers + ":2: acquisition_cost: amount must have at"
                + " most 18 digits before the decimal point and 18 after it: 1E+999999999");
        assertInputError(Cli.run("report", "--customers", good.toString(), "--purchases",
                purchases.toString()), purchases + ":2: amount must have at most 18 digits"
                + " before the decimal point and 18 after it: 1E-999999999");
    }

    @Test
    void customersAcquiredOrChurnedCenturiesAway_areBadRows_notAHang() throws IOException {
        Path customers = file("c.csv", CUSTOMERS, "c1,smb,-999999999-01-01T00:00:00Z,,,",
                "c2,smb,2024-01-10,+1000000-01-01T00:00:00Z,,");
        Path purchases = file("p.csv", PURCHASES);
        Cli.Run lenient = Cli.run("report", "--customers", customers.toString(), "--purchases",
                purchases.toString(), "--lenient");
        assertEquals(ExitCodes.OK, lenient.exitCode(), lenient.err());
        assertEquals("cxmetrics: " + customers + ": skipped 2 rows (2 unparseable time: lines 2,"
                + " 3)\n", lenient.err());
    }

    @Test
    void periodTablesBeyondTheirLimit_areAClearError() throws IOException {
        Path customers = file("c.csv", CUSTOMERS, "c1,smb,1000-01-01,,,",
                "c2,smb,2024-01-10,,,");
        Path purchases = file("p.csv", PURCHASES);
        assertInputError(Cli.run("report", "--customers", customers.toString(), "--purchases",
                purchases.toString(), "--plausible-years", "1000-2200", "--period", "day",
                "--to", "2024-06-30"), customers + ": the periods from 1000-01-01 to 2024-06-30"
                + " are more than a table holds (120000 periods of DAY): the data span too long a"
                + " time; narrow --plausible-years or use a longer --period");
    }

    @Test
    void replyCenturiesLater_inBusinessTime_isFast() throws IOException {
        Path far = file("i.csv", INTERACTIONS, "t1,c1,chat,2024-04-01T10:00:00Z,"
                + "+1000000-01-01T00:00:00Z");
        assertInputError(Cli.run("report", "--interactions", far.toString(), "--calendar",
                "mon-fri 09:00-18:00"), far + ":2: first_reply_at must be in the years 1900 to"
                + " 2200 (--plausible-years) (+1000000-01-01T00:00:00Z)");
        Path late = file("j.csv", INTERACTIONS, "t1,c1,chat,1000-04-01T10:00:00Z,"
                + "9999-12-31T09:30:00Z");
        Cli.Run run = Cli.run("report", "--interactions", late.toString(), "--calendar",
                "mon-fri 09:00-18:00", "--plausible-years", "1-9999", "--format", "csv");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void misreads_areRefusedOrWarned() throws IOException {
        Path misspelled = file("r.csv", "customer_id,question,score,answered_at,channel,weights",
                "c1,nps,9,2024-04-02T10:00:00Z,email,2");
        Cli.Run warned = responses(misspelled);
        assertEquals(ExitCodes.OK, warned.exitCode());
        assertEquals("cxmetrics: warning: " + misspelled + ":1: column 'weights' is read as an"
                + " attribute: it is not a column of responses; did you mean 'weight'?\n",
                warned.err());
        Path cases = file("s.csv", "customer_id,question,score,answered_at,channel,SCORE",
                "c1,nps,9,2024-04-02T10:00:00Z,email,2");
        assertInputError(responses(cases), cases + ":1: duplicate column 'SCORE': column 3 is"
                + " 'score', and names match regardless of case");
        Path bytes = dir.resolve("b.csv");
        Files.write(bytes, (RESPONSES + "\nc\u00001,nps,9,2024-04-02T10:00:00Z,email,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertInputError(responses(bytes), bytes + ":2: control character U+0000 in column"
                + " 'customer_id'");
        Files.write(bytes, concat((RESPONSES + "\nc").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF}, "1,nps,9,2024-04-02T10:00:00Z,email,\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertInputError(responses(bytes), bytes + ":2: invalid UTF-8 in column 'customer_id'"
                + " (byte 0xFF)");
    }

    @Test
    void numbersInOtherSyntaxes_areRefused() throws IOException {
        String[][] cases = {
            {WEIGHTED, "c1,nps,9,2024-04-02T10:00:00Z,email,0x1p3", "weight is not a number (0x1p3)"},
            {WEIGHTED, "c1,nps,9,2024-04-02T10:00:00Z,email,1f", "weight is not a number (1f)"},
            {WEIGHTED, "c1,nps,9,2024-04-02T10:00:00Z,email,1e-400",
                "weight is too small to be told from 0 (1e-400)"},
            {RESPONSES, "c1,nps,\u0669,2024-04-02T10:00:00Z,email,", "score is not an integer (\u0669)"},
            {RESPONSES, "c1,nps,\uFF19,2024-04-02T10:00:00Z,email,", "score is not an integer (\uFF19)"},
            {RESPONSES, "c1,nps,+9,2024-04-02T10:00:00Z,email,", "score is not an integer (+9)"},
        };
        for (String[] c : cases) {
            Path f = file("n.csv", c[0], c[1]);
            assertInputError(responses(f), f + ":2: " + c[2]);
        }
        Path zero = file("z.csv", WEIGHTED, "c1,nps,9,2024-04-02T10:00:00Z,email,0.000e-400");
        assertEquals(ExitCodes.OK, responses(zero).exitCode());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
