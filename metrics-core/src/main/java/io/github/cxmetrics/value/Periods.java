package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Periodicity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/** Helpers for tables over consecutive calendar periods. */
final class Periods {

    private Periods() {}

    /**
     * Returns the periods from {@code first} to {@code last}, both included; empty if either is
     * null or last is before first.
     *
     * @throws IllegalArgumentException if they are more than
     *     {@link Periodicity#MAX_TABLE_PERIODS}
     */
    static List<CalendarPeriod> range(Periodicity periodicity, CalendarPeriod first,
            CalendarPeriod last) {
        if (first == null || last == null || last.compareTo(first) < 0) {
            return List.of();
        }
        // A period is at least a day: a span of fewer days than the limit needs no count.
        if (java.time.temporal.ChronoUnit.DAYS.between(first.start(), last.end())
                > Periodicity.MAX_TABLE_PERIODS) {
            CalendarPeriod p = first;
            for (int n = 1; n < Periodicity.MAX_TABLE_PERIODS && p.compareTo(last) < 0; n++) {
                p = periodicity.next(p);
            }
            if (p.compareTo(last) < 0) {
                throw new IllegalArgumentException("the periods from " + first + " to " + last
                        + " are more than a table holds (" + Periodicity.MAX_TABLE_PERIODS
                        + " periods of " + periodicity + "): the data span too long a time");
            }
        }
        List<CalendarPeriod> periods = new ArrayList<>();
        for (CalendarPeriod p = first; p.compareTo(last) <= 0; p = periodicity.next(p)) {
            periods.add(p);
        }
        return Collections.unmodifiableList(periods);
    }

    /** Returns {@code n} if it is a valid number of trailing periods, {@code >= 1}. */
    static int requireTrailing(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("trailing periods must be >= 1: " + n);
        }
        return n;
    }

    /** Returns the later of two instants, either of which may be null. */
    static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** Returns an unmodifiable sorted map of both maps' entries, values of common keys combined. */
    static <K extends Comparable<K>, V> SortedMap<K, V> merged(
            Map<K, V> a, Map<K, V> b, BinaryOperator<V> combine) {
        TreeMap<K, V> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, combine));
        return Collections.unmodifiableSortedMap(sum);
    }
}
