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
     * Returns when {@code interaction} reached this milestone, or null if it has not: its
     * {@code firstReplyAt}, {@code firstSolvedAt} or {@code lastSolvedAt}.
     *
     * @throws NullPointerException if {@code interaction} is null
     */
    public Instant reachedAt(Interaction interaction) {
        Checks.requireNonNull(interaction, "interaction");
        return switch (this) {
            case FIRST_REPLY -> interaction.firstReplyAt();
            case FIRST_RESOLUTION -> interaction.firstSolvedAt();
            case FULL_RESOLUTION -> interaction.lastSolvedAt();
        };
    }
}
