package io.github.cxmetrics.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Reads a {@link Report.Table} by column id, for the HTML report's charts and headline figures:
 * which rows match, the distinct values of a column, a cell. Rows are referred to by their index
 * in the table, as the page's embedded JSON report has them.
 */
final class TableView {

    private final Report.Table table;

    TableView(Report.Table table) {
        this.table = table;
    }

    /** Returns the tables of a report by id, in report order. */
    static java.util.Map<String, TableView> of(Report report) {
        java.util.Map<String, TableView> tables = new java.util.LinkedHashMap<>();
        report.sections().forEach(s -> s.tables().forEach(t -> tables.put(t.id(), new TableView(t))));
        return tables;
    }

    Report.Table table() {
        return table;
    }

    String id() {
        return table.id();
    }

    boolean has(String column) {
        return index(column) >= 0;
    }

    /** Returns the column of an id, or throws when the table has none. */
    Report.Column column(String id) {
        int i = index(id);
        if (i < 0) {
            throw new IllegalArgumentException("table " + table.id() + " has no column " + id);
        }
        return table.columns().get(i);
    }

    Object cell(int row, String column) {
        column(column);
        return table.rows().get(row).get(index(column));
    }

    /** Returns the indexes of the rows whose cells equal the values, given as id, value pairs. */
    List<Integer> rows(Object... where) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            boolean match = true;
            for (int i = 0; i < where.length; i += 2) {
                match &= Objects.equals(cell(r, (String) where[i]), where[i + 1]);
            }
            if (match) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** Returns the first row whose cells equal the values, or -1. */
    int row(Object... where) {
        List<Integer> rows = rows(where);
        return rows.isEmpty() ? -1 : rows.get(0);
    }

    /** Returns the distinct values of a column, in the order of the rows. */
    List<Object> distinct(String column) {
        LinkedHashSet<Object> values = new LinkedHashSet<>();
        for (int r = 0; r < table.rows().size(); r++) {
            values.add(cell(r, column));
        }
        return java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    private int index(String column) {
        List<Report.Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(column)) {
                return i;
            }
        }
        return -1;
    }
}
