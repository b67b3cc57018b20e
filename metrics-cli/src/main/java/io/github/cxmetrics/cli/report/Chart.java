package io.github.cxmetrics.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One chart of the HTML report: which rows of which table it draws, and how. The page draws it
 * from the JSON report it embeds, so that a chart shows exactly the numbers of the JSON report;
 * the chart carries only references (table id, row indexes, column ids) and presentation.
 *
 * @param id the id of the chart, unique in the page
 * @param section the id of the section it belongs to
 * @param kind how it is drawn (the page's script has one function per kind)
 * @param title the caption
 * @param table the id of the table it draws
 * @param rows the indexes of the rows it draws, in drawing order
 * @param x the column of the categories or periods (the rows' labels)
 * @param series the columns drawn, each with its legend name
 * @param interval the interval column drawn as a band or whiskers around the first series, or
 *     null
 * @param n the column of the sample size shown with each category, or null
 * @param small the indexes of the rows that are small samples (drawn hollow and said so)
 * @param unit the unit of the value axis, such as {@code %} or {@code minutes}
 * @param decimals the decimals of values in tooltips and labels, as the tables show them
 * @param zero whether a line marks 0 on the value axis (for changes)
 * @param log whether the value axis is logarithmic (durations that span orders of magnitude)
 * @param wide whether the chart takes the whole width of the page
 * @param notes sentences shown under the chart
 */
record Chart(String id, String section, Kind kind, String title, String table,
        List<Integer> rows, String x, List<Series> series, String interval, String n,
        List<Integer> small, String unit, int decimals, boolean zero, boolean log, boolean wide,
        List<String> notes) {

    /** How a chart is drawn; the page's script has one function per kind. */
    enum Kind {
        /** Lines over periods, with a confidence band around the first series. */
        TREND("trend"),
        /** A point per category with its confidence interval as whiskers. */
        WHISKERS("whiskers"),
        /** Grouped bars per category, one per series. */
        BARS("bars"),
        /** Stacked horizontal bars per category, one segment per series. */
        STACKED("stacked"),
        /** A heatmap: a row per category, a column per series, the cell's value as colour. */
        HEATMAP("heatmap"),
        /**
         * An importance-performance chart: a labelled point per category at (first series,
         * second series), with the thresholds of the drivers' model as lines that split it into
         * four quadrants.
         */
        QUADRANT("quadrant");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    /**
     * A column drawn and its legend name.
     *
     * @param column the column id
     * @param name the name in the legend and tooltips
     */
    record Series(String column, String name) {}

    Chart {
        rows = List.copyOf(rows);
        series = List.copyOf(series);
        small = List.copyOf(small);
        notes = List.copyOf(notes);
    }

    /** Returns a builder of a chart of the rows of a table. */
    static Builder of(Kind kind, String id, String title, TableView table, List<Integer> rows) {
        return new Builder(kind, id, title, table, rows);
    }

    /** Builds a chart; the columns named are checked against the table. */
    static final class Builder {
        private final Kind kind;
        private final String id;
        private final String title;
        private final TableView table;
        private final List<Integer> rows;
        private String x;
        private final List<Series> series = new ArrayList<>();
        private String interval;
        private String n;
        private String unit = "";
        private boolean zero;
        private boolean log;
        private boolean wide;
        private final List<String> notes = new ArrayList<>();

        private Builder(Kind kind, String id, String title, TableView table, List<Integer> rows) {
            this.kind = kind;
            this.id = id;
            this.title = title;
            this.table = table;
            this.rows = rows;
        }

        Builder x(String column) {
            table.column(column);
            this.x = column;
            return this;
        }

        Builder y(String column, String name) {
            table.column(column);
            series.add(new Series(column, name));
            return this;
        }

        Builder interval(String column) {
            table.column(column);
            this.interval = column;
            return this;
        }

        Builder n(String column) {
            table.column(column);
            this.n = column;
            return this;
        }

        Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        Builder zero() {
            this.zero = true;
            return this;
        }

        Builder log() {
            this.log = true;
            return this;
        }

        Builder wide() {
            this.wide = true;
            return this;
        }

        Builder note(String note) {
            notes.add(note);
            return this;
        }

        /** Returns the chart, with the small samples of its rows as {@code samples} judges. */
        Chart build(String section, SmallSamples samples) {
            if (x == null || series.isEmpty()) {
                throw new IllegalStateException("chart " + id + " needs x and a series");
            }
            int d = table.column(series.get(0).column()).decimals();
            List<Integer> small = rows.stream().filter(r -> samples.isSmall(table, r)).toList();
            return new Chart(id, section, kind, title, table.id(), rows, x, series, interval, n,
                    small, unit, d, zero, log, wide, notes);
        }
    }
}
