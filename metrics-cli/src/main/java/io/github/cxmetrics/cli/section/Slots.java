package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import java.util.ArrayList;
import java.util.List;

/**
 * The calculators of a section that reads an input in parts, each with its place in the parts'
 * sets of accumulators: the section registers its calculators once ({@link #add}), then every
 * part of the input gets {@link Accumulators}, one accumulator of each calculator, and the sets
 * merge place by place, exactly as the library's accumulators do.
 *
 * @param <T> the record type
 */
final class Slots<T> {

    private final List<Calculator<T, ?>> calculators = new ArrayList<>();

    /** Registers a calculator; returns its place in every set. */
    <R> Slot<T, R> add(Calculator<T, R> calculator) {
        calculators.add(calculator);
        return new Slot<>(calculators.size() - 1);
    }

    /** Returns a set with a new accumulator of every calculator registered so far. */
    Accumulators<T> accumulators() {
        List<Accumulator<T, ?>> accumulators = new ArrayList<>(calculators.size());
        for (Calculator<T, ?> c : calculators) {
            accumulators.add(c.accumulator());
        }
        return new Accumulators<>(accumulators);
    }

    /**
     * The place of one calculator's accumulator in the sets.
     *
     * @param <T> the record type
     * @param <R> the result type
     */
    record Slot<T, R>(int index) {}

    /**
     * One accumulator per registered calculator: what one part of the input gathered.
     *
     * @param <T> the record type
     */
    static final class Accumulators<T> {
        private final List<Accumulator<T, ?>> accumulators;

        private Accumulators(List<Accumulator<T, ?>> accumulators) {
            this.accumulators = accumulators;
        }

        /** Returns the accumulator at a place. */
        @SuppressWarnings("unchecked")
        <R> Accumulator<T, R> get(Slot<T, R> slot) {
            return (Accumulator<T, R>) accumulators.get(slot.index());
        }

        /** Merges each accumulator of a later set of the same slots into this one's. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        void merge(Accumulators<T> later) {
            for (int i = 0; i < accumulators.size(); i++) {
                ((Accumulator) accumulators.get(i)).merge(later.accumulators.get(i));
            }
        }
    }
}
