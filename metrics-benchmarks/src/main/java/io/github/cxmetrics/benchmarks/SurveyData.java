package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Survey responses generated from a fixed seed with a realistic skew: scores lean to 8–10, and
 * each channel has its own distribution (chat happier than phone, social the most polarised).
 */
final class SurveyData {

    static final Channel[] CHANNELS =
            {Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.SOCIAL, Channel.WEB};
    /** Channel shares of the traffic, in the order of {@link #CHANNELS}. */
    private static final double[] CHANNEL_SHARE = {0.35, 0.30, 0.20, 0.05, 0.10};
    /** Relative frequencies of the scores 0..10 per channel. */
    private static final double[][] SCORE_WEIGHTS = {
        {2, 1, 1, 2, 2, 4, 6, 10, 15, 25, 32},
        {1, 1, 1, 1, 2, 3, 5, 9, 16, 27, 34},
        {4, 2, 2, 3, 4, 6, 8, 12, 16, 20, 23},
        {9, 3, 2, 2, 2, 4, 5, 8, 12, 20, 33},
        {2, 1, 2, 2, 3, 5, 7, 11, 17, 24, 26},
    };
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private SurveyData() {}

    /**
     * Responses to "nps" on 0–10 over a year, from up to a million customers (large batches hold
     * several answers per customer), answered at whole minutes as survey tools record them. The
     * customer ids and the minutes are created before the responses, so that the responses lie
     * next to each other in memory, as records read from a file or a database do: a loop over
     * them reads about 40 bytes per response, the memory floor the figures assume.
     */
    static List<Response> npsResponses(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] customers = new String[Math.min(size, 1_000_000)];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = "c" + i;
        }
        Instant[] minutes = new Instant[365 * 24 * 60];
        for (int i = 0; i < minutes.length; i++) {
            minutes[i] = START.plusSeconds(60L * i);
        }
        List<Response> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int channel = pick(random, CHANNEL_SHARE);
            int score = pick(random, SCORE_WEIGHTS[channel]);
            list.add(Response.of(customers[i % customers.length], "nps", score,
                    minutes[random.nextInt(minutes.length)], CHANNELS[channel]));
        }
        return list;
    }

    /** The same kind of scores as a byte column. */
    static byte[] npsColumn(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] column = new byte[size];
        for (int i = 0; i < size; i++) {
            column[i] = (byte) pick(random, SCORE_WEIGHTS[pick(random, CHANNEL_SHARE)]);
        }
        return column;
    }

    /** Responses to "csat" on 1–5: the 0–10 skew folded onto five points. */
    static List<Response> csatResponses(int size, long seed) {
        List<Response> nps = npsResponses(size, seed);
        List<Response> list = new ArrayList<>(size);
        for (Response r : nps) {
            list.add(Response.of(r.customerId(), "csat", 1 + r.score() * 4 / 10, r.answeredAt(),
                    r.channel()));
        }
        return list;
    }

    static int pick(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
