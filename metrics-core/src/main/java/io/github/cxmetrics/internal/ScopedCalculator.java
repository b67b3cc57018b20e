package io.github.cxmetrics.internal;

import java.time.Instant;

/**
 * A calculator whose options decide which items are in scope and where each stands in time, as
 * the survey and the support options do; the item is checked for null, under its name, here.
 *
 * @param <T> the item type
 * @param <R> the result type
 */
public abstract class ScopedCalculator<T, R> extends StatefulCalculator<T, R> {

    /** What the options of a scoped calculator answer about an item, never null. */
    public interface Scope<T> {

        /** Returns whether the item is in scope: its question, its time window. */
        boolean accepts(T item);

        /** Returns the instant that places the item in time. */
        Instant timeOf(T item);
    }

    private final Scope<T> scope;

    /**
     * As {@link StatefulCalculator}'s constructor; the options decide the scope too.
     *
     * @param options the calculator's options, which decide its equality and its scope
     */
    protected <O extends Record & Scope<T>> ScopedCalculator(StateKind kind, String itemName,
            O options, Blueprint<T, R> blueprint) {
        super(kind, itemName, options, blueprint);
        this.scope = options;
    }

    @Override
    public boolean accepts(T item) {
        return scope.accepts(Checks.requireNonNull(item, itemName()));
    }

    @Override
    public Instant timeOf(T item) {
        return scope.timeOf(Checks.requireNonNull(item, itemName()));
    }
}
