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
        StatefulAccumulator<T, R> that = of(calculator, Checks.requireNonNull(other, "other"),
                "cannot merge accumulators of different calculators: ");
        if (that == this) {
            throw new IllegalArgumentException("cannot merge an accumulator into itself");
        }
        merge(state, that.state);
    }

    /**
     * Returns {@code accumulator} if it is an accumulator of {@code calculator} or of an equal
     * calculator: the one compatibility check, of merges and of the typed entry points that count
     * into a state directly. The same calculator is recognised first without comparing
     * options, as the typed entry points check once per value.
     *
     * @param refusal the start of the message when it is not, followed by both calculators
     * @throws IllegalArgumentException if it is not
     */
    static <T, R> StatefulAccumulator<T, R> of(StatefulCalculator<T, R> calculator,
            Accumulator<T, R> accumulator, String refusal) {
        if (!(accumulator instanceof StatefulAccumulator<T, R> that)
                || that.calculator != calculator && !calculator.equals(that.calculator)) {
            throw new IllegalArgumentException(refusal + calculator + " and "
                    + (accumulator instanceof StatefulAccumulator<?, ?> s
                            ? s.calculator : accumulator));
        }
        return that;
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
