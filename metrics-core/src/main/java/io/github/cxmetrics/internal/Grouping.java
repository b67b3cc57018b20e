package io.github.cxmetrics.internal;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.Periodicity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/** The grouped calculators behind {@link Calculator#groupBy} and {@link Calculator#byPeriod}. */
public final class Grouping {

    /** How many recent keys a grouped accumulator finds by identity. */
    private static final int RECENT = 8;

    private Grouping() {}

    /** Returns a calculator of one result of {@code inner} per key. */
    public static <T, K, R> Calculator<T, Map<K, R>> byKey(
            Calculator<T, R> inner, Function<? super T, ? extends K> key) {
        Checks.requireNonNull(key, "key");
        return new Grouped<>(inner, () -> key, key, false);
    }

    /** Returns a calculator of one result of {@code inner} per calendar period. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T, R> Calculator<T, SortedMap<CalendarPeriod, R>> byPeriod(
            Calculator<T, R> inner, Periodicity periodicity, ZoneId zone) {
        Checks.requireNonNull(periodicity, "periodicity");
        Checks.requireNonNull(zone, "zone");
        PeriodKey<T> identity = new PeriodKey<>(inner, periodicity, zone);
        Calculator grouped = new Grouped<>(inner, () -> new PeriodKey<>(inner, periodicity, zone),
                identity, true);
        return (Calculator<T, SortedMap<CalendarPeriod, R>>) grouped;
    }

    /**
     * A grouped calculator. {@code keys} supplies a key function per accumulator, so key functions
     * may cache (the period of the previous item); {@code identity} stands for it in equality.
     */
    private static final class Grouped<T, K, R> implements Calculator<T, Map<K, R>> {
        private final Calculator<T, R> inner;
        private final Supplier<Function<? super T, ? extends K>> keys;
        private final Object identity;
        private final boolean sorted;

        Grouped(Calculator<T, R> inner, Supplier<Function<? super T, ? extends K>> keys,
                Object identity, boolean sorted) {
            this.inner = Checks.requireNonNull(inner, "calculator");
            this.keys = keys;
            this.identity = identity;
            this.sorted = sorted;
        }

        @Override
        public Accumulator<T, Map<K, R>> accumulator() {
            return new GroupedAccumulator<>(this, keys.get());
        }

        @Override
        public boolean accepts(T item) {
            return inner.accepts(item);
        }

        @Override
        public Instant timeOf(T item) {
            return inner.timeOf(item);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Grouped<?, ?, ?> other && inner.equals(other.inner)
                    && identity.equals(other.identity) && sorted == other.sorted;
        }

        @Override
        public int hashCode() {
            return Objects.hash(inner, identity, sorted);
        }

        @Override
        public String toString() {
            return inner + " grouped by " + identity;
        }
    }

    private static final class GroupedAccumulator<T, K, R> implements Accumulator<T, Map<K, R>> {
        private final Grouped<T, K, R> calculator;
        private final Function<? super T, ? extends K> key;
        private final Map<K, Accumulator<T, R>> groups = new LinkedHashMap<>();
        /** The groups of the keys seen last, found by identity before the hash map is asked. */
        private final Object[] recentKeys = new Object[RECENT];
        @SuppressWarnings("unchecked")
        private final Accumulator<T, R>[] recentGroups = new Accumulator[RECENT];
        private int nextRecent;

        GroupedAccumulator(Grouped<T, K, R> calculator, Function<? super T, ? extends K> key) {
            this.calculator = calculator;
            this.key = key;
        }

        @Override
        public void add(T item) {
            if (!calculator.inner.accepts(item)) {
                return;
            }
            K k = key.apply(item);
            if (k == null) {
                throw new NullPointerException("group key must not be null: " + item);
            }
            // Keys are few and often the same instances (channel constants, the period of the
            // previous item): an identity scan of the recent keys avoids hashing most items.
            for (int i = 0; i < RECENT; i++) {
                if (recentKeys[i] == k) {
                    recentGroups[i].add(item);
                    return;
                }
            }
            Accumulator<T, R> group = group(k);
            recentKeys[nextRecent] = k;
            recentGroups[nextRecent] = group;
            nextRecent = (nextRecent + 1) % RECENT;
            group.add(item);
        }

        private Accumulator<T, R> group(K k) {
            Accumulator<T, R> group = groups.get(k);
            if (group == null) {
                group = calculator.inner.accumulator();
                groups.put(k, group);
            }
            return group;
        }

        @Override
        public void merge(Accumulator<T, Map<K, R>> other) {
            if (!(other instanceof GroupedAccumulator<T, K, R> that)
                    || !calculator.equals(that.calculator)) {
                throw new IllegalArgumentException(
                        "cannot merge accumulators of different calculators: " + calculator
                                + " and " + (other instanceof GroupedAccumulator<?, ?, ?> g
                                        ? g.calculator : other));
            }
            if (that == this) {
                throw new IllegalArgumentException("cannot merge an accumulator into itself");
            }
            for (Map.Entry<K, Accumulator<T, R>> entry : that.groups.entrySet()) {
                group(entry.getKey()).merge(entry.getValue());
            }
        }

        @Override
        public Map<K, R> snapshot() {
            boolean comparable = calculator.sorted
                    || groups.keySet().stream().allMatch(k -> k instanceof Comparable);
            if (comparable) {
                try {
                    TreeMap<K, R> result = new TreeMap<>();
                    for (Map.Entry<K, Accumulator<T, R>> entry : groups.entrySet()) {
                        result.put(entry.getKey(), entry.getValue().snapshot());
                    }
                    return Collections.unmodifiableSortedMap(result);
                } catch (ClassCastException keysOfDifferentTypes) {
                    // Comparable keys of different classes: fall back to the order seen.
                }
            }
            LinkedHashMap<K, R> result = new LinkedHashMap<>();
            for (Map.Entry<K, Accumulator<T, R>> entry : groups.entrySet()) {
                result.put(entry.getKey(), entry.getValue().snapshot());
            }
            return Collections.unmodifiableMap(result);
        }
    }

    /** The period of an item's time, found by a {@link PeriodLocator} of its own. */
    private static final class PeriodKey<T> implements Function<T, CalendarPeriod> {
        private final Calculator<T, ?> calculator;
        private final Periodicity periodicity;
        private final ZoneId zone;
        private final PeriodLocator locator;

        PeriodKey(Calculator<T, ?> calculator, Periodicity periodicity, ZoneId zone) {
            this.calculator = calculator;
            this.periodicity = periodicity;
            this.zone = zone;
            this.locator = new PeriodLocator(periodicity, zone);
        }

        @Override
        public CalendarPeriod apply(T item) {
            return locator.periodOf(calculator.timeOf(item));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PeriodKey<?> other && periodicity.equals(other.periodicity)
                    && zone.equals(other.zone);
        }

        @Override
        public int hashCode() {
            return periodicity.hashCode() * 31 + zone.hashCode();
        }

        @Override
        public String toString() {
            return periodicity + " in " + zone;
        }
    }
}
