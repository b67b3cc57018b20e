package io.github.cxmetrics.cli.input;

import java.util.List;
import java.util.Locale;

/**
 * The four kinds of input file and their documented columns ({@code docs/cli.md}). Every file has
 * a header; columns are found by name, in any order. Columns not listed here become attributes of
 * the record (for {@code --by} and segment breakdowns). Files are read in the order of this enum.
 */
public enum InputKind {
    /** Survey answers, one row per answer to one question. */
    RESPONSES("responses",
            List.of("customer_id", "question", "score", "answered_at", "channel", "weight"),
            List.of("customer_id", "question", "score", "answered_at", "channel")),
    /** Support contacts: tickets, chats, calls. */
    INTERACTIONS("interactions",
            List.of("id", "customer_id", "channel", "agent_id", "priority", "opened_at",
                    "first_reply_at", "first_solved_at", "last_solved_at", "reopens",
                    "public_replies", "talk_seconds", "hold_seconds", "acw_seconds"),
            List.of("id", "customer_id", "channel", "opened_at")),
    /** Customers with their acquisition and churn. */
    CUSTOMERS("customers",
            List.of("customer_id", "segment", "acquired_at", "churned_at", "acquisition_cost",
                    "currency"),
            List.of("customer_id", "acquired_at")),
    /** Purchases and refunds (negative amounts). */
    PURCHASES("purchases",
            List.of("customer_id", "at", "amount", "currency"),
            List.of("customer_id", "at", "amount", "currency"));

    private final String id;
    private final List<String> columns;
    private final List<String> required;

    InputKind(String id, List<String> columns, List<String> required) {
        this.id = id;
        this.columns = columns;
        this.required = required;
    }

    /** Returns the name of the kind, as in {@code --responses} and {@code --column responses.x=y}. */
    public String id() {
        return id;
    }

    /** Returns the columns the header must have. */
    public List<String> required() {
        return required;
    }

    /** Returns whether {@code column} is a documented column of this kind. */
    public boolean knows(String column) {
        return columns.contains(column);
    }

    /** Returns the documented columns, in the documented order. */
    public List<String> columns() {
        return columns;
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
