package io.github.cxmetrics.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * One self-contained HTML page for people who read charts: headline figures, then per section
 * its charts (drawn by Apache ECharts, inlined) over its tables, and the JSON report itself,
 * embedded, from which the page's script draws every chart. Nothing is loaded from anywhere:
 * the styles, the script and the chart library are in the page, and it uses the system's fonts.
 *
 * <p>The numbers agree with the JSON report of the same run by construction: the charts draw
 * the embedded JSON report ({@link JsonRenderer}'s output of the same {@link Report}), and the
 * tables and headline figures show the cells as the text report does. Which table is drawn how
 * is {@link Charts}; small samples are marked as {@link SmallSamples} says.
 */
final class HtmlRenderer implements Renderer {

    private static final String RESOURCES = "/io/github/cxmetrics/cli/report/html/";
    /** Tables with more rows start folded on screen (unfolded to print). */
    private static final int OPEN_ROWS = 12;

    @Override
    public void render(Report report, Writer out) throws IOException {
        List<Chart> charts = Charts.of(report);
        SmallSamples samples = SmallSamples.of(report);
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"cxmetrics\">\n")
                .raw("<title>cxmetrics ").text(report.command()).raw("</title>\n<style>\n").raw(resource("report.css"))
                .raw("</style>\n</head>\n<body>\n");
        header(h, report);
        Headlines.write(h, report, samples);
        for (Report.Section section : report.sections()) {
            section(h, section, charts, samples);
        }
        h.raw("<footer><p>Made by cxmetrics. Charts drawn with Apache ECharts ")
                .text(Library.ECHARTS.version())
                .raw(" (Apache License 2.0; Copyright 2017-2022 The Apache Software Foundation),"
                        + " included in this page: it opens without a network.</p></footer>\n");
        h.raw("<script type=\"application/json\" id=\"cxmetrics-report\">")
                .raw(scriptSafeJson(json(report))).raw("</script>\n");
        h.raw("<script type=\"application/json\" id=\"cxmetrics-charts\">")
                .raw(scriptSafeJson(chartsJson(charts))).raw("</script>\n");
        h.raw("<script>\n").raw(Library.ECHARTS.script()).raw("\n</script>\n");
        h.raw("<script>\n").raw(resource("report.js")).raw("</script>\n</body>\n</html>\n");
        out.write(h.toString());
    }

    private static void header(Html h, Report report) {
        h.raw("<header>\n<h1>cxmetrics ").text(report.command()).raw("</h1>\n<nav>");
        for (Report.Section section : report.sections()) {
            h.raw("<a href=\"#").attr(section.id()).raw("\">").text(section.title()).raw("</a> ");
        }
        h.raw("</nav>\n<details class=\"parameters\"><summary>Parameters</summary>\n<table>");
        report.parameters().forEach((k, v) -> h.raw("<tr><th>").text(k).raw("</th><td>").text(v)
                .raw("</td></tr>"));
        h.raw("</table></details>\n<noscript><p>The charts need JavaScript; the tables have every"
                + " figure.</p></noscript>\n</header>\n");
    }

    private static void section(Html h, Report.Section section, List<Chart> charts,
            SmallSamples samples) {
        h.raw("<section id=\"").attr(section.id()).raw("\">\n<h2>").text(section.title())
                .raw("</h2>\n");
        for (String note : section.notes()) {
            h.raw("<p class=\"note\">").text(note).raw("</p>\n");
        }
        List<Chart> own = charts.stream().filter(c -> c.section().equals(section.id())).toList();
        if (!own.isEmpty()) {
            h.raw("<div class=\"charts\">\n");
            for (Chart chart : own) {
                figure(h, chart, samples);
            }
            h.raw("</div>\n");
        }
        for (Report.Table table : section.tables()) {
            table(h, table, samples);
        }
        h.raw("</section>\n");
    }

    private static void figure(Html h, Chart chart, SmallSamples samples) {
        h.raw("<figure class=\"chart").raw(chart.wide() ? " wide" : "").raw("\" id=\"chart-")
                .attr(chart.id()).raw("\">\n<figcaption>").text(chart.title())
                .raw("</figcaption>\n<div class=\"plot\" data-chart=\"").attr(chart.id())
                .raw("\" role=\"img\" aria-label=\"").attr(chart.title()).raw("\"></div>\n");
        List<String> notes = new ArrayList<>(chart.notes());
        if (!chart.small().isEmpty()) {
            notes.add("Hollow points and pale bars are small samples (sample size below "
                    + samples.threshold() + ").");
        }
        for (String note : notes) {
            h.raw("<p class=\"chart-note\">").text(note).raw("</p>\n");
        }
        h.raw("</figure>\n");
    }

    private static void table(Html h, Report.Table table, SmallSamples samples) {
        TableView view = new TableView(table);
        int rows = table.rows().size();
        h.raw("<details class=\"table\"").raw(rows <= OPEN_ROWS ? " open" : "")
                .raw("><summary>").text(table.title()).raw(" <span class=\"rows\">(")
                .text(rows + (rows == 1 ? " row" : " rows")).raw(")</span></summary>\n")
                .raw("<div class=\"scroll\"><table data-table=\"").attr(table.id()).raw("\">\n")
                .raw("<thead><tr>");
        for (Report.Column column : table.columns()) {
            h.raw("<th").raw(numeric(column) ? "" : " class=\"t\"").raw(">")
                    .text(column.title()).raw("</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows; r++) {
            List<Object> row = table.rows().get(r);
            h.raw("<tr data-row=\"").raw(Integer.toString(r)).raw("\"")
                    .raw(samples.isSmall(view, r) ? " class=\"small\" title=\"small sample\"" : "")
                    .raw(">");
            for (int c = 0; c < row.size(); c++) {
                Report.Column column = table.columns().get(c);
                h.raw(numeric(column) ? "<td>" : "<td class=\"t\">")
                        .text(TextRenderer.textCell(column, row.get(c))).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        if (rows == 0) {
            h.raw("<tr><td colspan=\"").raw(Integer.toString(table.columns().size()))
                    .raw("\">(no rows)</td></tr>\n");
        }
        h.raw("</tbody></table></div>\n");
        for (String note : table.notes()) {
            h.raw("<p class=\"note\">").text(note).raw("</p>\n");
        }
        h.raw("</details>\n");
    }

    private static boolean numeric(Report.Column column) {
        return column.type() != Report.Type.TEXT && column.type() != Report.Type.FLAG;
    }

    private static String json(Report report) throws IOException {
        StringWriter s = new StringWriter();
        new JsonRenderer(true).render(report, s);
        return s.toString();
    }

    private static String chartsJson(List<Chart> charts) {
        StringBuilder s = new StringBuilder();
        JsonWriter json = JsonWriter.compact(s);
        json.beginArray();
        for (Chart c : charts) {
            json.beginObject().name("id").value(c.id()).name("kind").value(c.kind().id())
                    .name("table").value(c.table()).name("rows").beginArray();
            c.rows().forEach(json::value);
            json.endArray().name("x").value(c.x()).name("series").beginArray();
            for (Chart.Series series : c.series()) {
                json.beginObject().name("column").value(series.column())
                        .name("name").value(series.name()).endObject();
            }
            json.endArray().name("interval").value(c.interval()).name("n").value(c.n())
                    .name("small").beginArray();
            c.small().forEach(json::value);
            json.endArray().name("unit").value(c.unit()).name("decimals").value(c.decimals())
                    .name("zero").value(c.zero()).name("log").value(c.log()).endObject();
        }
        json.endArray();
        return s.toString();
    }

    /**
     * Returns JSON that can stand inside a script element: a {@code <} (only ever inside a
     * string) becomes its escape, so no {@code </script>} or {@code <!--} can end the element.
     */
    static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c");
    }

    static String resource(String name) {
        return Library.read(RESOURCES + name);
    }

    /** The web libraries the page inlines, found in the jar at the version the build used. */
    enum Library {
        ECHARTS("echarts", "dist/echarts.min.js");

        private final String name;
        private final String file;

        Library(String name, String file) {
            this.name = name;
            this.file = file;
        }

        String version() {
            Properties versions = new Properties();
            try (InputStream in = HtmlRenderer.class.getResourceAsStream(RESOURCES + "web.properties")) {
                if (in == null) {
                    throw new IllegalStateException("web.properties is missing from the jar");
                }
                versions.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return versions.getProperty(name + ".version");
        }

        /** Returns the library's script, checked to be safe inside a script element. */
        String script() {
            String script = read("/META-INF/resources/webjars/" + name + "/" + version() + "/" + file);
            if (script.toLowerCase(Locale.ROOT).contains("</script")) {
                throw new IllegalStateException(name + " cannot be inlined: it contains </script");
            }
            return script;
        }

        static String read(String path) {
            try (InputStream in = HtmlRenderer.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is missing from the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A page being written: raw markup, and text and attribute values escaped. */
    static final class Html {
        private final StringBuilder s = new StringBuilder(1 << 21);

        Html raw(String markup) {
            s.append(markup);
            return this;
        }

        Html text(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> s.append("&amp;");
                    case '<' -> s.append("&lt;");
                    case '>' -> s.append("&gt;");
                    case '"' -> s.append("&quot;");
                    case '\'' -> s.append("&#39;");
                    default -> s.append(c);
                }
            }
            return this;
        }

        Html attr(String value) {
            return text(value);
        }

        @Override
        public String toString() {
            return s.toString();
        }
    }
}
