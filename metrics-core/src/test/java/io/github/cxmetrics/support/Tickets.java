package io.github.cxmetrics.support;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data: interactions at fixed instants (no test reads the clock). */
final class Tickets {

    /** Monday 2024-04-08 09:00 UTC. */
    static final Instant T0 = Instant.parse("2024-04-08T09:00:00Z");

    private static int next;

    private Tickets() {}

    /**
     * The six counts of an SLA result, each named, so that one assertion on them shows every
     * count that differs from the hand computation.
     */
    static String slaCounts(SlaResult r) {
        return "met " + r.met() + ", breached " + r.breached() + ", open breached "
                + r.openBreached() + ", open within target " + r.openWithinTarget()
                + ", open unknown " + r.openUnknown() + ", no target " + r.noTarget();
    }

    static String id() {
        return "t-" + (next++);
    }

    /** An email opened at {@code T0} and answered {@code minutes} later. */
    static Interaction answeredIn(long minutes) {
        return Interaction.builder(id(), "c", Channel.EMAIL, T0)
                .firstReplyAt(T0.plus(Duration.ofMinutes(minutes))).build();
    }

    /** Emails opened at {@code T0}, answered after each number of minutes. */
    static List<Interaction> answeredAfter(long... minutes) {
        List<Interaction> list = new ArrayList<>();
        for (long m : minutes) {
            list.add(answeredIn(m));
        }
        return list;
    }

    /** An email opened at {@code T0} and not answered. */
    static Interaction unanswered() {
        return Interaction.opened(id(), "c", Channel.EMAIL, T0);
    }

    /** A call with the given talk and hold seconds. */
    static Interaction call(long talkSeconds, long holdSeconds) {
        return Interaction.builder(id(), "c", Channel.PHONE, T0)
                .talkTime(Duration.ofSeconds(talkSeconds)).holdTime(Duration.ofSeconds(holdSeconds))
                .build();
    }

    /** A solved email with {@code replies} public replies and {@code reopens} reopens. */
    static Interaction solved(int replies, int reopens) {
        Interaction.Builder b = Interaction.builder(id(), "c", Channel.EMAIL, T0)
                .publicReplies(replies).firstSolvedAt(T0.plusSeconds(7200)).reopens(reopens)
                .lastSolvedAt(T0.plusSeconds(reopens == 0 ? 7200 : 14_400));
        if (replies > 0) {
            b.firstReplyAt(T0.plusSeconds(3600));
        }
        return b.build();
    }

    /** An email solved once, reopened, and open again. */
    static Interaction reopenedAndOpen() {
        return Interaction.builder(id(), "c", Channel.EMAIL, T0).firstReplyAt(T0.plusSeconds(60))
                .firstSolvedAt(T0.plusSeconds(7200)).reopens(1).build();
    }
}
