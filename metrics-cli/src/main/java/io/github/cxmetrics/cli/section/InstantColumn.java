package io.github.cxmetrics.cli.section;

import java.time.Instant;
import java.util.Arrays;

/**
 * A growable column of instants kept as epoch seconds and nanoseconds (12 bytes a row, no
 * object per row), for the sections that hold one row per interaction or per customer while a
 * file is read. Rows are set in any order; the column grows by half as needed. Instants are
 * ordered as {@link Instant#compareTo} orders them: by second, then by nanosecond.
 */
final class InstantColumn {

    private long[] seconds = new long[16];
    private int[] nanos = new int[16];

    /** Returns a capacity of about one and a half times {@code length}, the growth of columns. */
    static int grown(int length) {
        return length + (length >> 1);
    }

    /** Sets row {@code i} to the instant of {@code second} and {@code nano}. */
    void set(int i, long second, int nano) {
        if (i >= seconds.length) {
            int n = Math.max(i + 1, grown(seconds.length));
            seconds = Arrays.copyOf(seconds, n);
            nanos = Arrays.copyOf(nanos, n);
        }
        seconds[i] = second;
        nanos[i] = nano;
    }

    /** Sets row {@code i} to {@code instant}. */
    void set(int i, Instant instant) {
        set(i, instant.getEpochSecond(), instant.getNano());
    }

    /** Returns row {@code i}'s epoch second. */
    long second(int i) {
        return seconds[i];
    }

    /** Returns row {@code i}'s nanosecond within its second. */
    int nano(int i) {
        return nanos[i];
    }

    /** Returns row {@code i} as an instant. */
    Instant get(int i) {
        return Instant.ofEpochSecond(seconds[i], nanos[i]);
    }

    /** Compares the instant of {@code second} and {@code nano} with row {@code i}'s. */
    int compare(long second, int nano, int i) {
        int c = Long.compare(second, seconds[i]);
        return c != 0 ? c : Integer.compare(nano, nanos[i]);
    }
}
