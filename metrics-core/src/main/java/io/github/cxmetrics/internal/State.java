package io.github.cxmetrics.internal;

/**
 * The typed, mutable state of one calculator's accumulator: it adds items already known to be in
 * scope, merges a state of an equal calculator, builds its result itself and writes its binary
 * form. Not thread-safe.
 *
 * @param <T> the item type
 * @param <R> the result type
 * @param <S> the state's own type, which merges only with itself
 */
public interface State<T, R, S extends State<T, R, S>> {

    /** Adds an item in the calculator's scope. */
    void add(T item);

    /** Adds everything in {@code other}, which is left unchanged. */
    void merge(S other);

    /** Returns the immutable result of what was added. */
    R result();

    /**
     * Writes the state's body. Equal states write equal bytes, whatever the order their items
     * came in: maps are written in a sorted order.
     */
    void writeTo(StateWriter out);
}
