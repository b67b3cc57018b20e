package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.cli.UsageException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    @Option(names = "--delimiter", paramLabel = "[FILE=]CHAR",
            description = "Field delimiter of every file or of one (responses=';'): ',', ';', '|'"
                    + " or tab (default: ',').")
    List<String> delimiters;

    @Option(names = "--column", paramLabel = "[FILE.]NAME=HEADER",
            description = "Read a documented column from another header, e.g. score=Rating or"
                    + " responses.customer_id=\"Customer ID\".")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--time-pattern", paramLabel = "[FILE=]PATTERN",
            description = "Pattern of the time cells of every file or of one, e.g. 'dd.MM.yyyy"
                    + " HH:mm' or interactions='M/d/yyyy h:mm a' (default: ISO-8601).")
    List<String> timePatterns;

    @Option(names = "--decimal-separator", paramLabel = "[FILE=]SEP",
            description = "Decimal separator of the numbers of every file or of one:"
                    + " '.' (default) or ',' (responses=,).")
    List<String> decimalSeparators;

    @Option(names = "--score-label", paramLabel = "[SCALE:]LABEL=SCORE",
            description = "Read a score written as a label, on every scale or one, e.g."
                    + " 'five-point:Super happy=5' (built-in labels: docs/cli.md).")
    Map<String, String> scoreLabels = new LinkedHashMap<>();

    @Option(names = "--single-question", paramLabel = "ID",
            description = "The question of a responses file without a question column: every"
                    + " score answers ID, e.g. nps.")
    String singleQuestion;

    @Option(names = "--plausible-years", paramLabel = "FIRST-LAST", defaultValue = "1900-2200",
            description = "Years a time may lie in; other times are bad rows (default:"
                    + " ${DEFAULT-VALUE}; at most 1-9999).")
    String plausibleYears;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on standard error for large files (default: when it is a"
                    + " terminal).")
    Boolean progress;

    /**
     * Validates the options.
     *
     * @param zone the zone of times without an offset
     * @param from {@code --from}, the start of the window as given, or null
     * @param to {@code --to}, the end of the window as given (a date includes that day), or null
     * @throws UsageException if an option is invalid
     */
    public ReadOptions validate(ZoneId zone, String from, String to) {
        return validate(zone, Map.of(), from, to);
    }

    /**
     * Validates the options.
     *
     * @param zone the zone of times without an offset, and of {@code --from} and {@code --to}
     * @param fileZones the zones of the times of some files ({@code --zone FILE=ZONE}), which
     *     override {@code zone} for them
     * @param from {@code --from}, the start of the window as given, or null
     * @param to {@code --to}, the end of the window as given (a date includes that day), or null
     * @throws UsageException if an option is invalid
     */
    public ReadOptions validate(ZoneId zone, Map<InputKind, ZoneId> fileZones, String from,
            String to) {
        int[] years = years();
        TimeParser iso = new TimeParser(zone, null, years[0], years[1]);
        Instant start = null;
        Instant end = null;
        if (from != null || to != null) {
            start = from == null ? Instant.MIN : bound("--from", from, iso, false);
            end = to == null ? Instant.MAX : bound("--to", to, iso, true);
            if (!start.isBefore(end)) {
                throw new UsageException("--from must be before --to: " + from + " and " + to);
            }
        }
        Map<InputKind, Character> delimiter = PerFile.values("--delimiter", delimiters, ',',
                InputOptions::delimiter);
        Map<InputKind, String> patterns = PerFile.values("--time-pattern", timePatterns, null,
                InputOptions::pattern);
        Map<InputKind, Boolean> comma = PerFile.values("--decimal-separator", decimalSeparators,
                false, InputOptions::decimalComma);
        Map<InputKind, FileFormat> formats = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            TimeParser times = new TimeParser(fileZones.getOrDefault(kind, zone),
                    patterns.get(kind), years[0], years[1]);
            formats.put(kind, new FileFormat(delimiter.get(kind), times, comma.get(kind)));
        }
        return new ReadOptions(lenient, formats, columnMapping(), start, end,
                progress != null ? progress : stderrIsTerminal());
    }

    /** Returns a time pattern, checked. */
    private static String pattern(String pattern) {
        try {
            new TimeParser(ZoneId.of("UTC"), pattern);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--time-pattern: invalid pattern '" + pattern + "': "
                    + e.getMessage());
        }
        return pattern;
    }

    /** Returns whether a decimal separator is the comma. */
    private static boolean decimalComma(String separator) {
        return switch (separator.strip()) {
            case "." -> false;
            case "," -> true;
            default -> throw new UsageException("--decimal-separator must be '.' or ',': '"
                    + separator + "'");
        };
    }

    /**
     * Returns how the responses file is read: the labels of scores and its single question.
     *
     * @throws UsageException if a label or the question is invalid
     */
    public ResponsesOptions responses() {
        if (singleQuestion != null && singleQuestion.isBlank()) {
            throw new UsageException("--single-question must name a question");
        }
        return new ResponsesOptions(ScoreLabels.of(scoreLabels),
                singleQuestion == null ? null : singleQuestion.strip());
    }

    private int[] years() {
        String text = plausibleYears.strip();
        int dash = text.indexOf('-', 1);
        try {
            if (dash > 0) {
                int first = Integer.parseInt(text.substring(0, dash).strip());
                int last = Integer.parseInt(text.substring(dash + 1).strip());
                if (first >= 1 && last <= 9999 && first <= last) {
                    return new int[] {first, last};
                }
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new UsageException("--plausible-years must be FIRST-LAST within 1-9999, such as"
                + " 1900-2200: " + plausibleYears);
    }

    private static Instant bound(String option, String text, TimeParser iso, boolean end) {
        Instant instant;
        try {
            instant = iso.parse(text.strip());
            if (end && iso.isDateOnly(text.strip())) {
                instant = instant.atZone(iso.zone()).toLocalDate().plusDays(1)
                        .atStartOfDay(iso.zone()).toInstant();
            }
        } catch (DateTimeException e) {
            throw new UsageException(option + " must be an ISO-8601 date or time, such as 2024-04-01"
                    + " or 2024-04-01T09:00:00Z: " + text);
        }
        boolean inside = end ? iso.isPlausible(instant.minusNanos(1)) : iso.isPlausible(instant);
        if (!inside) {
            throw new UsageException(option + " must be in the years " + iso.plausibleYears()
                    + " (--plausible-years): " + text);
        }
        return instant;
    }

    private static char delimiter(String d) {
        if (d.equals("\\t") || d.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
            throw new UsageException("--delimiter must be one character, such as ';' or tab: '"
                    + d + "'");
        }
        if (d.charAt(0) >= 0x80) {
            throw new UsageException("--delimiter must be an ASCII character, such as ';' or"
                    + " tab: '" + d + "'");
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
