package io.github.cxmetrics.internal;

import io.github.cxmetrics.Accumulator;

/**
 * The accumulator of every built-in calculator: drops null items with a clear message and items
 * out of scope silently, refuses to merge an accumulator of another calculator (the one
 * compatibility check), and leaves counting, merging, results and bytes to its typed
 * {@link State}. Not thread-safe.
 */
public final class StatefulAccumulator<T, R, S extends State<T, R, S>> implements Accumulator<T, R> {

    private final StatefulCalculator<T, R, S> calculator;
    private final S state;

    StatefulAccumulator(StatefulCalculator<T, R, S> calculator, S state) {
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
        if (!(other instanceof StatefulAccumulator<?, ?, ?> that)
                || !calculator.equals(that.calculator)) {
            throw new IllegalArgumentException("cannot merge accumulators of different calculators: "
                    + calculator + " and " + (other instanceof StatefulAccumulator<?, ?, ?> s
                            ? s.calculator : other));
        }
        if (that == this) {
            throw new IllegalArgumentException("cannot merge an accumulator into itself");
        }
        @SuppressWarnings("unchecked")
        S same = (S) that.state;
        state.merge(same);
    }

    @Override
    public R snapshot() {
        return state.result();
    }

    @Override
    public byte[] toByteArray() {
        return StateFormat.encode(calculator, state);
    }

    StatefulCalculator<T, R, S> calculator() {
        return calculator;
    }

    S state() {
        return state;
    }

    @Override
    public String toString() {
        return "accumulator of " + calculator;
    }
}
