package io.github.cxmetrics.cli.report;

import java.util.Map;

/**
 * Which results of a report are small samples, for the HTML report's marks: a row is a small
 * sample when the report flags it (a {@code small_sample} column: the survey's results whose
 * effective sample size is below {@code --small-sample}), or, in a table without that column,
 * when its sample size (the column of {@link #SAMPLE_SIZE}) is below the same threshold.
 */
final class SmallSamples {

    /** The threshold when the report does not give one, as {@code --small-sample} defaults. */
    static final int DEFAULT_THRESHOLD = 30;

    /** The sample size of each table without a flag of its own: what a row counts. */
    static final Map<String, String> SAMPLE_SIZE = Map.ofEntries(
            Map.entry("support.times", "n"),
            Map.entry("support.status_times", "n"),
            Map.entry("support.shares", "n"),
            Map.entry("support.sla", "n"),
            Map.entry("support.by_group", "interactions"),
            Map.entry("support.by_period", "interactions"),
            Map.entry("value.churn", "customers"),
            Map.entry("value.ltv", "customers"),
            Map.entry("value.by_nps_band", "customers"),
            Map.entry("value.by_csat_band", "customers"),
            Map.entry("value.by_response_time", "customers"),
            Map.entry("value.by_period", "active_at_start"),
            Map.entry("value.cohorts", "customers"),
            Map.entry("value.net_revenue_retention", "customers"),
            Map.entry("value.gross_revenue_retention", "customers"),
            Map.entry("drivers.importance", "n"));

    private final long threshold;

    private SmallSamples(long threshold) {
        this.threshold = threshold;
    }

    /** Returns the rule of a report: its {@code small_sample} parameter, or the default. */
    static SmallSamples of(Report report) {
        String given = report.parameters().get("small_sample");
        return new SmallSamples(given == null ? DEFAULT_THRESHOLD : Long.parseLong(given));
    }

    long threshold() {
        return threshold;
    }

    /** Returns whether a row of a table is a small sample. */
    boolean isSmall(TableView table, int row) {
        if (table.has("small_sample")) {
            return Boolean.TRUE.equals(table.cell(row, "small_sample"));
        }
        String size = SAMPLE_SIZE.get(table.id());
        return size != null && table.has(size) && table.cell(row, size) instanceof Long n
                && n < threshold;
    }
}
