package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.time.Instant;

/**
 * Computes SLA attainment: how many interactions reached a {@link Milestone} within the target of
 * an {@link SlaPolicy}; obtained from {@link io.github.cxmetrics.CxMetrics#slaAttainment(SlaPolicy)}.
 * Immutable and thread-safe; every option returns a new calculator.
 *
 * <pre>{@code
 * SlaResult sla = CxMetrics.slaAttainment(firstReplyPolicy)
 *         .inBusinessTime(office)
 *         .asOf(Instant.parse("2024-05-01T00:00:00Z"))
 *         .compute(interactions);
 * double met = sla.attainment();                     // % of decided interactions
 * }</pre>
 *
 * <p>Each interaction in scope falls in exactly one class:
 * <ul>
 *   <li>no target: the policy has no target for it ({@link SlaResult#noTarget()});
 *   <li>met: it reached the milestone within its target, {@code elapsed <= target};
 *   <li>breached: it reached the milestone after its target;
 *   <li>open and breached: it has not reached the milestone, and at the {@link #asOf(Instant)}
 *       instant more than the target has elapsed;
 *   <li>open within target: it has not reached the milestone, and at {@code asOf} the target has
 *       not yet elapsed (the SLA may still be met);
 *   <li>open, status unknown: it has not reached the milestone and no {@code asOf} was given,
 *       so whether it breached cannot be known. The calculator never reads the clock;
 *   <li>opened after {@code asOf}: outside the window, in {@link SlaResult#afterAsOf()} only.
 * </ul>
 * A report whose time is known only at the end, or a live gauge, uses {@link #keepOpen()}: the
 * open interactions are kept (their start and target, 16 bytes each) and
 * {@link SlaResult#asOf(Instant)} judges them at any later instant.
 * Elapsed time is calendar time by default, business time with
 * {@link #inBusinessTime(BusinessCalendar)}; the targets are then business durations.
 *
 * @see SlaResult for the shares, the interval and the empty-input rule
 */
public final class SlaCalculator extends SupportCalculator<SlaResult, SlaCalculator> {

    private final SlaPolicy policy;

    private SlaCalculator(SlaPolicy policy, SupportOptions options) {
        super(StateKind.SLA, options, () -> new Attainment(policy, options),
                in -> Attainment.read(policy, options, in));
        this.policy = policy;
    }

    /** Returns the calculator of attainment of {@code policy}: calendar time, no as-of instant. */
    public static SlaCalculator create(SlaPolicy policy) {
        Checks.requireNonNull(policy, "policy");
        return new SlaCalculator(policy, SupportOptions.defaults(
                "sla attainment of " + policy.milestone().metricName(), policy.milestone(), policy));
    }

    @Override
    SlaCalculator with(SupportOptions newOptions) {
        return new SlaCalculator(policy, newOptions);
    }

    /** Returns the policy whose targets are checked. */
    public SlaPolicy policy() {
        return policy;
    }

    /**
     * Returns a calculator that measures elapsed time, and reads the targets, in business time.
     *
     * @throws IllegalStateException if the business calendar was already set
     */
    public SlaCalculator inBusinessTime(BusinessCalendar calendar) {
        return with(options.withCalendar(calendar));
    }

    /**
     * Returns a calculator that measures each interaction, and reads its target, in business
     * time of its own calendar (its team's, its region's); see
     * {@link ElapsedTimeCalculator#inBusinessTime(java.util.function.Function)}. Not combinable
     * with {@link #keepOpen()}, whose kept interactions are judged in one calendar.
     *
     * @throws IllegalStateException if the business calendar was already set, or
     *     {@code keepOpen()} was
     */
    public SlaCalculator inBusinessTime(
            java.util.function.Function<Interaction, BusinessCalendar> calendarOfInteraction) {
        return with(options.withCalendars(calendarOfInteraction));
    }

    /**
     * Returns a calculator that judges interactions as they stood at {@code asOf}, the time of
     * the report: an interaction that has not reached the milestone by then is open, and is
     * breached if more than its target had elapsed at {@code asOf}. A milestone reached after
     * {@code asOf} counts as not yet reached. Without {@code asOf}, open interactions have an
     * unknown status.
     *
     * <p>An interaction opened after {@code asOf} is outside the window: it is counted in
     * {@link SlaResult#afterAsOf()} and in no other class.
     *
     * @throws IllegalStateException if the as-of instant was already set, or
     *     {@link #keepOpen()} was
     */
    public SlaCalculator asOf(Instant asOf) {
        return with(options.withAsOf(asOf));
    }

    /**
     * Returns a calculator that keeps each open interaction's start and target (16 bytes each,
     * in the accumulator, its results and its binary form), so that its results can be judged at
     * any later instant with {@link SlaResult#asOf(Instant)}: for a report whose time is known
     * only after the data is read, or a gauge read now and then. Without an instant its results
     * count the open interactions as of unknown status, as without {@code asOf}.
     *
     * <pre>{@code
     * SlaCalculator sla = CxMetrics.slaAttainment(policy).keepOpen();
     * Map<Channel, SlaResult> byChannel = sla.groupBy(Interaction::channel).compute(interactions);
     * SlaResult chat = byChannel.get(Channel.CHAT).asOf(reportTime);
     * }</pre>
     *
     * @throws IllegalStateException if it was already set, or {@link #asOf(Instant)} was
     */
    public SlaCalculator keepOpen() {
        return with(options.withKeepOpen());
    }

    /**
     * Counts interactions per class; with {@code keepOpen()} also keeps the open ones. Binary
     * form: the six counts, with {@code asOf} the count opened after it, then with {@code keepOpen()} the kept interactions
     * ({@link OpenInteractions.Builder}). Not thread-safe.
     */
    static final class Attainment implements State<Interaction, SlaResult, Attainment> {
        private final SlaPolicy policy;
        private final SupportOptions options;
        private final Instant asOf;
        private final OpenInteractions.Builder kept;
        /** The counts by {@link SlaResult}'s indexes. */
        private long[] counts = new long[SlaResult.COUNTS.length];

        Attainment(SlaPolicy policy, SupportOptions options) {
            this.policy = policy;
            this.options = options;
            this.asOf = options.asOf();
            this.kept = options.keepOpen() ? new OpenInteractions.Builder(options.calendar()) : null;
        }

        static Attainment read(SlaPolicy policy, SupportOptions options, StateReader in) {
            Attainment state = new Attainment(policy, options);
            for (int i = 0; i < state.written(); i++) {
                state.counts[i] = in.readCount(SlaResult.COUNTS[i]);
            }
            if (state.kept != null) {
                state.kept.read(in, state.counts[SlaResult.OPEN_UNKNOWN]);
            }
            return state;
        }

        @Override
        public void add(Interaction i) {
            if (asOf != null && i.openedAt().isAfter(asOf)) {
                counts[SlaResult.AFTER_AS_OF]++;
                return;
            }
            Duration target = policy.target(i);
            if (target == null) {
                counts[SlaResult.NO_TARGET]++;
                return;
            }
            long limit = target.getSeconds() >= Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : target.toMillis();
            Instant end = policy.milestone().reachedAt(i);
            if (asOf != null && end != null && end.isAfter(asOf)) {
                end = null;
            }
            if (end != null) {
                if (options.elapsedMillis(i, i.openedAt(), end) <= limit) {
                    counts[SlaResult.MET]++;
                } else {
                    counts[SlaResult.BREACHED]++;
                }
                if (kept != null) {
                    kept.observe(end);
                }
            } else if (asOf == null) {
                counts[SlaResult.OPEN_UNKNOWN]++;
                if (kept != null) {
                    kept.add(i.openedAt(), limit);
                }
            } else if (options.elapsedMillis(i, i.openedAt(), asOf) > limit) {
                counts[SlaResult.OPEN_BREACHED]++;
            } else {
                counts[SlaResult.OPEN_WITHIN_TARGET]++;
            }
        }

        @Override
        public void merge(Attainment other) {
            long[] sum = SlaResult.add(counts, other.counts);
            if (kept != null) {
                kept.addAll(other.kept);
            }
            counts = sum;
        }

        @Override
        public SlaResult result() {
            return new SlaResult(options.label(), policy, counts.clone(),
                    kept == null ? null : kept.build());
        }

        /** Returns how many counts the binary form holds: the last only with {@code asOf}. */
        private int written() {
            return asOf != null ? counts.length : SlaResult.AFTER_AS_OF;
        }

        @Override
        public void writeTo(StateWriter out) {
            for (int i = 0; i < written(); i++) {
                out.writeCount(counts[i]);
            }
            if (kept != null) {
                kept.writeTo(out);
            }
        }
    }
}
