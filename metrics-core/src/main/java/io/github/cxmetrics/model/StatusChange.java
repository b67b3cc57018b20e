package io.github.cxmetrics.model;

import io.github.cxmetrics.internal.Checks;
import java.time.Instant;

/**
 * One change of an interaction's status: from {@code at} on, the interaction is in
 * {@code status}. A help desk's own status (such as "waiting on vendor") keeps its name and is
 * mapped onto one of the {@link InteractionStatus statuses} the metrics know, which decides who is
 * waiting; the metrics can also measure the time in a status by its name.
 *
 * <pre>{@code
 * StatusChange.of(Instant.parse("2024-04-05T09:00:00Z"), InteractionStatus.OPEN)
 * StatusChange.custom(Instant.parse("2024-04-05T11:00:00Z"), "waiting on vendor", InteractionStatus.ON_HOLD)
 * }</pre>
 *
 * @param at when the interaction entered the status
 * @param name the help desk's name of the status; not blank; for a standard status its
 *     {@link InteractionStatus#label() label}
 * @param status the status the name is mapped onto
 */
public record StatusChange(Instant at, String name, InteractionStatus status) {

    /**
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public StatusChange {
        Checks.requireNonNull(at, "at");
        Checks.requireNonBlank(name, "status name");
        Checks.requireNonNull(status, "status");
    }

    /** Returns a change to a standard status, named by its label. */
    public static StatusChange of(Instant at, InteractionStatus status) {
        Checks.requireNonNull(status, "status");
        return new StatusChange(at, status.label(), status);
    }

    /** Returns a change to a help desk's own status {@code name}, mapped onto {@code status}. */
    public static StatusChange custom(Instant at, String name, InteractionStatus status) {
        return new StatusChange(at, name, status);
    }

    /** Returns {@code "2024-04-05T11:00:00Z waiting on vendor (on-hold)"}, or without the mapping for a standard status. */
    @Override
    public String toString() {
        return at + " " + name + (name.equals(status.label()) ? "" : " (" + status.label() + ")");
    }
}
