package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.model.InteractionStatus;
import java.time.Instant;

/**
 * The status changes file ({@code --status-changes}): one row per change,
 * {@code interaction_id,at,status}, the shape of a help desk's audit export, in any order. A
 * status is one of {@code new, open, pending, on-hold, solved, closed}, in any case
 * ({@code On hold}, {@code on_hold} and {@code hold} are on-hold); another name is refused. The
 * changes are kept in a {@link StatusBook} and attached to the interactions by id; they are not
 * filtered by {@code --from}/{@code --to}, the interactions are.
 */
public final class StatusChangesInput implements Input<StatusChangesInput.Change> {

    /** One change of one interaction. */
    public record Change(String interactionId, Instant at, InteractionStatus status) {}

    private final StatusBook book;

    /** Creates the input that fills {@code book}. */
    public StatusChangesInput(StatusBook book) {
        this.book = book;
    }

    /** Returns the book the changes are kept in. */
    public StatusBook book() {
        return book;
    }

    /** Keeps a change in the book. */
    public void add(Change change) {
        book.add(change.interactionId(), change.at(), change.status());
    }

    @Override
    public InputKind kind() {
        return InputKind.STATUS_CHANGES;
    }

    @Override
    public RowParser<Change> parser(Header header) {
        return row -> {
            String id = row.text("interaction_id");
            Instant at = row.instant("at");
            String name = row.text("status");
            InteractionStatus status;
            try {
                status = InteractionStatus.parse(name);
            } catch (IllegalArgumentException e) {
                throw new RowException(Reason.UNKNOWN_STATUS, "status must be one of new, open,"
                        + " pending, on-hold, solved, closed", name);
            }
            return new Change(id, at, status);
        };
    }

    /** Returns null: changes are not filtered by the window, their interactions are. */
    @Override
    public Instant timeOf(Change change) {
        return null;
    }

    @Override
    public Instant latestOf(Change change) {
        return change.at();
    }

    @Override
    public String toString() {
        return "status changes";
    }
}
