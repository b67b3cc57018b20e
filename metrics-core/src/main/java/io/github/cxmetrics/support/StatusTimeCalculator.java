package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import java.time.Instant;
import java.util.Set;

/**
 * Computes the time interactions spent in some statuses of their status timeline
 * ({@link Interaction#statusChanges()}): requester wait, agent wait, on-hold and agent work time,
 * or the time in any status; obtained from {@link io.github.cxmetrics.CxMetrics#requesterWaitTime()},
 * {@link io.github.cxmetrics.CxMetrics#agentWaitTime()},
 * {@link io.github.cxmetrics.CxMetrics#onHoldTime()},
 * {@link io.github.cxmetrics.CxMetrics#agentWorkTime()} and
 * {@link io.github.cxmetrics.CxMetrics#timeInStatus}. Immutable and thread-safe; every option
 * returns a new calculator.
 *
 * <pre>{@code
 * DurationResult wait = CxMetrics.requesterWaitTime().inBusinessTime(office).compute(tickets);
 * DurationResult pending = CxMetrics.agentWaitTime().asOf(reportTime).compute(tickets);
 * DurationResult vendor = CxMetrics.timeInStatus("waiting on vendor").compute(tickets);
 * }</pre>
 *
 * <p><b>Formula</b>: the timeline is cut into spans, from {@code openedAt} (status new) to the
 * first change, from each change to the next, and from the last change on. The measure of an
 * interaction is the sum of the spans in the measured statuses up to the end of its work, its
 * last solve ({@code lastSolvedAt}): {@code Σ (next change − change)} over the spans in the
 * statuses, cut at the end. Time after the last solve is not counted; time in solved before a
 * reopen is (in the time in solved), so the times in all six statuses add up to the full
 * resolution time, in calendar and in business time. With
 * {@link #inBusinessTime(BusinessCalendar)} each span counts only its business time.
 * <ul>
 *   <li>requester wait time: new + open + on-hold (the requester waits for the team);
 *   <li>agent wait time: pending (the team waits for the requester);
 *   <li>on-hold time: on-hold (waiting for a third party);
 *   <li>agent work time: new + open.
 * </ul>
 * Example: opened Friday 16:00 (new), open at 16:30, pending Friday 17:00, open again Monday
 * 09:00, solved Monday 10:00: requester wait 30 + 30 + 60 = 120 minutes, agent wait 64 hours
 * (Friday 17:00 to Monday 09:00), on-hold 0, agent work 120 minutes; in a Monday-to-Friday
 * 09:00–18:00 calendar the agent wait is 60 minutes (Friday 17:00–18:00).
 *
 * <p><b>Open and not applicable.</b> An interaction whose timeline does not end solved or closed
 * is open: without an as-of instant it is counted in {@link DurationResult#open()} and not
 * measured; with {@link #asOf(Instant)} it is measured up to that instant and counted in both
 * {@code open()} and {@link DurationResult#openMeasured()}. An interaction without a timeline is
 * counted in {@link DurationResult#skipped()}. With {@code asOf}, an interaction opened after it,
 * with a timeline or without, is counted in {@link DurationResult#afterAsOf()} only.
 *
 * @see DurationResult for the statistics, the two storage forms and the empty-input rule
 */
public final class StatusTimeCalculator extends DurationCalculator<StatusTimeCalculator> {

    private final StatusSelection selection;

    private StatusTimeCalculator(StatusSelection selection, SupportOptions options) {
        super(StateKind.STATUS_TIME, options,
                () -> new StatusTimes(selection, options,
                        DurationSample.of(options.significantDigits())),
                in -> StatusTimes.read(selection, options, in),
                f -> {
                    options.describe(f);
                    selection.describe(f);
                });
        this.selection = selection;
    }

    static StatusTimeCalculator create(StatusSelection selection) {
        return new StatusTimeCalculator(selection,
                SupportOptions.defaults(selection.metric(), null, null));
    }

    /** Returns the time in new, open and on-hold: the requester waits. */
    public static StatusTimeCalculator requesterWait() {
        return create(StatusSelection.REQUESTER_WAIT);
    }

    /** Returns the time in pending: the team waits for the requester. */
    public static StatusTimeCalculator agentWait() {
        return create(StatusSelection.AGENT_WAIT);
    }

    /** Returns the time in on-hold. */
    public static StatusTimeCalculator onHold() {
        return create(StatusSelection.ON_HOLD);
    }

    /** Returns the time in new and open: the team works. */
    public static StatusTimeCalculator agentWork() {
        return create(StatusSelection.AGENT_WORK);
    }

    /**
     * Returns the time in any of {@code statuses}, named such as {@code time in pending, on-hold}.
     *
     * @throws IllegalArgumentException if {@code statuses} is empty
     */
    public static StatusTimeCalculator inStatuses(Set<InteractionStatus> statuses) {
        return create(StatusSelection.of(statuses));
    }

    /**
     * Returns the time in the help desk's status {@code name} (see
     * {@link io.github.cxmetrics.model.StatusChange#name()}), compared exactly; the time before
     * the first change is in the status named {@code new}.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static StatusTimeCalculator inStatusNamed(String name) {
        return create(StatusSelection.named(name));
    }

    @Override
    StatusTimeCalculator with(SupportOptions newOptions) {
        return new StatusTimeCalculator(selection, newOptions);
    }

    /** Returns the statuses measured; empty when a status is measured by its name. */
    public Set<InteractionStatus> statuses() {
        return selection.statuses();
    }

    /**
     * Returns a calculator that measures in business time: each span counts only the time the
     * calendar is open, see {@link BusinessCalendar#businessDuration(Instant, Instant)}.
     *
     * @throws IllegalStateException if the business calendar was already set
     */
    public StatusTimeCalculator inBusinessTime(BusinessCalendar calendar) {
        return with(options.withCalendar(calendar));
    }

    /**
     * Returns a calculator that measures each interaction in business time of its own calendar
     * (its team's, its region's); see
     * {@link ElapsedTimeCalculator#inBusinessTime(java.util.function.Function)}.
     *
     * @throws IllegalStateException if the business calendar was already set
     */
    public StatusTimeCalculator inBusinessTime(
            java.util.function.Function<Interaction, BusinessCalendar> calendarOfInteraction) {
        return with(options.withCalendars(calendarOfInteraction));
    }

    /**
     * Returns a calculator that reads the timelines as they stood at {@code asOf}, the time of
     * the report: changes after it are ignored, an interaction not solved by then is measured up
     * to {@code asOf} and counted as open ({@link DurationResult#openMeasured()}), and one opened
     * after it is counted in {@link DurationResult#afterAsOf()}, outside the window.
     *
     * @throws IllegalStateException if the as-of instant was already set
     */
    public StatusTimeCalculator asOf(Instant asOf) {
        return with(options.withAsOf(asOf));
    }

    /**
     * Measured, open and not applicable interactions, the measured ones in a
     * {@link DurationSample}. Binary form: the counts of open, skipped, open measured and opened
     * after asOf, then the sample. Not thread-safe.
     */
    static final class StatusTimes implements State<Interaction, DurationResult, StatusTimes> {
        private final StatusSelection selection;
        private final SupportOptions options;
        private final DurationSample sample;
        private long open;
        private long skipped;
        private long openMeasured;
        private long afterAsOf;

        StatusTimes(StatusSelection selection, SupportOptions options, DurationSample sample) {
            this.selection = selection;
            this.options = options;
            this.sample = sample;
        }

        static StatusTimes read(StatusSelection selection, SupportOptions options,
                StateReader in) {
            long open = in.readCount("open interactions");
            long skipped = in.readCount("skipped interactions");
            long openMeasured = in.readCount("open measured interactions");
            long afterAsOf = in.readCount("interactions opened after asOf");
            StatusTimes state = new StatusTimes(selection, options,
                    DurationSample.read(options.significantDigits(), in));
            if (options.asOf() == null && (openMeasured != 0 || afterAsOf != 0)) {
                throw in.malformed("without asOf no interaction is measured open or opened after"
                        + " asOf: " + openMeasured + ", " + afterAsOf);
            }
            if (openMeasured > open || openMeasured > state.sample.count()) {
                throw in.malformed("open measured interactions " + openMeasured
                        + " exceed the open " + open + " or the measured "
                        + state.sample.count());
            }
            if (options.asOf() != null && openMeasured != open) {
                throw in.malformed("with asOf every open interaction is measured: open " + open
                        + ", open measured " + openMeasured);
            }
            state.open = open;
            state.skipped = skipped;
            state.openMeasured = openMeasured;
            state.afterAsOf = afterAsOf;
            return state;
        }

        @Override
        public void add(Interaction interaction) {
            Instant asOf = options.asOf();
            // The window first, as for the SLA: one opened after asOf is in no other count.
            if (asOf != null && interaction.openedAt().isAfter(asOf)) {
                afterAsOf++;
                return;
            }
            if (!interaction.hasStatusTimeline()) {
                skipped++;
                return;
            }
            Instant end = asOf == null ? interaction.lastSolvedAt() : interaction.lastSolvedAsOf(asOf);
            if (end == null) {
                open++;
                if (asOf == null) {
                    return;
                }
                openMeasured++;
                end = asOf;
            }
            sample.add(StatusClock.millisIn(interaction, selection,
                    options.calendarOf(interaction), end));
        }

        @Override
        public void merge(StatusTimes other) {
            long newOpen = Checks.addCount(open, other.open, "open interactions");
            long newSkipped = Checks.addCount(skipped, other.skipped, "skipped interactions");
            long newOpenMeasured = Checks.addCount(openMeasured, other.openMeasured,
                    "open measured interactions");
            long newAfterAsOf = Checks.addCount(afterAsOf, other.afterAsOf,
                    "interactions opened after asOf");
            sample.merge(other.sample);
            open = newOpen;
            skipped = newSkipped;
            openMeasured = newOpenMeasured;
            afterAsOf = newAfterAsOf;
        }

        @Override
        public DurationResult result() {
            return sample.snapshot(options.label(), open, skipped, openMeasured, afterAsOf);
        }

        @Override
        public void writeTo(StateWriter out) {
            out.writeCount(open);
            out.writeCount(skipped);
            out.writeCount(openMeasured);
            out.writeCount(afterAsOf);
            sample.writeTo(out);
        }
    }
}
