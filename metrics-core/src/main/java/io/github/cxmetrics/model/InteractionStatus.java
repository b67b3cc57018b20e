package io.github.cxmetrics.model;

import io.github.cxmetrics.internal.Checks;
import java.util.Locale;

/**
 * The status of an interaction in a help desk's workflow, as in Zendesk's status categories. A
 * help desk's own (custom) statuses are mapped onto these with
 * {@link StatusChange#custom(java.time.Instant, String, InteractionStatus)}.
 *
 * <p>Who is waiting in each: in {@link #NEW}, {@link #OPEN} and {@link #ON_HOLD} the requester
 * waits for the support team (requester wait time); in {@link #PENDING} the team waits for the
 * requester (agent wait time); {@link #SOLVED} and {@link #CLOSED} end the work, and a change from
 * either back to another status is a reopen (a closed interaction is never reopened).
 */
public enum InteractionStatus {
    /** Received, not yet touched by the team. */
    NEW("new"),
    /** Being worked on: the requester waits for the team. */
    OPEN("open"),
    /** Waiting for the requester's answer: the team waits. */
    PENDING("pending"),
    /** Waiting for a third party (another team, a vendor): the requester still waits. */
    ON_HOLD("on-hold"),
    /** Solved: the work is done, the requester may still reopen it. */
    SOLVED("solved"),
    /** Closed: solved for good, never reopened. */
    CLOSED("closed");

    private final String label;

    InteractionStatus(String label) {
        this.label = label;
    }

    /** Returns whether this status ends the work: {@link #SOLVED} or {@link #CLOSED}. */
    public boolean isSolved() {
        return this == SOLVED || this == CLOSED;
    }

    /** Returns the status's name as help desks write it: {@code new}, {@code on-hold}… */
    public String label() {
        return label;
    }

    /**
     * Returns the status of a label, ignoring case and accepting {@code on-hold}, {@code on_hold},
     * {@code on hold} and {@code hold} alike.
     *
     * @throws IllegalArgumentException if {@code label} is none of the statuses, naming them
     */
    public static InteractionStatus parse(String label) {
        Checks.requireNonNull(label, "label");
        String s = label.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (s.equals("hold")) {
            return ON_HOLD;
        }
        for (InteractionStatus status : values()) {
            if (status.label.equals(s)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be one of new, open, pending, on-hold,"
                + " solved, closed: " + label);
    }

    @Override
    public String toString() {
        return label;
    }
}
