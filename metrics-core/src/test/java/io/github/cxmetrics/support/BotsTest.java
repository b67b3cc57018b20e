package io.github.cxmetrics.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bots: the first bot reply, first response counting bots, and the deflection share. */
class BotsTest {

    private static final Instant T = Instant.parse("2024-04-08T09:00:00Z");

    private static Instant at(int seconds) {
        return T.plusSeconds(seconds);
    }

    /**
     * A chat the bot answered in 5 s and solved alone; a chat the bot answered in 10 s and a
     * person at 10 min, solved; an email a person answered in 1 h, no bot; a chat the bot
     * answered in 3 s, still open.
     */
    private static final List<Interaction> CHATS = List.of(
            Interaction.builder("bot-only", "c", Channel.CHAT, T).firstBotReplyAt(at(5))
                    .solvedAt(at(60)).build(),
            Interaction.builder("bot-then-person", "c", Channel.CHAT, T).firstBotReplyAt(at(10))
                    .firstReplyAt(at(600)).solvedAt(at(900)).build(),
            Interaction.builder("person", "c", Channel.EMAIL, T).firstReplyAt(at(3600))
                    .solvedAt(at(7200)).build(),
            Interaction.builder("bot-open", "c", Channel.CHAT, T).firstBotReplyAt(at(3))
                    .build());

    @Test
    void firstResponseTimeCountsPeopleUnlessAskedToCountBots() {
        DurationResult people = CxMetrics.firstResponseTime().compute(CHATS);
        assertEquals(2, people.count());                        // 600 s and 3600 s
        assertEquals(2, people.open());                         // the bot-only chats
        assertEquals(Duration.ofSeconds(4200), people.sum());

        DurationResult anyone = CxMetrics.firstResponseTime().countingBots().compute(CHATS);
        assertEquals("first response time (bots counted)", anyone.metric());
        assertEquals(4, anyone.count());                        // 5, 10, 3600, 3 s
        assertEquals(Duration.ofSeconds(5 + 10 + 3600 + 3), anyone.sum());
        assertEquals(Duration.ofSeconds(5), anyone.median());   // rank 2 of 3, 5, 10, 3600

        DurationResult bots = CxMetrics.firstBotResponseTime().compute(CHATS);
        assertEquals(3, bots.count());
        assertEquals(1, bots.open());
        assertEquals(Duration.ofSeconds(18), bots.sum());
    }

    @Test
    void deflectionIsTheShareOfBotAnsweredSolvesNoPersonTouched() {
        ShareResult deflection = CxMetrics.botDeflection().compute(CHATS);
        assertEquals(1, deflection.hits());
        assertEquals(2, deflection.count());       // solved and a bot replied
        assertEquals(2, deflection.outside());     // no bot; not solved
        assertEquals(50.0, deflection.share(), 1e-12);
        assertTrue(CHATS.get(0).isSolvedByBot());
        assertFalse(CHATS.get(1).isSolvedByBot());
        assertFalse(CHATS.get(3).isSolvedByBot());
    }

    @Test
    void aSlaOnTheFirstReplyByAnyone() {
        SlaPolicy oneMinute = SlaPolicy.builder(Milestone.FIRST_REPLY_OR_BOT)
                .otherwise(Duration.ofMinutes(1)).build();
        SlaResult sla = CxMetrics.slaAttainment(oneMinute).compute(CHATS);
        assertEquals(3, sla.met());
        assertEquals(1, sla.breached());
    }

    @Test
    void misuseIsRefused() {
        assertEquals("countingBots() applies to the first response time only: full resolution"
                + " time", assertThrows(IllegalStateException.class,
                        () -> CxMetrics.fullResolutionTime().countingBots()).getMessage());
        assertThrows(IllegalStateException.class,
                () -> CxMetrics.firstResponseTime().countingBots().countingBots());
        assertEquals("firstBotReplyAt must not be before openedAt: firstBotReplyAt"
                + " 2024-04-08T08:59:59Z, openedAt 2024-04-08T09:00:00Z (interaction b)",
                assertThrows(IllegalArgumentException.class, () -> Interaction.builder("b", "c",
                        Channel.CHAT, T).firstBotReplyAt(at(-1)).build()).getMessage());
        // a call picked up by an IVR bot: answered for the count with bots, not without
        Interaction ivr = Interaction.builder("call", "c", Channel.PHONE, T)
                .firstBotReplyAt(at(2)).talkTime(Duration.ofMinutes(3)).build();
        assertEquals(1, CxMetrics.firstResponseTime().compute(List.of(ivr)).skipped());
        assertEquals(1, CxMetrics.firstResponseTime().countingBots().compute(List.of(ivr)).count());
        assertEquals(ivr, ivr.toBuilder().build());
        assertEquals(ivr.firstBotReplyAt(), ivr.withAttribute("x", "y").firstBotReplyAt());
    }
}
