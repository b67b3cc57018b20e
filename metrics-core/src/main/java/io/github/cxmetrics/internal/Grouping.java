package io.github.cxmetrics.internal;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Periodicity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The grouped calculators behind {@link Calculator#groupBy} and {@link Calculator#byPeriod}: a
 * map of key to an accumulator of the inner calculator. Their binary form is the number of groups,
 * then per group (sorted by the key's bytes) the key ({@link KeyCodec}; per period, the period
 * alone) and the inner state's body.
 */
public final class Grouping {

    /** How many recent keys a grouped accumulator finds by identity. */
    private static final int RECENT = 8;

    private Grouping() {}

    /** Returns a calculator of one result of {@code inner} per key. */
    public static <T, K, R> Calculator<T, Map<K, R>> byKey(
            Calculator<T, R> inner, Function<? super T, ? extends K> key) {
        Checks.requireNonNull(inner, "calculator");
        Checks.requireNonNull(key, "key");
        return new Grouped<>(StateKind.GROUPED, inner, () -> key, key, null, null);
    }

    /** Returns a calculator of one result of {@code inner} per calendar period. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T, R> Calculator<T, SortedMap<CalendarPeriod, R>> byPeriod(
            Calculator<T, R> inner, Periodicity periodicity, ZoneId zone) {
        Checks.requireNonNull(inner, "calculator");
        Checks.requireNonNull(periodicity, "periodicity");
        Checks.requireNonNull(zone, "zone");
        PeriodKey<T> identity = new PeriodKey<>(inner, periodicity, zone);
        Calculator grouped = new Grouped<>(StateKind.PER_PERIOD, inner,
                () -> new PeriodKey<>(inner, periodicity, zone), identity, periodicity, zone);
        return (Calculator<T, SortedMap<CalendarPeriod, R>>) grouped;
    }

    /**
     * What a grouped calculator is: the inner calculator and its key function, which
     * {@code identity} stands for (the key function itself, or the period and zone).
     */
    private record Options(Calculator<?, ?> inner, Object identity) {
        @Override
        public String toString() {
            return inner + " grouped by " + identity;
        }
    }

    /**
     * A grouped calculator. {@code keys} supplies a key function per accumulator, so key functions
     * may cache (the period of the previous item). A key function cannot be fingerprinted: the
     * binary form checks the inner calculator's options and, per period, the periodicity and zone.
     */
    private static final class Grouped<T, K, R> extends StatefulCalculator<T, Map<K, R>> {
        private final Calculator<T, R> inner;

        Grouped(StateKind kind, Calculator<T, R> inner,
                Supplier<Function<? super T, ? extends K>> keys, Object identity,
                Periodicity periodicity, ZoneId zone) {
            super(kind, inner instanceof StatefulCalculator<?, ?> s ? s.itemName() : "item",
                    new Options(inner, identity), Blueprint.of(
                            () -> new Groups<>(inner, periodicity, keys.get()),
                            in -> Groups.read(new Groups<>(inner, periodicity, keys.get()), in),
                            f -> {
                                StatefulCalculator<T, R> stateful = stateful(inner);
                                f.add("inner kind", stateful.stateKind().label)
                                        .add("inner", Fingerprint.hex(stateful.fingerprint()))
                                        .add("periodicity", periodicity)
                                        .add("zone", zone == null ? null : zone.getId());
                            }));
            this.inner = inner;
        }

        @Override
        public boolean accepts(T item) {
            return inner.accepts(item);
        }

        @Override
        public Instant timeOf(T item) {
            return inner.timeOf(item);
        }
    }

    /** Returns the inner calculator if its accumulators have a binary form. */
    @SuppressWarnings("unchecked")
    private static <T, R> StatefulCalculator<T, R> stateful(Calculator<T, R> inner) {
        if (!(inner instanceof StatefulCalculator<?, ?> s)) {
            throw new UnsupportedOperationException("calculator " + inner + " has no binary form");
        }
        return (StatefulCalculator<T, R>) s;
    }

    /** The groups of a grouped accumulator. Not thread-safe. */
    private static final class Groups<T, K, R> implements State<T, Map<K, R>, Groups<T, K, R>> {
        private final Calculator<T, R> inner;
        /** The periods' periodicity, or null for groups by key. */
        private final Periodicity periodicity;
        private final Function<? super T, ? extends K> key;
        private final Map<K, Accumulator<T, R>> groups = new LinkedHashMap<>();
        /** The groups of the keys seen last, found by identity before the hash map is asked. */
        private final Object[] recentKeys = new Object[RECENT];
        @SuppressWarnings("unchecked")
        private final Accumulator<T, R>[] recentGroups = new Accumulator[RECENT];
        private int nextRecent;

        Groups(Calculator<T, R> inner, Periodicity periodicity,
                Function<? super T, ? extends K> key) {
            this.inner = inner;
            this.periodicity = periodicity;
            this.key = key;
        }

        @Override
        public void add(T item) {
            K k = key.apply(item);
            if (k == null) {
                throw new NullPointerException("group key must not be null: " + item);
            }
            // Keys are few and often the same instances (channel constants, the period of the
            // previous item): an identity scan of the recent keys avoids hashing most items.
            for (int i = 0; i < RECENT; i++) {
                if (recentKeys[i] == k) {
                    addTo(recentGroups[i], item);
                    return;
                }
            }
            Accumulator<T, R> group = group(k);
            recentKeys[nextRecent] = k;
            recentGroups[nextRecent] = group;
            nextRecent = (nextRecent + 1) % RECENT;
            addTo(group, item);
        }

        /**
         * Adds an item, already checked for null and scope by the grouped accumulator, to its
         * group: straight into the state of a built-in calculator's group.
         */
        private static <T, R> void addTo(Accumulator<T, R> group, T item) {
            if (group instanceof StatefulAccumulator<T, R> stateful) {
                stateful.state().add(item);
            } else {
                group.add(item);
            }
        }

        private Accumulator<T, R> group(K k) {
            Accumulator<T, R> group = groups.get(k);
            if (group == null) {
                group = inner.accumulator();
                groups.put(k, group);
            }
            return group;
        }

        @Override
        public void merge(Groups<T, K, R> other) {
            for (Map.Entry<K, Accumulator<T, R>> entry : other.groups.entrySet()) {
                group(entry.getKey()).merge(entry.getValue());
            }
        }

        @Override
        public Map<K, R> result() {
            boolean comparable = periodicity != null
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

        @Override
        public void writeTo(StateWriter out) {
            List<StateWriter> entries = new ArrayList<>(groups.size());
            for (Map.Entry<K, Accumulator<T, R>> entry : groups.entrySet()) {
                StateWriter key = new StateWriter();
                if (periodicity == null) {
                    KeyCodec.write(entry.getKey(), key);
                } else {
                    key.writePeriod((CalendarPeriod) entry.getKey());
                }
                if (!(entry.getValue() instanceof StatefulAccumulator<?, ?> group)) {
                    throw new UnsupportedOperationException(
                            "calculator " + inner + " has no binary form");
                }
                StateWriter body = new StateWriter();
                group.state().writeTo(body);
                entries.add(key);
                entries.add(body);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < entries.size(); i += 2) {
                order.add(i);
            }
            order.sort((a, b) -> StateWriter.compare(entries.get(a), entries.get(b)));
            out.writeCount(order.size());
            for (int i : order) {
                out.writeAll(entries.get(i));
                out.writeAll(entries.get(i + 1));
            }
        }

        @SuppressWarnings("unchecked")
        static <T, K, R> Groups<T, K, R> read(Groups<T, K, R> state, StateReader in) {
            StatefulCalculator<T, R> stateful = stateful(state.inner);
            int n = in.readLength("group count", 2);
            for (int i = 0; i < n; i++) {
                K k = (K) (state.periodicity == null ? KeyCodec.read(in)
                        : in.readPeriod("group key", state.periodicity));
                Accumulator<T, R> group =
                        new StatefulAccumulator<>(stateful, StateFormat.read(stateful, in));
                if (state.groups.put(k, group) != null) {
                    throw in.malformed("two groups of key " + k);
                }
            }
            return state;
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
