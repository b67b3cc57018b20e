package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error message of {@code cxmetrics report} and its exit code. */
class ReportErrorsTest {

    private static final String HEADER = "customer_id,question,score,answered_at,channel";
    private static final String GOOD = "c1,nps,9,2024-04-02T10:00:00Z,email";
    private static final String USAGE = "Usage: cxmetrics report [OPTIONS]\n"
            + "Try 'cxmetrics report --help' for more information.\n";

    @TempDir
    Path dir;

    private Cli.Run report(String... lines) throws IOException {
        Path file = Cli.write(dir, "r.csv", lines);
        return Cli.run("report", "--responses", file.toString());
    }

    private void assertInputError(Cli.Run run, String message) {
        assertEquals(ExitCodes.INPUT, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + message + "\n", run.err());
        assertEquals("", run.out());
    }

    private void assertUsageError(Cli.Run run, String message) {
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + message + "\n" + USAGE, run.err());
        assertEquals("", run.out());
    }

    private String file() {
        return dir.resolve("r.csv").toString();
    }

    @Test
    void malformedRow_stopsWithLineAndExit2() throws IOException {
        Cli.Run run = report(HEADER, GOOD, "c2,nps,9,2024-04-02T10:00:00Z");
        assertInputError(run, file() + ":3: row has 4 fields, the header has 5");
    }

    @Test
    void scoreOutsideScale_stopsWithValue() throws IOException {
        Cli.Run run = report(HEADER, GOOD, GOOD, "c2,nps,11,2024-04-02T10:00:00Z,email");
        assertInputError(run, file() + ":4: score must be in [0, 10] for question 'nps' (11)");
    }

    @Test
    void csatScoreOutsideFivePoints_stopsWithValue() throws IOException {
        Cli.Run run = report(HEADER, "c2,csat,0,2024-04-02T10:00:00Z,email");
        assertInputError(run, file() + ":2: score must be in [1, 5] for question 'csat' (0)");
    }

    @Test
    void scoreNotAnInteger_stopsWithValue() throws IOException {
        Cli.Run run = report(HEADER, "c2,nps,9.5,2024-04-02T10:00:00Z,email");
        assertInputError(run, file() + ":2: score is not an integer (9.5)");
    }

    @Test
    void unparseableTime_stopsWithValue() throws IOException {
        Cli.Run run = report(HEADER, "c2,nps,9,2024-13-02T10:00:00Z,email");
        assertInputError(run, file() + ":2: answered_at is not an ISO-8601 time (2024-13-02T10:00:00Z)");
    }

    @Test
    void timeNotMatchingPattern_namesThePattern() throws IOException {
        Path file = Cli.write(dir, "r.csv", HEADER, "c2,nps,9,2024-04-02,email");
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--time-pattern",
                "dd.MM.yyyy HH:mm");
        assertInputError(run, file() + ":2: answered_at is not a time of the pattern"
                + " 'dd.MM.yyyy HH:mm' (2024-04-02)");
    }

    @Test
    void emptyRequiredCell_stops() throws IOException {
        Cli.Run run = report(HEADER, ",nps,9,2024-04-02T10:00:00Z,email");
        assertInputError(run, file() + ":2: customer_id is empty");
    }

    @Test
    void negativeWeight_stopsWithValue() throws IOException {
        Cli.Run run = report(HEADER + ",weight", GOOD + ",-1");
        assertInputError(run, file() + ":2: weight must be finite and >= 0 (-1)");
    }

    @Test
    void missingColumn_namesTheHeader() throws IOException {
        Cli.Run run = report("customer_id,question,answered_at,channel", "c1,nps,2024-04-02,email");
        assertInputError(run, file() + ":1: missing column 'score' (header: customer_id, question,"
                + " answered_at, channel)");
    }

    @Test
    void wrongDelimiter_suggestsTheRightOne() throws IOException {
        Cli.Run run = report("customer_id;question;score;answered_at;channel",
                "c1;nps;9;2024-04-02T10:00:00Z;email");
        assertInputError(run, file() + ":1: missing column 'customer_id' (header:"
                + " customer_id;question;score;answered_at;channel); is the delimiter ';'? use"
                + " --delimiter");
    }

    @Test
    void mappedColumnAbsent_isAnUnknownColumn() throws IOException {
        Path file = Cli.write(dir, "r.csv", HEADER, GOOD);
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--column", "score=Rating");
        assertInputError(run, file() + ":1: unknown column 'Rating' (mapped to score by --column;"
                + " header: customer_id, question, score, answered_at, channel)");
    }

    @Test
    void byColumnAbsent_isAnUnknownColumn() throws IOException {
        Path file = Cli.write(dir, "r.csv", HEADER, GOOD);
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--by", "region");
        assertInputError(run, file() + ":1: unknown column 'region' (--by; header: customer_id,"
                + " question, score, answered_at, channel)");
    }

    @Test
    void byDocumentedColumn_isRejected() throws IOException {
        Path file = Cli.write(dir, "r.csv", HEADER, GOOD);
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--by", "question");
        assertInputError(run, file() + ":1: --by takes channel or an attribute column, not"
                + " 'question'");
    }

    @Test
    void duplicateColumn_stops() throws IOException {
        Cli.Run run = report(HEADER + ",channel", GOOD + ",chat");
        assertInputError(run, file() + ":1: duplicate column 'channel'");
    }

    @Test
    void emptyFile_stops() throws IOException {
        Path file = dir.resolve("r.csv");
        java.nio.file.Files.writeString(file, "");
        Cli.Run run = Cli.run("report", "--responses", file.toString());
        assertInputError(run, file + ": the file is empty; it needs a header");
    }

    @Test
    void missingFile_isAUsageError() {
        Cli.Run run = Cli.run("report", "--responses", dir.resolve("nope.csv").toString());
        assertUsageError(run, "--responses: no such file: " + dir.resolve("nope.csv"));
    }

    @Test
    void directoryAsFile_isAUsageError() {
        Cli.Run run = Cli.run("report", "--responses", dir.toString());
        assertUsageError(run, "--responses: not a regular file: " + dir);
    }

    @Test
    void noInput_isAUsageError() {
        assertUsageError(Cli.run("report"),
                "no input: give --responses, --interactions, --customers with --purchases, or --sample");
    }

    @Test
    void sampleWithFiles_isAUsageError() throws IOException {
        Path file = Cli.write(dir, "r.csv", HEADER, GOOD);
        assertUsageError(Cli.run("report", "--sample", "--responses", file.toString()),
                "--sample cannot be combined with input files");
    }

    @Test
    void customersWithoutPurchases_isAUsageError() throws IOException {
        Path file = Cli.write(dir, "c.csv", "customer_id,acquired_at", "c1,2024-01-01");
        assertUsageError(Cli.run("report", "--customers", file.toString()),
                "--customers and --purchases go together");
    }

    @Test
    void unknownOption_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--bogus"), "Unknown option: '--bogus'");
    }

    @Test
    void badFormat_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--format", "xml"),
                "--format must be text, json, csv or html: xml");
    }

    @Test
    void badZone_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--zone", "Mars/Base"),
                "--zone: unknown time zone: Mars/Base");
    }

    @Test
    void badPeriod_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--period", "fortnight"),
                "--period must be day, week, month, quarter, year or an ISO-8601 period such as"
                        + " P2W: fortnight");
    }

    @Test
    void badFrom_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--from", "yesterday"),
                "--from must be an ISO-8601 date or time, such as 2024-04-01 or"
                        + " 2024-04-01T09:00:00Z: yesterday");
    }

    @Test
    void fromAfterTo_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--from", "2024-05-01", "--to", "2024-04-01"),
                "--from must be before --to: 2024-05-01 and 2024-04-01");
    }

    @Test
    void badDelimiter_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--delimiter", ";;"),
                "--delimiter must be one character, such as ';' or tab: ';;'");
    }

    @Test
    void badLevel_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--level", "95"),
                "--level must be in (0, 1): 95.0");
    }

    @Test
    void unknownColumnMapping_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--column", "rating=Rating"),
                "--column: unknown column 'rating'; the documented columns are in docs/cli.md");
    }

    @Test
    void unknownFileInColumnMapping_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--column", "tickets.id=Ticket"),
                "--column: unknown file 'tickets' (responses, interactions, customers or purchases)");
    }

    @Test
    void unknownMetricInQuestion_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--question", "ltv=x"),
                "--question: unknown metric 'ltv' (nps, csat, csi, ces or cli)");
    }

    @Test
    void questionOfTwoMetrics_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--question", "csat=sat", "--question",
                "csi=sat"), "--question: 'sat' is the question of both csat and csi");
    }

    @Test
    void reverseCodedOutsideCli_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--reverse-coded", "nps"),
                "--reverse-coded: 'nps' is not a loyalty (cli) question");
    }

    @Test
    void badScale_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--scale", "ces=10"),
                "--scale: unknown scale '10' (five-point, seven-point, three-point or good-bad)");
        assertUsageError(Cli.run("report", "--sample", "--scale", "nps=seven-point"),
                "--scale: nps is always on 0-10");
    }

    @Test
    void badTimePattern_isAUsageError() {
        Cli.Run run = Cli.run("report", "--sample", "--time-pattern", "yyyy-qq{");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("cxmetrics: --time-pattern: invalid pattern 'yyyy-qq{': "),
                run.err());
    }

    @Test
    void badCalendar_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--calendar", "mon-fri 9-18"),
                "--calendar: time must be HH:MM: 9 (in 'mon-fri 9-18')");
    }

    @Test
    void noCommand_isAUsageError() {
        Cli.Run run = Cli.run();
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("cxmetrics: a command is required: report, drivers, clv or generate\n"
                + "Usage: cxmetrics [-hV] COMMAND\n"
                + "Try 'cxmetrics --help' for more information.\n", run.err());
    }

    @Test
    void help_exitsZero() {
        Cli.Run run = Cli.run("report", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: cxmetrics report [OPTIONS]"), run.out());
        assertTrue(run.out().contains("2   bad input: FILE:LINE: what is wrong (the value)"),
                run.out());
    }

    @Test
    void unwritableOutput_isAnInputError() throws IOException {
        Path file = Cli.write(dir, "r.csv", HEADER, GOOD);
        Path output = dir.resolve("missing-dir").resolve("out.txt");
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--output", output.toString());
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertTrue(run.err().startsWith("cxmetrics: " + output + ": cannot write the report: "),
                run.err());
    }

    // Interactions, customers and purchases.

    private static final String INTERACTIONS = "id,customer_id,channel,opened_at,first_reply_at,"
            + "first_solved_at,last_solved_at,reopens,public_replies,talk_seconds,hold_seconds";
    private static final String CUSTOMERS =
            "customer_id,segment,acquired_at,churned_at,acquisition_cost,currency";
    private static final String PURCHASES = "customer_id,at,amount,currency";
    private static final String CUSTOMER = "c1,smb,2024-01-01,,100.00,EUR";

    private Cli.Run interactions(String... rows) throws IOException {
        Path file = Cli.write(dir, "i.csv", concat(INTERACTIONS, rows));
        return Cli.run("report", "--interactions", file.toString());
    }

    private Cli.Run value(String[] customers, String... purchases) throws IOException {
        Path c = Cli.write(dir, "c.csv", customers);
        Path p = Cli.write(dir, "p.csv", concat(PURCHASES, purchases));
        return Cli.run("report", "--customers", c.toString(), "--purchases", p.toString());
    }

    private static String[] concat(String header, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = header;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return lines;
    }

    private String named(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void interactionEventsOutOfOrder_isAnInvalidRecord() throws IOException {
        Cli.Run run = interactions("t1,c1,chat,2024-04-02T10:00:00Z,2024-04-02T09:00:00Z,,,,,,");
        assertInputError(run, named("i.csv") + ":2: first_reply_at must not be before opened_at:"
                + " first_reply_at 2024-04-02T09:00:00Z, opened_at 2024-04-02T10:00:00Z"
                + " (interaction t1)");
        assertInputError(interactions("t1,c1,chat,2024-04-02T10:00:00Z,,,,1,,,"),
                named("i.csv") + ":2: reopens must be 0 for an interaction never solved (no"
                        + " first_solved_at): 1 (interaction t1)");
    }

    @Test
    void interactionNumbers_areChecked() throws IOException {
        assertInputError(interactions("t1,c1,chat,2024-04-02T10:00:00Z,,,,x,,,"),
                named("i.csv") + ":2: reopens is not an integer (x)");
        assertInputError(interactions("t1,c1,chat,2024-04-02T10:00:00Z,,,,3000000000,,,"),
                named("i.csv") + ":2: reopens must be <= 2147483647 (3000000000)");
        assertInputError(interactions("t1,c1,phone,2024-04-02T10:00:00Z,,,,,,1000000001,"),
                named("i.csv") + ":2: talk_seconds must be <= 1000000000 (1000000001)");
        assertInputError(interactions("t1,c1,phone,2024-04-02T10:00:00Z,,,,,,60,-5"),
                named("i.csv") + ":2: hold_seconds must be >= 0 (-5)");
    }

    @Test
    void interactionTimes_areChecked() throws IOException {
        assertInputError(interactions("t1,c1,chat,,,,,,,,"),
                named("i.csv") + ":2: opened_at is empty");
        assertInputError(interactions("t1,c1,chat,2024-04-02T10:00:00Z,,2024-04-31T10:00:00Z,,,,,"),
                named("i.csv") + ":2: first_solved_at is not an ISO-8601 time"
                        + " (2024-04-31T10:00:00Z)");
    }

    @Test
    void customerGivenTwice_isADuplicate() throws IOException {
        Cli.Run run = value(new String[] {CUSTOMERS, CUSTOMER, CUSTOMER});
        assertInputError(run, named("c.csv") + ":3: customer_id is given twice (c1)");
    }

    @Test
    void customerRecords_areChecked() throws IOException {
        assertInputError(value(new String[] {CUSTOMERS, "c1,smb,2024-02-01,2024-01-01,,"}),
                named("c.csv") + ":2: churnedAt must not be before acquiredAt"
                        + " 2024-02-01T00:00:00Z: 2024-01-01T00:00:00Z (customer c1)");
        assertInputError(value(new String[] {CUSTOMERS, "c1,smb,2024-01-01,,-5.00,EUR"}),
                named("c.csv") + ":2: acquisitionCost must be >= 0: -5.00 EUR (customer c1)");
        assertInputError(value(new String[] {CUSTOMERS, "c1,smb,2024-01-01,,ten,EUR"}),
                named("c.csv") + ":2: acquisition_cost is not a number (ten)");
        assertInputError(value(new String[] {CUSTOMERS, "c1,smb,2024-01-01,,5.00,"}),
                named("c.csv") + ":2: currency is empty, and acquisition_cost needs one");
        assertInputError(value(new String[] {CUSTOMERS, "c1,smb,2024-01-01,,5.00,EURO"}),
                named("c.csv") + ":2: currency is not an ISO 4217 code (EURO)");
        assertInputError(value(new String[] {CUSTOMERS, "c1,smb,,,,"}),
                named("c.csv") + ":2: acquired_at is empty");
    }

    @Test
    void purchaseOfUnknownCustomer_isRejected() throws IOException {
        Cli.Run run = value(new String[] {CUSTOMERS, CUSTOMER}, "c9,2024-02-01,10.00,EUR");
        assertInputError(run, named("p.csv") + ":2: customer_id is not in the customers file (c9)");
    }

    @Test
    void purchaseRecords_areChecked() throws IOException {
        String[] customers = {CUSTOMERS, CUSTOMER};
        assertInputError(value(customers, "c1,2023-12-31,10.00,EUR"), named("p.csv") + ":2: at"
                + " must not be before the customer's acquired_at 2024-01-01T00:00:00Z"
                + " (2023-12-31)");
        assertInputError(value(customers, "c1,2024-02-01,10.00,USD"), named("p.csv") + ":2:"
                + " currency must be EUR as in the rest of the data: the report does not convert"
                + " currencies (USD)");
        assertInputError(value(customers, "c1,2024-02-01,1.5.0,EUR"),
                named("p.csv") + ":2: amount is not a number (1.5.0)");
        assertInputError(value(customers, "c1,2024-02-01,12345678901234567890,EUR"),
                named("p.csv") + ":2: amount must have at most 18 digits before the decimal point and 18 after it: 12345678901234567890");
        assertInputError(value(customers, "c1,2024-02-01,,EUR"),
                named("p.csv") + ":2: amount is empty");
        assertInputError(value(new String[] {CUSTOMERS, "c1,smb,2024-01-01,,,"},
                "c1,2024-02-01,10.00,EUR", "c1,2024-02-02,10.00,GBP"), named("p.csv") + ":3:"
                + " currency must be EUR as in the rest of the data: the report does not convert"
                + " currencies (GBP)");
    }

    @Test
    void badSla_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--sla", "chat=1h"), "--sla must be"
                + " MILESTONE:KEY=DURATION,... such as first-reply:chat=1h,default=8h: 'chat=1h'");
        assertUsageError(Cli.run("report", "--sample", "--sla", "first-answer:chat=1h"),
                "--sla: unknown milestone 'first-answer' (first-reply, first-resolution or"
                        + " resolution)");
        assertUsageError(Cli.run("report", "--sample", "--sla", "first-reply:chat"),
                "--sla: a target must be KEY=DURATION such as chat=1h: 'chat'");
        assertUsageError(Cli.run("report", "--sample", "--sla", "first-reply:chat=soon"),
                "--sla: not a duration such as 30m, 4h, 2d or PT1H30M: 'soon'");
        assertUsageError(Cli.run("report", "--sample", "--sla", "first-reply:chat=0m"),
                "--sla: a duration must be > 0: '0m'");
        assertUsageError(Cli.run("report", "--sample", "--sla", "first-reply:chat/=1h"),
                "--sla: a priority must follow the '/': 'chat/'");
        assertUsageError(Cli.run("report", "--sample", "--sla", "first-reply:chat=1h,chat=2h"),
                "--sla: the target of channel chat was already set to PT1H (in"
                        + " 'first-reply:chat=1h,chat=2h')");
        assertUsageError(Cli.run("report", "--sample", "--sla", "resolution:default=1d", "--sla",
                "resolution:default=2d"), "--sla: resolution is given twice");
    }

    @Test
    void badValueOptions_areUsageErrors() {
        assertUsageError(Cli.run("report", "--sample", "--margin", "1.5"),
                "--margin must be in [0, 1]: 1.5");
        assertUsageError(Cli.run("report", "--sample", "--window", "0"),
                "--window must be >= 1: 0");
        assertUsageError(Cli.run("report", "--sample", "--response-bands", "4h,1h"),
                "--response-bands: the durations must increase: 4h,1h");
        assertUsageError(Cli.run("report", "--sample", "--response-bands", "1h,"),
                "--response-bands: not a duration such as 30m, 4h, 2d or PT1H30M: ''");
    }

    @Test
    void calendarTheLibraryCannotHold_isAUsageError() {
        assertUsageError(Cli.run("report", "--sample", "--calendar",
                "mon-fri 09:00-18:00; holidays 2024-12-21; 2024-12-21 10:00-14:00"),
                "--calendar: a date must not have both its own hours and closed hours:"
                + " 2024-12-21 (its own hours already close the rest of it)");
    }
}
