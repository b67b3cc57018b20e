package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Instant;

/**
 * The interactions file: one row per support contact,
 * {@code id,customer_id,channel,opened_at} with the optional agent, priority, event times,
 * counts and call durations, and any attribute columns. The library's {@link Interaction}
 * validates the timeline; a contact whose events are out of order is an invalid record with its
 * line. An empty {@code reopens} is 0, an empty {@code public_replies} is 1 with a first reply
 * and 0 without.
 */
public final class InteractionsInput implements Input<Interaction> {

    /** The input; it has no options. */
    public static final InteractionsInput INSTANCE = new InteractionsInput();

    private InteractionsInput() {}

    @Override
    public InputKind kind() {
        return InputKind.INTERACTIONS;
    }

    @Override
    public RowParser<Interaction> parser(Header header) {
        return row -> {
            Interaction.Builder b = Interaction.builder(row.text("id"), row.text("customer_id"),
                    Channel.of(row.text("channel")), row.instant("opened_at"))
                    .agent(row.optionalText("agent_id"))
                    .priority(row.optionalText("priority"))
                    .firstReplyAt(row.optionalInstant("first_reply_at"))
                    .firstSolvedAt(row.optionalInstant("first_solved_at"))
                    .lastSolvedAt(row.optionalInstant("last_solved_at"))
                    .talkTime(row.optionalSeconds("talk_seconds"))
                    .holdTime(row.optionalSeconds("hold_seconds"))
                    .afterCallWork(row.optionalSeconds("acw_seconds"))
                    .attributes(row.attributes());
            int reopens = row.optionalCount("reopens");
            b.reopens(Math.max(reopens, 0));
            int replies = row.optionalCount("public_replies");
            if (replies >= 0) {
                b.publicReplies(replies);
            }
            return b.build();
        };
    }

    @Override
    public Instant timeOf(Interaction interaction) {
        return interaction.openedAt();
    }

    /** Returns the latest of the request, the first reply and the solves. */
    @Override
    public Instant latestOf(Interaction i) {
        return later(later(later(i.openedAt(), i.firstReplyAt()), i.firstSolvedAt()),
                i.lastSolvedAt());
    }

    /** Returns the later of a time and an optional one. */
    static Instant later(Instant time, Instant optional) {
        return optional != null && optional.isAfter(time) ? optional : time;
    }

    @Override
    public String toString() {
        return "interactions";
    }
}
