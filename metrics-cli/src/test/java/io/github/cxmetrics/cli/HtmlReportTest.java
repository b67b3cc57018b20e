package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a file, without a browser (that is {@link HtmlReportBrowserTest}): small,
 * self-contained, and safe with any text in the data.
 */
class HtmlReportTest {

    /** The issue's aim for the sample's page. */
    private static final long MAX_SAMPLE_BYTES = 1_500_000;

    @TempDir
    Path dir;

    @Test
    void sampleReport_isOneSmallFileThatLoadsNothing() throws IOException {
        Path html = dir.resolve("report.html");
        Cli.Run run = Cli.run("report", "--sample", "--format", "html", "-o", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        long size = Files.size(html);
        assertTrue(size < MAX_SAMPLE_BYTES, "the sample's page has " + size + " bytes");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
        // No element refers to anything outside the page: no src, no stylesheet link, no
        // @import or url() in the styles; the only links are anchors within it.
        String markup = page.replaceAll("(?s)<script([^>]*)>.*?</script>", "<script$1></script>");
        assertTrue(markup.length() < 400_000, "markup outside the scripts: " + markup.length());
        Matcher refs = Pattern.compile("<[a-z]+[^>]*\\s(src|href)=\"([^\"]*)\"").matcher(markup);
        while (refs.find()) {
            assertTrue(refs.group(2).startsWith("#"), "refers outside the page: " + refs.group());
        }
        String styles = page.substring(page.indexOf("<style>"), page.indexOf("</style>"));
        assertFalse(styles.contains("@import") || styles.contains("url("), "styles load nothing");
        // Charts, tables and the JSON report of every section are in it.
        for (String id : List.of("survey.by_period", "support.sla", "value.cohorts")) {
            assertTrue(page.contains("<table data-table=\"" + id + "\">"), id);
        }
        assertTrue(page.contains("id=\"chart-value-cohorts\""), "the cohort heatmap");
        assertEquals(4, count(page, "<script"), "the report, the charts, ECharts and the page's own");
        // Small samples: the survey's own flag (sms's NPS change), and below --small-sample in
        // the other sections (the 7 customers answered in 24 hours or more), nowhere else there.
        assertEquals(List.of(3), smallRows(page, "value.by_response_time"));
        assertEquals(List.of(), smallRows(page, "value.by_nps_band"));
        assertTrue(smallRows(page, "survey.change").contains(2), "sms's NPS change");
    }

    @Test
    void smallSampleThreshold_isTheOptionsForEverySection() throws IOException {
        Cli.Run run = Cli.run("report", "--sample", "--small-sample", "400", "--format", "html");
        assertEquals(0, run.exitCode(), run.err());
        // Promoters 391, passives 419, detractors 385, no answer 805 customers.
        assertEquals(List.of(0, 2), smallRows(run.out(), "value.by_nps_band"));
    }

    /** Returns the indexes of the rows of a table of the page that are marked small. */
    private static List<Integer> smallRows(String page, String table) {
        int start = page.indexOf("<table data-table=\"" + table + "\">");
        String body = page.substring(start, page.indexOf("</table>", start));
        Matcher rows = Pattern.compile("<tr data-row=\"(\\d+)\" class=\"small\"").matcher(body);
        List<Integer> small = new java.util.ArrayList<>();
        while (rows.find()) {
            small.add(Integer.parseInt(rows.group(1)));
        }
        return small;
    }

    @Test
    void textOfTheData_isEscaped_andCannotEndAScript() throws IOException {
        String hostile = "</script><script>alert(1)</script><!--&";
        Path responses = Cli.write(dir, "responses.csv",
                "customer_id,question,score,answered_at,channel,segment",
                "c1,nps,9,2024-04-02T10:00:00Z,email," + hostile.replace(",", ""),
                "c2,nps,3,2024-05-02T10:00:00Z,email,b");
        Cli.Run run = Cli.run("report", "--responses", responses.toString(), "--by", "segment",
                "--format", "html");
        assertEquals(0, run.exitCode(), run.err());
        String page = run.out();
        assertEquals(4, count(page, "<script"), "no script element from the data");
        assertEquals(4, count(page, "</script>"));
        assertFalse(page.contains("<!--&"), "no comment opened by the data");
        assertTrue(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--&amp;"),
                "shown as text in the tables");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
