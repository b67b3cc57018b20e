package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.Fingerprint;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.model.Interaction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the duration calculators share: the exact or approximate store of durations and its
 * state. Immutable.
 *
 * @param <C> the calculator type, returned by the options
 */
abstract class DurationCalculator<C extends DurationCalculator<C>>
        extends SupportCalculator<DurationResult, C> {

    private static final Logger LOG = LoggerFactory.getLogger(DurationCalculator.class);

    /** The measure of an interaction that has not reached the end event. */
    static final long OPEN = -1;
    /** The measure of an interaction the metric does not apply to. */
    static final long SKIPPED = -2;

    /**
     * @param measure the duration of an interaction in scope in milliseconds, {@link #OPEN} or
     *     {@link #SKIPPED}
     */
    DurationCalculator(SupportOptions options, ToLongFunction<Interaction> measure) {
        super(StateKind.DURATIONS, options,
                () -> new Durations(options, measure, DurationSample.of(options.significantDigits())),
                in -> Durations.read(options, measure, in));
    }

    /** A duration calculator of another kind of state. */
    DurationCalculator(StateKind kind, SupportOptions options,
            Supplier<State<Interaction, DurationResult, ?>> create,
            Function<StateReader, State<Interaction, DurationResult, ?>> read,
            Consumer<Fingerprint> describe) {
        super(kind, options, create, read, describe);
    }


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

    /**
     * Measured, open and skipped interactions, the measured ones in a {@link DurationSample}.
     * Binary form: the open and skipped counts, then the sample.
     */
    static final class Durations implements State<Interaction, DurationResult, Durations> {
        private final SupportOptions options;
        private final ToLongFunction<Interaction> measure;
        private final DurationSample sample;
        private long open;
        private long skipped;

        Durations(SupportOptions options, ToLongFunction<Interaction> measure,
                DurationSample sample) {
            this.options = options;
            this.measure = measure;
            this.sample = sample;
        }

        static Durations read(SupportOptions options, ToLongFunction<Interaction> measure,
                StateReader in) {
            long open = in.readCount("open interactions");
            long skipped = in.readCount("skipped interactions");
            Durations state = new Durations(options, measure,
                    DurationSample.read(options.significantDigits(), in));
            state.open = open;
            state.skipped = skipped;
            return state;
        }

        @Override
        public void add(Interaction interaction) {
            long millis = measure.applyAsLong(interaction);
            if (millis >= 0) {
                sample.add(millis);
            } else if (millis == OPEN) {
                open++;
            } else {
                skipped++;
                LOG.debug("{}: skipped interaction {}", options.metric(), interaction.id());
            }
        }

        @Override
        public void merge(Durations other) {
            long newOpen = Checks.addCount(open, other.open, "open interactions");
            long newSkipped = Checks.addCount(skipped, other.skipped, "skipped interactions");
            sample.merge(other.sample);
            open = newOpen;
            skipped = newSkipped;
        }

        @Override
        public DurationResult result() {
            return sample.snapshot(options.label(), open, skipped);
        }

        @Override
        public void writeTo(StateWriter out) {
            out.writeCount(open);
            out.writeCount(skipped);
            sample.writeTo(out);
        }
    }
}
