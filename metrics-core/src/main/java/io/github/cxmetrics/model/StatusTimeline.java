package io.github.cxmetrics.model;

import java.time.Instant;
import java.util.List;

/**
 * The rules of an interaction's status timeline, in one place: its validation and the solves and
 * reopens it implies. Before its first change an interaction is {@link InteractionStatus#NEW};
 * a solve is a change into solved or closed from another status, a reopen a change out of
 * solved.
 *
 * @param firstSolve the first solve, or null
 * @param lastSolve the last solve if the timeline ends solved or closed, else null
 * @param reopens the number of reopens
 */
record StatusTimeline(Instant firstSolve, Instant lastSolve, int reopens) {

    /** Returns the solves and reopens of a validated timeline. */
    static StatusTimeline of(List<StatusChange> changes) {
        return of(changes, null);
    }

    /**
     * Returns the solves and reopens of a validated timeline as it stood at {@code asOf}: its
     * changes up to that instant, all of them when it is null.
     */
    static StatusTimeline of(List<StatusChange> changes, Instant asOf) {
        Tally tally = new Tally();
        for (StatusChange c : changes) {
            if (asOf != null && c.at().isAfter(asOf)) {
                break;
            }
            tally.add(c);
        }
        return tally.timeline();
    }

    /** The solves and reopens of changes taken in time order: the one rule of every walk. */
    private static final class Tally {
        private Instant first;
        private Instant last;
        private int reopens;
        private InteractionStatus previous = InteractionStatus.NEW;

        void add(StatusChange c) {
            boolean solved = c.status().isSolved();
            if (solved && !previous.isSolved()) {
                last = c.at();
                if (first == null) {
                    first = c.at();
                }
            } else if (!solved && previous.isSolved()) {
                reopens++;
                last = null;
            }
            previous = c.status();
        }

        StatusTimeline timeline() {
            return new StatusTimeline(first, last, reopens);
        }
    }

    /**
     * Returns an unmodifiable copy of {@code changes}, validated: no null change, in time order,
     * none before {@code openedAt}, none after a change to closed; a timeline that is not empty
     * must agree with the solve components ({@code requireAgreement}). One walk does both, and
     * the order of the whole timeline is checked before the agreement.
     */
    static List<StatusChange> validate(List<StatusChange> changes, Instant openedAt, String id,
            Instant firstSolvedAt, Instant lastSolvedAt, int reopenCount) {
        if (changes == null) {
            throw new NullPointerException("statusChanges must not be null (interaction " + id
                    + "): use an empty list for none");
        }
        List<StatusChange> copy;
        try {
            copy = List.copyOf(changes);
        } catch (NullPointerException e) {
            throw new NullPointerException("statusChanges must not hold null (interaction " + id
                    + ")");
        }
        StatusChange previous = null;
        Tally tally = new Tally();
        for (int k = 0; k < copy.size(); k++) {
            StatusChange c = copy.get(k);
            if (previous == null && c.at().isBefore(openedAt)) {
                throw new IllegalArgumentException("status change 0 must not be before openedAt:"
                        + " change 0 (" + c.name() + ") " + c.at() + ", openedAt " + openedAt
                        + " (interaction " + id + ")");
            }
            if (previous != null && c.at().isBefore(previous.at())) {
                throw new IllegalArgumentException("status changes must be in time order: change "
                        + k + " (" + c.name() + ") " + c.at() + " is before change " + (k - 1)
                        + " (" + previous.name() + ") " + previous.at() + " (interaction " + id
                        + ")");
            }
            if (previous != null && previous.status() == InteractionStatus.CLOSED
                    && c.status() != InteractionStatus.CLOSED) {
                throw new IllegalArgumentException("a closed interaction must not change status:"
                        + " change " + k + " (" + c.name() + ") " + c.at() + " follows closed at "
                        + previous.at() + " (interaction " + id + ")");
            }
            previous = c;
            tally.add(c);
        }
        if (!copy.isEmpty()) {
            tally.timeline().requireAgreement(firstSolvedAt, lastSolvedAt, reopenCount, id);
        }
        return copy;
    }

    /**
     * Checks that the solve components agree with the timeline's solves and reopens, naming both
     * times when they do not.
     */
    private void requireAgreement(Instant firstSolvedAt, Instant lastSolvedAt, int reopenCount,
            String id) {
        if (!java.util.Objects.equals(firstSolvedAt, firstSolve)) {
            throw new IllegalArgumentException("firstSolvedAt must be the first solve of the status"
                    + " changes: firstSolvedAt " + firstSolvedAt + ", first solve " + firstSolve
                    + " (interaction " + id + ")");
        }
        if (!java.util.Objects.equals(lastSolvedAt, lastSolve)) {
            throw new IllegalArgumentException("lastSolvedAt must be the last solve of the status"
                    + " changes, absent when they end unsolved: lastSolvedAt " + lastSolvedAt
                    + ", last solve " + lastSolve + " (interaction " + id + ")");
        }
        if (reopenCount != reopens) {
            throw new IllegalArgumentException("reopens must be the reopens of the status changes:"
                    + " reopens " + reopenCount + ", status changes " + reopens
                    + " (interaction " + id + ")");
        }
    }
}
