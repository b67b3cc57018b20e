package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sample's HTML report in a real browser (headless Chromium, see {@link Chromium}): it
 * draws every chart without a console error, shows the numbers of the JSON report of the same
 * run, and makes no network request. Saves {@code target/report-sample.png}, a full-page
 * screenshot; with {@code -Dcxmetrics.screenshot.docs=true} it also refreshes
 * {@code docs/report.png}, the README's picture (the top of the page).
 *
 * <p>Without a browser the tests are skipped with a message saying how to install one, unless
 * {@code -Dcxmetrics.browser.required=true} or the environment variable
 * {@code CXMETRICS_BROWSER_REQUIRED=true} ({@code .ci/run} sets it): then they fail.
 */
@Timeout(180)
class HtmlReportBrowserTest {

    private static final Path TARGET = Path.of("target");
    private static final Path HTML = TARGET.resolve("report-sample.html");
    private static final Path DOCS_PNG = Path.of("..", "docs", "report.png");
    private static final Duration DRAW = Duration.ofSeconds(60);
    private static final String READY = "document.documentElement.dataset.charts !== undefined";

    private static Chromium browser;
    private static String json;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Optional<Path> executable = Chromium.find();
        if (executable.isEmpty()) {
            String message = "no Chromium found for the HTML report's browser tests: "
                    + Chromium.HOW_TO_INSTALL;
            if (Chromium.required()) {
                fail(message + " (-D" + Chromium.REQUIRED + "=true or " + Chromium.REQUIRED_ENV
                        + "=true makes this a failure)");
            }
            Assumptions.abort(message);
        }
        Files.createDirectories(TARGET);
        Cli.Run html = Cli.run("report", "--sample", "--format", "html", "-o", HTML.toString());
        assertEquals(0, html.exitCode(), html.err());
        Cli.Run run = Cli.run("report", "--sample", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        json = run.out();
        browser = Chromium.start(executable.get(), TARGET.resolve("chromium.log"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void sampleReport_drawsEveryChart_andShowsTheNumbersOfTheJsonReport() throws IOException {
        try (Chromium.Page page = browser.newPage()) {
            page.navigate(HTML.toUri().toString());
            page.waitFor(READY, DRAW);
            assertEquals(List.of(), page.errors(), "console errors");
            assertEquals("ready", page.evaluate("document.documentElement.dataset.charts")
                    .getAsString());

            JsonArray plots = page.evaluate("[...document.querySelectorAll('.plot')].map(p => ({"
                    + "id: p.dataset.chart, shapes: p.querySelectorAll('svg path').length,"
                    + "width: p.getBoundingClientRect().width}))").getAsJsonArray();
            int specs = page.evaluate("JSON.parse(document.getElementById('cxmetrics-charts')"
                    + ".textContent).length").getAsInt();
            assertEquals(specs, plots.size(), "a plot per chart");
            assertTrue(plots.size() >= 20, "charts of every section: " + plots.size());
            for (JsonElement p : plots) {
                JsonObject plot = p.getAsJsonObject();
                assertTrue(plot.get("shapes").getAsInt() > 10, "chart drawn: " + plot);
                assertTrue(plot.get("width").getAsDouble() > 200, "chart has room: " + plot);
            }

            String embedded = page.evaluate("document.getElementById('cxmetrics-report')"
                    + ".textContent").getAsString();
            assertEquals(JsonParser.parseString(json), JsonParser.parseString(embedded),
                    "the page embeds the JSON report of the same run");

            JsonObject report = JsonParser.parseString(json).getAsJsonObject();
            JsonArray headlines = page.evaluate("[...document.querySelectorAll('.card')].map(c =>"
                    + " ({table: c.dataset.table, row: Number(c.dataset.row), cells:"
                    + " [...c.querySelectorAll('[data-column]')].map(e => [e.dataset.column,"
                    + " e.textContent])}))").getAsJsonArray();
            assertTrue(headlines.size() >= 10, "headline figures: " + headlines);
            for (JsonElement h : headlines) {
                JsonObject card = h.getAsJsonObject();
                JsonObject row = rows(report, card.get("table").getAsString())
                        .get(card.get("row").getAsInt()).getAsJsonObject();
                for (JsonElement c : card.getAsJsonArray("cells")) {
                    String column = c.getAsJsonArray().get(0).getAsString();
                    assertShows(row.get(column), c.getAsJsonArray().get(1).getAsString(),
                            card.get("table") + " " + column);
                }
            }
            assertEquals("2.6", headline(headlines, "survey.overall", "score"), "NPS of the sample");

            JsonArray tables = page.evaluate("[...document.querySelectorAll('table[data-table]')]"
                    + ".map(t => ({id: t.dataset.table, rows: [...t.querySelectorAll('tbody"
                    + " tr[data-row]')].map(r => [...r.cells].map(c => c.textContent))}))")
                    .getAsJsonArray();
            int cells = 0;
            for (JsonElement t : tables) {
                JsonObject table = t.getAsJsonObject();
                JsonObject expected = table(report, table.get("id").getAsString());
                JsonArray columns = expected.getAsJsonArray("columns");
                JsonArray rows = expected.getAsJsonArray("rows");
                assertEquals(rows.size(), table.getAsJsonArray("rows").size(), table.get("id")
                        + " rows");
                for (int r = 0; r < rows.size(); r++) {
                    JsonArray shown = table.getAsJsonArray("rows").get(r).getAsJsonArray();
                    for (int c = 0; c < columns.size(); c++) {
                        String id = columns.get(c).getAsJsonObject().get("id").getAsString();
                        assertShows(rows.get(r).getAsJsonObject().get(id),
                                shown.get(c).getAsString(), table.get("id") + " row " + r + " " + id);
                        cells++;
                    }
                }
            }
            assertEquals(report.getAsJsonArray("sections").asList().stream().mapToInt(s ->
                    s.getAsJsonObject().getAsJsonArray("tables").size()).sum(), tables.size(),
                    "every table of the JSON report is in the page");
            assertTrue(cells > 1000, "cells compared: " + cells);

            Files.write(TARGET.resolve("report-sample.png"), page.screenshot(1280, 0, 1));
            if (Boolean.getBoolean("cxmetrics.screenshot.docs")) {
                Files.write(DOCS_PNG, page.screenshot(1280, 1440, 0.75));
            }
            assertEquals(List.of(), page.errors(), "console errors after the screenshots");
        }
    }

    @Test
    void driversReport_drawsTheImportancePerformanceChart() throws IOException {
        Path html = TARGET.resolve("drivers-sample.html");
        Cli.Run run = Cli.run("drivers", "--sample", "--resamples", "50", "--format", "html",
                "-o", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Chromium.Page page = browser.newPage()) {
            page.navigate(html.toUri().toString());
            page.waitFor(READY, DRAW);
            assertEquals(List.of(), page.errors(), "console errors");
            assertEquals("cxmetrics drivers", page.evaluate("document.querySelector('h1')"
                    + ".textContent").getAsString());
            JsonArray plots = page.evaluate("[...document.querySelectorAll('.plot')].map(p => ({"
                    + "id: p.dataset.chart, shapes: p.querySelectorAll('svg path').length}))")
                    .getAsJsonArray();
            JsonObject quadrant = null;
            for (JsonElement p : plots) {
                if (p.getAsJsonObject().get("id").getAsString()
                        .equals("drivers-importance-performance")) {
                    quadrant = p.getAsJsonObject();
                }
            }
            assertTrue(quadrant != null, "the importance-performance chart: " + plots);
            // A point per driver (three) and the two threshold lines, with axes and labels.
            assertTrue(quadrant.get("shapes").getAsInt() >= 5, "chart drawn: " + quadrant);
            Files.write(TARGET.resolve("drivers-sample.png"), page.screenshot(1280, 0, 1));
        }
    }

    @Test
    void sampleReport_makesNoNetworkRequest_onScreenOrInPrint() {
        try (Chromium.Page page = browser.newPage()) {
            page.navigate(HTML.toUri().toString());
            page.waitFor(READY, DRAW);
            page.send("Emulation.setEmulatedMedia", Map.of("media", "print"));
            page.evaluate("window.dispatchEvent(new Event('beforeprint')), true");
            page.evaluate("new Promise(r => setTimeout(r, 300))");
            List<String> requests = page.requests();
            assertEquals(List.of(HTML.toUri().toString()), requests.stream()
                    .filter(u -> !u.startsWith("data:")).toList(),
                    "the page's only request is its own file");
            assertEquals(List.of(), page.errors(), "console errors");
        }
    }

    @Test
    void theChecks_seeRequestsAndConsoleErrors() {
        // The two tests above pass only if these checks can fail: a page that fetches an image
        // from a host (which resolves to nothing here) and logs an error is caught by both.
        try (Chromium.Page page = browser.newPage()) {
            page.navigate("data:text/html,<img src='http://cxmetrics.invalid/x.png'>"
                    + "<script>console.error('boom')</script>");
            page.evaluate("new Promise(r => setTimeout(r, 300))");
            assertTrue(page.requests().contains("http://cxmetrics.invalid/x.png"), page.requests()
                    .toString());
            assertFalse(page.errors().isEmpty(), "the console error is seen");
        }
    }

    /** Asserts that the text of a cell shows the JSON value as the text report does. */
    private static void assertShows(JsonElement value, String shown, String where) {
        if (value == null || value.isJsonNull()) {
            assertTrue(shown.equals("-") || shown.isEmpty(), where + ": absent, shown " + shown);
        } else if (value.isJsonObject()) {
            String[] ends = shown.replaceAll("[\\[\\]]", "").split(", ");
            assertEquals(2, ends.length, where + ": an interval, shown " + shown);
            assertRounds(value.getAsJsonObject().get("lower"), ends[0], where + " lower");
            assertRounds(value.getAsJsonObject().get("upper"), ends[1], where + " upper");
        } else if (value.getAsJsonPrimitive().isBoolean()) {
            assertEquals(value.getAsBoolean(), !shown.isEmpty(), where + ": flag, shown " + shown);
        } else if (value.getAsJsonPrimitive().isNumber()) {
            if (shown.equals("<0.001")) {
                assertTrue(value.getAsDouble() < 0.001, where + ": " + value);
            } else {
                assertRounds(value, shown, where);
            }
        } else {
            assertEquals(value.getAsString(), shown, where);
        }
    }

    /** Asserts that a shown number is the JSON number rounded to the decimals shown. */
    private static void assertRounds(JsonElement value, String shown, String where) {
        BigDecimal s = new BigDecimal(shown.replace("+", ""));
        BigDecimal exact = value.getAsBigDecimal();
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(s.scale(), 0)).divide(BigDecimal.valueOf(2));
        assertTrue(exact.subtract(s).abs().compareTo(half.add(new BigDecimal("1e-6"))) <= 0,
                where + ": JSON " + exact + ", shown " + shown);
    }

    private static String headline(JsonArray headlines, String table, String column) {
        for (JsonElement h : headlines) {
            JsonObject card = h.getAsJsonObject();
            if (card.get("table").getAsString().equals(table)) {
                for (JsonElement c : card.getAsJsonArray("cells")) {
                    if (c.getAsJsonArray().get(0).getAsString().equals(column)) {
                        return c.getAsJsonArray().get(1).getAsString();
                    }
                }
            }
        }
        return null;
    }

    private static JsonArray rows(JsonObject report, String table) {
        return table(report, table).getAsJsonArray("rows");
    }

    private static JsonObject table(JsonObject report, String id) {
        Map<String, JsonObject> tables = new HashMap<>();
        for (JsonElement s : report.getAsJsonArray("sections")) {
            for (JsonElement t : s.getAsJsonObject().getAsJsonArray("tables")) {
                tables.put(t.getAsJsonObject().get("id").getAsString(), t.getAsJsonObject());
            }
        }
        JsonObject table = tables.get(id);
        if (table == null) {
            throw new AssertionError("no table " + id + " in the JSON report: "
                    + new ArrayList<>(tables.keySet()));
        }
        return table;
    }
}
