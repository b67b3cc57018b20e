package io.github.cxmetrics.value;

/**
 * The mutable state behind a value accumulator: adds items in scope, merges a state of the same
 * calculator, and snapshots an immutable result. Not thread-safe.
 *
 * @param <T> the item type
 * @param <R> the result type
 */
interface ValueState<T, R> {

    /** Adds one item, already known to be in scope. */
    void add(T item);

    /** Adds everything in {@code other}, a state of an equal calculator; {@code other} is unchanged. */
    void merge(ValueState<T, R> other);

    /** Returns the immutable result of what was added. */
    R snapshot();
}
