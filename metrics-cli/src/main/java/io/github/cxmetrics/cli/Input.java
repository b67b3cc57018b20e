package io.github.cxmetrics.cli;

import java.time.Instant;

/**
 * How one kind of input file becomes records: the parser of its rows, and the time that places a
 * record inside or outside {@code --from}/{@code --to}. The report reads each file once and hands
 * each record to every {@link ReportSection} that {@linkplain Feeds#on asked for} the input.
 *
 * @param <T> the record type, such as {@code Response}
 */
interface Input<T> {

    /** Returns the kind of file this input reads. */
    InputKind kind();

    /**
     * Returns the parser of the rows of a file with this header.
     *
     * @throws InputException if the header does not suit the report, such as a {@code --by}
     *     column the file does not have
     */
    RowParser<T> parser(ReportConfig config, Header header);

    /**
     * Returns the time of a record for {@code --from}/{@code --to}, or null when the record is
     * not filtered by time (customers, whose whole history the value metrics need).
     */
    Instant timeOf(T item);

    /**
     * The parser of the rows of one file: returns the record of a row, or throws
     * {@link RowException} for a row that cannot be used.
     *
     * @param <T> the record type
     */
    @FunctionalInterface
    interface RowParser<T> {
        /** Returns the record of {@code row}. */
        T parse(Row row);
    }
}
