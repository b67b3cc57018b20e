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
}
