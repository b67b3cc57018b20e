package io.github.cxmetrics.support;

import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import io.github.cxmetrics.model.StatusChange;
import java.time.Instant;
import java.util.List;

/**
 * Reads an interaction's status timeline: the time it spent in some statuses (when its work
 * ended is {@link Interaction#lastSolvedAsOf}). The timeline runs from {@code openedAt}, in {@link InteractionStatus#NEW new} until
 * the first change.
 */
final class StatusClock {

    private StatusClock() {}

    /**
     * Returns the time in milliseconds the interaction spent in the selected statuses from its
     * opening to {@code until}, in {@code calendar}'s business time or calendar time for null:
     * the sum over the timeline's spans, each span from one change to the next, cut at
     * {@code until}.
     */
    static long millisIn(Interaction interaction, StatusSelection selection,
            BusinessCalendar calendar, Instant until) {
        List<StatusChange> changes = interaction.statusChanges();
        Instant start = interaction.openedAt();
        boolean measured = selection.matches(InteractionStatus.NEW.label(), InteractionStatus.NEW);
        long total = 0;
        for (int k = 0; k <= changes.size() && start.isBefore(until); k++) {
            Instant end = k < changes.size() ? changes.get(k).at() : until;
            if (end.isAfter(until)) {
                end = until;
            }
            if (measured && end.isAfter(start)) {
                total += SupportOptions.elapsedMillis(calendar, start, end);
            }
            if (k < changes.size()) {
                start = end;
                measured = selection.matches(changes.get(k));
            }
        }
        return total;
    }
}
