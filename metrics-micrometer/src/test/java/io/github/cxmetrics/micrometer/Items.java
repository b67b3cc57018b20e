package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test items: NPS answers and tickets with a first reply after a given delay. */
final class Items {

    static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

    private Items() {}

    static Response nps(int score, Channel channel) {
        return Response.of("c-" + score, "nps", score, T0, channel);
    }

    /** Responses with the given scores, all on {@code channel}. */
    static List<Response> nps(Channel channel, int... scores) {
        List<Response> responses = new ArrayList<>();
        for (int score : scores) {
            responses.add(nps(score, channel));
        }
        return responses;
    }

    static Interaction answeredAfter(Duration delay, Channel channel) {
        return Interaction.builder("t-" + delay.toMillis(), "c-1", channel, T0)
                .firstReplyAt(T0.plus(delay)).build();
    }

    static Interaction unanswered(Channel channel) {
        return Interaction.opened("t-open", "c-1", channel, T0);
    }
}
