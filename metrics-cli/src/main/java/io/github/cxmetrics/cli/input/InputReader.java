package io.github.cxmetrics.cli.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads an input file: the header, then each row through the input's parser into the sections'
 * consumers. Memory does not depend on the file's length: one row is held at a time per thread.
 *
 * <p>When the consumers can be filled in {@link Part}s and the file is large, it is read in
 * chunks by one thread per core, each thread taking the next chunk not yet taken (a few chunks
 * per thread, so that the threads end together although the caller's thread starts later and
 * warms up the code): chunk {@code k} starts at the first line after byte {@code size * k / n}
 * and reads the records that start before the next chunk's start, into a fresh part; the parts
 * are merged in file order as soon as a chunk and all before it are read, so that only the parts
 * of the chunks being read or waiting for an earlier one are held (a part can hold megabytes:
 * the support section's histograms). A chunk after the first numbers its lines from its start, and
 * learns where they are in the file when the chunks are merged: the line of its first record is
 * the line of the record after the previous chunk's last. A chunk that meets a row it must
 * report (an error, or a row skipped in lenient mode) counts the lines before it first and
 * reads again, so that the line numbers in messages are always the file's. Each chunk boundary
 * is checked: the record after the last one a chunk read must be the first one the next chunk
 * read. A quoted field with line breaks can make a chunk start inside a record; the check then
 * fails and the rest of the file is read in order from the last good boundary, so that the
 * records, the counts, the line numbers and the first error are always those of one pass.
 *
 * <p>A row that cannot be used stops the run with {@code FILE:LINE: what is wrong (the value)}
 * unless the run is lenient, which skips the row and counts it in the file's
 * {@link InputStats}. A bad header always stops the run.
 */
public final class InputReader {

    /** The smallest chunk worth reading apart (4 MiB, some 110,000 responses). */
    public static final long MIN_CHUNK_BYTES = 4L << 20;
    /** How many chunks a file is cut into per thread, when it is large enough. */
    static final int CHUNKS_PER_THREAD = 8;
    /**
     * The line number a chunk after the first gives its first line until it knows the file's
     * (any number above 1: {@link CsvSource} takes line 1 for the start of a file).
     */
    private static final long UNKNOWN_FIRST_LINE = 2;
    /** How often (in rows) a chunk looks whether the read was called off. */
    private static final int CHECK_EVERY_ROWS = 1 << 12;

    private final ReadOptions config;
    private final PrintStream err;
    private final int threads;
    private final long minChunkBytes;

    /**
     * Creates a reader that uses every core (at most 8) for large files.
     *
     * @param config how files are read
     * @param err where progress lines go
     */
    public InputReader(ReadOptions config, PrintStream err) {
        this(config, err, Math.min(8, Runtime.getRuntime().availableProcessors()),
                MIN_CHUNK_BYTES);
    }

    /**
     * Creates a reader.
     *
     * @param config how files are read
     * @param err where progress lines go
     * @param threads the most threads that read one file, at least 1
     * @param minChunkBytes the smallest chunk a thread reads, at least 1
     */
    public InputReader(ReadOptions config, PrintStream err, int threads, long minChunkBytes) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (minChunkBytes < 1) {
            throw new IllegalArgumentException("minChunkBytes must be at least 1: "
                    + minChunkBytes);
        }
        this.config = config;
        this.err = err;
        this.threads = threads;
        this.minChunkBytes = minChunkBytes;
    }

    /**
     * Reads a file in one pass, in order.
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
        return read(file, kind, input, sink, null);
    }

    /**
     * Reads a file into {@code part}, in chunks on several threads when the file is large
     * enough; the result is that of {@link #read(InputFile, InputKind, Input, Consumer)}.
     *
     * @param file the file
     * @param kind its kind
     * @param input the input that parses its rows
     * @param part the part of the whole file, which later chunks' parts are merged into
     * @return what was read and skipped
     * @throws InputException for a bad header, a bad row in strict mode, or a read error
     */
    public <T> InputStats read(InputFile file, InputKind kind, Input<T> input, Part<T> part) {
        return read(file, kind, input, part, part);
    }

    private <T> InputStats read(InputFile file, InputKind kind, Input<T> input, Consumer<T> sink,
            Part<T> part) {
        InputStats stats = new InputStats(kind, file.name(), input != null);
        Progress progress = Progress.of(config.progress(), err, file);
        List<Chunk<T>> chunks = new ArrayList<>();
        FileFormat format = config.format(kind);
        Workers<T> workers = null;
        Merger<T> merger = new Merger<>(chunks, stats, part);
        try (CountingStream counted = new CountingStream(file.open());
                CsvSource records = new CsvSource(counted, format.delimiter())) {
            Header header = header(file, kind, records, format);
            records.header(header.names());
            stats.warn(header.warnings());
            Chunk<T> first = new Chunk<>(this, file, format, header, input, records, counted, stats,
                    sink);
            chunks.add(first);
            if (part != null && input != null) {
                workers = startChunks(file, kind, format, header, input, part, chunks, merger);
            }
            first.read(chunks.size() > 1 ? chunks.get(1).from : Long.MAX_VALUE, progress, chunks);
            if (workers != null) {
                merger.done(first);
                if (first.errorText == null) {
                    workers.run();
                }
                // After an error in the first chunk the others are not needed.
                workers.stop(first.errorText != null);
                workers = null;
            }
            finish(file, chunks, part, merger.merged());
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file.name() + ": cannot read the file: " + e.getMessage(), e);
        } finally {
            if (workers != null) {
                workers.stop(true);
            }
            for (int i = 1; i < chunks.size(); i++) {
                chunks.get(i).stop();
            }
            progress.done();
        }
        return stats;
    }

    /**
     * Cuts the file after the first chunk into chunks and starts the threads that read them,
     * when the file is large enough; returns them, or null.
     */
    private <T> Workers<T> startChunks(InputFile file, InputKind kind, FileFormat format,
            Header header, Input<T> input, Part<T> part, List<Chunk<T>> chunks,
            Merger<T> merger) {
        Path path = file.path();
        long size = file.size();
        if (path == null || size <= 0 || threads < 2) {
            return null;
        }
        int n = (int) Math.min((long) threads * CHUNKS_PER_THREAD, size / minChunkBytes);
        if (n < 2) {
            return null;
        }
        for (int k = 1; k < n; k++) {
            long from = size * k / n;
            long to = k + 1 < n ? size * (k + 1) / n : Long.MAX_VALUE;
            chunks.add(new Chunk<>(this, file, kind, format, header, input, part, from, to));
        }
        Workers<T> workers = new Workers<>(chunks, Math.min(threads, n) - 1, merger);
        workers.start();
        return workers;
    }

    /**
     * The threads that read the chunks after the first, each taking the next chunk not yet
     * taken; the caller's thread joins them when its own chunk is read.
     */
    private static final class Workers<T> implements Runnable {
        private final List<Chunk<T>> chunks;
        private final Merger<T> merger;
        private final Thread[] threads;
        private final AtomicInteger next = new AtomicInteger(1);
        private volatile boolean stopped;

        Workers(List<Chunk<T>> chunks, int threads, Merger<T> merger) {
            this.chunks = chunks;
            this.merger = merger;
            this.threads = new Thread[threads];
            for (int i = 0; i < threads; i++) {
                this.threads[i] = new Thread(this, "cxmetrics-read-" + (i + 1));
                this.threads[i].setDaemon(true);
            }
        }

        void start() {
            for (Thread thread : threads) {
                thread.start();
            }
        }

        /** Reads chunks until none is left or the read is called off. */
        @Override
        public void run() {
            for (int k = next.getAndIncrement(); k < chunks.size() && !stopped;
                    k = next.getAndIncrement()) {
                Chunk<T> chunk = chunks.get(k);
                chunk.run();
                merger.done(chunk);
            }
        }

        /**
         * Lets the threads take no more chunks, and waits for the ones they are reading, which
         * are called off first if {@code callOff}.
         */
        void stop(boolean callOff) {
            stopped = true;
            if (callOff) {
                for (int k = 1; k < chunks.size(); k++) {
                    chunks.get(k).callOff();
                }
            }
            boolean interrupted = false;
            for (Thread thread : threads) {
                while (true) {
                    try {
                        thread.join();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Merges the chunks into the whole file's part and stats while the others are read: in file
     * order, each once it and every chunk before it are read, as {@link #finish} would merge it
     * (the same boundary check and line shift), and then lets it go. It stops at the first
     * chunk that {@link #finish} must look at: one after a chunk with a row error, one that
     * failed, or one whose boundary does not hold; {@link #finish} goes on from there. The
     * chunks are read on several threads: each tells the merger when it is done, and the merger
     * touches a chunk, the whole part and the stats only under its lock, and only once their
     * threads are done with them.
     */
    private static final class Merger<T> {
        private final List<Chunk<T>> chunks;
        private final InputStats stats;
        private final Part<T> whole;
        /** The chunks before this one are merged (the first one is the whole part itself). */
        private int merged = 1;
        private boolean halted;

        Merger(List<Chunk<T>> chunks, InputStats stats, Part<T> whole) {
            this.chunks = chunks;
            this.stats = stats;
            this.whole = whole;
        }

        /** Notes that {@code chunk} is read, and merges what can be merged in order. */
        synchronized void done(Chunk<T> chunk) {
            chunk.done = true;
            while (!halted && merged < chunks.size()) {
                Chunk<T> previous = chunks.get(merged - 1);
                Chunk<T> next = chunks.get(merged);
                if (!previous.done || !next.done) {
                    return;
                }
                if (previous.errorText != null || next.errorText != null
                        || next.failure != null || next.unexpected != null) {
                    halted = true;
                    return;
                }
                if (!next.follows(previous)) {
                    halted = true;
                    return;
                }
                stats.append(next.stats);
                whole.merge(next.part);
                next.mergedInto(whole, stats);
                merged++;
            }
        }

        /**
         * Returns how many chunks from the first are merged; called once every chunk's thread
         * is done.
         */
        synchronized int merged() {
            return merged;
        }
    }

    /**
     * Waits for the chunks in file order, checks each boundary, and merges: the stats and the
     * parts of the chunks that were read as they should, in order, from the first chunk not yet
     * {@code merged}; the first row error.
     */
    private <T> void finish(InputFile file, List<Chunk<T>> chunks, Part<T> part, int merged)
            throws IOException {
        Chunk<T> first = chunks.get(0);
        int good = merged;
        while (good < chunks.size()) {
            Chunk<T> previous = chunks.get(good - 1);
            if (previous.errorText != null) {
                break;
            }
            Chunk<T> next = chunks.get(good);
            next.rethrow();
            if (next.failure != null) {
                throw next.failure;
            }
            if (!next.follows(previous)) {
                // The chunk did not start at the record boundary it was meant to: read on in
                // order from the last good boundary.
                for (int i = good; i < chunks.size(); i++) {
                    chunks.get(i).stop();
                }
                previous.readOn(Progress.of(false, err, file));
                break;
            }
            good++;
        }
        for (int i = 0; i < good; i++) {
            Chunk<T> chunk = chunks.get(i);
            if (chunk.errorText != null) {
                throw InputException.at(file.name(), chunk.errorLine, chunk.errorText);
            }
            if (i >= merged) {
                first.stats.append(chunk.stats);
                part.merge(chunk.part);
            }
        }
    }

    /**
     * The records of one chunk of a file: of the whole file, or the first chunk, when read by
     * the caller's thread; else read by one of the {@link Workers} into a part of its own.
     */
    private static final class Chunk<T> {
        private final InputReader reader;
        private final InputFile file;
        private final InputKind kind;
        private final FileFormat format;
        private final Header header;
        private final Input<T> input;
        /** The part of the whole file, of which a later chunk's part is an empty copy. */
        private final Part<T> whole;
        private InputStats stats;
        private Consumer<T> sink;
        private Part<T> part;
        /** Where the chunk is meant to start, and before which its records must start. */
        final long from;
        private final long to;
        private CsvSource records;
        private CountingStream counted;
        private Input.RowParser<T> parser;
        private Input.WideRowParser<T> wide;
        private Row row;
        private boolean pending;
        private volatile boolean stopped;
        /** Rows read so far, for the progress line. */
        private volatile long rowsSeen;
        /**
         * Whether the chunk numbers its lines from {@link #UNKNOWN_FIRST_LINE} at its start,
         * not knowing the file's numbers yet; and whether it then met a row to report.
         */
        boolean linesUnknown;
        private boolean mustReport;
        /** Whether the chunk's lines were numbered from its start, then shifted to the file's. */
        private boolean shifted;

        /** Where the chunk's first record starts (or the file's end), and its line. */
        long firstOffset = -1;
        long firstLine;
        /** Where the record after the chunk's last one starts (or the file's end), its line. */
        long stopOffset = -1;
        long stopLine;
        /** The first row error in strict mode (and its line), which ended the chunk. */
        String errorText;
        long errorLine;
        /** What kept the chunk's thread from reading. */
        IOException failure;
        private RuntimeException unexpected;
        /** Whether the chunk's thread is done with it (guarded by the {@link Merger}). */
        private boolean done;

        Chunk(InputReader reader, InputFile file, FileFormat format, Header header,
                Input<T> input, CsvSource records, CountingStream counted, InputStats stats,
                Consumer<T> sink) {
            this.reader = reader;
            this.file = file;
            this.kind = header.kind();
            this.format = format;
            this.header = header;
            this.input = input;
            this.whole = null;
            this.stats = stats;
            this.sink = sink;
            this.from = 0;
            this.to = Long.MAX_VALUE;
            open(records, counted);
        }

        Chunk(InputReader reader, InputFile file, InputKind kind, FileFormat format,
                Header header, Input<T> input, Part<T> whole, long from, long to) {
            this.reader = reader;
            this.file = file;
            this.kind = kind;
            this.format = format;
            this.header = header;
            this.input = input;
            this.whole = whole;
            this.from = from;
            this.to = to;
            clear();
        }

        /** Forgets what the chunk read: a fresh part and stats, no records seen. */
        private void clear() {
            part = whole.emptyCopy();
            sink = part;
            stats = new InputStats(kind, file.name(), true);
            pending = false;
            mustReport = false;
            firstOffset = -1;
            stopOffset = -1;
            rowsSeen = 0;
        }

        private void open(CsvSource records, CountingStream counted) {
            this.records = records;
            this.counted = counted;
            this.parser = input == null ? null : input.parser(header);
            this.wide = parser instanceof Input.WideRowParser<T> w ? w : null;
            this.row = new Row(header, format);
            this.row.reset(records);
        }

        /** Opens the file at {@code offset}, a line's start, numbering lines from {@code line}. */
        private void openAt(long offset, long line) throws IOException {
            closeRecords();
            FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ);
            channel.position(offset);
            CountingStream in = new CountingStream(Channels.newInputStream(channel));
            in.count = offset - from;
            CsvSource source = new CsvSource(in, format.delimiter(), line, offset);
            source.header(header.names());
            open(source, in);
        }

        /**
         * Reads the chunk, its lines numbered from its start; if it meets a row to report, it
         * counts the lines before its start and reads again, with the file's line numbers.
         */
        void run() {
            try {
                linesUnknown = true;
                openAt(nextLineStart(file.path(), from), UNKNOWN_FIRST_LINE);
                read(to, null, List.of());
                if (mustReport && !stopped) {
                    long[] start = lineStartFrom(file.path(), from);
                    clear();
                    linesUnknown = false;
                    openAt(start[0], start[1]);
                    read(to, null, List.of());
                }
            } catch (IOException e) {
                failure = e;
            } catch (UncheckedIOException e) {
                failure = e.getCause();
            } catch (RuntimeException e) {
                unexpected = e;
            }
        }

        /**
         * Lets the chunk's part and stats go, now merged into the whole file's: should the file
         * be read on after this chunk ({@link #readOn}), the records go to the whole file's
         * part and stats, as they would once merged.
         */
        void mergedInto(Part<T> whole, InputStats wholeStats) {
            part = null;
            sink = whole;
            stats = wholeStats;
        }

        /**
         * Whether this chunk starts at the record boundary where {@code previous} stopped, on the
         * line after its last; its lines get the file's numbers when it does.
         */
        boolean follows(Chunk<T> previous) {
            boolean boundary = previous.stopOffset == firstOffset && firstOffset >= 0;
            if (boundary && linesUnknown) {
                shiftLines(previous.stopLine - firstLine);
            }
            return boundary && previous.stopLine == firstLine;
        }

        /** Gives the chunk's lines the file's numbers, {@code delta} more than its own. */
        void shiftLines(long delta) {
            firstLine += delta;
            stopLine += delta;
            linesUnknown = false;
            shifted = true;
        }

        /** Reads the rest of the file in order, after the chunk's last record. */
        void readOn(Progress progress) throws IOException {
            if (shifted) {
                // The records read ahead were numbered from the chunk's start: read them again.
                openAt(stopOffset, stopLine);
                pending = false;
            }
            read(Long.MAX_VALUE, progress, List.of());
        }

        /** Rethrows what the chunk's thread could not handle. */
        void rethrow() {
            if (unexpected != null) {
                throw unexpected;
            }
        }

        /** Calls the chunk off and closes its file (after its reader is done with it). */
        void stop() {
            stopped = true;
            closeRecords();
        }

        /** Calls the chunk off while it is being read, for a read that is given up. */
        void callOff() {
            stopped = true;
        }

        private void closeRecords() {
            if (records != null) {
                try {
                    records.close();
                } catch (IOException e) {
                    // Nothing was lost: the chunk's records are read or not needed.
                }
                records = null;
            }
        }

        /**
         * Reads the records that start before {@code limit}, or up to the first row error in
         * strict mode, updating {@code progress} with the bytes and rows of all {@code chunks}.
         */
        void read(long limit, Progress progress, List<Chunk<T>> chunks) throws IOException {
            ReadOptions config = reader.config;
            Instant from = config.from();
            Instant to = config.to();
            boolean history = input != null && input.keepsHistory();
            long rows = 0;
            while (true) {
                if (!pending) {
                    boolean more = records.next();
                    if (firstOffset < 0) {
                        firstOffset = records.recordOffset();
                        firstLine = records.recordLine();
                    }
                    if (!more) {
                        stopOffset = records.recordOffset();
                        stopLine = records.recordLine();
                        return;
                    }
                    pending = true;
                }
                if (records.recordOffset() >= limit) {
                    stopOffset = records.recordOffset();
                    stopLine = records.recordLine();
                    return;
                }
                pending = false;
                stats.rows++;
                if ((++rows & (CHECK_EVERY_ROWS - 1)) == 0) {
                    if (stopped) {
                        return;
                    }
                    rowsSeen = stats.rows;
                    if (progress != null && (rows & (Progress.EVERY_ROWS - 1)) == 0) {
                        long bytes = 0;
                        long seen = 0;
                        for (Chunk<T> chunk : chunks) {
                            bytes += chunk.counted == null ? 0 : chunk.counted.count;
                            seen += chunk.rowsSeen;
                        }
                        progress.update(bytes, seen);
                    }
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
                    if (linesUnknown) {
                        // Its message and line need the file's line numbers.
                        mustReport = true;
                        return;
                    }
                    if (!config.lenient()) {
                        errorLine = row.line();
                        errorText = e.describe();
                        return;
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
        }
    }

    /**
     * Returns where the first line that starts at or after {@code from} starts ({@code from}
     * itself after a line feed, else after the next line feed; the file's end if none), and
     * its line number: one more than the line breaks before it (LF, CRLF or CR, as
     * {@link CsvSource} counts lines, inside quotes too).
     *
     * <p>The bytes before {@code from - 1} only count line breaks: they are taken eight at a
     * time (a chunk that meets a row to report scans the whole file before it, and a byte at a
     * time that would hold it back).
     */
    static long[] lineStartFrom(Path path, long from) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
            byte[] bytes = buffer.array();
            long at = 0;
            long line = 1;
            // A CR just before `at` whose break is not counted yet: it is one with an LF after it.
            boolean afterCr = false;
            long counted = from - 1;
            while (counted - at >= 8) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), (counted - at) & ~7L));
                int n = channel.read(buffer, at);
                if (n < 8) {
                    break;
                }
                int words = n >>> 3;
                for (int w = 0; w < words; w++) {
                    long word = buffer.getLong(w << 3);
                    long lf = equalBytes(word, LF_BYTES);
                    long cr = equalBytes(word, CR_BYTES);
                    // Each LF is a break, and each CR that no LF follows; a CR in the last byte
                    // waits for the next byte.
                    line += Long.bitCount(lf) + Long.bitCount(cr & ~Long.MIN_VALUE)
                            - Long.bitCount((cr << 8) & lf);
                    if (afterCr && (lf & 0x80L) == 0) {
                        line++;
                    }
                    afterCr = cr < 0;
                }
                at += (long) words << 3;
            }
            while (true) {
                buffer.clear();
                int n = channel.read(buffer, at);
                if (n <= 0) {
                    return new long[] {at, afterCr ? line + 1 : line};
                }
                for (int i = 0; i < n; i++) {
                    byte b = bytes[i];
                    if (b == '\n') {
                        line++;
                        afterCr = false;
                        if (at + i + 1 >= from) {
                            return new long[] {at + i + 1, line};
                        }
                    } else {
                        if (afterCr) {
                            line++;
                        }
                        afterCr = b == '\r';
                    }
                }
                at += n;
            }
        }
    }

    /**
     * Returns where the first line that starts at or after {@code from} starts, as
     * {@link #lineStartFrom} does, without counting the lines before it.
     */
    static long nextLineStart(Path path, long from) throws IOException {
        if (from <= 0) {
            return 0;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(8 * 1024);
            byte[] bytes = buffer.array();
            long at = from - 1;
            while (true) {
                buffer.clear();
                int n = channel.read(buffer, at);
                if (n <= 0) {
                    return at;
                }
                for (int i = 0; i < n; i++) {
                    if (bytes[i] == '\n') {
                        return at + i + 1;
                    }
                }
                at += n;
            }
        }
    }

    private static final long LF_BYTES = 0x0A0A0A0A0A0A0A0AL;
    private static final long CR_BYTES = 0x0D0D0D0D0D0D0D0DL;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    /** Returns the high bit of each byte of {@code word} that equals that byte of {@code bytes}. */
    private static long equalBytes(long word, long bytes) {
        long x = word ^ bytes;
        return ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x) & ~LOW_SEVEN_BITS;
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
        volatile long count;

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
