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
 * counted as open, not measured. A call without an answer time ({@code firstReplyAt}, when it
 * was picked up) is not applicable to the first response time: counted in
 * {@link DurationResult#skipped()}, never as open (see {@link Milestone#appliesTo}). Example: a request at 09:00 answered at 09:40 has a first
 * response time of 40 minutes.
 *
 * @see DurationResult for the statistics, the two storage forms and the empty-input rule
 */
public final class ElapsedTimeCalculator extends DurationCalculator<ElapsedTimeCalculator> {

    private final Milestone milestone;

    private ElapsedTimeCalculator(SupportOptions options) {
        super(options, i -> {
            Milestone milestone = options.milestone();
            if (!milestone.appliesTo(i)) {
                return SKIPPED;
            }
            Instant end = milestone.reachedAt(i);
            return end == null ? OPEN : options.elapsedMillis(i, i.openedAt(), end);
        });
        this.milestone = options.milestone();
    }

    /** Returns the default calculator of the time to {@code milestone}: calendar time, exact. */
    public static ElapsedTimeCalculator create(Milestone milestone) {
        Checks.requireNonNull(milestone, "milestone");
        return new ElapsedTimeCalculator(
                SupportOptions.defaults(milestone.metricName(), milestone, null));
    }

    @Override
    ElapsedTimeCalculator with(SupportOptions newOptions) {
        return new ElapsedTimeCalculator(newOptions);
    }

    /** Returns the event that ends the measured duration. */
    public Milestone milestone() {
        return milestone;
    }

    /**
     * Returns the first response time counting bots: up to the earlier of the first reply by a
     * person and the first reply by a bot or an automatic reply ({@code firstBotReplyAt}), as
     * {@link Milestone#FIRST_REPLY_OR_BOT}; named {@code first response time (bots counted)}.
     * By default only people count, as in Zendesk's first reply time.
     *
     * @throws IllegalStateException if this is not the first response time, or it was already
     *     set
     */
    public ElapsedTimeCalculator countingBots() {
        return with(options.withCountingBots());
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

    /**
     * Returns a calculator that measures each interaction in business time of its own calendar,
     * such as its team's: {@code inBusinessTime(i -> i.attributeOr("team", "eu").equals("us") ? us : eu)}.
     * One calculator then serves teams in several time zones, and {@code groupBy} composes with
     * it. The function is not part of the binary form's fingerprint (only that one is set):
     * decoding with the same function is the caller's part.
     *
     * @throws IllegalStateException if the business calendar was already set
     */
    public ElapsedTimeCalculator inBusinessTime(
            java.util.function.Function<Interaction, BusinessCalendar> calendarOfInteraction) {
        return with(options.withCalendars(calendarOfInteraction));
    }

}
