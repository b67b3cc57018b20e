package io.github.cxmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
        assertEquals(Optional.empty(), i.firstReplyAtIfSet());
        assertEquals(Optional.empty(), i.firstSolvedAtIfSet());
        assertEquals(Optional.empty(), i.lastSolvedAtIfSet());
        assertEquals(Optional.empty(), i.agentIdIfSet());
        assertEquals(Optional.empty(), i.priorityIfSet());
        assertEquals(Optional.empty(), i.talkTimeIfSet());
        assertEquals(Optional.empty(), i.holdTimeIfSet());
        assertEquals(Optional.empty(), i.afterCallWorkIfSet());
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

    @Test
    void create_replyBeforeRequest_namesBothTimes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ticket().firstReplyAt(OPENED.minusSeconds(3600)).build());
        assertEquals("firstReplyAt must not be before openedAt: firstReplyAt 2024-04-05T08:00:00Z,"
                + " openedAt 2024-04-05T09:00:00Z (interaction t-1)", e.getMessage());
    }

    @Test
    void create_solveBeforeRequest_namesBothTimes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ticket().solvedAt(OPENED.minusSeconds(1)).build());
        assertEquals("firstSolvedAt must not be before openedAt: firstSolvedAt 2024-04-05T08:59:59Z,"
                + " openedAt 2024-04-05T09:00:00Z (interaction t-1)", e.getMessage());
    }

    @Test
    void create_solveBeforeReply_namesBothTimes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ticket().firstReplyAt(SOLVED).solvedAt(REPLY).build());
        assertEquals("firstSolvedAt must not be before firstReplyAt: firstSolvedAt"
                + " 2024-04-05T09:40:00Z, firstReplyAt 2024-04-05T11:00:00Z (interaction t-1)",
                e.getMessage());
    }

    @Test
    void create_lastSolveBeforeReplyAfterReopen_namesBothTimes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ticket().firstSolvedAt(OPENED).reopens(1).lastSolvedAt(REPLY)
                        .firstReplyAt(SOLVED).build());
        assertEquals("lastSolvedAt must not be before firstReplyAt: lastSolvedAt"
                + " 2024-04-05T09:40:00Z, firstReplyAt 2024-04-05T11:00:00Z (interaction t-1)",
                e.getMessage());
    }

    @Test
    void create_lastSolveBeforeFirst_namesBothTimes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ticket().firstSolvedAt(SOLVED).lastSolvedAt(REPLY).reopens(1).build());
        assertEquals("lastSolvedAt must not be before firstSolvedAt: lastSolvedAt"
                + " 2024-04-05T09:40:00Z, firstSolvedAt 2024-04-05T11:00:00Z (interaction t-1)",
                e.getMessage());
    }

    @Test
    void create_lastSolveWithoutFirst_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ticket().lastSolvedAt(SOLVED).build());
        assertEquals("lastSolvedAt must not be set without firstSolvedAt: lastSolvedAt"
                + " 2024-04-05T11:00:00Z (interaction t-1)", e.getMessage());
    }

    @Test
    void create_twoSolvesWithoutReopen_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ticket().firstSolvedAt(REPLY).lastSolvedAt(SOLVED).build());
        assertEquals("lastSolvedAt must equal firstSolvedAt when reopens is 0: lastSolvedAt"
                + " 2024-04-05T11:00:00Z, firstSolvedAt 2024-04-05T09:40:00Z (interaction t-1)",
                e.getMessage());
        var open = assertThrows(IllegalArgumentException.class,
                () -> ticket().firstSolvedAt(REPLY).build());
        assertEquals("lastSolvedAt must equal firstSolvedAt when reopens is 0: lastSolvedAt null,"
                + " firstSolvedAt 2024-04-05T09:40:00Z (interaction t-1)", open.getMessage());
    }

    @Test
    void create_reopenWithoutSolve_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> ticket().reopens(2).build());
        assertEquals("reopens must be 0 for an interaction never solved (no firstSolvedAt): 2"
                + " (interaction t-1)", e.getMessage());
    }

    @Test
    void create_negativeCounts_areRejected() {
        var reopens = assertThrows(IllegalArgumentException.class,
                () -> ticket().solvedAt(SOLVED).reopens(-1).build());
        assertEquals("reopens must be >= 0: -1 (interaction t-1)", reopens.getMessage());
        var replies = assertThrows(IllegalArgumentException.class,
                () -> ticket().publicReplies(-2).build());
        assertEquals("publicReplies must be >= 0: -2 (interaction t-1)", replies.getMessage());
    }

    @Test
    void create_repliesContradictingFirstReply_areRejected() {
        var none = assertThrows(IllegalArgumentException.class,
                () -> ticket().firstReplyAt(REPLY).publicReplies(0).build());
        assertEquals("publicReplies must be >= 1 when firstReplyAt is set: 0 (interaction t-1)",
                none.getMessage());
        var some = assertThrows(IllegalArgumentException.class,
                () -> ticket().publicReplies(2).build());
        assertEquals("publicReplies must be 0 when firstReplyAt is not set: 2 (interaction t-1)",
                some.getMessage());
    }

    @Test
    void create_negativeDuration_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ticket().talkTime(Duration.ofSeconds(-5)).build());
        assertEquals("talkTime must be >= 0: PT-5S (interaction t-1)", e.getMessage());
        var hold = assertThrows(IllegalArgumentException.class,
                () -> ticket().holdTime(Duration.ofSeconds(-1)).build());
        assertEquals("holdTime must be >= 0: PT-1S (interaction t-1)", hold.getMessage());
        var acw = assertThrows(IllegalArgumentException.class,
                () -> ticket().afterCallWork(Duration.ofMillis(-1)).build());
        assertEquals("afterCallWork must be >= 0: PT-0.001S (interaction t-1)", acw.getMessage());
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
