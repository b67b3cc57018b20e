package io.github.cxmetrics.support;

import io.github.cxmetrics.Accumulator;
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
            return elapsed(options.calendarOf(i), i.openedAt(), milestone.reachedAt(i));
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
     * Adds to an accumulator of this calculator the duration of an interaction opened at
     * {@code openedAt} that reached the milestone at {@code reachedAt}, or an open one when
     * {@code reachedAt} is null, counted exactly as {@link Accumulator#add} counts such an
     * interaction, without building it: the path of engines that hold the two instants in
     * columns (Spark, a JDBC result set). The time window and the business calendar apply as to
     * interactions; the result, merges and the binary form are those of interactions. The pair
     * of instants has no channel: an interaction the milestone does not apply to (for first response time a call,
     * with talk or hold time, without {@code firstReplyAt}: {@link Milestone#appliesTo}) is the
     * caller's to leave out.
     *
     * <pre>{@code
     * ElapsedTimeCalculator frt = CxMetrics.firstResponseTime();
     * Accumulator<Interaction, DurationResult> acc = frt.accumulator();
     * frt.addElapsed(acc, openedAt, firstReplyAt);      // firstReplyAt null: still open
     * }</pre>
     *
     * @param accumulator an accumulator of this calculator, or of an equal one
     * @param openedAt when the interaction was opened
     * @param reachedAt when it reached the milestone, or null if it has not
     * @throws IllegalStateException if the calculator takes each interaction's business
     *     calendar from a function ({@link #inBusinessTime(java.util.function.Function)}): there is
     *     no interaction to give it
     * @throws IllegalArgumentException if {@code reachedAt} is before {@code openedAt}
     *     ({@code reachedAt must not be before openedAt: reachedAt …, openedAt …}), or if
     *     {@code accumulator} is not an accumulator of an equal calculator
     * @throws NullPointerException if {@code accumulator} or {@code openedAt} is null
     */
    public void addElapsed(Accumulator<Interaction, DurationResult> accumulator,
            Instant openedAt, Instant reachedAt) {
        Durations state = (Durations) stateOf(accumulator);
        Checks.requireNonNull(openedAt, "openedAt");
        if (options.calendars() != null) {
            throw new IllegalStateException("addElapsed needs one business calendar, not a"
                    + " calendar per interaction: " + this);
        }
        if (reachedAt != null && reachedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("reachedAt must not be before openedAt: reachedAt "
                    + reachedAt + ", openedAt " + openedAt);
        }
        if (options.acceptsOpenedAt(openedAt)) {
            state.addMeasured(elapsed(options.calendar(), openedAt, reachedAt));
        }
    }

    /**
     * The measure of an interaction in scope, in {@code calendar}'s business time or calendar
     * time for null: {@link #OPEN} until it reaches the milestone.
     */
    private static long elapsed(BusinessCalendar calendar, Instant openedAt, Instant reachedAt) {
        return reachedAt == null ? OPEN
                : SupportOptions.elapsedMillis(calendar, openedAt, reachedAt);
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
