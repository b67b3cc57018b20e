package io.github.cxmetrics.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A reference reader of the simple CSV files of these tests (no quotes, no delimiter in a cell):
 * the rows, each read by the caller into a domain object by column name, independently of the
 * command line's own reader.
 */
final class ReferenceCsv {

    /** One row: its cells by the header's column names. */
    static final class Cells {
        private final List<String> header;
        private final String[] cells;

        private Cells(List<String> header, String[] cells) {
            this.header = header;
            this.cells = cells;
        }

        /** Returns the cell of {@code column}, empty when blank. */
        String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new AssertionError("no column " + column + " in " + header);
            }
            return cells[i];
        }

        /** Returns the cell of {@code column}, or null when it is blank. */
        String orNull(String column) {
            String cell = get(column);
            return cell.isEmpty() ? null : cell;
        }
    }

    private ReferenceCsv() {}

    /** Reads each row after the header with {@code row}. */
    static <T> List<T> read(Path file, Function<Cells, T> row) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        List<T> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(row.apply(new Cells(header, line.split(",", -1))));
        }
        return rows;
    }
}
