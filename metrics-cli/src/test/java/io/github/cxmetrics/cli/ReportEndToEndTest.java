package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.cli.section.SurveyConfig;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.survey.Comparison;
import io.github.cxmetrics.survey.LoyaltyIndexResult;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.TopBoxResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code cxmetrics report} on crafted files and on the bundled sample, and checks its
 * figures against hand-computed values and against the library's API.
 */
class ReportEndToEndTest {

    private static final double EXACT = 1e-6;

    @TempDir
    Path dir;

    /** Ten NPS answers (one unanswered), four CSAT answers, three loyalty answers, one other. */
    private Path crafted() throws IOException {
        return Cli.write(dir, "responses.csv",
                "customer_id,question,score,answered_at,channel,segment",
                "c1,nps,10,2024-04-02T10:00:00Z,email,smb",
                "c2,nps,9,2024-04-03T10:00:00Z,email,smb",
                "c3,nps,9,2024-04-04T10:00:00Z,chat,consumer",
                "c4,nps,8,2024-04-05T10:00:00Z,chat,consumer",
                "c5,nps,6,2024-04-06T10:00:00Z,chat,consumer",
                "c1,nps,10,2024-05-02T10:00:00Z,email,smb",
                "c2,nps,7,2024-05-03T10:00:00Z,email,smb",
                "c3,nps,3,2024-05-04T10:00:00Z,chat,consumer",
                "c4,nps,0,2024-05-05T10:00:00Z,chat,consumer",
                "c5,nps,,2024-05-06T10:00:00Z,chat,consumer",
                "c1,csat,5,2024-04-02T10:00:00Z,email,smb",
                "c2,csat,4,2024-04-03T10:00:00Z,email,smb",
                "c3,csat,3,2024-05-04T10:00:00Z,chat,consumer",
                "c4,csat,1,2024-05-05T10:00:00Z,chat,consumer",
                "c1,cli_recommend,8,2024-04-02T10:00:00Z,email,smb",
                "c1,cli_competitor,2,2024-04-02T10:00:00Z,email,smb",
                "c1,cli_repurchase,6,2024-04-02T10:00:00Z,email,smb",
                "c9,open_text,5,2024-04-02T10:00:00Z,web,smb");
    }

    @Test
    void report_craftedFile_matchesHandComputedValues() throws IOException {
        Cli.Run run = Cli.run("report", "--responses", crafted().toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        // NPS over 9 scored answers: promoters 10, 9, 9, 10 (4), passives 8, 7, detractors 6, 3, 0
        // (3): 100 × (4 − 3) / 9 = 11.111; mean 62 / 9 = 6.889; one unanswered.
        Map<String, String> nps = run.row("survey.overall", "metric", "NPS");
        assertEquals(100.0 / 9, Double.parseDouble(nps.get("score")), EXACT);
        assertEquals(62.0 / 9, Double.parseDouble(nps.get("mean")), EXACT);
        assertEquals("9", nps.get("n"));
        assertEquals("1", nps.get("unanswered"));
        // Adjusted Wald (Rocks 2016): n' = 12, p+ = 4.75/12, p- = 3.75/12, net 1/12,
        // Var = 0.708333 - 0.006944 = 0.701389, se = sqrt(Var/12) = 0.241762,
        // 1/12 ± 1.959964 × 0.241762 = [-0.390515, 0.557181].
        assertEquals(-39.0515, Double.parseDouble(nps.get("ci_lower")), 1e-3);
        assertEquals(55.7181, Double.parseDouble(nps.get("ci_upper")), 1e-3);
        // CSAT: 5, 4, 3, 1 → 2 of 4 in 4-5 = 50 %.
        assertEquals(50.0, run.number("survey.overall", "score", "metric", "CSAT"), EXACT);
        // CLI: 8, 10 − 2 = 8 (reverse-coded cli_competitor), 6 → 22 / 3.
        assertEquals(22.0 / 3, run.number("survey.overall", "score", "metric", "CLI"), EXACT);
        // By channel: email 10, 9, 10, 7 → 75; chat 9, 8, 6, 3, 0 → 100 × (1 − 3) / 5 = −40.
        assertEquals(75.0, run.number("survey.by_group", "score", "metric", "NPS", "group", "email"),
                EXACT);
        assertEquals(-40.0, run.number("survey.by_group", "score", "metric", "NPS", "group", "chat"),
                EXACT);
        // By month: April 10, 9, 9, 8, 6 → 40; May 10, 7, 3, 0 → −25; change −65.
        assertEquals(40.0, run.number("survey.by_period", "score", "metric", "NPS", "period",
                "2024-04"), EXACT);
        assertEquals(-25.0, run.number("survey.by_period", "score", "metric", "NPS", "period",
                "2024-05"), EXACT);
        Map<String, String> change = run.row("survey.change", "metric", "NPS", "group", "(all)");
        assertEquals("2024-04", change.get("previous"));
        assertEquals("2024-05", change.get("latest"));
        assertEquals(-65.0, Double.parseDouble(change.get("change")), EXACT);
        assertEquals("true", change.get("small_sample"));
        // The unmapped question is reported, not dropped.
        assertTrue(run.out().contains("survey.overall"), run.out());
    }

    @Test
    void report_craftedFile_agreesWithLibrary() throws IOException {
        Path file = crafted();
        List<Response> responses = readResponses(file);
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());

        NpsResult april = CxMetrics.nps().question("nps")
                .between(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-05-01T00:00:00Z"))
                .compute(responses);
        NpsResult may = CxMetrics.nps().question("nps")
                .between(Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-06-01T00:00:00Z"))
                .compute(responses);
        Comparison change = may.comparedTo(april);
        Map<String, String> row = run.row("survey.change", "metric", "NPS", "group", "(all)");
        assertEquals(change.pValue(), Double.parseDouble(row.get("p_value")), 1e-5);
        Interval ci = change.confidenceInterval(0.95);
        assertEquals(ci.lower(), Double.parseDouble(row.get("change_ci_lower")), EXACT);
        assertEquals(ci.upper(), Double.parseDouble(row.get("change_ci_upper")), EXACT);
    }

    @Test
    void report_weights_areUsed() throws IOException {
        Path file = Cli.write(dir, "weighted.csv",
                "customer_id,question,score,answered_at,channel,weight",
                "c1,nps,10,2024-04-02T10:00:00Z,email,2",
                "c2,nps,0,2024-04-02T10:00:00Z,email,1",
                "c3,nps,8,2024-04-02T10:00:00Z,email,1");
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        // 100 × (2 − 1) / (2 + 1 + 1) = 25.
        assertEquals(25.0, run.number("survey.overall", "score", "metric", "NPS"), EXACT);
    }

    @Test
    void report_byAttributeColumn_groupsByIt() throws IOException {
        Cli.Run run = Cli.run("report", "--responses", crafted().toString(), "--by", "segment",
                "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        // smb: 10, 9, 10, 7 → 75; consumer: 9, 8, 6, 3, 0 → −40.
        assertEquals(75.0, run.number("survey.by_group", "score", "metric", "NPS", "group", "smb"),
                EXACT);
        assertEquals(-40.0, run.number("survey.by_group", "score", "metric", "NPS", "group",
                "consumer"), EXACT);
    }

    @Test
    void report_questionMapping_readsOtherQuestionIds() throws IOException {
        Path file = Cli.write(dir, "mapped.csv",
                "customer_id,question,score,answered_at,channel",
                "c1,recommend,10,2024-04-02T10:00:00Z,email",
                "c2,recommend,0,2024-04-02T10:00:00Z,email",
                "c3,effort,7,2024-04-02T10:00:00Z,email",
                "c4,effort,4,2024-04-02T10:00:00Z,email");
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--question",
                "nps=recommend", "--question", "ces=effort", "--scale", "ces=seven-point",
                "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0.0, run.number("survey.overall", "score", "metric", "NPS"), EXACT);
        // CES 2.0 on 1-7: positive 5-7, so 7 counts and 4 does not: 50 %.
        assertEquals(50.0, run.number("survey.overall", "score", "metric", "CES"), EXACT);
    }

    @Test
    void report_fromTo_countsRowsOutsideTheWindow() throws IOException {
        Cli.Run run = Cli.run("report", "--responses", crafted().toString(), "--from",
                "2024-05-01", "--to", "2024-05-31", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> files = run.row("input.files", "input", "responses");
        assertEquals("18", files.get("rows"));
        assertEquals("11", files.get("outside_window"));
        assertEquals("7", files.get("used"));
        assertEquals(-25.0, run.number("survey.overall", "score", "metric", "NPS"), EXACT);
    }

    @Test
    void report_sample_agreesWithLibrary() throws IOException {
        Cli.Run run = Cli.run("report", "--sample", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<Response> responses = readResponses(Path.of("..", "docs", "examples", "responses.csv"));

        NpsResult nps = CxMetrics.nps().question("nps").compute(responses);
        assertEquals(nps.score(), run.number("survey.overall", "score", "metric", "NPS"), EXACT);
        assertEquals(nps.confidenceInterval(0.95).lower(),
                run.number("survey.overall", "ci_lower", "metric", "NPS"), EXACT);
        TopBoxResult csat = CxMetrics.csat().question("csat").compute(responses);
        assertEquals(csat.score(), run.number("survey.overall", "score", "metric", "CSAT"), EXACT);
        TopBoxResult csi = CxMetrics.csi().question("csi").compute(responses);
        assertEquals(csi.score(), run.number("survey.overall", "score", "metric", "CSI"), EXACT);
        TopBoxResult ces = CxMetrics.ces().question("ces").compute(responses);
        assertEquals(ces.score(), run.number("survey.overall", "score", "metric", "CES"), EXACT);
        assertEquals(Long.toString(ces.missing()),
                run.row("survey.overall", "metric", "CES").get("unanswered"));
        LoyaltyIndexResult cli = CxMetrics.loyaltyIndex()
                .questions("cli_recommend", "cli_repurchase", "cli_other_products", "cli_competitor")
                .reverseCoded("cli_competitor").compute(responses);
        assertEquals(cli.score(), run.number("survey.overall", "score", "metric", "CLI"), EXACT);

        Map<Channel, NpsResult> byChannel =
                CxMetrics.nps().question("nps").groupBy(Response::channel).compute(responses);
        byChannel.forEach((channel, r) -> assertEquals(r.score(), run.number("survey.by_group",
                "score", "metric", "NPS", "group", channel.name()), EXACT));
        SortedMap<CalendarPeriod, NpsResult> trend = CxMetrics.nps().question("nps")
                .byPeriod(ChronoUnit.MONTHS, ZoneOffset.UTC).compute(responses);
        trend.forEach((period, r) -> assertEquals(r.score(), run.number("survey.by_period",
                "score", "metric", "NPS", "period", period.toString()), EXACT));
        NpsResult latest = trend.get(trend.lastKey());
        NpsResult previous = trend.get(trend.headMap(trend.lastKey()).lastKey());
        assertEquals(latest.comparedTo(previous).pValue(), run.number("survey.change", "p_value",
                "metric", "NPS", "group", "(all)"), 1e-5);
    }

    @Test
    void report_sampleText_showsEverySection() {
        Cli.Run run = Cli.run("report", "--sample");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        for (String heading : List.of("INPUT", "SURVEY", "SUPPORT", "VALUE", "Survey metrics",
                "By channel", "By month (UTC)", "Change between the last two months", "95% CI",
                "Response, resolution and handle times (minutes)",
                "First contact resolution and reopens (%)", "SLA attainment",
                "Churn and retention by segment (% per month)", "Lifetime value by segment",
                "By NPS band", "By first response time", "Churn by month (UTC)")) {
            assertTrue(run.out().contains(heading), heading);
        }
    }

    @Test
    void report_outputOption_writesTheFile() throws IOException {
        Path out = dir.resolve("report.json");
        Cli.Run run = Cli.run("report", "--responses", crafted().toString(), "--format", "json",
                "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).startsWith("{\n  \"schema\": \"cxmetrics-report/1\""));
    }

    /** A reference reader of the simple files of these tests: no quotes, UTC times. */
    static List<Response> readResponses(Path file) throws IOException {
        return ReferenceCsv.read(file, f -> {
            String score = f.get("score");
            return new Response(f.get("customer_id"), f.get("question"),
                    score.isEmpty() ? Response.NO_SCORE : Integer.parseInt(score),
                    Instant.parse(f.get("answered_at")), Channel.of(f.get("channel")), 1.0,
                    Map.of());
        });
    }

    @Test
    void scales_ofTheReport_areTheLibrarys() {
        assertEquals(ScoreScale.FIVE_POINT, SurveyConfig.defaults().scale(SurveyConfig.Metric.CSAT));
        assertEquals(ScoreScale.NPS, SurveyConfig.defaults().scale(SurveyConfig.Metric.NPS));
    }
}
