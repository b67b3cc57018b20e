package io.github.cxmetrics.cli.input;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How input files are read, validated: what {@link InputReader} needs.
 *
 * @param lenient whether bad rows are skipped and counted rather than stopping the run
 * @param delimiter the field delimiter of every file
 * @param columns per kind: documented column → header name ({@code --column})
 * @param times the parser of time cells
 * @param from the first instant of the window, or null for no window
 * @param to the end of the window (exclusive), or null for no window
 * @param progress whether to show progress lines for large files
 */
public record ReadOptions(
        boolean lenient,
        char delimiter,
        Map<InputKind, Map<String, String>> columns,
        TimeParser times,
        Instant from,
        Instant to,
        boolean progress) {

    public ReadOptions {
        Map<InputKind, Map<String, String>> copy = new EnumMap<>(InputKind.class);
        columns.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        columns = copy;
    }

    /** Returns the {@code --column} mapping of one kind of file. */
    public Map<String, String> columns(InputKind kind) {
        return columns.getOrDefault(kind, Map.of());
    }
}
