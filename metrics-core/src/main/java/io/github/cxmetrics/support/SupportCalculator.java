package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Blueprint;
import io.github.cxmetrics.internal.Fingerprint;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.ScopedCalculator;
import io.github.cxmetrics.model.Interaction;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The options shared by the support calculators. Immutable: every option returns a new
 * calculator, and each option may be set once ({@link IllegalStateException} otherwise).
 *
 * @param <R> the result type
 * @param <C> the calculator type, returned by the options
 */
abstract class SupportCalculator<R, C extends SupportCalculator<R, C>>
        extends ScopedCalculator<Interaction, R> {

    final SupportOptions options;

    /**
     * @param create makes an empty state
     * @param read reads a state
     */
    SupportCalculator(StateKind kind, SupportOptions options,
            Supplier<State<Interaction, R, ?>> create,
            Function<StateReader, State<Interaction, R, ?>> read) {
        this(kind, options, create, read, options::describe);
    }

    /** As above, with the options written into the fingerprint by {@code describe}. */
    SupportCalculator(StateKind kind, SupportOptions options,
            Supplier<State<Interaction, R, ?>> create,
            Function<StateReader, State<Interaction, R, ?>> read, Consumer<Fingerprint> describe) {
        super(kind, "interaction", options, Blueprint.of(create, read, describe));
        this.options = options;
    }

    abstract C with(SupportOptions newOptions);

    /**
     * Returns a calculator of the interactions opened in {@code [from, to)}; by default every
     * interaction given is used.
     *
     * @throws IllegalArgumentException if {@code from} is not before {@code to}
     * @throws IllegalStateException if the time window was already set
     */
    public C between(Instant from, Instant to) {
        return with(options.withWindow(from, to));
    }
}
