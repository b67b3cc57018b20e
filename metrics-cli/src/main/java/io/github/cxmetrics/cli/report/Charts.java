package io.github.cxmetrics.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charts of the HTML report: the one place that says which table is drawn how. Each method
 * adds the charts of one section for the tables the report has (a table that is absent, because
 * its input was not given, draws nothing). A chart for a new table is one {@link Chart.Builder}
 * here, and a new way of drawing one more {@link Chart.Kind} with its function in the page's
 * script.
 */
final class Charts {

    /** The survey's band columns and their names; NPS calls them detractors, passives, promoters. */
    private static final List<Chart.Series> BANDS = List.of(
            new Chart.Series("negative", "negative (NPS: detractors)"),
            new Chart.Series("neutral", "neutral (NPS: passives)"),
            new Chart.Series("positive", "positive (NPS: promoters)"));
    private static final Pattern CURRENCY = Pattern.compile("money in ([A-Z]{3})");

    private final Report report;
    private final SmallSamples samples;
    private final Map<String, TableView> tables;
    private final List<Chart> charts = new ArrayList<>();
    private final String period;
    private String section;

    private Charts(Report report) {
        this.report = report;
        this.samples = SmallSamples.of(report);
        this.tables = TableView.of(report);
        this.period = periodName(report.parameters().getOrDefault("period", "period"));
    }

    /** Returns the charts of a report, in the order of its sections. */
    static List<Chart> of(Report report) {
        Charts c = new Charts(report);
        c.survey();
        c.support();
        c.value();
        c.drivers();
        return List.copyOf(c.charts);
    }

    /** The importance-performance chart of {@code cxmetrics drivers}. */
    private void drivers() {
        section = "drivers";
        TableView importance = tables.get("drivers.importance");
        if (importance == null || importance.table().rows().isEmpty()
                || tables.get("drivers.model") == null) {
            return;
        }
        add(Chart.of(Chart.Kind.QUADRANT, "drivers-importance-performance",
                "Importance and performance of the drivers", importance, importance.rows())
                .x("driver").y("relative_weight_percent", "importance (% of R²)")
                .y("performance", "performance (0-100)").n("n").unit("% of R²")
                .note("Importance: relative weight as a share of R²; performance: the mean"
                        + " answer on 0-100. The lines are the model's thresholds: important"
                        + " from R²/p (the share of an equal split), performing well from the"
                        + " performance threshold."));
    }

    private void survey() {
        section = "survey";
        TableView bands = tables.get("survey.bands");
        if (bands != null && !bands.table().rows().isEmpty()) {
            Chart.Builder b = Chart.of(Chart.Kind.STACKED, "survey-bands",
                    "Score distribution: negative, neutral and positive answers",
                    bands, bands.rows()).x("metric").n("n").unit("% of answers");
            BANDS.forEach(s -> b.y(s.column(), s.name()));
            add(b.note("NPS: detractors 0-6, passives 7-8, promoters 9-10; CSAT, CSI and CES by"
                    + " their scale's bands."));
        }
        TableView byPeriod = tables.get("survey.by_period");
        TableView byGroup = tables.get("survey.by_group");
        TableView change = tables.get("survey.change");
        TableView overall = tables.get("survey.overall");
        if (overall == null) {
            return;
        }
        String by = report.parameters().getOrDefault("by", "group");
        for (Object m : overall.distinct("metric")) {
            String metric = (String) m;
            String unit = unit(overall, metric);
            String slug = slug(metric);
            if (byPeriod != null && !byPeriod.rows("metric", metric).isEmpty()) {
                add(Chart.of(Chart.Kind.TREND, "survey-trend-" + slug, metric + " by " + period,
                        byPeriod, byPeriod.rows("metric", metric)).x("period").y("score", metric)
                        .interval("ci").n("n").unit(unit).wide());
            }
            if (byGroup != null && !byGroup.rows("metric", metric).isEmpty()) {
                add(Chart.of(Chart.Kind.WHISKERS, "survey-group-" + slug, metric + " by " + by,
                        byGroup, byGroup.rows("metric", metric)).x("group").y("score", metric)
                        .interval("ci").n("n").unit(unit));
            }
            if (change != null && !change.rows("metric", metric).isEmpty()) {
                Chart.Builder b = Chart.of(Chart.Kind.WHISKERS, "survey-change-" + slug,
                        metric + ": change between the last two " + period + "s, by " + by,
                        change, change.rows("metric", metric)).x("group")
                        .y("change", "change").interval("change_ci").unit(changeUnit(unit)).zero();
                int all = change.row("metric", metric, "group", Cells.ALL);
                if (all >= 0) {
                    b.note(changeInWords(change, all, unit));
                }
                add(b);
            }
        }
    }

    private void support() {
        section = "support";
        TableView times = tables.get("support.times");
        if (times != null) {
            for (Object clock : times.distinct("clock")) {
                for (String metric : List.of("first response time", "full resolution time")) {
                    List<Integer> rows = times.rows("metric", metric, "clock", clock);
                    if (!rows.isEmpty()) {
                        add(Chart.of(Chart.Kind.BARS, "support-" + slug(metric) + "-" + clock,
                                capitalized(metric) + " by channel (" + clock + " time)", times,
                                rows).x("channel").y("median", "median").y("p90", "p90")
                                .y("p95", "p95").n("n").unit("minutes").log());
                    }
                }
            }
        }
        TableView sla = tables.get("support.sla");
        if (sla != null && !sla.table().rows().isEmpty()) {
            Object first = sla.distinct("sla").get(0);
            for (Object policy : sla.distinct("sla")) {
                for (Object clock : sla.distinct("clock")) {
                    List<Integer> rows = sla.rows("sla", policy, "clock", clock);
                    if (rows.isEmpty()) {
                        continue;
                    }
                    String id = slug((String) policy) + "-" + clock;
                    add(Chart.of(Chart.Kind.WHISKERS, "support-sla-" + id,
                            capitalized(policy + " SLA attainment by channel (" + clock + " time)"),
                            sla, rows).x("channel").y("attainment", "attainment")
                            .interval("ci").n("n").unit("%"));
                    if (policy.equals(first)) {
                        add(Chart.of(Chart.Kind.STACKED, "support-sla-outcomes-" + id,
                                capitalized(policy + " within the SLA: interactions by outcome ("
                                        + clock + " time)"), sla, rows).x("channel")
                                .y("met", "met").y("breached", "breached")
                                .y("open_breached", "open, late")
                                .y("open_within_target", "open, in time").n("n")
                                .unit("interactions")
                                .note("attainment = met / (met + breached + open, late);"
                                        + " open, in time is not in the base."));
                    }
                }
            }
        }
        TableView byPeriod = tables.get("support.by_period");
        if (byPeriod != null && !byPeriod.table().rows().isEmpty()) {
            add(Chart.of(Chart.Kind.TREND, "support-by-period",
                    "SLA attainment and first contact resolution by " + period, byPeriod,
                    byPeriod.rows()).x("period").y("sla", "SLA attainment (first policy)")
                    .y("fcr", "first contact resolution").n("interactions").unit("%").wide());
        }
    }

    private void value() {
        section = "value";
        TableView byPeriod = tables.get("value.by_period");
        if (byPeriod != null && !byPeriod.table().rows().isEmpty()) {
            add(Chart.of(Chart.Kind.TREND, "value-churn-by-period", "Churn by " + period, byPeriod,
                    byPeriod.rows()).x("period").y("churn", "churn").interval("churn_ci")
                    .n("active_at_start").unit("% per " + period).wide()
                    .note("n: customers active at the start of the " + period + "."));
        }
        for (String[] cohort : new String[][] {
                {"value.cohorts", "Cohort retention", "% of the cohort"},
                {"value.net_revenue_retention", "Net revenue retention", "% of revenue at age 0"},
                {"value.gross_revenue_retention", "Gross revenue retention",
                        "% of revenue at age 0"}}) {
            TableView t = tables.get(cohort[0]);
            if (t == null || t.table().rows().isEmpty()) {
                continue;
            }
            Chart.Builder b = Chart.of(Chart.Kind.HEATMAP, "value-" + slug(cohort[0].substring(6)),
                    cohort[1] + " by " + period + " of acquisition and age", t, t.rows())
                    .x("cohort").n("customers").unit(cohort[2]).wide()
                    .note("Age in " + period + "s since acquisition; a row per cohort, from"
                            + " age 0 (the " + period + " of acquisition) to its last complete "
                            + period + ". The figures are in the table below.");
            for (Report.Column column : t.table().columns()) {
                if (column.id().startsWith("age_")) {
                    b.y(column.id(), column.title());
                }
            }
            add(b);
        }
        String money = currency(report);
        for (String[] band : new String[][] {
                {"value.by_nps_band", "NPS band", "nps"},
                {"value.by_csat_band", "CSAT band", "csat"},
                {"value.by_response_time", "first response time", "response"}}) {
            TableView t = tables.get(band[0]);
            if (t == null || t.table().rows().isEmpty()) {
                continue;
            }
            add(Chart.of(Chart.Kind.WHISKERS, "value-churn-by-" + band[2], "Churn by " + band[1],
                    t, t.rows()).x("band").y("churn", "churn").interval("churn_ci")
                    .n("customers").unit("% per month"));
            add(Chart.of(Chart.Kind.BARS, "value-ltv-by-" + band[2],
                    "Lifetime value by " + band[1], t, t.rows()).x("band").y("ltv", "LTV")
                    .n("customers").unit(money));
        }
    }

    private void add(Chart.Builder chart) {
        charts.add(chart.build(section, samples));
    }

    /** Returns the change of a metric in words: its size, interval, p-value and significance. */
    private String changeInWords(TableView change, int row, String unit) {
        String metric = (String) change.cell(row, "metric");
        Object value = change.cell(row, "change");
        String from = text(change, row, "previous");
        String to = text(change, row, "latest");
        if (value == null) {
            return metric + ": no change can be computed between " + from + " and " + to + ".";
        }
        double level = Double.parseDouble(report.parameters().getOrDefault("confidence", "0.95"));
        double alpha = 1 - level;
        Double p = (Double) change.cell(row, "p_value");
        String significance = JsonWriter.fixed(100 * alpha, 4) + "%";
        String test = p == null ? "no test (no variance)"
                : (p < alpha ? "significant" : "not significant") + " at the " + significance + " level";
        String shownP = text(change, row, "p_value");
        String pText = p == null ? "" : shownP.startsWith("<") ? ", p < " + shownP.substring(1)
                : ", p = " + shownP;
        String interval = change.cell(row, "change_ci") == null ? ""
                : " (" + Cells.ciTitle(level) + " " + text(change, row, "change_ci") + ")";
        String scoreUnit = unit.equals("0-10") ? " (0-10)" : " " + unit;
        return metric + " from " + from + " to " + to + ": " + text(change, row, "previous_score")
                + " to " + text(change, row, "latest_score") + scoreUnit + ", a change of "
                + text(change, row, "change") + " " + changeUnit(unit) + interval + pText + ": "
                + test + ".";
    }

    private static String text(TableView table, int row, String column) {
        return TextRenderer.textCell(table.column(column), table.cell(row, column));
    }

    private static String unit(TableView overall, String metric) {
        int row = overall.row("metric", metric);
        Object unit = overall.has("unit") && row >= 0 ? overall.cell(row, "unit") : null;
        return unit == null ? "" : (String) unit;
    }

    private static String changeUnit(String unit) {
        return unit.equals("%") ? "percentage points" : unit.equals("0-10") ? "points on 0-10" : unit;
    }

    /** Returns the currency the value section's notes name, or a word when they name none. */
    static String currency(Report report) {
        List<String> notes = report.sections().stream().filter(s -> s.id().equals("value"))
                .flatMap(s -> s.notes().stream()).toList();
        for (String note : notes) {
            Matcher m = CURRENCY.matcher(note);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "money";
    }

    private static String periodName(String period) {
        return switch (period.toLowerCase(Locale.ROOT)) {
            case "day", "week", "month", "quarter", "year" -> period.toLowerCase(Locale.ROOT);
            default -> "period";
        };
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
