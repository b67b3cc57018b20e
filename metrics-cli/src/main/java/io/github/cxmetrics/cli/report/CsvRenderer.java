package io.github.cxmetrics.cli.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cxmetrics.stats.Interval;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV for spreadsheets: one block per table, separated by an empty line; each block starts with
 * a header row whose first column is {@code table}, and each row starts with the table's id.
 * Intervals take two columns, {@code ID_lower} and {@code ID_upper}.
 */
final class CsvRenderer implements Renderer {

    @Override
    public void render(Report report, Writer out) throws IOException {
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

    private static void csvCell(List<String> cells, Report.Column column, Object cell) {
        if (column.type() == Report.Type.INTERVAL) {
            Interval interval = (Interval) cell;
            cells.add(interval == null ? ""
                    : JsonWriter.fixed(interval.lower(), Renderers.MACHINE_DECIMALS));
            cells.add(interval == null ? ""
                    : JsonWriter.fixed(interval.upper(), Renderers.MACHINE_DECIMALS));
            return;
        }
        if (cell == null) {
            cells.add("");
            return;
        }
        cells.add(switch (column.type()) {
            case NUMBER, SIGNED -> JsonWriter.fixed((Double) cell, Renderers.MACHINE_DECIMALS);
            case P_VALUE -> JsonWriter.significantDigits((Double) cell,
                    Renderers.P_VALUE_DIGITS);
            default -> cell.toString();
        });
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
