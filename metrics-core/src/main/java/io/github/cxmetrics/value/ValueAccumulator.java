package io.github.cxmetrics.value;

import io.github.cxmetrics.Accumulator;
import java.util.Objects;

/**
 * The accumulator of every value calculator: drops items out of the calculator's scope, checks
 * merges, and delegates to the calculator's {@link ValueState}. Not thread-safe.
 */
final class ValueAccumulator<T, R> implements Accumulator<T, R> {

    private final ValueCalculator<T, R, ?> calculator;
    private final ValueState<T, R> state;

    ValueAccumulator(ValueCalculator<T, R, ?> calculator, ValueState<T, R> state) {
        this.calculator = calculator;
        this.state = state;
    }

    @Override
    public void add(T item) {
        Objects.requireNonNull(item, () -> calculator.items.name() + " must not be null");
        if (calculator.accepts(item)) {
            state.add(item);
        }
    }

    @Override
    public void merge(Accumulator<T, R> other) {
        if (!(other instanceof ValueAccumulator<?, ?> that) || !calculator.equals(that.calculator)) {
            throw new IllegalArgumentException("cannot merge accumulators of different calculators: "
                    + calculator + " and " + (other instanceof ValueAccumulator<?, ?> v
                            ? v.calculator : other));
        }
        if (that == this) {
            throw new IllegalArgumentException("cannot merge an accumulator into itself");
        }
        @SuppressWarnings("unchecked")
        ValueState<T, R> same = (ValueState<T, R>) that.state;
        state.merge(same);
    }

    @Override
    public R snapshot() {
        return state.snapshot();
    }
}
