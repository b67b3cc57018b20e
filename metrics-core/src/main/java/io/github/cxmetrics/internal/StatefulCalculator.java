package io.github.cxmetrics.internal;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;

/**
 * The skeleton of every built-in calculator: its accumulators hold a typed {@link State}, are
 * checked for null items, scope and merge compatibility in one place
 * ({@link StatefulAccumulator}), and travel as bytes in one format ({@link StateFormat}). A
 * calculator keeps its options in a record of its own; two calculators are equal when they are of
 * one class with equal options.
 *
 * @param <T> the item type
 * @param <R> the result type
 */
public abstract class StatefulCalculator<T, R> implements Calculator<T, R> {

    private final StateKind kind;
    private final String itemName;
    private final Record options;
    private final Blueprint<T, R> blueprint;
    /** The fingerprint, computed on first use; idempotent, so a race only computes it twice. */
    private volatile Long fingerprint;

    /**
     * @param kind the kind of state, written in the binary form
     * @param itemName the item's name in messages, as in {@code "response must not be null"}
     * @param options the calculator's options, which decide its equality
     * @param blueprint how to make, read and fingerprint its states
     */
    protected StatefulCalculator(StateKind kind, String itemName, Record options,
            Blueprint<T, R> blueprint) {
        this.kind = kind;
        this.itemName = itemName;
        this.options = options;
        this.blueprint = blueprint;
    }

    @Override
    public Accumulator<T, R> accumulator() {
        return new StatefulAccumulator<>(this, blueprint.newState());
    }

    @Override
    public Accumulator<T, R> accumulatorFrom(byte[] bytes) {
        return new StatefulAccumulator<>(this, StateFormat.decode(this, bytes));
    }

    final Blueprint<T, R> blueprint() {
        return blueprint;
    }

    final StateKind stateKind() {
        return kind;
    }

    final String itemName() {
        return itemName;
    }

    /** Returns the fingerprint of the options, as written in the binary form's header. */
    final long fingerprint() {
        Long f = fingerprint;
        if (f == null) {
            Fingerprint text = new Fingerprint(kind);
            blueprint.describe(text);
            f = text.hash();
            fingerprint = f;
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass()
                && options.equals(((StatefulCalculator<?, ?>) o).options);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + options.hashCode();
    }

    @Override
    public String toString() {
        return options.toString();
    }
}
