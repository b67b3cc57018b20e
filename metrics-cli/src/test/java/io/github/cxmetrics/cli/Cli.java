package io.github.cxmetrics.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs the command in-process and reads its output, for the end-to-end tests. */
final class Cli {

    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {

        /** Returns the CSV output's rows of one table, as maps column id → cell. */
        List<Map<String, String>> table(String id) {
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> header = null;
            for (CsvRecord record : CsvReader.builder().allowExtraFields(true)
                    .allowMissingFields(true).ofCsvRecord(out)) {
                List<String> fields = record.getFields();
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    header = null;
                    continue;
                }
                if (fields.get(0).equals("table")) {
                    header = fields;
                    continue;
                }
                if (header != null && fields.get(0).equals(id)) {
                    Map<String, String> row = new TreeMap<>();
                    for (int i = 1; i < header.size(); i++) {
                        row.put(header.get(i), fields.get(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }

        /** Returns the one row of a table whose cells match {@code keys} (id, value pairs). */
        Map<String, String> row(String table, String... keys) {
            List<Map<String, String>> found = new ArrayList<>();
            for (Map<String, String> row : table(table)) {
                boolean match = true;
                for (int i = 0; i < keys.length; i += 2) {
                    match &= keys[i + 1].equals(row.get(keys[i]));
                }
                if (match) {
                    found.add(row);
                }
            }
            if (found.size() != 1) {
                throw new AssertionError("expected one row of " + table + " with "
                        + List.of(keys) + ", found " + found + "\n" + out + err);
            }
            return found.get(0);
        }

        /** Returns a number of a row. */
        double number(String table, String column, String... keys) {
            return Double.parseDouble(row(table, keys).get(column));
        }
    }

    private Cli() {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the command line {@code args} followed by {@code more}. */
    static Run run(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return run(all.toArray(String[]::new));
    }

    /** Writes lines to a file, joined with LF and ended with one. */
    static Path write(Path dir, String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
