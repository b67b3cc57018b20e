package io.github.cxmetrics.cli.section;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts records by a name, such as the question of responses that feed no metric, keeping the
 * count of at most {@code limit} names: the first ones in sort order; the others are counted in
 * the total only. Memory is bounded whatever the names, and the counts are the same whatever the
 * order of the records and however they were split and merged: a name among the first
 * {@code limit} of all names is among the first of every part that saw it.
 */
final class NameCounts {

    private final int limit;
    private final TreeMap<String, Long> counts = new TreeMap<>();
    private long total;

    NameCounts(int limit) {
        this.limit = limit;
    }

    void add(String name) {
        add(name, 1);
        total++;
    }

    private void add(String name, long count) {
        Long known = counts.get(name);
        if (known != null) {
            counts.put(name, known + count);
        } else if (counts.size() < limit) {
            counts.put(name, count);
        } else if (name.compareTo(counts.lastKey()) < 0) {
            counts.pollLastEntry();
            counts.put(name, count);
        }
    }

    /** Adds the counts of another, as if this had counted its records too. */
    void merge(NameCounts other) {
        other.counts.forEach(this::add);
        total += other.total;
    }

    /** Returns the number of records counted. */
    long total() {
        return total;
    }

    /** Returns the count and the noun: "1 response", "3 responses". */
    String describe(String one, String many) {
        return total + " " + (total == 1 ? one : many);
    }

    /** Returns "name count" of the names kept, in order, then ", others N" for the rest. */
    String list() {
        StringBuilder s = new StringBuilder();
        long listed = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
            listed += e.getValue();
        }
        if (total > listed) {
            s.append(", others ").append(total - listed);
        }
        return s.toString();
    }
}
