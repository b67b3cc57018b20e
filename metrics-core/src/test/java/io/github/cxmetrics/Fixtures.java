package io.github.cxmetrics;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data: responses built from scores, at fixed instants (no test reads the clock). */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2024-04-02T10:00:00Z");

    private Fixtures() {}

    /** One response per score to {@code question}, from distinct customers, one minute apart. */
    public static List<Response> responses(String question, int... scores) {
        List<Response> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(Response.of("c" + i, question, scores[i], T0.plusSeconds(60L * i), Channel.EMAIL));
        }
        return list;
    }

    /** {@code count} responses with the same score, from distinct customers. */
    public static List<Response> repeat(String question, int score, int count, String prefix) {
        List<Response> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(Response.of(prefix + i, question, score, T0.plusSeconds(i), Channel.EMAIL));
        }
        return list;
    }

    /** Promoters, passives and detractors in the given numbers (scores 10, 7 and 3). */
    public static List<Response> nps(int promoters, int passives, int detractors) {
        List<Response> list = new ArrayList<>();
        list.addAll(repeat("nps", 10, promoters, "p"));
        list.addAll(repeat("nps", 7, passives, "a"));
        list.addAll(repeat("nps", 3, detractors, "d"));
        return list;
    }
}
