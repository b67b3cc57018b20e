package io.github.cxmetrics.internal;

import io.github.cxmetrics.Accumulator;

/**
 * The accumulator of every built-in calculator: drops null items with a clear message and items
 * out of scope silently, refuses to merge an accumulator of another calculator (the one
 * compatibility check), and leaves counting, merging, results and bytes to its typed
 * {@link State}. Not thread-safe.
 */
public final class StatefulAccumulator<T, R> implements Accumulator<T, R> {

    private final StatefulCalculator<T, R> calculator;
    private final State<T, R, ?> state;

    StatefulAccumulator(StatefulCalculator<T, R> calculator, State<T, R, ?> state) {
        this.calculator = calculator;
        this.state = state;
    }

    @Override
    public void add(T item) {
        if (item == null) {
            throw new NullPointerException(calculator.itemName() + " must not be null");
        }
        if (calculator.accepts(item)) {
            state.add(item);
        }
    }

    @Override
    public void merge(Accumulator<T, R> other) {
        Checks.requireNonNull(other, "other");
        if (!(other instanceof StatefulAccumulator<?, ?> that)
                || !calculator.equals(that.calculator)) {
            throw new IllegalArgumentException("cannot merge accumulators of different calculators: "
                    + calculator + " and " + (other instanceof StatefulAccumulator<?, ?> s
                            ? s.calculator : other));
        }
        if (that == this) {
            throw new IllegalArgumentException("cannot merge an accumulator into itself");
        }
        merge(state, that.state);
    }

    /**
     * Merges two states of equal calculators: equal calculators make states of one class, which
     * is what makes the cast safe.
     */
    @SuppressWarnings("unchecked")
    private static <S extends State<?, ?, S>> void merge(State<?, ?, S> into, State<?, ?, ?> from) {
        into.merge((S) from);
    }

    @Override
    public R snapshot() {
        return state.result();
    }

    @Override
    public byte[] toByteArray() {
        return StateFormat.encode(calculator, state);
    }

    StatefulCalculator<T, R> calculator() {
        return calculator;
    }

    State<T, R, ?> state() {
        return state;
    }

    @Override
    public String toString() {
        return "accumulator of " + calculator;
    }
}
