package io.github.cxmetrics.cli.input;

import java.time.Instant;
import java.util.List;

/**
 * How one kind of input file becomes records: the parser of its rows, and the time that places a
 * record inside or outside {@code --from}/{@code --to}. The report reads each file once and hands
 * each record to every section that asked for the input
 * ({@code Feeds.on}). Options an input needs (a {@code --by} column, the scales of questions) are
 * given to its constructor.
 *
 * @param <T> the record type, such as {@code Response}
 */
public interface Input<T> {

    /** Returns the kind of file this input reads. */
    InputKind kind();

    /**
     * Returns the parser of the rows of a file with this header.
     *
     * @throws InputException if the header does not suit the report, such as a {@code --by}
     *     column the file does not have
     */
    RowParser<T> parser(Header header);

    /**
     * Returns the time of a record for {@code --from}/{@code --to}, or null when the record is
     * not filtered by time.
     */
    Instant timeOf(T item);

    /**
     * Returns whether the records are history that the metrics need before {@code --from}
     * (customers and purchases: lifetimes and revenue start before any window): such records
     * are left out only from {@code --to} on. By default records outside
     * {@code [--from, --to)} are left out.
     */
    default boolean keepsHistory() {
        return false;
    }

    /**
     * Returns the latest event of a record (a solve after the request, a churn after the
     * acquisition), for the instant the report is as of when {@code --to} is not given; by
     * default {@link #timeOf}.
     */
    default Instant latestOf(T item) {
        return timeOf(item);
    }

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

    /**
     * The parser of a file whose rows each hold several records, all at one time: a survey
     * export with one row per respondent and a column per question. {@link InputReader} calls
     * {@link #parseAll}; a row is used, outside the window or skipped as a whole.
     *
     * @param <T> the record type
     */
    interface WideRowParser<T> extends RowParser<T> {
        /** Returns the records of {@code row}, at least one, all at the same time. */
        List<T> parseAll(Row row);

        /** Returns the first record of {@code row}. */
        @Override
        default T parse(Row row) {
            return parseAll(row).get(0);
        }
    }
}
