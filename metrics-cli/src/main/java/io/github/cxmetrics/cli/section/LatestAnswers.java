package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.input.Part;
import io.github.cxmetrics.cli.input.IdTable;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * Each customer's latest answer to one question, ties at one instant going to the higher score:
 * the answer {@code ServiceBands.nps} reads, so that the bands of these answers alone equal the
 * bands of all of them. Kept in columns (time, score, channel per customer number, about 50
 * bytes per customer with the id) rather than a map of responses; the answers are rebuilt,
 * without attributes, when asked for. A {@link Part}: the latest of two parts is the latest of
 * their union, in any order.
 */
final class LatestAnswers implements Part<Response> {

    private final String question;
    private final IdTable ids = new IdTable();
    private long[] seconds = new long[16];
    private int[] nanos = new int[16];
    private int[] scores = new int[16];
    private Channel[] channels = new Channel[16];

    LatestAnswers(String question) {
        this.question = question;
    }

    @Override
    public void accept(Response response) {
        if (response.question().equals(question) && response.isAnswered()) {
            keep(response.customerId(), response.answeredAt().getEpochSecond(),
                    response.answeredAt().getNano(), response.score(), response.channel());
        }
    }

    private void keep(String id, long second, int nano, int score, Channel channel) {
        int known = ids.size();
        int i = ids.add(id);
        if (i == known) {
            if (i == seconds.length) {
                int n = i + (i >> 1);
                seconds = Arrays.copyOf(seconds, n);
                nanos = Arrays.copyOf(nanos, n);
                scores = Arrays.copyOf(scores, n);
                channels = Arrays.copyOf(channels, n);
            }
        } else {
            int c = Long.compare(second, seconds[i]);
            if (c == 0) {
                c = Integer.compare(nano, nanos[i]);
            }
            if (c < 0 || (c == 0 && score <= scores[i])) {
                return;
            }
        }
        seconds[i] = second;
        nanos[i] = nano;
        scores[i] = score;
        channels[i] = channel;
    }

    @Override
    public Part<Response> emptyCopy() {
        return new LatestAnswers(question);
    }

    @Override
    public void merge(Part<Response> later) {
        LatestAnswers that = (LatestAnswers) later;
        for (int j = 0; j < that.ids.size(); j++) {
            keep(that.ids.id(j), that.seconds[j], that.nanos[j], that.scores[j], that.channels[j]);
        }
    }

    /** Returns the ids of the customers who answered. */
    List<String> customers() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return ids.id(index);
            }

            @Override
            public int size() {
                return ids.size();
            }
        };
    }

    /** Returns the latest answers, one per customer, rebuilt one at a time. */
    List<Response> answers() {
        return new AbstractList<>() {
            @Override
            public Response get(int i) {
                return Response.of(ids.id(i), question, scores[i],
                        Instant.ofEpochSecond(seconds[i], nanos[i]), channels[i]);
            }

            @Override
            public int size() {
                return ids.size();
            }
        };
    }
}
