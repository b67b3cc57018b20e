package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The open interactions an SLA result keeps to judge later ({@link SlaCalculator#keepOpen()}):
 * per interaction its opening instant (in milliseconds) and its target (in milliseconds of the
 * calculator's clock), sorted; and the latest event counted, before which no judgement may be
 * made. Immutable.
 */
final class OpenInteractions {

    private final BusinessCalendar calendar;
    private final long[] openedAt;
    private final long[] limits;
    private final Instant latest;

    private OpenInteractions(BusinessCalendar calendar, long[] openedAt, long[] limits,
            Instant latest) {
        this.calendar = calendar;
        this.openedAt = openedAt;
        this.limits = limits;
        this.latest = latest;
    }

    /**
     * Returns {@code {breached, withinTarget}} at {@code asOf}.
     *
     * @throws IllegalArgumentException if {@code asOf} is before the latest event counted
     */
    long[] judge(Instant asOf) {
        if (latest != null && asOf.isBefore(latest)) {
            throw new IllegalArgumentException("asOf must not be before the latest event"
                    + " counted: asOf " + asOf + ", latest " + latest);
        }
        long breached = 0;
        for (int i = 0; i < openedAt.length; i++) {
            if (SupportOptions.elapsedMillis(calendar, Instant.ofEpochMilli(openedAt[i]), asOf)
                    > limits[i]) {
                breached++;
            }
        }
        return new long[] {breached, openedAt.length - breached};
    }

    OpenInteractions plus(OpenInteractions other) {
        Builder both = new Builder(calendar);
        both.addAll(this);
        both.addAll(other);
        return both.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpenInteractions that && Objects.equals(calendar, that.calendar)
                && Arrays.equals(openedAt, that.openedAt) && Arrays.equals(limits, that.limits)
                && Objects.equals(latest, that.latest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(openedAt) * 31 + Arrays.hashCode(limits);
    }

    /**
     * The mutable list behind an SLA state. Binary form: the latest event (a 0 byte for none,
     * else 1 and the instant), the number of interactions, and per interaction in ascending order
     * its opening milliseconds (the first as a zigzag varint, then the difference from the
     * previous) and its target in milliseconds.
     */
    static final class Builder {
        private final BusinessCalendar calendar;
        private long[] openedAt = new long[8];
        private long[] limits = new long[8];
        private int size;
        private Instant latest;

        Builder(BusinessCalendar calendar) {
            this.calendar = calendar;
        }

        /** Keeps an open interaction. */
        void add(Instant opened, long limit) {
            if (size == openedAt.length) {
                openedAt = Arrays.copyOf(openedAt, size * 2);
                limits = Arrays.copyOf(limits, size * 2);
            }
            openedAt[size] = opened.toEpochMilli();
            limits[size] = limit;
            size++;
            observe(opened);
        }

        /** Notes an event counted: judging before it is refused. */
        void observe(Instant time) {
            if (latest == null || time.isAfter(latest)) {
                latest = time;
            }
        }

        void addAll(Builder other) {
            addAll(other.build());
        }

        void addAll(OpenInteractions other) {
            for (int i = 0; i < other.openedAt.length; i++) {
                add(Instant.ofEpochMilli(other.openedAt[i]), other.limits[i]);
            }
            if (other.latest != null) {
                observe(other.latest);
            }
        }

        /** Returns the interactions kept, sorted by opening time, then target. */
        OpenInteractions build() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> openedAt[a] != openedAt[b]
                    ? Long.compare(openedAt[a], openedAt[b]) : Long.compare(limits[a], limits[b]));
            long[] o = new long[size];
            long[] l = new long[size];
            for (int i = 0; i < size; i++) {
                o[i] = openedAt[order[i]];
                l[i] = limits[order[i]];
            }
            return new OpenInteractions(calendar, o, l, latest);
        }

        void writeTo(StateWriter out) {
            OpenInteractions sorted = build();
            if (latest == null) {
                out.writeByte(0);
            } else {
                out.writeByte(1);
                out.writeInstant(latest);
            }
            out.writeCount(size);
            for (int i = 0; i < size; i++) {
                if (i == 0) {
                    out.writeSignedVarLong(sorted.openedAt[0]);
                } else {
                    out.writeVarLong(sorted.openedAt[i] - sorted.openedAt[i - 1]);
                }
                out.writeCount(sorted.limits[i]);
            }
        }

        /** Reads what {@link #writeTo} wrote: {@code expected} interactions, open of unknown status. */
        void read(StateReader in, long expected) {
            latest = in.readBoolean("latest flag") ? in.readInstant("latest event") : null;
            int n = in.readLength("open interaction count", 2);
            if (n != expected) {
                throw in.malformed(n + " open interactions kept, but " + expected
                        + " of unknown status counted");
            }
            long previous = 0;
            for (int i = 0; i < n; i++) {
                long opened = i == 0 ? in.readSignedVarLong() : previous + in.readCount("gap");
                if (opened < previous && i > 0) {
                    throw in.malformed("open interactions out of order");
                }
                Instant at = Instant.ofEpochMilli(opened);
                if (latest == null || at.isAfter(latest)) {
                    throw in.malformed("an open interaction at " + at
                            + " is after the latest event " + latest);
                }
                add(at, in.readCount("target"));
                previous = opened;
            }
        }
    }
}
