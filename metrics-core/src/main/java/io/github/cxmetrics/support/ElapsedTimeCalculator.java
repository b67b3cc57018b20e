package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Interaction;
import java.time.Instant;

/**
 * Computes the time from a customer's request to a {@link Milestone}: the first response time,
 * the first resolution time or the full resolution time; obtained from
 * {@link io.github.cxmetrics.CxMetrics#firstResponseTime()},
 * {@link io.github.cxmetrics.CxMetrics#firstResolutionTime()} or
 * {@link io.github.cxmetrics.CxMetrics#fullResolutionTime()}. Immutable and thread-safe; every
 * option returns a new calculator.
 *
 * <pre>{@code
 * DurationResult frt = CxMetrics.firstResponseTime().compute(interactions);
 * DurationResult business = CxMetrics.firstResponseTime().inBusinessTime(office).compute(interactions);
 * Map<Channel, DurationResult> byChannel =
 *         CxMetrics.fullResolutionTime().groupBy(Interaction::channel).compute(interactions);
 * }</pre>
 *
 * <p><b>Formula</b>: {@code milestone − openedAt} per interaction, in calendar time by default or
 * in business time ({@link #inBusinessTime(BusinessCalendar)}), in whole milliseconds of the
 * instants truncated to the millisecond. An interaction that has not reached the milestone is
 * counted as open, not measured. Example: a request at 09:00 answered at 09:40 has a first
 * response time of 40 minutes.
 *
 * @see DurationResult for the statistics, the two storage forms and the empty-input rule
 */
public final class ElapsedTimeCalculator extends DurationCalculator<ElapsedTimeCalculator> {

    private final Milestone milestone;

    private ElapsedTimeCalculator(Milestone milestone, SupportOptions options) {
        super(options, i -> {
            Instant end = milestone.reachedAt(i);
            return end == null ? OPEN : options.elapsedMillis(i.openedAt(), end);
        });
        this.milestone = milestone;
    }

    /** Returns the default calculator of the time to {@code milestone}: calendar time, exact. */
    public static ElapsedTimeCalculator create(Milestone milestone) {
        Checks.requireNonNull(milestone, "milestone");
        return new ElapsedTimeCalculator(milestone, SupportOptions.defaults(milestone.metricName(), milestone, null));
    }

    @Override
    ElapsedTimeCalculator with(SupportOptions newOptions) {
        return new ElapsedTimeCalculator(milestone, newOptions);
    }

    /** Returns the event that ends the measured duration. */
    public Milestone milestone() {
        return milestone;
    }

    /**
     * Returns a calculator that measures in business time: only the time the calendar is open
     * counts, see {@link BusinessCalendar#businessDuration(Instant, Instant)}.
     *
     * @throws IllegalStateException if the business calendar was already set
     */
    public ElapsedTimeCalculator inBusinessTime(BusinessCalendar calendar) {
        return with(options.withCalendar(calendar));
    }

}
