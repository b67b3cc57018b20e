package io.github.cxmetrics;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.Grouping;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * A metric computed over items, such as NPS over survey responses. Calculators are immutable,
 * reusable and thread-safe: each option returns a new calculator, and one calculator may serve
 * any number of threads at once.
 *
 * <p>Every calculator offers the same ways of computing:
 * <ul>
 *   <li>{@link #compute(Iterable)} over a collection;
 *   <li>{@link #collector()} for streams, parallel ones included;
 *   <li>{@link #groupBy(Function)}: one result per key, such as per channel or segment;
 *   <li>{@link #byPeriod(ChronoUnit, ZoneId)}: one result per calendar period, a trend;
 *   <li>{@link #accumulator()}: a mutable, mergeable accumulator, for incremental or distributed
 *       aggregation.
 * </ul>
 * They are all built on the accumulator, so they all give the same answer. Groupings compose:
 * {@code groupBy(Response::channel).byPeriod(ChronoUnit.MONTHS, zone)} gives, per month, a map of
 * results per channel.
 *
 * @param <T> the type of item, such as {@code Response}
 * @param <R> the type of result
 */
public interface Calculator<T, R> {

    /** Returns a new, empty accumulator of this calculator. */
    Accumulator<T, R> accumulator();

    /**
     * Returns an accumulator holding the state that {@link Accumulator#toByteArray()} wrote, in
     * this process or another; it goes on adding and merging like any accumulator of this
     * calculator. The bytes must come from an accumulator of an equal calculator (same kind, same
     * options), which their fingerprint proves.
     *
     * <p>The bytes may come from anywhere: anything but a well-formed state of this calculator is
     * refused with an {@link IllegalArgumentException} that says why (not a state, another format
     * version, a failed checksum, another kind of state, another configuration, a malformed
     * state), and nothing is allocated beyond what the bytes' length justifies.
     *
     * <pre>{@code
     * NpsCalculator nps = CxMetrics.nps().question("nps");
     * byte[] bytes = partial.toByteArray();                       // on one machine
     * Accumulator<Response, NpsResult> total = nps.accumulatorFrom(bytes);  // on another
     * total.merge(nps.accumulatorFrom(otherBytes));
     * }</pre>
     *
     * @param bytes the binary form of an accumulator of an equal calculator
     * @throws IllegalArgumentException if the bytes are not such a state
     * @throws NullPointerException if {@code bytes} is null
     * @throws UnsupportedOperationException if this calculator's accumulators have no binary
     *     form (calculators written elsewhere, and groupings of them)
     */
    default Accumulator<T, R> accumulatorFrom(byte[] bytes) {
        throw new UnsupportedOperationException(
                "calculator " + this + " has no binary form");
    }

    /**
     * Returns whether an item is in this calculator's scope (its question, its time window);
     * items out of scope are ignored, and groupings make no group for them.
     */
    boolean accepts(T item);

    /**
     * Returns the instant that places an item in time for time windows and
     * {@link #byPeriod(ChronoUnit, ZoneId)}: when a response was given, when an interaction was
     * opened.
     */
    Instant timeOf(T item);

    /**
     * Computes the result over {@code items} in one pass.
     *
     * @throws NullPointerException if {@code items} or one of them is null
     */
    default R compute(Iterable<? extends T> items) {
        Checks.requireNonNull(items, "items");
        Accumulator<T, R> accumulator = accumulator();
        accumulator.addAll(items);
        return accumulator.snapshot();
    }

    /**
     * Returns a collector computing the result of a stream. It is unordered and merges exactly, so
     * a parallel stream gives the same result as a sequential one.
     */
    default Collector<T, ?, R> collector() {
        return Collector.of(
                this::accumulator,
                Accumulator::add,
                (left, right) -> {
                    left.merge(right);
                    return left;
                },
                Accumulator::snapshot,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns a calculator of one result per key. Only items in scope make groups, so each group
     * has at least one item; the key function must not return null (map a missing attribute to a
     * key of its own, as in {@code r -> r.attributeOr("segment", "(none)")}). The map is sorted by
     * key when the keys are {@link Comparable}, and in the order keys were first seen otherwise.
     *
     * @param key the grouping key, such as {@code Response::channel}
     * @param <K> the type of key
     */
    default <K> Calculator<T, Map<K, R>> groupBy(Function<? super T, ? extends K> key) {
        return Grouping.byKey(this, key);
    }

    /**
     * Returns a calculator of one result per calendar period of {@link #timeOf} in a time zone,
     * sorted by period: {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} (ISO weeks, from
     * Monday), {@link ChronoUnit#MONTHS}, {@link ChronoUnit#YEARS}. Only periods with items in
     * scope appear.
     *
     * @throws IllegalArgumentException for another unit
     */
    default Calculator<T, SortedMap<CalendarPeriod, R>> byPeriod(ChronoUnit unit, ZoneId zone) {
        return byPeriod(Periodicity.of(unit), zone);
    }

    /**
     * Returns a calculator of one result per calendar period of a length given as a
     * {@link Period}: months (aligned to the calendar year, so {@code Period.ofMonths(3)} gives
     * quarters), weeks, days or years. See {@link Periodicity#of(Period)}.
     */
    default Calculator<T, SortedMap<CalendarPeriod, R>> byPeriod(Period period, ZoneId zone) {
        return byPeriod(Periodicity.of(period), zone);
    }

    /** Returns a calculator of one result per period of {@code periodicity} in {@code zone}. */
    default Calculator<T, SortedMap<CalendarPeriod, R>> byPeriod(
            Periodicity periodicity, ZoneId zone) {
        return Grouping.byPeriod(this, periodicity, zone);
    }
}
