package io.github.cxmetrics.cli.input;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of input file and their documented columns ({@code docs/cli.md}). Every file has
 * a header; columns are found by name, in any order. Columns not listed here become attributes of
 * the record (for {@code --by} and segment breakdowns). Files are read in the order of this enum, but the
 * status changes before the interactions ({@code ReportRunner.readOrder}).
 */
public enum InputKind {
    /** Survey answers, one row per answer to one question. */
    RESPONSES("responses",
            List.of("customer_id", "question", "score", "answered_at", "channel", "weight"),
            List.of(), List.of("customer_id", "answered_at"), Map.of()),
    /** Support contacts: tickets, chats, calls. */
    INTERACTIONS("interactions",
            List.of("id", "customer_id", "channel", "agent_id", "priority", "opened_at",
                    "first_reply_at", "first_solved_at", "last_solved_at", "reopens",
                    "public_replies", "talk_seconds", "hold_seconds", "acw_seconds"),
            // Other shapes of help-desk exports: one solve column, durations instead of times.
            List.of("solved_at", "first_reply_minutes", "first_reply_business_minutes",
                    "first_resolution_minutes", "first_resolution_business_minutes",
                    "full_resolution_minutes", "full_resolution_business_minutes"),
            List.of("id", "customer_id", "channel", "opened_at"),
            // The names of Zendesk Support's ticket export.
            Map.ofEntries(Map.entry("customer_id", "Requester id"),
                    Map.entry("channel", "Via"),
                    Map.entry("agent_id", "Assignee"),
                    Map.entry("opened_at", "Created at"),
                    Map.entry("public_replies", "Replies"),
                    Map.entry("first_reply_minutes", "First reply time in minutes"),
                    Map.entry("first_reply_business_minutes",
                            "First reply time in minutes within business hours"),
                    Map.entry("first_resolution_minutes", "First resolution time in minutes"),
                    Map.entry("first_resolution_business_minutes",
                            "First resolution time in minutes within business hours"),
                    Map.entry("full_resolution_minutes", "Full resolution time in minutes"),
                    Map.entry("full_resolution_business_minutes",
                            "Full resolution time in minutes within business hours"))),
    /** Customers with their acquisition and churn. */
    CUSTOMERS("customers",
            List.of("customer_id", "segment", "acquired_at", "churned_at", "acquisition_cost",
                    "currency"), List.of(),
            List.of("customer_id", "acquired_at"), Map.of()),
    /** Purchases and refunds (negative amounts). */
    PURCHASES("purchases",
            List.of("customer_id", "at", "amount", "currency"), List.of(),
            List.of("customer_id", "at", "amount", "currency"), Map.of()),
    /**
     * The status changes of the interactions, one row per change: a help desk's audit export.
     * Read before the interactions, which they are attached to by id.
     */
    STATUS_CHANGES("status_changes",
            List.of("interaction_id", "at", "status"), List.of(),
            List.of("interaction_id", "at", "status"), Map.of());

    private final String id;
    private final List<String> columns;
    private final List<String> all;
    private final List<String> required;
    private final Map<String, String> aliases;

    InputKind(String id, List<String> columns, List<String> alternatives, List<String> required,
            Map<String, String> aliases) {
        this.id = id;
        this.columns = columns;
        this.all = java.util.stream.Stream.concat(columns.stream(), alternatives.stream())
                .toList();
        this.required = required;
        this.aliases = aliases;
    }

    /**
     * Returns the other header name a documented column is recognised by when the file has no
     * column of its own name, or null: the interactions file reads Zendesk's ticket export as it
     * comes ({@code Requester id}, {@code Created at}, {@code First reply time in minutes}…).
     */
    public String alias(String column) {
        return aliases.get(column);
    }

    /** Returns the name of the kind, as in {@code --responses} and {@code --column responses.x=y}. */
    public String id() {
        return id;
    }

    /**
     * Returns the columns the header of every file of this kind must have; an input may require
     * more, depending on the shape of the file (the responses' {@code question} and
     * {@code score} in one row per answer).
     */
    public List<String> required() {
        return required;
    }

    /** Returns whether {@code column} is a documented column of this kind. */
    public boolean knows(String column) {
        return all.contains(column);
    }

    /**
     * Returns the documented columns of the file's main shape, in the documented order: those
     * the sample has.
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Returns every documented column: those of {@link #columns()}, then those of other shapes
     * of export (the interactions' {@code solved_at} and durations in minutes).
     */
    public List<String> allColumns() {
        return all;
    }

    /** Returns the kind named {@code id}, or null. */
    public static InputKind byId(String id) {
        for (InputKind kind : values()) {
            if (kind.id.equals(id.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }
}
