package io.github.cxmetrics.support;

import io.github.cxmetrics.model.Interaction;
import java.time.Duration;

/**
 * Computes the handle time of calls; obtained from
 * {@link io.github.cxmetrics.CxMetrics#handleTime()}. Immutable and thread-safe; every option
 * returns a new calculator.
 *
 * <pre>{@code
 * DurationResult aht = CxMetrics.handleTime().compute(calls);
 * Duration average = aht.mean();                       // (total talk + total hold) / calls
 * DurationResult withAcw = CxMetrics.handleTime().withAfterCallWork().compute(calls);
 * }</pre>
 *
 * <p><b>Formula</b> (seed 002, {@code METRICS.md} §2): the handle time of a call is
 * {@code talk + hold}, and the average handle time is its mean,
 * {@code (total talk time + total hold time) / number of calls}; with
 * {@link #withAfterCallWork()} it is {@code talk + hold + after-call work}, as contact centres
 * count it. Example: calls of 4 min talk + 1 min hold and 6 min talk + 0 min hold give
 * {@code (10 + 1) / 2 = 5.5} minutes.
 *
 * <p>Only calls count: interactions with a talk time or a hold time
 * ({@link Interaction#isCall()}); a duration a call lacks counts as zero. Other interactions in
 * scope are counted in {@link DurationResult#skipped()}. Handle time is a sum of work durations,
 * not a span between two instants, so it has no business-time form.
 *
 * @see DurationResult for the statistics, the two storage forms and the empty-input rule
 */
public final class HandleTimeCalculator extends DurationCalculator<HandleTimeCalculator> {

    private HandleTimeCalculator(SupportOptions options) {
        super(options, call -> handleTime(call, options.afterCallWork()));
    }

    /** Returns the default calculator: talk + hold, exact. */
    public static HandleTimeCalculator create() {
        return new HandleTimeCalculator(SupportOptions.defaults("handle time", null, null));
    }

    @Override
    HandleTimeCalculator with(SupportOptions newOptions) {
        return new HandleTimeCalculator(newOptions);
    }

    /**
     * Returns a calculator whose handle time includes the after-call work:
     * {@code talk + hold + after-call work}.
     *
     * @throws IllegalStateException if after-call work was already included
     */
    public HandleTimeCalculator withAfterCallWork() {
        return with(options.withAfterCallWork());
    }

    private static long handleTime(Interaction interaction, boolean afterCallWork) {
        if (!interaction.isCall()) {
            return SKIPPED;
        }
        long millis = millis(interaction.talkTime()) + millis(interaction.holdTime());
        return afterCallWork ? millis + millis(interaction.afterCallWork()) : millis;
    }

    private static long millis(Duration d) {
        return d == null ? 0 : d.toMillis();
    }
}
