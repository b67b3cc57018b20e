package io.github.cxmetrics.support;

import static io.github.cxmetrics.support.Tickets.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which interactions a milestone applies to, and when each reached it. */
class MilestoneTest {

    private static Interaction.Builder call() {
        return Interaction.builder(Tickets.id(), "c", Channel.PHONE, T0)
                .talkTime(Duration.ofMinutes(3));
    }

    @Test
    void firstReplyOrBot_appliesToCallsAnsweredByAPersonOrABot() {
        Milestone either = Milestone.FIRST_REPLY_OR_BOT;
        assertTrue(either.appliesTo(call().firstReplyAt(T0.plusSeconds(20)).build()));
        assertTrue(either.appliesTo(call().firstBotReplyAt(T0.plusSeconds(2)).build()));
        assertFalse(either.appliesTo(call().build()));
        assertFalse(Milestone.FIRST_REPLY.appliesTo(call().firstBotReplyAt(T0.plusSeconds(2))
                .build()));
        assertTrue(either.appliesTo(Tickets.unanswered()));
    }

    @Test
    void firstReplyOrBot_isReachedAtTheEarlierOfTheTwo() {
        Milestone either = Milestone.FIRST_REPLY_OR_BOT;
        Interaction person = call().firstReplyAt(T0.plusSeconds(20)).build();
        assertEquals(T0.plusSeconds(20), either.reachedAt(person));
        Interaction bot = call().firstBotReplyAt(T0.plusSeconds(2)).build();
        assertEquals(T0.plusSeconds(2), either.reachedAt(bot));
        Interaction both = call().firstReplyAt(T0.plusSeconds(20))
                .firstBotReplyAt(T0.plusSeconds(2)).build();
        assertEquals(T0.plusSeconds(2), either.reachedAt(both));
        Interaction personFirst = call().firstReplyAt(T0.plusSeconds(2))
                .firstBotReplyAt(T0.plusSeconds(20)).build();
        assertEquals(T0.plusSeconds(2), either.reachedAt(personFirst));
        Interaction tie = call().firstReplyAt(T0.plusSeconds(2))
                .firstBotReplyAt(T0.plusSeconds(2)).build();
        assertEquals(T0.plusSeconds(2), either.reachedAt(tie));
        assertEquals(null, either.reachedAt(Tickets.unanswered()));
    }
}
