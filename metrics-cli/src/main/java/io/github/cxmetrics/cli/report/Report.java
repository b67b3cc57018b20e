package io.github.cxmetrics.cli.report;

import io.github.cxmetrics.stats.Interval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A report as data: parameters, then sections of tables of typed cells. The renderers (text,
 * JSON, CSV) know nothing of metrics; sections build tables with a {@link Table.Builder}.
 *
 * @param command the command that made it, such as {@code report} or {@code drivers}: the text
 *     and HTML reports' heading ({@code cxmetrics drivers})
 * @param parameters what the report was asked, in order (file names, breakdowns, zone…)
 * @param sections the sections, in report order
 */
public record Report(String command, Map<String, String> parameters, List<Section> sections) {

    /** The identifier of the JSON schema, which changes only when the schema does. */
    public static final String SCHEMA = "cxmetrics-report/1";

    /** Returns a report of {@code cxmetrics report}. */
    public Report(Map<String, String> parameters, List<Section> sections) {
        this("report", parameters, sections);
    }

    public Report {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        sections = List.copyOf(sections);
    }

    /**
     * A section of the report: survey, support, value, or the input summary.
     *
     * @param id a stable identifier, such as {@code survey}
     * @param title the heading
     * @param available false when the section cannot be computed (then {@code notes} say why)
     * @param notes sentences shown under the heading
     * @param tables the tables
     */
    public record Section(String id, String title, boolean available, List<String> notes,
            List<Table> tables) {
        public Section {
            notes = List.copyOf(notes);
            tables = List.copyOf(tables);
        }
    }

    /** How a column's cells are typed and shown. */
    public enum Type {
        /** A string. */
        TEXT("text"),
        /** A whole number ({@code Long}). */
        COUNT("integer"),
        /** A number ({@code Double}) shown with the column's decimals. */
        NUMBER("number"),
        /** A difference ({@code Double}) shown with its sign. */
        SIGNED("number"),
        /** A p-value ({@code Double}) in [0, 1]. */
        P_VALUE("number"),
        /** A confidence interval ({@link Interval}). */
        INTERVAL("interval"),
        /** A yes/no flag ({@code Boolean}); text output shows the column's title when true. */
        FLAG("boolean");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        /** Returns the type's name in the JSON schema. */
        public String json() {
            return json;
        }
    }

    /**
     * A column of a table.
     *
     * @param id a stable identifier, the key of the cell in JSON rows
     * @param title the heading in text and CSV output
     * @param type the type of the cells
     * @param decimals the decimals shown in text output
     */
    public record Column(String id, String title, Type type, int decimals) {}

    /**
     * A table: columns and rows of cells (null for an absent value).
     *
     * @param id a stable identifier, unique in the report, such as {@code survey.by_group}
     * @param title the heading
     * @param columns the columns
     * @param rows the rows, each with one cell per column
     * @param notes sentences shown under the table
     */
    public record Table(String id, String title, List<Column> columns, List<List<Object>> rows,
            List<String> notes) {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r)))
                    .toList();
            notes = List.copyOf(notes);
        }

        /** Returns a builder of a table. */
        public static Builder builder(String id, String title) {
            return new Builder(id, title);
        }

        /** Builds a table, checking each cell against its column's type. */
        public static final class Builder {
            private final String id;
            private final String title;
            private final List<Column> columns = new ArrayList<>();
            private final List<List<Object>> rows = new ArrayList<>();
            private final List<String> notes = new ArrayList<>();

            private Builder(String id, String title) {
                this.id = id;
                this.title = title;
            }

            public Builder text(String columnId, String columnTitle) {
                return column(columnId, columnTitle, Type.TEXT, 0);
            }

            public Builder count(String columnId, String columnTitle) {
                return column(columnId, columnTitle, Type.COUNT, 0);
            }

            public Builder column(String columnId, String columnTitle, Type type, int decimals) {
                columns.add(new Column(columnId, columnTitle, type, decimals));
                return this;
            }

            public Builder row(Object... cells) {
                if (cells.length != columns.size()) {
                    throw new IllegalArgumentException("table " + id + " has " + columns.size()
                            + " columns, the row has " + cells.length + ": " + Arrays.toString(cells));
                }
                for (int i = 0; i < cells.length; i++) {
                    check(columns.get(i), cells[i]);
                }
                rows.add(Arrays.asList(cells.clone()));
                return this;
            }

            public Builder note(String note) {
                notes.add(note);
                return this;
            }

            public boolean isEmpty() {
                return rows.isEmpty();
            }

            public Table build() {
                return new Table(id, title, columns, rows, notes);
            }

            private void check(Column column, Object cell) {
                if (cell == null) {
                    return;
                }
                boolean ok = switch (column.type()) {
                    case TEXT -> cell instanceof String;
                    case COUNT -> cell instanceof Long;
                    case NUMBER, SIGNED, P_VALUE -> cell instanceof Double d && Double.isFinite(d);
                    case INTERVAL -> cell instanceof Interval;
                    case FLAG -> cell instanceof Boolean;
                };
                if (!ok) {
                    throw new IllegalArgumentException("column " + id + "." + column.id() + " of type "
                            + column.type() + " cannot hold " + cell.getClass().getSimpleName() + " "
                            + cell);
                }
            }
        }
    }
}
