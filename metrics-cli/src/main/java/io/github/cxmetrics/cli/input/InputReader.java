package io.github.cxmetrics.cli.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an input file in one streaming pass: the header, then each row through the input's
 * parser into the sections' consumers. Memory does not depend on the file's length: one row is
 * held at a time.
 *
 * <p>A row that cannot be used stops the run with {@code FILE:LINE: what is wrong (the value)}
 * unless the run is lenient, which skips the row and counts it in the file's
 * {@link InputStats}. A bad header always stops the run.
 */
public final class InputReader {

    private final ReadOptions config;
    private final PrintStream err;

    /**
     * Creates a reader.
     *
     * @param config how files are read
     * @param err where progress lines go
     */
    public InputReader(ReadOptions config, PrintStream err) {
        this.config = config;
        this.err = err;
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @param kind its kind
     * @param input the input that parses its rows, or null to check the header and the field
     *     counts only
     * @param sink the consumer of the records
     * @return what was read and skipped
     * @throws InputException for a bad header, a bad row in strict mode, or a read error
     */
    public <T> InputStats read(InputFile file, InputKind kind, Input<T> input, Consumer<T> sink) {
        InputStats stats = new InputStats(kind, file.name(), input != null);
        Progress progress = Progress.of(config.progress(), err, file);
        FileFormat format = config.format(kind);
        try (CountingStream counted = new CountingStream(file.open());
                CsvSource records = new CsvSource(counted, format.delimiter())) {
            Header header = header(file, kind, records, format);
            records.header(header.names());
            stats.warn(header.warnings());
            Input.RowParser<T> parser = input == null ? null : input.parser(header);
            Input.WideRowParser<T> wide = parser instanceof Input.WideRowParser<T> w ? w : null;
            Row row = new Row(header, format);
            row.reset(records);
            Instant from = config.from();
            Instant to = config.to();
            boolean history = input != null && input.keepsHistory();
            while (records.next()) {
                stats.rows++;
                if ((stats.rows & (Progress.EVERY_ROWS - 1)) == 0) {
                    progress.update(counted.count, stats.rows);
                }
                T item;
                List<T> items = null;
                try {
                    if (records.error() != null) {
                        throw records.error();
                    }
                    if (parser == null) {
                        continue;
                    }
                    try {
                        if (wide != null) {
                            items = wide.parseAll(row);
                            item = items.get(0);
                        } else {
                            item = parser.parse(row);
                        }
                    } catch (IllegalArgumentException e) {
                        throw new RowException(Reason.INVALID, e.getMessage(), null);
                    }
                } catch (RowException e) {
                    if (!config.lenient()) {
                        throw InputException.at(file.name(), row.line(), e.describe());
                    }
                    stats.skip(e.reason(), row.line(), e.describe());
                    continue;
                }
                if (from != null) {
                    Instant at = input.timeOf(item);
                    if (at != null && ((!history && at.isBefore(from)) || !at.isBefore(to))) {
                        stats.outsideWindow++;
                        continue;
                    }
                }
                stats.used++;
                if (items == null) {
                    stats.observe(input.latestOf(item));
                    sink.accept(item);
                } else {
                    for (T each : items) {
                        stats.observe(input.latestOf(each));
                        sink.accept(each);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file.name() + ": cannot read the file: " + e.getMessage(), e);
        } finally {
            progress.done();
        }
        return stats;
    }

    /**
     * Reads the header of a file alone, to check options against every file before any is
     * read (a {@code --by} column that some file must have).
     *
     * @throws InputException for a bad header or a read error
     */
    public Header header(InputFile file, InputKind kind) {
        FileFormat format = config.format(kind);
        try (CsvSource records = new CsvSource(file.open(), format.delimiter())) {
            return header(file, kind, records, format);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file.name() + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private Header header(InputFile file, InputKind kind, CsvSource records, FileFormat format)
            throws IOException {
        if (!records.next()) {
            throw new InputException(file.name() + ": the file is empty; it needs a header");
        }
        if (records.error() != null) {
            throw InputException.at(file.name(), records.line(), records.error().describe());
        }
        return new Header(file.name(), kind, records.fields(), config.columns(kind),
                format.delimiter());
    }

    /** Counts the bytes read, for the progress line. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
