package io.github.cxmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Expect;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InteractionTest {

    private static final Instant OPENED = Instant.parse("2024-04-05T09:00:00Z");
    private static final Instant REPLY = Instant.parse("2024-04-05T09:40:00Z");
    private static final Instant SOLVED = Instant.parse("2024-04-05T11:00:00Z");

    private static Interaction.Builder ticket() {
        return Interaction.builder("t-1", "c-17", Channel.EMAIL, OPENED);
    }

    @Test
    void opened_hasNoEvents() {
        Interaction i = Interaction.opened("t-1", "c-17", Channel.EMAIL, OPENED);
        assertFalse(i.isAnswered());
        assertFalse(i.isSolved());
        assertFalse(i.wasSolved());
        assertFalse(i.isReopened());
        assertFalse(i.isCall());
        assertEquals(0, i.publicReplies());
        assertEquals(0, i.reopens());
        // reply, first and last solve, agent, priority, talk, hold, after-call work: all unset
        assertEquals(Collections.nCopies(8, Optional.empty()), List.of(i.firstReplyAtIfSet(),
                i.firstSolvedAtIfSet(), i.lastSolvedAtIfSet(), i.agentIdIfSet(), i.priorityIfSet(),
                i.talkTimeIfSet(), i.holdTimeIfSet(), i.afterCallWorkIfSet()));
        assertEquals("(unassigned)", i.agentOr("(unassigned)"));
        assertEquals("(none)", i.priorityOr("(none)"));
        assertEquals(Map.of(), i.attributes());
    }

    @Test
    void builder_solvedTicket_hasEveryComponent() {
        Interaction i = ticket().agent("a-3").priority("high").attribute("segment", "smb")
                .firstReplyAt(REPLY).solvedAt(SOLVED).build();
        assertTrue(i.isAnswered());
        assertTrue(i.isSolved());
        assertTrue(i.wasSolved());
        assertEquals(1, i.publicReplies());
        assertEquals(SOLVED, i.firstSolvedAt());
        assertEquals(SOLVED, i.lastSolvedAt());
        assertEquals(Optional.of(REPLY), i.firstReplyAtIfSet());
        assertEquals("a-3", i.agentOr("x"));
        assertEquals("high", i.priorityOr("x"));
        assertEquals(Optional.of("smb"), i.attribute("segment"));
        assertEquals("smb", i.attributeOr("segment", "(none)"));
        assertEquals("(none)", i.attributeOr("region", "(none)"));
        assertEquals(i, i.toBuilder().build());
        assertEquals("enterprise", i.withAttribute("segment", "enterprise").attributeOr("segment", ""));
    }

    @Test
    void builder_reopenedAndOpenAgain_hasNoLastSolve() {
        Interaction i = ticket().firstReplyAt(REPLY).publicReplies(3).firstSolvedAt(SOLVED)
                .reopens(1).build();
        assertTrue(i.wasSolved());
        assertFalse(i.isSolved());
        assertTrue(i.isReopened());
        assertEquals(3, i.publicReplies());
    }

    @Test
    void builder_solvedWithoutReplyThenReopenedAndAnswered_isValid() {
        // Zendesk: a call solved without a comment, reopened, then answered: the first reply
        // comes after the first solve.
        Instant solved = OPENED.plusSeconds(60);
        Interaction i = ticket().firstSolvedAt(solved).reopens(1).firstReplyAt(REPLY)
                .lastSolvedAt(SOLVED).build();
        assertTrue(i.firstReplyAt().isAfter(i.firstSolvedAt()));
    }

    @Test
    void builder_call_hasDurations() {
        Interaction call = Interaction.builder("call-1", "c-1", Channel.PHONE, OPENED)
                .talkTime(Duration.ofMinutes(4)).holdTime(Duration.ofMinutes(1))
                .afterCallWork(Duration.ofSeconds(30)).build();
        assertTrue(call.isCall());
        assertEquals(Optional.of(Duration.ofMinutes(4)), call.talkTimeIfSet());
        assertTrue(Interaction.builder("call-2", "c-1", Channel.PHONE, OPENED)
                .holdTime(Duration.ZERO).build().isCall());
    }

    /**
     * Builders whose times or counts contradict each other, each with the exact message that
     * refuses it: the fields at fault, their values, and the interaction.
     */
    static Stream<Arguments> inconsistentTickets() {
        return Stream.of(
                refused("reply before request names both times",
                        t -> t.firstReplyAt(OPENED.minusSeconds(3600)),
                        "firstReplyAt must not be before openedAt: firstReplyAt"
                        + " 2024-04-05T08:00:00Z, openedAt 2024-04-05T09:00:00Z (interaction t-1)"),
                refused("solve before request names both times",
                        t -> t.solvedAt(OPENED.minusSeconds(1)),
                        "firstSolvedAt must not be before openedAt: firstSolvedAt"
                        + " 2024-04-05T08:59:59Z, openedAt 2024-04-05T09:00:00Z (interaction t-1)"),
                refused("solve before reply names both times",
                        t -> t.firstReplyAt(SOLVED).solvedAt(REPLY),
                        "firstSolvedAt must not be before firstReplyAt: firstSolvedAt"
                        + " 2024-04-05T09:40:00Z, firstReplyAt 2024-04-05T11:00:00Z"
                        + " (interaction t-1)"),
                refused("last solve before reply after a reopen names both times",
                        t -> t.firstSolvedAt(OPENED).reopens(1).lastSolvedAt(REPLY)
                                .firstReplyAt(SOLVED),
                        "lastSolvedAt must not be before firstReplyAt: lastSolvedAt"
                        + " 2024-04-05T09:40:00Z, firstReplyAt 2024-04-05T11:00:00Z"
                        + " (interaction t-1)"),
                refused("last solve before the first names both times",
                        t -> t.firstSolvedAt(SOLVED).lastSolvedAt(REPLY).reopens(1),
                        "lastSolvedAt must not be before firstSolvedAt: lastSolvedAt"
                        + " 2024-04-05T09:40:00Z, firstSolvedAt 2024-04-05T11:00:00Z"
                        + " (interaction t-1)"),
                refused("last solve without a first",
                        t -> t.lastSolvedAt(SOLVED),
                        "lastSolvedAt must not be set without firstSolvedAt: lastSolvedAt"
                        + " 2024-04-05T11:00:00Z (interaction t-1)"),
                refused("two solves without a reopen",
                        t -> t.firstSolvedAt(REPLY).lastSolvedAt(SOLVED),
                        "lastSolvedAt must equal firstSolvedAt when reopens is 0: lastSolvedAt"
                        + " 2024-04-05T11:00:00Z, firstSolvedAt 2024-04-05T09:40:00Z"
                        + " (interaction t-1)"),
                refused("a first solve without a last and without a reopen",
                        t -> t.firstSolvedAt(REPLY),
                        "lastSolvedAt must equal firstSolvedAt when reopens is 0: lastSolvedAt"
                        + " null, firstSolvedAt 2024-04-05T09:40:00Z (interaction t-1)"),
                refused("reopens without a solve",
                        t -> t.reopens(2),
                        "reopens must be 0 for an interaction never solved (no firstSolvedAt): 2"
                        + " (interaction t-1)"),
                refused("negative reopens",
                        t -> t.solvedAt(SOLVED).reopens(-1),
                        "reopens must be >= 0: -1 (interaction t-1)"),
                refused("negative public replies",
                        t -> t.publicReplies(-2),
                        "publicReplies must be >= 0: -2 (interaction t-1)"),
                refused("no public replies but a first reply",
                        t -> t.firstReplyAt(REPLY).publicReplies(0),
                        "publicReplies must be >= 1 when firstReplyAt is set: 0 (interaction t-1)"),
                refused("public replies but no first reply",
                        t -> t.publicReplies(2),
                        "publicReplies must be 0 when firstReplyAt is not set: 2"
                        + " (interaction t-1)"),
                refused("negative talk time",
                        t -> t.talkTime(Duration.ofSeconds(-5)),
                        "talkTime must be >= 0: PT-5S (interaction t-1)"),
                refused("negative hold time",
                        t -> t.holdTime(Duration.ofSeconds(-1)),
                        "holdTime must be >= 0: PT-1S (interaction t-1)"),
                refused("negative after-call work",
                        t -> t.afterCallWork(Duration.ofMillis(-1)),
                        "afterCallWork must be >= 0: PT-0.001S (interaction t-1)"));
    }

    private static Arguments refused(String name, UnaryOperator<Interaction.Builder> change,
            String message) {
        return Arguments.of(name, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistentTickets")
    void create_inconsistentTimesOrCounts_areRefusedWithTheirValues(String name,
            UnaryOperator<Interaction.Builder> change, String message) {
        Expect.failure(IllegalArgumentException.class, () -> change.apply(ticket()).build(),
                message);
    }

    @Test
    void create_missingOrBlankIds_areRejected() {
        var blank = assertThrows(IllegalArgumentException.class,
                () -> Interaction.opened(" ", "c", Channel.EMAIL, OPENED));
        assertEquals("id must not be blank: ' '", blank.getMessage());
        var customer = assertThrows(NullPointerException.class,
                () -> Interaction.opened("t", null, Channel.EMAIL, OPENED));
        assertEquals("customerId must not be null", customer.getMessage());
        var channel = assertThrows(NullPointerException.class,
                () -> Interaction.opened("t", "c", null, OPENED));
        assertEquals("channel must not be null", channel.getMessage());
        var opened = assertThrows(NullPointerException.class,
                () -> Interaction.opened("t", "c", Channel.EMAIL, null));
        assertEquals("openedAt must not be null", opened.getMessage());
        var agent = assertThrows(IllegalArgumentException.class, () -> ticket().agent("").build());
        assertEquals("agentId must not be blank: ''", agent.getMessage());
        var priority = assertThrows(IllegalArgumentException.class,
                () -> ticket().priority(" ").build());
        assertEquals("priority must not be blank: ' '", priority.getMessage());
        var attribute = assertThrows(NullPointerException.class,
                () -> ticket().attribute("segment", null).build());
        assertEquals("attribute value must not be null: segment", attribute.getMessage());
    }

    @Test
    void create_eventsAtTheSameInstant_areInOrder() {
        Interaction i = ticket().firstReplyAt(OPENED).solvedAt(OPENED).build();
        assertTrue(i.isSolved());
    }
}
