package io.github.cxmetrics.support;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.model.Interaction;

/**
 * What the duration calculators share: the exact or approximate store of durations and the
 * accumulator. Immutable.
 *
 * @param <C> the calculator type, returned by the options
 */
abstract class DurationCalculator<C extends DurationCalculator<C>>
        extends SupportCalculator<DurationResult, C> {

    /** {@link #measure} of an interaction that has not reached the end event. */
    static final long OPEN = -1;
    /** {@link #measure} of an interaction the metric does not apply to. */
    static final long SKIPPED = -2;

    DurationCalculator(Object subject, SupportOptions options) {
        super(subject, options);
    }

    /**
     * Returns the duration of an interaction in scope in milliseconds, {@link #OPEN} or
     * {@link #SKIPPED}.
     */
    abstract long measure(Interaction interaction);

    /**
     * Returns a calculator that stores the durations in an HdrHistogram with
     * {@code significantDigits} significant digits instead of keeping every value: memory then
     * depends on the range of the durations, not on their number, and percentiles and shares are
     * within a relative {@code 10^−significantDigits}; count, sum, mean, minimum and maximum stay
     * exact. See {@link DurationResult}. By default every value is kept and every statistic is
     * exact.
     *
     * @param significantDigits the histogram's precision, in [1, 5]; 3 keeps values within 0.1 %
     * @throws IllegalArgumentException if {@code significantDigits} is outside [1, 5]
     * @throws IllegalStateException if the approximation was already set
     */
    public C approximate(int significantDigits) {
        return with(options.withApproximation(significantDigits));
    }

    @Override
    public Accumulator<Interaction, DurationResult> accumulator() {
        return new DurationAccumulator(this);
    }

    /** Counts measured, open and skipped interactions into a {@link DurationSample}. */
    static final class DurationAccumulator
            extends SupportAccumulator<DurationResult, DurationAccumulator> {
        private final DurationCalculator<?> durations;
        private final DurationSample sample;
        private long open;
        private long skipped;

        DurationAccumulator(DurationCalculator<?> calculator) {
            super(calculator);
            this.durations = calculator;
            this.sample = DurationSample.of(calculator.options.significantDigits());
        }

        @Override
        void count(Interaction interaction) {
            long millis = durations.measure(interaction);
            if (millis >= 0) {
                sample.add(millis);
            } else if (millis == OPEN) {
                open++;
            } else {
                skipped++;
            }
        }

        @Override
        void mergeFrom(DurationAccumulator other) {
            sample.merge(other.sample);
            open += other.open;
            skipped += other.skipped;
        }

        @Override
        public DurationResult snapshot() {
            return sample.snapshot(durations.options.label(), open, skipped);
        }
    }
}
