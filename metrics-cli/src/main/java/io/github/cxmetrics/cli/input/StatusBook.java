package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.model.InteractionStatus;
import io.github.cxmetrics.model.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The status changes of the {@code --status-changes} file, kept by interaction id until the
 * interactions are read and each is given its timeline ({@link InteractionsInput}).
 *
 * <p>An audit export need not be sorted, so every change is kept until the interactions have
 * been read, in columns of primitive arrays rather than objects: per change its time (12 bytes),
 * its status (1 byte) and the next change of its interaction (4 bytes), 17 bytes; per
 * interaction id its first and last change and a count, 12 bytes, plus the {@link IdTable} entry
 * (16 to 24 bytes) and a bit for the ids matched, about 40 bytes besides the id's string. Ten
 * million changes of two million tickets take about 250 MB plus the ids' strings. The changes of one interaction are sorted by time (stably: changes at the same instant
 * keep the order of the file) when they are attached.
 *
 * <p>{@link #add} is called while the status file is read, from one thread; {@link #changesOf}
 * and {@link #take} may then be called from the threads that read the interactions file in
 * chunks: lookups only read the arrays, and the marks of the ids taken are synchronized.
 */
public final class StatusBook {

    private static final int NONE = -1;
    private static final InteractionStatus[] STATUSES = InteractionStatus.values();

    private final IdTable ids = new IdTable();
    private int[] first = new int[16];
    private int[] last = new int[16];
    private int[] counts = new int[16];

    private long[] seconds = new long[16];
    private int[] nanos = new int[16];
    private byte[] statuses = new byte[16];
    private int[] next = new int[16];
    private int changes;

    private final BitSet taken = new BitSet();

    /** Adds a change of an interaction, in the order of the file. */
    void add(String interactionId, Instant at, InteractionStatus status) {
        int id = ids.add(interactionId);
        if (id == first.length) {
            int n = first.length * 2;
            first = Arrays.copyOf(first, n);
            last = Arrays.copyOf(last, n);
            counts = Arrays.copyOf(counts, n);
        }
        if (changes == seconds.length) {
            int n = seconds.length * 2;
            seconds = Arrays.copyOf(seconds, n);
            nanos = Arrays.copyOf(nanos, n);
            statuses = Arrays.copyOf(statuses, n);
            next = Arrays.copyOf(next, n);
        }
        int c = changes++;
        seconds[c] = at.getEpochSecond();
        nanos[c] = at.getNano();
        statuses[c] = (byte) status.ordinal();
        next[c] = NONE;
        if (counts[id] == 0) {
            first[id] = c;
        } else {
            next[last[id]] = c;
        }
        last[id] = c;
        counts[id]++;
    }

    /** Returns the changes of an interaction sorted by time, empty if the file has none. */
    public List<StatusChange> changesOf(String interactionId) {
        int id = ids.indexOf(interactionId);
        if (id < 0) {
            return List.of();
        }
        List<StatusChange> list = new ArrayList<>(counts[id]);
        for (int c = first[id]; c != NONE; c = next[c]) {
            list.add(StatusChange.of(Instant.ofEpochSecond(seconds[c], nanos[c]),
                    STATUSES[statuses[c]]));
        }
        list.sort(Comparator.comparing(StatusChange::at));
        return list;
    }

    /**
     * Returns the changes of an interaction as {@link #changesOf}, and marks its id as matched
     * by an interaction.
     */
    List<StatusChange> take(String interactionId) {
        int id = ids.indexOf(interactionId);
        if (id < 0) {
            return List.of();
        }
        synchronized (taken) {
            taken.set(id);
        }
        return changesOf(interactionId);
    }

    /** Returns the number of changes read. */
    public int changes() {
        return changes;
    }

    /** Returns the number of interaction ids the changes name. */
    public int interactions() {
        return ids.size();
    }

    /** Returns the number of interaction ids of the changes that no interaction read had. */
    public int unmatched() {
        synchronized (taken) {
            return ids.size() - taken.cardinality();
        }
    }
}
