package io.github.cxmetrics.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The headline figures at the top of the HTML report: each survey score, the first response
 * time and first-policy SLA attainment of all channels, first contact resolution, churn and
 * lifetime value of all customers. Each is a cell of a table, shown as the table shows it and
 * marked with the table, row and column it comes from ({@code data-table}, {@code data-row},
 * {@code data-column}), so that a reader (or a test) can find it in the JSON report.
 */
final class Headlines {

    /**
     * A headline figure: a table's row, its value, interval and sample size columns.
     *
     * @param label what it is
     * @param table the table
     * @param row the row's index
     * @param value the column of the value
     * @param interval the column of its interval, or null
     * @param n the column of its sample size, or null
     * @param unit the unit shown after the value
     */
    record Figure(String label, TableView table, int row, String value, String interval,
            String n, String unit) {}

    private Headlines() {}

    /** Returns the headline figures that the report's tables have. */
    static List<Figure> of(Report report) {
        Map<String, TableView> tables = TableView.of(report);
        List<Figure> figures = new ArrayList<>();
        TableView overall = tables.get("survey.overall");
        if (overall != null) {
            for (int r = 0; r < overall.table().rows().size(); r++) {
                String unit = (String) overall.cell(r, "unit");
                figures.add(new Figure((String) overall.cell(r, "metric"), overall, r, "score", "ci",
                        "n", unit.equals("%") ? "% top-box" : unit));
            }
        }
        add(figures, tables.get("support.times"), "First response, median", "median", null, "n",
                "minutes", "metric", "first response time", "clock", "calendar",
                "channel", Cells.ALL);
        TableView sla = tables.get("support.sla");
        int first = sla == null ? -1 : sla.row("clock", "calendar", "channel", Cells.ALL);
        if (first >= 0) {
            String policy = (String) sla.cell(first, "sla");
            add(figures, sla, Charts.capitalized(policy) + " SLA attainment", "attainment", "ci", "n", "%", "sla", policy,
                    "clock", "calendar", "channel", Cells.ALL);
        }
        add(figures, tables.get("support.shares"), "First contact resolution", "share", "ci", "n",
                "%", "metric", "first contact resolution", "channel", Cells.ALL);
        add(figures, tables.get("value.churn"), "Churn", "churn", "churn_ci", "customers",
                "% per month", "segment", Cells.ALL);
        add(figures, tables.get("value.ltv"), "Lifetime value", "ltv", null, "customers",
                Charts.currency(report) + " per customer", "segment", Cells.ALL);
        return figures;
    }

    /** Adds the figure of the first row of a table whose cells equal {@code where}, if any. */
    private static void add(List<Figure> figures, TableView table, String label, String value,
            String interval, String n, String unit, Object... where) {
        int row = table == null ? -1 : table.row(where);
        if (row >= 0) {
            figures.add(new Figure(label, table, row, value, interval, n, unit));
        }
    }

    /** Writes the headline figures of a report, if it has any. */
    static void write(HtmlRenderer.Html h, Report report, SmallSamples samples) {
        List<Figure> figures = of(report);
        if (figures.isEmpty()) {
            return;
        }
        h.raw("<section class=\"headlines\" aria-label=\"Headline figures\">\n");
        for (Figure f : figures) {
            boolean small = samples.isSmall(f.table(), f.row());
            h.raw("<div class=\"card").raw(small ? " small" : "").raw("\" data-table=\"")
                    .attr(f.table().id()).raw("\" data-row=\"").raw(Integer.toString(f.row()))
                    .raw("\">\n<div class=\"label\">").text(f.label()).raw("</div>\n")
                    .raw("<div class=\"figure\"><span class=\"value\" data-column=\"")
                    .attr(f.value()).raw("\">").text(cell(f, f.value())).raw("</span> ")
                    .raw("<span class=\"unit\">").text(f.unit()).raw("</span></div>\n");
            if (f.interval() != null) {
                h.raw("<div class=\"ci\">").text(f.table().column(f.interval()).title())
                        .raw(" <span data-column=\"").attr(f.interval()).raw("\">")
                        .text(cell(f, f.interval())).raw("</span></div>\n");
            }
            if (f.n() != null) {
                h.raw("<div class=\"n\">").text(f.table().column(f.n()).title()).raw(": ")
                        .raw("<span data-column=\"").attr(f.n()).raw("\">").text(cell(f, f.n()))
                        .raw("</span>").raw(small ? " (small sample)" : "").raw("</div>\n");
            }
            h.raw("</div>\n");
        }
        h.raw("</section>\n");
    }

    private static String cell(Figure f, String column) {
        return TextRenderer.textCell(f.table().column(column), f.table().cell(f.row(), column));
    }
}
