package io.github.cxmetrics.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cxmetrics.stats.Interval;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three output formats of a {@link Report}: aligned text tables for people, JSON with a
 * stable schema for programs, and CSV for spreadsheets. All of them are generic over tables, so a
 * new section needs no change here.
 */
enum Renderers {
    /** Aligned text tables with intervals, flags and notes. */
    TEXT {
        @Override
        void render(Report report, Writer out) throws IOException {
            StringBuilder s = new StringBuilder("cxmetrics report\n");
            int width = report.parameters().keySet().stream().mapToInt(String::length).max().orElse(0);
            report.parameters().forEach((k, v) -> s.append("  ").append(pad(k, width, false))
                    .append("  ").append(v).append('\n'));
            for (Report.Section section : report.sections()) {
                s.append('\n').append(section.title().toUpperCase(Locale.ROOT)).append('\n')
                        .append("=".repeat(section.title().length())).append('\n');
                for (String note : section.notes()) {
                    s.append(note).append('\n');
                }
                for (Report.Table table : section.tables()) {
                    s.append('\n');
                    table(s, table);
                }
            }
            out.write(s.toString());
        }
    },
    /** JSON, schema {@value Report#SCHEMA}, documented in {@code docs/cli.md}. */
    JSON {
        @Override
        void render(Report report, Writer out) throws IOException {
            StringBuilder s = new StringBuilder();
            JsonWriter json = new JsonWriter(s);
            json.beginObject().name("schema").value(Report.SCHEMA);
            json.name("parameters").beginObject();
            report.parameters().forEach((k, v) -> json.name(k).value(v));
            json.endObject();
            json.name("sections").beginArray();
            for (Report.Section section : report.sections()) {
                json.beginObject().name("id").value(section.id())
                        .name("title").value(section.title())
                        .name("available").value(section.available());
                notes(json, section.notes());
                json.name("tables").beginArray();
                for (Report.Table table : section.tables()) {
                    json.beginObject().name("id").value(table.id())
                            .name("title").value(table.title());
                    json.name("columns").beginArray();
                    for (Report.Column column : table.columns()) {
                        json.beginObject().name("id").value(column.id())
                                .name("title").value(column.title())
                                .name("type").value(column.type().json()).endObject();
                    }
                    json.endArray();
                    json.name("rows").beginArray();
                    for (List<Object> row : table.rows()) {
                        json.beginObject();
                        for (int i = 0; i < row.size(); i++) {
                            Report.Column column = table.columns().get(i);
                            json.name(column.id());
                            jsonCell(json, column, row.get(i));
                        }
                        json.endObject();
                    }
                    json.endArray();
                    notes(json, table.notes());
                    json.endObject();
                }
                json.endArray().endObject();
            }
            json.endArray().endObject();
            out.write(s.toString());
        }
    },
    /**
     * CSV: one block per table, separated by an empty line; each block starts with a header row
     * whose first column is {@code table}, and each row starts with the table's id. Intervals
     * take two columns, {@code ID_lower} and {@code ID_upper}.
     */
    CSV {
        @Override
        void render(Report report, Writer out) throws IOException {
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(
                    new NonClosingWriter(out));
            csv.writeRecord("table", "parameter", "value");
            for (Map.Entry<String, String> e : report.parameters().entrySet()) {
                csv.writeRecord("parameters", e.getKey(), e.getValue());
            }
            for (Report.Section section : report.sections()) {
                for (Report.Table table : section.tables()) {
                    csv.writeRecord(List.of());
                    List<String> header = new ArrayList<>();
                    header.add("table");
                    for (Report.Column column : table.columns()) {
                        if (column.type() == Report.Type.INTERVAL) {
                            header.add(column.id() + "_lower");
                            header.add(column.id() + "_upper");
                        } else {
                            header.add(column.id());
                        }
                    }
                    csv.writeRecord(header);
                    for (List<Object> row : table.rows()) {
                        List<String> cells = new ArrayList<>();
                        cells.add(table.id());
                        for (int i = 0; i < row.size(); i++) {
                            csvCell(cells, table.columns().get(i), row.get(i));
                        }
                        csv.writeRecord(cells);
                    }
                }
            }
            csv.flush();
        }
    };

    /** Decimals of numbers in JSON and CSV. */
    static final int MACHINE_DECIMALS = 6;
    /** Significant digits of p-values in JSON and CSV. */
    static final int P_VALUE_DIGITS = 6;

    /** Writes the report. */
    abstract void render(Report report, Writer out) throws IOException;

    /** Returns the renderer of a {@code --format} name. */
    static Renderers of(String format) {
        return valueOf(format.toUpperCase(Locale.ROOT));
    }

    private static void notes(JsonWriter json, List<String> notes) {
        json.name("notes").beginArray();
        for (String note : notes) {
            json.value(note);
        }
        json.endArray();
    }

    private static void jsonCell(JsonWriter json, Report.Column column, Object cell) {
        if (cell == null) {
            json.nullValue();
            return;
        }
        switch (column.type()) {
            case TEXT -> json.value((String) cell);
            case COUNT -> json.value((long) (Long) cell);
            case NUMBER, SIGNED -> json.value((Double) cell, MACHINE_DECIMALS);
            case P_VALUE -> json.significant((Double) cell, P_VALUE_DIGITS);
            case FLAG -> json.value((boolean) (Boolean) cell);
            case INTERVAL -> {
                Interval interval = (Interval) cell;
                json.beginObject().name("lower").value(interval.lower(), MACHINE_DECIMALS)
                        .name("upper").value(interval.upper(), MACHINE_DECIMALS).endObject();
            }
        }
    }

    private static void csvCell(List<String> cells, Report.Column column, Object cell) {
        if (column.type() == Report.Type.INTERVAL) {
            Interval interval = (Interval) cell;
            cells.add(interval == null ? "" : JsonWriter.fixed(interval.lower(), MACHINE_DECIMALS));
            cells.add(interval == null ? "" : JsonWriter.fixed(interval.upper(), MACHINE_DECIMALS));
            return;
        }
        if (cell == null) {
            cells.add("");
            return;
        }
        cells.add(switch (column.type()) {
            case NUMBER, SIGNED -> JsonWriter.fixed((Double) cell, MACHINE_DECIMALS);
            case P_VALUE -> JsonWriter.significantDigits((Double) cell, P_VALUE_DIGITS);
            default -> cell.toString();
        });
    }

    private static void table(StringBuilder s, Report.Table table) {
        s.append(table.title()).append('\n');
        List<Report.Column> columns = table.columns();
        if (table.rows().isEmpty()) {
            s.append("  (no rows)\n");
        } else {
            List<String[]> lines = new ArrayList<>();
            String[] header = new String[columns.size()];
            for (int i = 0; i < header.length; i++) {
                header[i] = columns.get(i).type() == Report.Type.FLAG ? "" : columns.get(i).title();
            }
            lines.add(header);
            for (List<Object> row : table.rows()) {
                String[] cells = new String[columns.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = textCell(columns.get(i), row.get(i));
                }
                lines.add(cells);
            }
            int[] widths = new int[columns.size()];
            for (String[] line : lines) {
                for (int i = 0; i < line.length; i++) {
                    widths[i] = Math.max(widths[i], line[i].length());
                }
            }
            for (String[] line : lines) {
                StringBuilder l = new StringBuilder();
                for (int i = 0; i < line.length; i++) {
                    if (i > 0) {
                        l.append("  ");
                    }
                    l.append(pad(line[i], widths[i], rightAligned(columns.get(i).type())));
                }
                s.append(l.toString().stripTrailing()).append('\n');
            }
        }
        for (String note : table.notes()) {
            s.append("  ").append(note).append('\n');
        }
    }

    private static boolean rightAligned(Report.Type type) {
        return type != Report.Type.TEXT && type != Report.Type.FLAG;
    }

    /** Returns a cell as text output shows it; "-" for an absent value. */
    static String textCell(Report.Column column, Object cell) {
        if (cell == null) {
            return column.type() == Report.Type.FLAG ? "" : "-";
        }
        int d = column.decimals();
        return switch (column.type()) {
            case TEXT -> (String) cell;
            case COUNT -> Long.toString((Long) cell);
            case NUMBER -> String.format(Locale.ROOT, "%." + d + "f", (Double) cell);
            case SIGNED -> String.format(Locale.ROOT, "%+." + d + "f", (Double) cell);
            case P_VALUE -> (Double) cell < 0.001 ? "<0.001"
                    : String.format(Locale.ROOT, "%.3f", (Double) cell);
            case INTERVAL -> {
                Interval i = (Interval) cell;
                yield String.format(Locale.ROOT, "[%." + d + "f, %." + d + "f]", i.lower(), i.upper());
            }
            case FLAG -> (Boolean) cell ? column.title() : "";
        };
    }

    private static String pad(String text, int width, boolean right) {
        if (text.length() >= width) {
            return text;
        }
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }

    /** Lets the CSV writer flush without closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
