package io.github.cxmetrics.cli.input;

/**
 * How the cells of one file are written: its field delimiter, its times and its decimal
 * separator. Each file may have its own ({@link PerFile}).
 *
 * @param delimiter the field delimiter, such as {@code ','} or {@code ';'}
 * @param times the parser of its time cells (pattern, zone and plausible years)
 * @param decimalComma whether decimal numbers are written with a comma ({@code 9,5}) rather
 *     than a point
 */
public record FileFormat(char delimiter, TimeParser times, boolean decimalComma) {

    /** Returns the default format: comma-separated, ISO-8601 times in {@code times}' zone. */
    public static FileFormat of(char delimiter, TimeParser times) {
        return new FileFormat(delimiter, times, false);
    }

    /**
     * Returns how this format differs from comma-separated ISO-8601 times in {@code zone} with a
     * decimal point, for a report's parameters: such as {@code delimiter ';', decimal ',', time
     * pattern 'dd.MM.yyyy HH:mm', zone Europe/Berlin}; null when it does not.
     */
    public String describe(java.time.ZoneId zone) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (delimiter != ',') {
            parts.add("delimiter " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'"));
        }
        if (decimalComma) {
            parts.add("decimal ','");
        }
        if (times.pattern() != null) {
            parts.add("time pattern '" + times.pattern() + "'");
        }
        if (!times.zone().equals(zone)) {
            parts.add("zone " + times.zone());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
