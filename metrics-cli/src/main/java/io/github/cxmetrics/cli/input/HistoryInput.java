package io.github.cxmetrics.cli.input;

import java.time.Instant;

/**
 * An input of the customers' history, read by the value section: customers and purchases. Their
 * records are history ({@link #keepsHistory()}): only {@code --to} leaves out those at or after
 * it. A record inside the window is then checked against the records read before it, kept in the
 * section's {@link CustomerBook} (an id given twice, a purchase of an unknown customer…); a record
 * outside the window is counted there and not checked.
 *
 * @param <T> the record type
 */
abstract class HistoryInput<T> implements Input<T> {

    final CustomerBook book;
    private final InputKind kind;

    private final Instant to;

    HistoryInput(InputKind kind, CustomerBook book, Instant to) {
        this.kind = kind;
        this.book = book;
        this.to = to;
    }

    @Override
    public final InputKind kind() {
        return kind;
    }

    @Override
    public final boolean keepsHistory() {
        return true;
    }

    @Override
    public final RowParser<T> parser(Header header) {
        return row -> {
            T item = read(row);
            if (to == null || timeOf(item).isBefore(to)) {
                check(item, row);
            }
            return item;
        };
    }

    /** Returns the record of a row, or throws {@link RowException}. */
    abstract T read(Row row);

    /** Checks a record inside the window against the book, or throws {@link RowException}. */
    abstract void check(T item, Row row);
}
