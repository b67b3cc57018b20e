package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.input.Part;
import io.github.cxmetrics.cli.input.IdTable;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * Each customer's latest answer to one question, by the library's one rule
 * ({@link Response#later}, the order {@link Response#BY_RECENCY}: the later time, then the
 * higher score, then the higher weight; the first read when they tie in every respect): the
 * answer {@code ServiceBands.nps} reads, so that the bands of these answers alone equal the
 * bands of all of them. Kept in columns (time, score, weight, channel per customer number,
 * about 60 bytes per customer with the id) rather than a map of responses, so the rule is
 * applied here to the columns, part by part in the same order ({@code LatestAnswersTest} checks
 * that it picks what {@code Response.later} picks); the answers are rebuilt, without attributes
 * and with weight 1, when asked for. A {@link Part}: the latest of two parts is the latest of
 * their union.
 */
final class LatestAnswers implements Part<Response> {

    private final String question;
    private final IdTable ids = new IdTable();
    private final InstantColumn times = new InstantColumn();
    private int[] scores = new int[16];
    private double[] weights = new double[16];
    private Channel[] channels = new Channel[16];

    LatestAnswers(String question) {
        this.question = question;
    }

    @Override
    public void accept(Response response) {
        if (response.question().equals(question) && response.isAnswered()) {
            keep(response.customerId(), response.answeredAt().getEpochSecond(),
                    response.answeredAt().getNano(), response.score(), response.weight(),
                    response.channel());
        }
    }

    private void keep(String id, long second, int nano, int score, double weight,
            Channel channel) {
        int known = ids.size();
        int i = ids.add(id);
        if (i == known) {
            if (i == scores.length) {
                int n = InstantColumn.grown(i);
                scores = Arrays.copyOf(scores, n);
                weights = Arrays.copyOf(weights, n);
                channels = Arrays.copyOf(channels, n);
            }
        } else {
            // Response.BY_RECENCY on the columns.
            int c = times.compare(second, nano, i);
            if (c == 0) {
                c = Integer.compare(score, scores[i]);
            }
            if (c == 0) {
                c = Double.compare(weight, weights[i]);
            }
            if (c <= 0) {
                return;
            }
        }
        times.set(i, second, nano);
        scores[i] = score;
        weights[i] = weight;
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
            keep(that.ids.id(j), that.times.second(j), that.times.nano(j), that.scores[j], that.weights[j],
                    that.channels[j]);
        }
    }

    /** Returns the ids of the customers who answered. */
    List<String> customers() {
        return ids.ids();
    }

    /** Returns the weight of the latest answer of customer number {@code i} (for tests). */
    double weight(int i) {
        return weights[i];
    }

    /** Returns the latest answers, one per customer, rebuilt one at a time. */
    List<Response> answers() {
        return new AbstractList<>() {
            @Override
            public Response get(int i) {
                return Response.of(ids.id(i), question, scores[i], times.get(i), channels[i]);
            }

            @Override
            public int size() {
                return ids.size();
            }
        };
    }
}
