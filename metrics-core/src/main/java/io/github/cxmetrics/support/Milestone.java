package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Interaction;
import java.time.Instant;

/**
 * The event that ends a support duration; every such duration starts when the customer's request
 * was received ({@link Interaction#openedAt()}).
 */
public enum Milestone {

    /** The first public reply by a person: ends the first response time. */
    FIRST_REPLY("first response time"),
    /**
     * The first public reply by a person or a bot, whichever came first: ends the first response
     * time counting bots ({@code firstResponseTime().countingBots()}).
     */
    FIRST_REPLY_OR_BOT("first response time (bots counted)"),
    /** The first public reply by a bot or an automatic reply: ends the first bot response time. */
    FIRST_BOT_REPLY("first bot response time"),
    /** The first solve: ends the first resolution time. */
    FIRST_RESOLUTION("first resolution time"),
    /** The last solve, after any reopens: ends the full resolution time. */
    FULL_RESOLUTION("full resolution time");

    private final String metricName;

    Milestone(String metricName) {
        this.metricName = metricName;
    }

    /** Returns the name of the duration this milestone ends, such as "first response time". */
    public String metricName() {
        return metricName;
    }

    /**
     * Returns whether this milestone applies to {@code interaction}: every milestone applies to
     * every interaction, except the first reply to a call without one. A call is answered when
     * it is picked up; its {@code firstReplyAt} is that instant. A call without it (talk time
     * recorded, answer time not) is not applicable to first response time, rather than open:
     * it was not left waiting for a reply.
     *
     * @throws NullPointerException if {@code interaction} is null
     */
    public boolean appliesTo(Interaction interaction) {
        Checks.requireNonNull(interaction, "interaction");
        return switch (this) {
            case FIRST_REPLY -> !interaction.isCall() || interaction.isAnswered();
            case FIRST_REPLY_OR_BOT -> !interaction.isCall() || interaction.isAnswered()
                    || interaction.firstBotReplyAt() != null;
            default -> true;
        };
    }

    /**
     * Returns when {@code interaction} reached this milestone, or null if it has not: its
     * {@code firstReplyAt}, the earlier of {@code firstReplyAt} and {@code firstBotReplyAt},
     * {@code firstBotReplyAt}, {@code firstSolvedAt} or {@code lastSolvedAt}.
     *
     * @throws NullPointerException if {@code interaction} is null
     */
    public Instant reachedAt(Interaction interaction) {
        Checks.requireNonNull(interaction, "interaction");
        return switch (this) {
            case FIRST_REPLY -> interaction.firstReplyAt();
            case FIRST_REPLY_OR_BOT -> earlier(interaction.firstReplyAt(),
                    interaction.firstBotReplyAt());
            case FIRST_BOT_REPLY -> interaction.firstBotReplyAt();
            case FIRST_RESOLUTION -> interaction.firstSolvedAt();
            case FULL_RESOLUTION -> interaction.lastSolvedAt();
        };
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }
}
