package io.github.cxmetrics.support;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.internal.Checks;
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
 *       so whether it breached cannot be known. The calculator never reads the clock.
 * </ul>
 * Elapsed time is calendar time by default, business time with
 * {@link #inBusinessTime(BusinessCalendar)}; the targets are then business durations.
 *
 * @see SlaResult for the shares, the interval and the empty-input rule
 */
public final class SlaCalculator extends SupportCalculator<SlaResult, SlaCalculator> {

    private final SlaPolicy policy;

    private SlaCalculator(SlaPolicy policy, SupportOptions options) {
        super(policy, options);
        this.policy = policy;
    }

    /** Returns the calculator of attainment of {@code policy}: calendar time, no as-of instant. */
    public static SlaCalculator create(SlaPolicy policy) {
        Checks.requireNonNull(policy, "policy");
        return new SlaCalculator(policy,
                SupportOptions.defaults("sla attainment of " + policy.milestone().metricName()));
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
     * Returns a calculator that judges interactions as they stood at {@code asOf}, the time of
     * the report: an interaction that has not reached the milestone by then is open, and is
     * breached if more than its target had elapsed at {@code asOf}. A milestone reached after
     * {@code asOf} counts as not yet reached. Without {@code asOf}, open interactions have an
     * unknown status.
     *
     * <p>An interaction opened after {@code asOf} is rejected: restrict the input with
     * {@link #between(Instant, Instant)}.
     *
     * @throws IllegalStateException if the as-of instant was already set
     */
    public SlaCalculator asOf(Instant asOf) {
        return with(options.withAsOf(asOf));
    }

    @Override
    public Accumulator<Interaction, SlaResult> accumulator() {
        return new SlaAccumulator(this);
    }


    @Override
    public String toString() {
        return super.toString() + ", " + policy;
    }

    /** Counts interactions per class. Not thread-safe. */
    private static final class SlaAccumulator extends SupportAccumulator<SlaResult, SlaAccumulator> {
        private final SlaPolicy policy;
        private final SupportOptions options;
        private final Instant asOf;
        private long met;
        private long breached;
        private long openBreached;
        private long openWithinTarget;
        private long openUnknown;
        private long noTarget;

        SlaAccumulator(SlaCalculator calculator) {
            super(calculator);
            this.policy = calculator.policy;
            this.options = calculator.options;
            this.asOf = options.asOf();
        }

        @Override
        void count(Interaction i) {
            Duration target = policy.target(i);
            if (target == null) {
                noTarget++;
                return;
            }
            long limit = target.getSeconds() >= Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : target.toMillis();
            Instant end = policy.milestone().reachedAt(i);
            if (asOf != null) {
                if (i.openedAt().isAfter(asOf)) {
                    throw new IllegalArgumentException("asOf must not be before openedAt: asOf "
                            + asOf + ", openedAt " + i.openedAt() + " (interaction " + i.id() + ")");
                }
                if (end != null && end.isAfter(asOf)) {
                    end = null;
                }
            }
            if (end != null) {
                if (options.elapsedMillis(i.openedAt(), end) <= limit) {
                    met++;
                } else {
                    breached++;
                }
            } else if (asOf == null) {
                openUnknown++;
            } else if (options.elapsedMillis(i.openedAt(), asOf) > limit) {
                openBreached++;
            } else {
                openWithinTarget++;
            }
        }

        @Override
        void mergeFrom(SlaAccumulator other) {
            met += other.met;
            breached += other.breached;
            openBreached += other.openBreached;
            openWithinTarget += other.openWithinTarget;
            openUnknown += other.openUnknown;
            noTarget += other.noTarget;
        }

        @Override
        public SlaResult snapshot() {
            return new SlaResult(options.label(), met, breached, openBreached, openWithinTarget,
                    openUnknown, noTarget);
        }
    }
}
