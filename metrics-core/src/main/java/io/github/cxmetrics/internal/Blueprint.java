package io.github.cxmetrics.internal;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a {@link StatefulCalculator} is made of beyond its options: how to make an empty state,
 * how to read one from bytes, and which options go into its fingerprint. Given to the
 * calculator's constructor, so that public calculators declare no hooks of internal types.
 *
 * @param <T> the item type
 * @param <R> the result type
 */
public interface Blueprint<T, R> {

    /** Returns a new, empty state. */
    State<T, R, ?> newState();

    /** Reads a state's body written by {@link State#writeTo}, from untrusted bytes. */
    State<T, R, ?> readState(StateReader in);

    /** Adds every option that gives the state its meaning, in a fixed order. */
    void describe(Fingerprint fingerprint);

    /** Returns a blueprint of three functions. */
    static <T, R> Blueprint<T, R> of(Supplier<? extends State<T, R, ?>> newState,
            Function<StateReader, ? extends State<T, R, ?>> readState,
            Consumer<Fingerprint> describe) {
        return new Blueprint<>() {
            @Override
            public State<T, R, ?> newState() {
                return newState.get();
            }

            @Override
            public State<T, R, ?> readState(StateReader in) {
                return readState.apply(in);
            }

            @Override
            public void describe(Fingerprint fingerprint) {
                describe.accept(fingerprint);
            }
        };
    }
}
