package io.github.cxmetrics.support;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.model.Interaction;

/**
 * Computes a share of interactions: first contact resolution (one-touch) or the reopen rate;
 * obtained from {@link io.github.cxmetrics.CxMetrics#firstContactResolution()} or
 * {@link io.github.cxmetrics.CxMetrics#reopenRate()}. Immutable and thread-safe; every option
 * returns a new calculator.
 *
 * <pre>{@code
 * ShareResult fcr = CxMetrics.firstContactResolution().compute(interactions);
 * Interval ci = fcr.confidenceInterval(0.95);                    // Wilson
 * ShareResult reopens = CxMetrics.reopenRate().groupBy(Interaction::channel).compute(interactions);
 * }</pre>
 *
 * <p><b>First contact resolution</b> ({@code METRICS.md} §2): among the solved interactions
 * ({@link Interaction#isSolved()}), the share solved with at most one public reply and never
 * reopened: {@code 100 × count(solved, replies ≤ 1, reopens = 0) / count(solved)}. Interactions
 * not solved now (never solved, or reopened and open) are outside the base and counted in
 * {@link ShareResult#outside()}. Example: 10 solved interactions of which 6 had one reply and no
 * reopen give 60 %.
 *
 * <p><b>Reopen rate</b>: among the interactions solved at least once
 * ({@link Interaction#wasSolved()}), the share reopened at least once:
 * {@code 100 × count(reopens > 0) / count(ever solved)}. Interactions never solved are counted in
 * {@link ShareResult#outside()}. Example: 3 reopened out of 20 solved give 15 %.
 *
 * @see ShareResult for the interval and the empty-input rule
 */
public final class ShareCalculator extends SupportCalculator<ShareResult, ShareCalculator> {

    /** The two shares. */
    enum Kind {
        FIRST_CONTACT_RESOLUTION("first contact resolution", "solved interactions"),
        REOPEN_RATE("reopen rate", "interactions ever solved");

        final String metric;
        final String base;

        Kind(String metric, String base) {
            this.metric = metric;
            this.base = base;
        }
    }

    private final Kind kind;

    private ShareCalculator(Kind kind, SupportOptions options) {
        super(kind, options);
        this.kind = kind;
    }

    /** Returns the calculator of first contact resolution (one-touch resolution). */
    public static ShareCalculator firstContactResolution() {
        return new ShareCalculator(Kind.FIRST_CONTACT_RESOLUTION,
                SupportOptions.defaults(Kind.FIRST_CONTACT_RESOLUTION.metric));
    }

    /** Returns the calculator of the reopen rate. */
    public static ShareCalculator reopenRate() {
        return new ShareCalculator(Kind.REOPEN_RATE, SupportOptions.defaults(Kind.REOPEN_RATE.metric));
    }

    @Override
    ShareCalculator with(SupportOptions newOptions) {
        return new ShareCalculator(kind, newOptions);
    }

    @Override
    public Accumulator<Interaction, ShareResult> accumulator() {
        return new ShareAccumulator(this);
    }


    /** Counts hits, the base and the interactions outside it. Not thread-safe. */
    private static final class ShareAccumulator
            extends SupportAccumulator<ShareResult, ShareAccumulator> {
        private final Kind kind;
        private long hits;
        private long base;
        private long outside;

        ShareAccumulator(ShareCalculator calculator) {
            super(calculator);
            this.kind = calculator.kind;
        }

        @Override
        void count(Interaction i) {
            boolean inBase = kind == Kind.FIRST_CONTACT_RESOLUTION ? i.isSolved() : i.wasSolved();
            if (!inBase) {
                outside++;
                return;
            }
            base++;
            boolean hit = kind == Kind.FIRST_CONTACT_RESOLUTION
                    ? i.reopens() == 0 && i.publicReplies() <= 1
                    : i.reopens() > 0;
            if (hit) {
                hits++;
            }
        }

        @Override
        void mergeFrom(ShareAccumulator other) {
            hits += other.hits;
            base += other.base;
            outside += other.outside;
        }

        @Override
        public ShareResult snapshot() {
            return new ShareResult(kind.metric, kind.base, hits, base, outside);
        }
    }
}
