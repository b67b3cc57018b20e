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
 * @param <S> the state type
 */
public abstract class StatefulCalculator<T, R, S extends State<T, R, S>>
        implements Calculator<T, R> {

    private final StateKind kind;
    private final String itemName;
    private final Record options;
    /** The fingerprint, computed on first use; idempotent, so a race only computes it twice. */
    private volatile Long fingerprint;

    /**
     * @param kind the kind of state, written in the binary form
     * @param itemName the item's name in messages, as in {@code "response must not be null"}
     * @param options the calculator's options, which decide its equality
     */
    protected StatefulCalculator(StateKind kind, String itemName, Record options) {
        this.kind = kind;
        this.itemName = itemName;
        this.options = options;
    }

    /** Returns a new, empty state. */
    protected abstract S newState();

    /** Reads a state's body written by {@link State#writeTo}, from untrusted bytes. */
    protected abstract S readState(StateReader in);

    /** Adds every option that gives the state its meaning, in a fixed order. */
    protected abstract void describe(Fingerprint fingerprint);

    @Override
    public Accumulator<T, R> accumulator() {
        return new StatefulAccumulator<>(this, newState());
    }

    @Override
    public Accumulator<T, R> accumulatorFrom(byte[] bytes) {
        return new StatefulAccumulator<>(this, StateFormat.decode(this, bytes));
    }

    /**
     * Returns the state of an accumulator of this calculator, or of an equal one: the typed
     * entry points that add bare values without building an item ({@code addScore},
     * {@code addElapsed}) count into it directly.
     *
     * @throws IllegalArgumentException if {@code accumulator} is not an accumulator of an equal
     *     calculator
     * @throws NullPointerException if {@code accumulator} is null
     */
    @SuppressWarnings("unchecked")
    protected final S stateOf(Accumulator<T, R> accumulator) {
        Checks.requireNonNull(accumulator, "accumulator");
        if (accumulator instanceof StatefulAccumulator<?, ?, ?> a
                && (a.calculator() == this || a.calculator().equals(this))) {
            return (S) a.state();
        }
        throw new IllegalArgumentException("not an accumulator of " + this + ": " + accumulator);
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
            describe(text);
            f = text.hash();
            fingerprint = f;
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass()
                && options.equals(((StatefulCalculator<?, ?, ?>) o).options);
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
