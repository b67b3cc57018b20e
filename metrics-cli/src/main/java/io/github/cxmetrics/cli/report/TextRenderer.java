package io.github.cxmetrics.cli.report;

import io.github.cxmetrics.stats.Interval;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Aligned text tables for people: the parameters, then each section with its tables and notes. */
final class TextRenderer implements Renderer {

    @Override
    public void render(Report report, Writer out) throws IOException {
        StringBuilder s = new StringBuilder("cxmetrics " + report.command() + "\n");
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
}
