package io.github.cxmetrics.model;

import static io.github.cxmetrics.model.InteractionStatus.CLOSED;
import static io.github.cxmetrics.model.InteractionStatus.NEW;
import static io.github.cxmetrics.model.InteractionStatus.ON_HOLD;
import static io.github.cxmetrics.model.InteractionStatus.OPEN;
import static io.github.cxmetrics.model.InteractionStatus.PENDING;
import static io.github.cxmetrics.model.InteractionStatus.SOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Expect;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatusTimelineTest {

    private static final Instant T = Instant.parse("2024-04-08T09:00:00Z");

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    private static Interaction.Builder ticket() {
        return Interaction.builder("t-1", "c-1", Channel.EMAIL, T);
    }

    @Test
    void builderDerivesSolvesAndReopensFromTheTimeline() {
        Interaction i = ticket().firstReplyAt(at(10))
                .status(at(0), NEW).status(at(10), OPEN).status(at(30), SOLVED)
                .status(at(60), OPEN).status(at(90), SOLVED).status(at(120), CLOSED)
                .build();
        assertEquals(at(30), i.firstSolvedAt());
        assertEquals(at(90), i.lastSolvedAt());
        assertEquals(1, i.reopens());
        assertTrue(i.hasStatusTimeline());
        assertEquals(6, i.statusChanges().size());
    }

    @Test
    void aTimelineEndingUnsolvedLeavesTheInteractionOpen() {
        Interaction i = ticket().status(at(0), OPEN).status(at(5), SOLVED).status(at(9), PENDING)
                .build();
        assertEquals(at(5), i.firstSolvedAt());
        assertNull(i.lastSolvedAt());
        assertEquals(1, i.reopens());
        assertFalse(i.isSolved());
    }

    @Test
    void explicitSolvesThatAgreeAreKept() {
        Interaction i = ticket().solvedAt(at(20)).status(at(0), OPEN).status(at(20), SOLVED)
                .build();
        assertEquals(at(20), i.lastSolvedAt());
    }

    @Test
    void closedStraightFromOpenIsASolveAndStatusesInsideACategoryAreNotReopens() {
        Interaction i = ticket()
                .statusChange(StatusChange.custom(at(0), "triage", OPEN))
                .statusChange(StatusChange.custom(at(5), "investigating", OPEN))
                .status(at(7), CLOSED)
                .statusChange(StatusChange.custom(at(8), "archived", CLOSED))
                .build();
        assertEquals(at(7), i.firstSolvedAt());
        assertEquals(at(7), i.lastSolvedAt());
        assertEquals(0, i.reopens());
    }

    /** Timelines that contradict themselves or the other fields, with the exact refusal. */
    static Stream<Arguments> contradictoryTimelines() {
        return Stream.of(
                refused("changes out of order are refused naming both times",
                        t -> t.status(at(10), OPEN).status(at(5), PENDING),
                        "status changes must be in time order: change 1 (pending)"
                        + " 2024-04-08T09:05:00Z is before change 0 (open) 2024-04-08T09:10:00Z"
                        + " (interaction t-1)"),
                refused("a change before the request is refused",
                        t -> t.status(at(-1), OPEN),
                        "status change 0 must not be before openedAt: change 0 (open)"
                        + " 2024-04-08T08:59:00Z, openedAt 2024-04-08T09:00:00Z (interaction t-1)"),
                refused("a closed interaction does not reopen",
                        t -> t.status(at(1), CLOSED).status(at(2), OPEN),
                        "a closed interaction must not change status: change 1 (open)"
                        + " 2024-04-08T09:02:00Z follows closed at 2024-04-08T09:01:00Z"
                        + " (interaction t-1)"),
                refused("a first solve that contradicts the timeline names both times",
                        t -> t.solvedAt(at(30)).status(at(20), SOLVED),
                        "firstSolvedAt must be the first solve of the status changes:"
                        + " firstSolvedAt 2024-04-08T09:30:00Z, first solve 2024-04-08T09:20:00Z"
                        + " (interaction t-1)"),
                refused("a last solve where the timeline ends unsolved names both",
                        t -> t.firstSolvedAt(at(20)).reopens(1)
                                .status(at(20), SOLVED).status(at(25), OPEN).lastSolvedAt(at(40)),
                        "lastSolvedAt must be the last solve of the status changes, absent when"
                        + " they end unsolved: lastSolvedAt 2024-04-08T09:40:00Z, last solve null"
                        + " (interaction t-1)"),
                refused("reopens that contradict the timeline name both counts",
                        t -> t.firstSolvedAt(at(20)).lastSolvedAt(at(40)).reopens(2)
                                .status(at(20), SOLVED).status(at(25), OPEN).status(at(40), SOLVED),
                        "reopens must be the reopens of the status changes: reopens 2,"
                        + " status changes 1 (interaction t-1)"));
    }

    private static Arguments refused(String name, UnaryOperator<Interaction.Builder> change,
            String message) {
        return Arguments.of(name, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contradictoryTimelines")
    void contradictoryTimelinesAreRefused(String name, UnaryOperator<Interaction.Builder> change,
            String message) {
        Expect.failure(IllegalArgumentException.class, () -> change.apply(ticket()).build(),
                message);
    }

    @Test
    void nullsAreRefusedByName() {
        assertEquals("status change must not be null", assertThrows(NullPointerException.class,
                () -> ticket().statusChange(null)).getMessage());
        assertEquals("status name must not be blank: ' '", assertThrows(
                IllegalArgumentException.class,
                () -> StatusChange.custom(T, " ", OPEN)).getMessage());
    }

    @Test
    void theConstructorWithoutTimelineStillWorksAndDerivedCopiesKeepTheTimeline() {
        Interaction old = new Interaction("t-9", "c", Channel.CHAT, null, null, Map.of(), T,
                null, null, null, 0, 0, null, null, null);
        assertFalse(old.hasStatusTimeline());
        Interaction withTimeline = old.withStatusChanges(
                List.of(StatusChange.of(at(0), OPEN), StatusChange.of(at(3), ON_HOLD)));
        assertEquals(withTimeline, withTimeline.toBuilder().build());
        assertEquals(withTimeline.statusChanges(),
                withTimeline.withAttribute("team", "eu").statusChanges());
    }

    @Test
    void statusLabelsParse() {
        assertEquals(ON_HOLD, InteractionStatus.parse("On Hold"));
        assertEquals(ON_HOLD, InteractionStatus.parse("hold"));
        assertEquals(PENDING, InteractionStatus.parse(" PENDING "));
        assertEquals("status must be one of new, open, pending, on-hold, solved, closed: waiting",
                assertThrows(IllegalArgumentException.class,
                        () -> InteractionStatus.parse("waiting")).getMessage());
        assertEquals("2024-04-08T09:00:00Z waiting on vendor (on-hold)",
                StatusChange.custom(T, "waiting on vendor", ON_HOLD).toString());
    }

    @Test
    void lastSolvedAsOf_readsTheTimelineUpToTheInstant() {
        // open at 0, solved at 60, reopened at 120, solved at 180 (the javadoc's example)
        Interaction t = ticket().status(at(0), OPEN).status(at(60), SOLVED)
                .status(at(120), OPEN).status(at(180), SOLVED).build();
        assertNull(t.lastSolvedAsOf(at(59)));
        assertEquals(at(60), t.lastSolvedAsOf(at(60)));
        assertEquals(at(60), t.lastSolvedAsOf(at(90)));
        assertNull(t.lastSolvedAsOf(at(120)));
        assertNull(t.lastSolvedAsOf(at(150)));
        assertEquals(at(180), t.lastSolvedAsOf(at(180)));
        assertEquals(t.lastSolvedAt(), t.lastSolvedAsOf(at(10_000)));
        // closed after solved is still the solve at 60
        Interaction closed = ticket().status(at(0), OPEN).status(at(60), SOLVED)
                .status(at(90), CLOSED).build();
        assertEquals(at(60), closed.lastSolvedAsOf(at(100)));
        Interaction bare = ticket().solvedAt(at(30)).build();
        var e = assertThrows(IllegalStateException.class, () -> bare.lastSolvedAsOf(at(40)));
        assertEquals("interaction t-1 has no status timeline: its last solve as of"
                + " 2024-04-08T09:40:00Z is not known", e.getMessage());
    }
}
