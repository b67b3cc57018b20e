package io.github.cxmetrics;

/**
 * A mutable, mergeable aggregation of items into a result: the engine under every
 * {@link Calculator}. Items are added one at a time or merged in from another accumulator of the
 * same calculator; {@link #snapshot()} returns an immutable result of what has been added so far.
 *
 * <p>Merging is exact: splitting the input in any way, accumulating each part and merging the
 * parts in any order gives the same result as one pass over all of it. This is what lets
 * {@link Calculator#collector()} run in parallel streams, and lets partial aggregates be combined
 * across threads, batches or machines.
 *
 * <p>Memory does not grow with the number of items (it is proportional to the size of the score
 * scale) unless the calculator needs per-customer state, such as keeping only the latest answer of
 * each customer.
 *
 * <p><b>Across processes.</b> {@link #toByteArray()} writes the accumulator's state in a compact,
 * versioned binary form, and {@link Calculator#accumulatorFrom(byte[])} of an equal calculator
 * reads it back into an accumulator that goes on adding and merging: partial aggregates of
 * Spark executors, services or daily roll-ups merge exactly wherever they meet. The bytes carry a
 * fingerprint of the calculator's options, so bytes made under another configuration are
 * refused; see {@code docs/wire-format.md}.
 *
 * <p><b>Not thread-safe.</b> Use one accumulator per thread and merge them.
 *
 * <pre>{@code
 * Accumulator<Response, NpsResult> morning = CxMetrics.nps().accumulator();
 * Accumulator<Response, NpsResult> evening = CxMetrics.nps().accumulator();
 * morning.addAll(batch1);
 * evening.addAll(batch2);
 * morning.merge(evening);
 * NpsResult day = morning.snapshot();
 * }</pre>
 *
 * @param <T> the type of item added, such as a survey response
 * @param <R> the type of result
 */
public interface Accumulator<T, R> {

    /**
     * Adds one item. Items outside the calculator's scope (another question, outside its time
     * window) are ignored.
     *
     * @throws IllegalArgumentException if the item is invalid for the calculator in its strict
     *     mode, for example a score outside the scale
     */
    void add(T item);

    /** Adds every item of {@code items}, as {@link #add} would. */
    default void addAll(Iterable<? extends T> items) {
        if (items == null) {
            throw new NullPointerException("items must not be null");
        }
        for (T item : items) {
            add(item);
        }
    }

    /**
     * Adds everything accumulated by {@code other} to this accumulator; {@code other} is not
     * changed.
     *
     * @throws IllegalArgumentException if {@code other} was not made by an equal calculator
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if a count would overflow a {@code long}
     */
    void merge(Accumulator<T, R> other);

    /** Returns the immutable result of what has been accumulated so far. */
    R snapshot();

    /**
     * Returns the accumulator's state in its binary form: magic, format version, kind of state,
     * a fingerprint of the calculator's options, the state, a checksum. Equal states give equal
     * bytes. Read them back with {@link Calculator#accumulatorFrom(byte[])} of an equal
     * calculator, in this process or another. The accumulator is not changed.
     *
     * <p>Every accumulator of the built-in calculators has a binary form, grouped and per-period
     * ones included; the default implementation, for accumulators written elsewhere, throws.
     *
     * @throws UnsupportedOperationException if this accumulator has no binary form
     * @throws IllegalStateException if a group key has a type the format cannot write (keys may
     *     be {@code String}, {@code Channel}, enums, {@code Integer}, {@code Long},
     *     {@code CalendarPeriod} or {@code ServiceBand})
     */
    default byte[] toByteArray() {
        throw new UnsupportedOperationException(
                "accumulator " + getClass().getName() + " has no binary form");
    }
}
