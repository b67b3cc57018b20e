package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
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
 * <p><b>Bot deflection</b>: among the interactions solved now that a bot replied to
 * ({@code firstBotReplyAt} set), the share no person replied to ({@link Interaction#isSolvedByBot()}):
 * {@code 100 × count(solved, bot replied, no person replied) / count(solved, bot replied)}.
 * Interactions without a bot reply, or not solved now, are counted in
 * {@link ShareResult#outside()}. Example: a bot answered 40 solved chats, and people answered 10
 * of them too: 75 %.
 *
 * @see ShareResult for the interval and the empty-input rule
 */
public final class ShareCalculator extends SupportCalculator<ShareResult, ShareCalculator> {

    /** The two shares. */
    enum Kind {
        FIRST_CONTACT_RESOLUTION("first contact resolution", "solved interactions"),
        REOPEN_RATE("reopen rate", "interactions ever solved"),
        BOT_DEFLECTION("bot deflection", "solved interactions a bot replied to");

        final String metric;
        final String base;

        Kind(String metric, String base) {
            this.metric = metric;
            this.base = base;
        }
    }

    private final Kind kind;

    private ShareCalculator(Kind kind, SupportOptions options) {
        super(StateKind.SHARE, options, () -> new Shares(kind), in -> Shares.read(kind, in));
        this.kind = kind;
    }

    /** Returns the calculator of first contact resolution (one-touch resolution). */
    public static ShareCalculator firstContactResolution() {
        return create(Kind.FIRST_CONTACT_RESOLUTION);
    }

    /** Returns the calculator of the bot deflection share. */
    public static ShareCalculator botDeflection() {
        return create(Kind.BOT_DEFLECTION);
    }

    /** Returns the calculator of the reopen rate. */
    public static ShareCalculator reopenRate() {
        return create(Kind.REOPEN_RATE);
    }

    private static ShareCalculator create(Kind kind) {
        return new ShareCalculator(kind, SupportOptions.defaults(kind.metric, null, null));
    }

    @Override
    ShareCalculator with(SupportOptions newOptions) {
        return new ShareCalculator(kind, newOptions);
    }

    /** Hits, the base and the interactions outside it; binary form: the three counts. */
    static final class Shares implements State<Interaction, ShareResult, Shares> {
        private final Kind kind;
        private long hits;
        private long base;
        private long outside;

        Shares(Kind kind) {
            this.kind = kind;
        }

        static Shares read(Kind kind, StateReader in) {
            Shares state = new Shares(kind);
            state.hits = in.readCount("hits");
            state.base = in.readCount("base");
            state.outside = in.readCount("outside");
            if (state.hits > state.base) {
                throw in.malformed("hits " + state.hits + " exceed the base " + state.base);
            }
            return state;
        }

        @Override
        public void add(Interaction i) {
            boolean inBase = switch (kind) {
                case FIRST_CONTACT_RESOLUTION -> i.isSolved();
                case REOPEN_RATE -> i.wasSolved();
                case BOT_DEFLECTION -> i.isSolved() && i.firstBotReplyAt() != null;
            };
            if (!inBase) {
                outside++;
                return;
            }
            base++;
            boolean hit = switch (kind) {
                case FIRST_CONTACT_RESOLUTION -> i.reopens() == 0 && i.publicReplies() <= 1;
                case REOPEN_RATE -> i.reopens() > 0;
                case BOT_DEFLECTION -> i.isSolvedByBot();
            };
            if (hit) {
                hits++;
            }
        }

        @Override
        public void merge(Shares other) {
            ShareResult sum = result().plus(other.result());
            hits = sum.hits();
            base = sum.count();
            outside = sum.outside();
        }

        @Override
        public ShareResult result() {
            return new ShareResult(kind.metric, kind.base, hits, base, outside);
        }

        @Override
        public void writeTo(StateWriter out) {
            out.writeCount(hits);
            out.writeCount(base);
            out.writeCount(outside);
        }
    }
}
