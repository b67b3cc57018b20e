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
        for (T item : items) {
            add(item);
        }
    }

    /**
     * Adds everything accumulated by {@code other} to this accumulator; {@code other} is not
     * changed.
     *
     * @throws IllegalArgumentException if {@code other} was not made by an equal calculator
     */
    void merge(Accumulator<T, R> other);

    /** Returns the immutable result of what has been accumulated so far. */
    R snapshot();
}
