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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exports read as the tools write them ({@code src/test/resources/exports}: a byte-order mark,
 * CRLF line ends, line breaks inside quoted cells, semicolons and decimal commas, labels for
 * scores, Zendesk's column names): each recipe of docs/cli.md gives its golden report, and the
 * errors a user meets on the way say what is wrong, exactly. To regenerate the golden reports
 * after a deliberate change, run with {@code -Dcxmetrics.golden.update=true}.
 */
class ExportsTest {

    static final String DIR = "src/test/resources/exports/";
    private static final boolean UPDATE = Boolean.getBoolean("cxmetrics.golden.update");

    /** The recipes of docs/cli.md: a name (its golden file) and the command's arguments. */
    static List<List<String>> recipes() {
        return List.of(
                List.of("survey-wide", "report", "--responses", DIR + "survey-wide.csv",
                        "--column", "customer_id=Respondent ID",
                        "--column", "answered_at=Submitted at",
                        "--question", "How likely are you to recommend us to a friend?=nps",
                        "--question", "csat=How satisfied were you with our support?",
                        "--question", "ces=How easy was it to solve your issue?",
                        "--zone", "responses=Europe/Berlin", "--by", "Region"),
                List.of("survey-nps-widget", "report", "--responses",
                        DIR + "survey-nps-widget.csv", "--single-question", "nps",
                        "--column", "customer_id=Email",
                        "--column", "answered_at=Response timestamp",
                        "--time-pattern", "responses=yyyy-MM-dd HH:mm:ss Z", "--by", "Plan"),
                List.of("survey-semicolon", "report", "--responses",
                        DIR + "survey-semicolon.csv", "--delimiter", "responses=;",
                        "--decimal-separator", "responses=,",
                        "--time-pattern", "responses=dd.MM.yyyy HH:mm", "--zone", "Europe/Berlin",
                        "--column", "responses.customer_id=Kunde",
                        "--column", "responses.question=Frage",
                        "--column", "responses.score=Bewertung",
                        "--column", "responses.answered_at=Datum",
                        "--column", "responses.channel=Kanal",
                        "--column", "responses.weight=Gewicht"),
                List.of("zendesk-tickets", "report", "--interactions",
                        DIR + "zendesk-tickets.csv", "--zone", "interactions=Europe/Berlin",
                        "--by", "Group", "--sla", "first-reply:chat=15m,*/Urgent=1h,default=8h",
                        "--to", "2024-05-01"));
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("recipes")
    void recipe_givesItsGoldenReport(List<String> recipe) throws IOException {
        Cli.Run run = Cli.run(recipe.subList(1, recipe.size()).toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        Path golden = Path.of(DIR, recipe.get(0) + ".txt");
        if (UPDATE) {
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), run.out());
    }

    /** Returns the arguments of a recipe with some replaced or added. */
    private static List<String> recipe(String name, String... more) {
        for (List<String> r : recipes()) {
            if (r.get(0).equals(name)) {
                List<String> args = new ArrayList<>(r.subList(1, r.size()));
                args.addAll(List.of(more));
                return args;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Cli.Run run(List<String> args) {
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertInputError(Cli.Run run, String message) {
        assertEquals(ExitCodes.INPUT, run.exitCode(), run.err());
        assertEquals("cxmetrics: " + message + "\n", run.err());
    }

    @Test
    void wideExport_readsEveryQuestionColumnAndKeepsTheOthersAsAttributes() {
        Cli.Run run = run(recipe("survey-wide", "--format", "csv"));
        // 60 respondents, three question columns: 180 responses from 60 rows.
        assertEquals("60", run.row("input.files", "input", "responses").get("used"));
        Map<String, String> nps = run.row("survey.overall", "metric", "NPS");
        assertEquals("How likely are you to recommend us to a friend?", nps.get("question"));
        assertEquals("60", String.valueOf(Long.parseLong(nps.get("n"))
                + Long.parseLong(nps.get("unanswered"))));
        // The free-text column with its quoted line breaks is an attribute, not a question.
        assertTrue(run.out().contains("survey.by_group,NPS,North"), run.out());
    }

    @Test
    void wideExport_withoutAQuestionOfTheReport_saysWhatItNeeds() {
        Cli.Run run = Cli.run("report", "--responses", DIR + "survey-wide.csv",
                "--column", "customer_id=Respondent ID", "--column", "answered_at=Submitted at");
        assertInputError(run, DIR + "survey-wide.csv:1: missing column 'question' (header:"
                + " Respondent ID, Submitted at, Channel, Region, How likely are you to recommend"
                + " us to a friend?, How satisfied were you with our support?, How easy was it to"
                + " solve your issue?, What could we do better?); a file of one row per answer"
                + " needs question and score, one of one question score and --single-question, a"
                + " file of one row per respondent a column named by a question of the report"
                + " (nps, csat, csi, ces, cli_..., or one given by --question)");
    }

    @Test
    void singleQuestionExport_needsItsQuestion() {
        Cli.Run run = Cli.run("report", "--responses", DIR + "survey-nps-widget.csv",
                "--column", "customer_id=Email", "--column", "answered_at=Response timestamp");
        assertInputError(run, DIR + "survey-nps-widget.csv:1: missing column 'question' (header:"
                + " Response ID, Email, Score, Comment, Response timestamp, Plan); a file of one"
                + " question needs --single-question ID");
        Cli.Run twice = Cli.run("report", "--responses", "src/test/resources/golden/responses.csv",
                "--single-question", "nps");
        assertInputError(twice, "src/test/resources/golden/responses.csv:1: the file has a"
                + " question column: --single-question is for a file without one");
    }

    @Test
    void singleQuestionExport_withoutItsTimePattern_isABadTime() {
        Cli.Run run = run(recipe("survey-nps-widget").subList(0, 9));
        assertInputError(run, DIR + "survey-nps-widget.csv:2: answered_at is not an ISO-8601"
                + " time (2024-04-04 10:07:00 -0700)");
    }

    @Test
    void scores_asPeopleWriteThem() throws IOException {
        Path file = Cli.write(dir, "r.csv", "customer_id,question,score,answered_at,channel",
                "c1,NPS,10 - Extremely likely,2024-04-02T10:00:00Z,Email",
                "c2,nps,9.0,2024-04-02T10:00:00Z,email",
                "c3,Nps,0 - Not at all likely,2024-04-02T10:00:00Z,web",
                "c4,nps,N/A,2024-04-02T10:00:00Z,web",
                "c5,nps,-,2024-04-02T10:00:00Z,web",
                "c6,csat,Very satisfied,2024-04-02T10:00:00Z,web",
                "c7,CSAT,  very   DISSATISFIED ,2024-04-02T10:00:00Z,web",
                "c8,csat,n/a,2024-04-02T10:00:00Z,web",
                "c9,csat,Super happy,2024-04-02T10:00:00Z,web");
        Cli.Run strict = Cli.run("report", "--responses", file.toString());
        assertInputError(strict, file + ":10: score is not an integer or a label of the"
                + " five-point scale (--score-label) (Super happy)");
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--score-label",
                "five-point:Super happy=5", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> nps = run.row("survey.overall", "metric", "NPS");
        assertEquals(List.of("3", "2", "33.333333"), List.of(nps.get("n"), nps.get("unanswered"),
                nps.get("score")));
        Map<String, String> csat = run.row("survey.overall", "metric", "CSAT");
        assertEquals(List.of("3", "1"), List.of(csat.get("n"), csat.get("unanswered")));
        assertEquals("", run.err());
    }

    @Test
    void scores_thatAreNoScore_stayBadRows() throws IOException {
        for (String[] bad : new String[][] {
                {"9.5", "score is not an integer (9.5)"},
                {"+9", "score is not an integer (+9)"},
                {"9-10", "score is not an integer (9-10)"},
                {"11", "score must be in [0, 10] for question 'nps' (11)"},
                {"11 - More than likely", "score must be in [0, 10] for question 'nps' (11 - More"
                        + " than likely)"},
                {"Great", "score is not an integer or a label of the nps scale (--score-label)"
                        + " (Great)"}}) {
            Path file = Cli.write(dir, "r.csv", "customer_id,question,score,answered_at,channel",
                    "c1,nps," + bad[0] + ",2024-04-02T10:00:00Z,email");
            assertInputError(Cli.run("report", "--responses", file.toString()),
                    file + ":2: " + bad[1]);
        }
    }

    @Test
    void decimalComma_isPerFile() throws IOException {
        Cli.Run run = run(recipe("survey-semicolon", "--format", "csv"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("40", run.row("survey.overall", "metric", "NPS").get("n"));
        Path point = Cli.write(dir, "r.csv", "Kunde;Frage;Bewertung;Datum;Kanal;Gewicht",
                "K1;NPS;9;02.04.2024 10:00;Web;1.5");
        List<String> args = recipe("survey-semicolon");
        args.set(args.indexOf(DIR + "survey-semicolon.csv"), point.toString());
        assertInputError(run(args), point + ":2: weight is not a number with a decimal comma"
                + " (1.5)");
    }

    @Test
    void perFileOptions_areCheckedWhenTheCommandStarts() {
        for (String[] bad : new String[][] {
                {"--delimiter", "responses=;;", "--delimiter must be one character, such as ';'"
                        + " or tab: ';;'"},
                {"--decimal-separator", "x", "--decimal-separator must be '.' or ',': 'x'"},
                {"--zone", "interactions=Mars/Base", "--zone: unknown time zone: Mars/Base"},
                {"--time-pattern", "responses=yyyy-MM-dd'T", "--time-pattern: invalid pattern"
                        + " 'yyyy-MM-dd'T': Pattern ends with an incomplete string literal:"
                        + " yyyy-MM-dd'T"}}) {
            Cli.Run run = Cli.run("report", "--sample", bad[0], bad[1]);
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("cxmetrics: " + bad[2] + "\n"), run.err());
        }
        Cli.Run twice = Cli.run("report", "--sample", "--delimiter", "responses=;",
                "--delimiter", "responses=,");
        assertTrue(twice.err().startsWith("cxmetrics: --delimiter is given twice for"
                + " responses\n"), twice.err());
    }

    @Test
    void zendeskExport_isReadByItsColumnNames() {
        Cli.Run run = run(recipe("zendesk-tickets", "--format", "csv"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("50", run.row("input.files", "input", "interactions").get("used"));
        // Status and Group are attributes: --by Group groups by the ticket's group.
        assertTrue(run.out().contains("support.by_group,Tier 1,"), run.out());
        // Given business minutes, without --calendar: rows in business time.
        Map<String, String> business = run.row("support.times", "metric", "first response time",
                "clock", "business", "channel", "(all)");
        assertTrue(Long.parseLong(business.get("n")) > 0, business.toString());
        // Priorities regardless of case: */Urgent applies to the tickets of priority Urgent.
        assertTrue(run.out().contains("*/urgent=1h"), run.out());
    }

    @Test
    void zendeskExport_withACalendar_computesBusinessTimeFromTheTimes() {
        Cli.Run run = run(recipe("zendesk-tickets", "--format", "csv", "--calendar",
                "mon-fri 09:00-17:00"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!run.out().contains("as the file gives it"), run.out());
    }

    @Test
    void oneSolveColumn_isTheFirstAndTheLastSolve() throws IOException {
        Path file = Cli.write(dir, "i.csv", "id,customer_id,channel,opened_at,Solved at,reopens",
                "t1,c1,email,2024-04-02T10:00:00Z,2024-04-02T12:00:00Z,0",
                "t2,c1,email,2024-04-02T10:00:00Z,,0",
                "t3,c1,email,2024-04-02T10:00:00Z,2024-04-03T10:00:00Z,1");
        Cli.Run run = Cli.run("report", "--interactions", file.toString(), "--lenient",
                "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("120.0", String.valueOf(Double.parseDouble(run.row("support.times",
                "metric", "first resolution time", "clock", "calendar", "channel", "(all)")
                .get("median"))));
        assertEquals("a reopened interaction needs its first solve: the file has no"
                + " first_solved_at or first_resolution_minutes column (reopens 1)",
                run.row("input.skipped", "reason", "missing value").get("first"));
    }

    @Test
    void interactionErrors_nameTheFilesColumns() throws IOException {
        Path file = Cli.write(dir, "i.csv",
                "id,customer_id,channel,opened_at,first_solved_at,last_solved_at",
                "t1,c1,email,2024-04-02T10:00:00Z,2024-04-02T12:00:00Z,");
        assertInputError(Cli.run("report", "--interactions", file.toString()), file + ":2:"
                + " last_solved_at must equal first_solved_at when reopens is 0: last_solved_at"
                + " empty, first_solved_at 2024-04-02T12:00:00Z (interaction t1)");
        Path zendesk = Cli.write(dir, "z.csv", "Id,Requester id,Via,Created at,Solved at",
                "7,c1,Email,2024-04-02 10:00,2024-04-02 09:00");
        assertInputError(Cli.run("report", "--interactions", zendesk.toString()), zendesk
                + ":2: Solved at must not be before Created at: Solved at 2024-04-02T09:00:00Z,"
                + " Created at 2024-04-02T10:00:00Z (interaction 7)");
    }

    @Test
    void slaKeysThatMatchNoInteraction_areReported() {
        Cli.Run run = Cli.run("report", "--sample", "--sla", "first-reply:chat=1h,emial=8h,"
                + "*/URGENT=1h,phone/critical=5m,default=8h");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Warning: --sla first-reply: no interaction has the keys"
                + " emial, phone/critical (channels: chat, email, phone, social; priorities: high,"
                + " low, normal, urgent)."), run.out());
    }

    @Test
    void supportBySegment_joinsTheInteractionsToTheCustomers() {
        Cli.Run run = Cli.run("report", "--sample", "--by", "segment", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        long all = 0;
        for (String segment : List.of("consumer", "enterprise", "smb")) {
            all += Long.parseLong(run.row("support.by_group", "group", segment)
                    .get("interactions"));
        }
        assertEquals(Long.parseLong(run.row("input.files", "input", "interactions").get("used")),
                all);
        Cli.Run text = Cli.run("report", "--sample", "--by", "segment");
        assertTrue(text.out().contains("By segment: the interactions have no column 'segment';"
                + " each is grouped by its customer's segment in the customers file ((none) for"
                + " ids that are not in it)."), text.out());
    }
}
