package io.github.cxmetrics.cli.input;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How input files are read, validated: what {@link InputReader} needs.
 *
 * @param lenient whether bad rows are skipped and counted rather than stopping the run
 * @param formats per kind: the delimiter, times and decimal separator of the file
 * @param columns per kind: documented column → header name ({@code --column})
 * @param from the first instant of the window, or null for no window
 * @param to the end of the window (exclusive), or null for no window
 * @param progress whether to show progress lines for large files
 */
public record ReadOptions(
        boolean lenient,
        Map<InputKind, FileFormat> formats,
        Map<InputKind, Map<String, String>> columns,
        Instant from,
        Instant to,
        boolean progress) {

    public ReadOptions {
        Map<InputKind, Map<String, String>> copy = new EnumMap<>(InputKind.class);
        columns.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        columns = copy;
        Map<InputKind, FileFormat> all = new EnumMap<>(InputKind.class);
        all.putAll(formats);
        for (InputKind kind : InputKind.values()) {
            if (!all.containsKey(kind)) {
                throw new IllegalArgumentException("no format for " + kind.id());
            }
        }
        formats = all;
    }

    /** Returns options that read every file in one format. */
    public ReadOptions(boolean lenient, char delimiter, Map<InputKind, Map<String, String>> columns,
            TimeParser times, Instant from, Instant to, boolean progress) {
        this(lenient, every(FileFormat.of(delimiter, times)), columns, from, to, progress);
    }

    private static Map<InputKind, FileFormat> every(FileFormat format) {
        Map<InputKind, FileFormat> formats = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            formats.put(kind, format);
        }
        return formats;
    }

    /** Returns the format of one kind of file. */
    public FileFormat format(InputKind kind) {
        return formats.get(kind);
    }

    /** Returns the {@code --column} mapping of one kind of file. */
    public Map<String, String> columns(InputKind kind) {
        return columns.getOrDefault(kind, Map.of());
    }
}
