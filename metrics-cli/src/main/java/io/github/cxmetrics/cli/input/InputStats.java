package io.github.cxmetrics.cli.input;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What reading one file did: its data rows, the rows used, the rows outside
 * {@code --from}/{@code --to}, and (lenient mode) the rows skipped per {@link Reason} with their
 * first line numbers. Nothing is dropped without being counted here.
 */
public final class InputStats {

    /** How many line numbers of skipped rows are kept per reason. */
    static final int FIRST_LINES = 5;

    private final InputKind kind;
    private final String file;
    private final boolean consumed;
    long rows;
    long used;
    long outsideWindow;
    private Instant latest;
    private final Map<Reason, Long> skipped = new EnumMap<>(Reason.class);
    private final Map<Reason, List<Long>> firstLines = new EnumMap<>(Reason.class);
    private final Map<Reason, String> firstMessages = new EnumMap<>(Reason.class);
    private final List<String> warnings = new ArrayList<>();

    InputStats(InputKind kind, String file, boolean consumed) {
        this.kind = kind;
        this.file = file;
        this.consumed = consumed;
    }

    void skip(Reason reason, long line, String message) {
        skipped.merge(reason, 1L, Long::sum);
        List<Long> lines = firstLines.computeIfAbsent(reason, r -> new ArrayList<>());
        if (lines.size() < FIRST_LINES) {
            lines.add(line);
        }
        firstMessages.putIfAbsent(reason, message);
    }

    void warn(List<String> messages) {
        warnings.addAll(messages);
    }

    /** Returns the warnings about the file, such as a column that seems misspelled. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Notes the latest event of a record used; null is ignored. */
    void observe(Instant time) {
        if (time != null && (latest == null || time.isAfter(latest))) {
            latest = time;
        }
    }

    /** Returns the latest event of the records used, or null when none was used. */
    public Instant latest() {
        return latest;
    }

    public InputKind kind() {
        return kind;
    }

    public String file() {
        return file;
    }

    /** Returns whether some section used the records (false: the file was only checked). */
    public boolean consumed() {
        return consumed;
    }

    /** Returns the number of data rows, the header excluded. */
    public long rows() {
        return rows;
    }

    /** Returns the number of rows handed to the sections. */
    public long used() {
        return used;
    }

    public long outsideWindow() {
        return outsideWindow;
    }

    /** Returns the number of rows skipped (lenient mode), over all reasons. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Returns the skipped rows per reason, in the order of {@link Reason}. */
    public Map<Reason, Long> skipped() {
        return Collections.unmodifiableMap(skipped);
    }

    /** Returns the first line numbers of the rows skipped for {@code reason}. */
    public List<Long> firstLines(Reason reason) {
        return firstLines.getOrDefault(reason, List.of());
    }

    /** Returns the message of the first row skipped for {@code reason}. */
    public String firstMessage(Reason reason) {
        return firstMessages.get(reason);
    }
}
