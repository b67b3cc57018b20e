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

/**
 * The shapes of input that spreadsheets and export tools produce: byte-order marks, {@code ;}
 * delimiters, quoted fields, other column names, time zones and time patterns; and lenient mode.
 */
class ReportInputFormatsTest {

    private static final double EXACT = 1e-6;

    @TempDir
    Path dir;

    @Test
    void byteOrderMark_isNotPartOfTheFirstColumn() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFcustomer_id,question,score,answered_at,channel\n"
                + "c1,nps,10,2024-04-02T10:00:00Z,email\n"
                + "c2,nps,0,2024-04-02T10:00:00Z,email\n"
                + "c3,nps,10,2024-04-02T10:00:00Z,email\n").getBytes(StandardCharsets.UTF_8));
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        // 100 × (2 − 1) / 3.
        assertEquals(100.0 / 3, run.number("survey.overall", "score", "metric", "NPS"), EXACT);
    }

    @Test
    void semicolonDelimiter_withQuotesAndCrLf_isRead() throws IOException {
        Path file = dir.resolve("semicolon.csv");
        Files.writeString(file, "\uFEFF\"Kunde\";\"Frage\";\"Wert\";\"Zeit\";\"Kanal\";\"Notiz\"\r\n"
                + "c1;csat;5;02.04.2024 10:00;E-Mail;\"sehr gut; schnell\"\r\n"
                + "c2;csat;2;02.04.2024 11:00;E-Mail;\"zwei\r\nZeilen\"\r\n"
                + "c3;csat;4;03.04.2024 09:30;Chat;\r\n", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--delimiter", ";",
                "--column", "customer_id=Kunde", "--column", "question=Frage", "--column",
                "score=Wert", "--column", "answered_at=Zeit", "--column", "channel=Kanal",
                "--time-pattern", "dd.MM.yyyy HH:mm", "--zone", "Europe/Berlin", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        // 5, 2, 4 → 2 of 3 top-box.
        assertEquals(200.0 / 3, run.number("survey.overall", "score", "metric", "CSAT"), EXACT);
        assertEquals(50.0, run.number("survey.by_group", "score", "metric", "CSAT", "group",
                "e-mail"), EXACT);
        assertEquals("3", run.row("input.files", "input", "responses").get("rows"));
    }

    @Test
    void timeZone_placesResponsesInTheirLocalMonth() throws IOException {
        // 2024-03-31T22:30Z is 00:30 on 1 April in Berlin (CEST, +02:00); 23:30+01:00 on
        // 31 March is 22:30Z, also April in Berlin but March in UTC; a local time without offset
        // is read in --zone.
        Path file = Cli.write(dir, "zones.csv",
                "customer_id,question,score,answered_at,channel",
                "c1,nps,10,2024-03-31T22:30:00Z,email",
                "c2,nps,10,2024-03-31T23:30:00+01:00,email",
                "c3,nps,0,2024-03-31 23:59,email",
                "c4,nps,0,2024-04-01,email");
        Cli.Run berlin = Cli.run("report", "--responses", file.toString(), "--zone",
                "Europe/Berlin", "--format", "csv");
        assertEquals(0, berlin.exitCode(), berlin.err());
        assertEquals("1", berlin.row("survey.by_period", "metric", "NPS", "period", "2024-03")
                .get("n"));
        assertEquals("3", berlin.row("survey.by_period", "metric", "NPS", "period", "2024-04")
                .get("n"));
        Cli.Run utc = Cli.run("report", "--responses", file.toString(), "--format", "csv");
        assertEquals("3", utc.row("survey.by_period", "metric", "NPS", "period", "2024-03")
                .get("n"));
        assertEquals("1", utc.row("survey.by_period", "metric", "NPS", "period", "2024-04")
                .get("n"));
    }

    @Test
    void weeksAndQuarters_labelThePeriods() throws IOException {
        Path file = Cli.write(dir, "periods.csv",
                "customer_id,question,score,answered_at,channel",
                "c1,nps,10,2024-04-01T10:00:00Z,email",
                "c2,nps,0,2024-07-10T10:00:00Z,email");
        Cli.Run weeks = Cli.run("report", "--responses", file.toString(), "--period", "week",
                "--format", "csv");
        assertEquals(List.of("2024-W14", "2024-W28"), weeks.table("survey.by_period").stream()
                .map(r -> r.get("period")).toList());
        Cli.Run quarters = Cli.run("report", "--responses", file.toString(), "--period", "quarter",
                "--format", "csv");
        assertEquals(List.of("2024-Q2", "2024-Q3"), quarters.table("survey.by_period").stream()
                .map(r -> r.get("period")).toList());
    }

    @Test
    void lenient_skipsCountsAndListsTheFirstLines() throws IOException {
        Path file = Cli.write(dir, "dirty.csv",
                "customer_id,question,score,answered_at,channel",
                "c1,nps,10,2024-04-02T10:00:00Z,email",
                "c2,nps,11,2024-04-02T10:00:00Z,email",
                "c3,nps,12,2024-04-02T10:00:00Z,email",
                "c4,nps,9,yesterday,email",
                "c5,nps,9,2024-04-02T10:00:00Z",
                "c6,nps,x,2024-04-02T10:00:00Z,email",
                "c7,nps,0,2024-04-02T10:00:00Z,email",
                "c8,nps,13,2024-04-02T10:00:00Z,email",
                "c9,nps,14,2024-04-02T10:00:00Z,email",
                "c10,nps,15,2024-04-02T10:00:00Z,email",
                "c11,nps,16,2024-04-02T10:00:00Z,email");
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--lenient", "--format",
                "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + file + ": skipped 9 rows (1 malformed row: line 6; 1"
                + " unparseable time: line 5; 1 unparseable number: line 7; 6 score outside its"
                + " scale: lines 3, 4, 9, 10, 11, ...)\n", run.err());
        Map<String, String> files = run.row("input.files", "input", "responses");
        assertEquals("11", files.get("rows"));
        assertEquals("2", files.get("used"));
        assertEquals("9", files.get("skipped"));
        Map<String, String> scale = run.row("input.skipped", "reason", "score outside its scale");
        assertEquals("6", scale.get("rows"));
        assertEquals("3, 4, 9, 10, 11", scale.get("first_lines"));
        assertEquals("score must be in [0, 10] for question 'nps' (11)", scale.get("first"));
        assertEquals("1", run.row("input.skipped", "reason", "malformed row").get("rows"));
        // The two good rows: 10 and 0.
        assertEquals(0.0, run.number("survey.overall", "score", "metric", "NPS"), EXACT);
    }

    @Test
    void lenient_countsBadInteractionsPerReason() throws IOException {
        Path file = Cli.write(dir, "i.csv",
                "id,customer_id,channel,opened_at,first_reply_at,reopens,talk_seconds",
                "t1,c1,chat,2024-04-02T10:00:00Z,2024-04-02T10:10:00Z,,",
                "t2,c1,chat,2024-04-02T10:00:00Z,2024-04-02T09:00:00Z,,",
                "t3,c1,chat,2024-04-02T10:00:00Z,,x,",
                "t4,c1,chat,someday,,,",
                "t5,c1,chat,2024-04-02T10:00:00Z",
                ",c1,chat,2024-04-02T10:00:00Z,,,",
                "t7,c1,phone,2024-04-02T11:00:00Z,2024-04-02T11:00:30Z,,-1",
                "t8,c1,chat,2024-04-02T10:00:00Z,2024-04-02T10:20:00Z,1,",
                "t9,c1,email,2024-04-02T10:00:00Z,2024-04-02T11:00:00Z,,");
        Cli.Run run = Cli.run("report", "--interactions", file.toString(), "--lenient",
                "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + file + ": skipped 7 rows (1 malformed row: line 6; 1"
                + " missing value: line 7; 1 unparseable time: line 5; 2 unparseable number:"
                + " lines 4, 8; 2 invalid record: lines 3, 9)\n", run.err());
        Map<String, String> files = run.row("input.files", "input", "interactions");
        assertEquals(List.of("9", "2", "7"), List.of(files.get("rows"), files.get("used"),
                files.get("skipped")));
        assertEquals("first_reply_at must not be before opened_at: first_reply_at"
                + " 2024-04-02T09:00:00Z, opened_at 2024-04-02T10:00:00Z (interaction t2)",
                run.row("input.skipped", "reason", "invalid record").get("first"));
        // The two good rows: 10 and 60 minutes; nothing else was measured.
        assertEquals("2", run.row("support.times", "metric", "first response time", "clock",
                "calendar", "channel", "(all)").get("n"));
    }

    @Test
    void lenient_countsBadCustomersAndPurchasesPerReason() throws IOException {
        Path customers = Cli.write(dir, "c.csv", "customer_id,segment,acquired_at,churned_at",
                "c1,smb,2024-01-01,",
                "c1,smb,2024-01-02,",
                "c2,smb,2024-02-01,2024-01-01",
                "c3,smb,soon,",
                "c4,consumer,2024-01-05,2024-03-01");
        Path purchases = Cli.write(dir, "p.csv", "customer_id,at,amount,currency",
                "c1,2024-01-10,10.00,EUR",
                "c2,2024-02-10,10.00,EUR",
                "c3,2024-02-10,10.00,EUR",
                "c9,2024-02-10,10.00,EUR",
                "c1,2023-12-10,10.00,EUR",
                "c1,2024-02-10,10.00,USD",
                "c4,2024-02-10,ten,EUR",
                "c4,2024-02-11,-5.00,EUR");
        Cli.Run run = Cli.run("report", "--customers", customers.toString(), "--purchases",
                purchases.toString(), "--lenient", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + customers + ": skipped 3 rows (1 unparseable time: line 5;"
                + " 1 invalid record: line 4; 1 duplicate id: line 3)\n"
                + "cxmetrics: " + purchases + ": skipped 6 rows (1 unparseable number: line 8;"
                + " 2 invalid record: lines 6, 7; 3 unknown customer: lines 3, 4, 5)\n",
                run.err());
        assertEquals("customer_id is not in the customers file (c2)",
                run.row("input.skipped", "reason", "unknown customer").get("first"));
        // Two customers and two purchases are left: 10.00 and a refund of 5.00.
        Map<String, String> all = run.row("value.ltv", "segment", "(all)");
        assertEquals("2", all.get("customers"));
        assertEquals(5.0, Double.parseDouble(all.get("revenue")), EXACT);
    }

    @Test
    void lenient_stillStopsAtABadHeader() throws IOException {
        Path file = Cli.write(dir, "r.csv", "customer_id,question,answered_at,channel");
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--lenient");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertTrue(run.err().contains(":1: missing column 'score'"), run.err());
    }

    @Test
    void strict_reportsNothingSkipped() throws IOException {
        Path file = Cli.write(dir, "r.csv", "customer_id,question,score,answered_at,channel",
                "c1,nps,10,2024-04-02T10:00:00Z,email");
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--format", "csv");
        assertEquals(List.of(), run.table("input.skipped"));
        assertEquals("", run.err());
    }

    @Test
    void otherInputs_feedTheSupportAndValueSections() throws IOException {
        Path interactions = Cli.write(dir, "i.csv", "id,customer_id,channel,opened_at",
                "t1,c1,email,2024-04-02T10:00:00Z");
        Path customers = Cli.write(dir, "c.csv", "customer_id,acquired_at",
                "c1,2024-01-01");
        Path purchases = Cli.write(dir, "p.csv", "customer_id,at,amount,currency",
                "c1,2024-01-02,10.00,EUR", "c1,2024-01-03,10.00");
        Cli.Run run = Cli.run("report", "--interactions", interactions.toString(), "--customers",
                customers.toString(), "--purchases", purchases.toString(), "--calendar",
                "mon-fri 09:00-18:00", "--format", "json");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertEquals("cxmetrics: " + purchases + ":3: row has 3 fields, the header has 4\n",
                run.err());
        Cli.Run lenient = Cli.run("report", "--interactions", interactions.toString(),
                "--customers", customers.toString(), "--purchases", purchases.toString(),
                "--lenient", "--format", "json");
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.out().contains("\"id\": \"support\",\n      \"title\": \"Support\",\n"
                + "      \"available\": true"), lenient.out());
        assertTrue(lenient.out().contains("\"id\": \"value\",\n      \"title\": \"Value\",\n"
                + "      \"available\": true"), lenient.out());
    }

    @Test
    void interactionsHeader_isChecked() throws IOException {
        Path interactions = Cli.write(dir, "i.csv", "id,customer,channel,opened_at");
        Cli.Run run = Cli.run("report", "--interactions", interactions.toString());
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertEquals("cxmetrics: " + interactions + ":1: missing column 'customer_id' (header: id,"
                + " customer, channel, opened_at)\n", run.err());
    }
}
