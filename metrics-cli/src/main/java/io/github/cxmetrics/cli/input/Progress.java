package io.github.cxmetrics.cli.input;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on standard error while a large file is read, such as
 * {@code responses.csv: 42% (4200000 rows)}, rewritten in place and cleared at the end. It is
 * shown only when standard error is a terminal (the launcher tells the program) or when
 * {@code --progress} asks for it, and only for files of at least {@link #MIN_BYTES}.
 */
final class Progress {

    /** Files smaller than this read too fast for a progress line. */
    static final long MIN_BYTES = 16L << 20;
    /** How often (in rows) the position is looked at. */
    static final int EVERY_ROWS = 1 << 16;

    private static final Progress OFF = new Progress(null, "", -1);

    private final PrintStream err;
    private final String name;
    private final long size;
    private int lastPercent = -1;
    private boolean shown;

    private Progress(PrintStream err, String name, long size) {
        this.err = err;
        this.name = name;
        this.size = size;
    }

    /** Returns the progress of a file, or one that shows nothing. */
    static Progress of(boolean enabled, PrintStream err, InputFile file) {
        long size = file.size();
        return enabled && size >= MIN_BYTES ? new Progress(err, file.name(), size) : OFF;
    }

    /** Reports that {@code bytes} of the file were read, {@code rows} rows so far. */
    void update(long bytes, long rows) {
        if (err == null) {
            return;
        }
        int percent = (int) Math.min(100, bytes * 100 / size);
        if (percent != lastPercent) {
            lastPercent = percent;
            shown = true;
            err.print(String.format(Locale.ROOT, "\r%s: %d%% (%d rows)", name, percent, rows));
            err.flush();
        }
    }

    /** Clears the progress line. */
    void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
