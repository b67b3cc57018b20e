package io.github.cxmetrics.support;

import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.model.Interaction;
import java.time.Instant;

/**
 * The options shared by the support calculators. Immutable: every option returns a new
 * calculator, and each option may be set once ({@link IllegalStateException} otherwise).
 *
 * @param <R> the result type
 * @param <C> the calculator type, returned by the options
 */
abstract class SupportCalculator<R, C extends SupportCalculator<R, C>>
        implements Calculator<Interaction, R> {

    final SupportOptions options;
    /** What the calculator computes beyond its options: a milestone, a policy, a kind. */
    private final Object subject;

    SupportCalculator(Object subject, SupportOptions options) {
        this.subject = subject;
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

    @Override
    public boolean accepts(Interaction interaction) {
        return options.accepts(interaction);
    }

    /** Returns when the interaction was opened: trends group interactions by that period. */
    @Override
    public Instant timeOf(Interaction interaction) {
        return interaction.openedAt();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass()
                && options.equals(((SupportCalculator<?, ?>) o).options)
                && subject.equals(((SupportCalculator<?, ?>) o).subject);
    }

    @Override
    public int hashCode() {
        return (getClass().hashCode() * 31 + options.hashCode()) * 31 + subject.hashCode();
    }

    @Override
    public String toString() {
        return options.toString();
    }
}
