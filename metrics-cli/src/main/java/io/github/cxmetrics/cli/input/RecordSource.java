package io.github.cxmetrics.cli.input;

import java.io.Closeable;
import java.io.IOException;

/**
 * The records of an input file, one at a time: the seam between a file format (CSV today,
 * {@link CsvSource}) and the inputs, which read the fields of a record through {@link Row}.
 *
 * <p>A source accounts for every physical line of its file: each one is part of a record it
 * returns (an empty line excepted), and a record that cannot be read is still returned, with
 * {@link #error()} saying why, so that the reader can stop at it (strict) or count it (lenient).
 * The first record is the header.
 */
public interface RecordSource extends Closeable {

    /**
     * Advances to the next record.
     *
     * @return false at the end of the file
     * @throws IOException if the file cannot be read
     */
    boolean next() throws IOException;

    /** Returns the line the current record is reported at: where it starts, 1 being the first. */
    long line();

    /** Returns the number of fields of the current record; 0 when {@link #error()} is set. */
    int size();

    /** Returns a field of the current record, {@code 0 <= index < size()}, as written. */
    String field(int index);

    /**
     * Returns why the current record cannot be used as a record of the file (a quote that is
     * never closed, a field count other than the header's, invalid text), or null when it can.
     */
    RowException error();

    /**
     * Tells the source the header's column names, read from the first record: from then on a
     * record with another number of fields is an error, and messages name columns by them.
     */
    void header(java.util.List<String> names);
}
