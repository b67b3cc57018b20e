package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.cli.UsageException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of how input files are read, shared by every command that reads them (a picocli
 * mixin): {@code --lenient}, {@code --delimiter}, {@code --column}, {@code --time-pattern} and
 * {@code --progress}. {@link #validate} turns them into {@link ReadOptions}.
 */
public final class InputOptions {

    @Option(names = "--lenient",
            description = "Skip bad rows, count them per reason and go on (default: stop at the first).")
    boolean lenient;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "Field delimiter: ',', ';', '|' or tab (default: '${DEFAULT-VALUE}').")
    String delimiter;

    @Option(names = "--column", paramLabel = "[FILE.]NAME=HEADER",
            description = "Read a documented column from another header, e.g. score=Rating or"
                    + " responses.customer_id=\"Customer ID\".")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--time-pattern", paramLabel = "PATTERN",
            description = "Pattern of time cells, e.g. 'dd.MM.yyyy HH:mm' (default: ISO-8601).")
    String timePattern;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on standard error for large files (default: when it is a"
                    + " terminal).")
    Boolean progress;

    /**
     * Validates the options.
     *
     * @param zone the zone of times without an offset
     * @param from the first instant of the window, or null for no window
     * @param to the end of the window (exclusive), or null for no window
     * @throws UsageException if an option is invalid
     */
    public ReadOptions validate(ZoneId zone, Instant from, Instant to) {
        TimeParser times;
        try {
            times = new TimeParser(zone, timePattern);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--time-pattern: invalid pattern '" + timePattern + "': "
                    + e.getMessage());
        }
        return new ReadOptions(lenient, delimiter(), columnMapping(), times, from, to,
                progress != null ? progress : stderrIsTerminal());
    }

    private char delimiter() {
        String d = delimiter;
        if (d.equals("\\t") || d.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
            throw new UsageException("--delimiter must be one character, such as ';' or tab: '"
                    + d + "'");
        }
        return d.charAt(0);
    }

    private Map<InputKind, Map<String, String>> columnMapping() {
        Map<InputKind, Map<String, String>> mapping = new EnumMap<>(InputKind.class);
        for (Map.Entry<String, String> e : columns.entrySet()) {
            String key = e.getKey().strip();
            String header = e.getValue().strip();
            if (header.isEmpty()) {
                throw new UsageException("--column: no header name given for " + key);
            }
            int dot = key.indexOf('.');
            InputKind only = dot < 0 ? null : InputKind.byId(key.substring(0, dot));
            if (dot >= 0 && only == null) {
                throw new UsageException("--column: unknown file '" + key.substring(0, dot)
                        + "' (responses, interactions, customers or purchases)");
            }
            String column = dot < 0 ? key : key.substring(dot + 1);
            boolean known = false;
            for (InputKind kind : InputKind.values()) {
                if ((only == null || only == kind) && kind.knows(column)) {
                    known = true;
                    Map<String, String> m = mapping.computeIfAbsent(kind, k -> new HashMap<>());
                    if (m.containsValue(header) && !header.equals(m.get(column))) {
                        throw new UsageException("--column: '" + header
                                + "' is mapped to two columns of " + kind.id());
                    }
                    m.put(column, header);
                }
            }
            if (!known) {
                throw new UsageException("--column: unknown column '" + column + "'"
                        + (only == null ? "" : " of " + only.id()) + "; the documented columns are"
                        + " in docs/cli.md");
            }
        }
        return mapping;
    }

    /**
     * Returns whether standard error is a terminal: the launcher script tells with the property
     * {@code cxmetrics.stderr.tty}; without it, a console means an interactive run.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("cxmetrics.stderr.tty");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return System.console() != null;
    }
}
