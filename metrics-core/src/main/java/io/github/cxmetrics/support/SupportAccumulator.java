package io.github.cxmetrics.support;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.model.Interaction;
import java.util.Objects;

/**
 * What the support accumulators share: the scope check on {@link #add} and the checks on
 * {@link #merge}. Not thread-safe.
 *
 * @param <R> the result type
 * @param <A> the concrete accumulator type
 */
abstract class SupportAccumulator<R, A extends SupportAccumulator<R, A>>
        implements Accumulator<Interaction, R> {

    final SupportCalculator<R, ?> calculator;

    SupportAccumulator(SupportCalculator<R, ?> calculator) {
        this.calculator = calculator;
    }

    /** Counts one interaction known to be in scope. */
    abstract void count(Interaction interaction);

    /** Adds the state of an accumulator of an equal calculator. */
    abstract void mergeFrom(A other);

    @Override
    public final void add(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction must not be null");
        if (calculator.accepts(interaction)) {
            count(interaction);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void merge(Accumulator<Interaction, R> other) {
        if (!(other instanceof SupportAccumulator<?, ?> that) || !calculator.equals(that.calculator)) {
            throw new IllegalArgumentException("cannot merge accumulators of different calculators: "
                    + calculator + " and " + (other instanceof SupportAccumulator<?, ?> s
                            ? s.calculator : other));
        }
        if (that == this) {
            throw new IllegalArgumentException("cannot merge an accumulator into itself");
        }
        mergeFrom((A) that);
    }
}
