package io.github.cxmetrics.cli.section;

import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The column form of the latest-answer rule picks, per customer, what the library's
 * {@link Response#later} picks over the same answers in file order, read in one part or in
 * several merged in order: ties in time, score and weight included (the channel shows which
 * answer of a tie was kept).
 */
class LatestAnswersTest {

    private static final Channel[] CHANNELS = {Channel.EMAIL, Channel.CHAT, Channel.PHONE};

    @Test
    void latestAnswers_agreeWithResponseLater() {
        qt(200).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, parts) -> {
            Random random = new Random(seed);
            List<Response> file = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                Instant at = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(3),
                        random.nextInt(2) * 500_000_000);
                int score = random.nextInt(4) == 0 ? Response.NO_SCORE : 8 + random.nextInt(3);
                double weight = random.nextInt(3) * 0.5;
                String question = random.nextInt(5) == 0 ? "csat" : "nps";
                file.add(new Response("c" + random.nextInt(6), question, score, at,
                        CHANNELS[random.nextInt(CHANNELS.length)], weight, Map.of()));
            }
            Map<String, Response> expected = new LinkedHashMap<>();
            for (Response r : file) {
                if (r.question().equals("nps") && r.isAnswered()) {
                    expected.merge(r.customerId(), r, Response::later);
                }
            }
            LatestAnswers first = new LatestAnswers("nps");
            List<LatestAnswers> filled = new ArrayList<>(List.of(first));
            for (int p = 1; p < parts; p++) {
                filled.add((LatestAnswers) first.emptyCopy());
            }
            int[] cuts = random.ints(parts - 1, 0, file.size() + 1).sorted().toArray();
            int from = 0;
            for (int p = 0; p < parts; p++) {
                int to = p < cuts.length ? cuts[p] : file.size();
                file.subList(from, to).forEach(filled.get(p));
                from = to;
            }
            for (int p = 1; p < parts; p++) {
                first.merge(filled.get(p));
            }
            Map<String, String> got = new LinkedHashMap<>();
            List<Response> answers = first.answers();
            for (int i = 0; i < answers.size(); i++) {
                Response r = answers.get(i);
                got.put(r.customerId(), describe(r, first.weight(i)));
            }
            Map<String, String> want = new LinkedHashMap<>();
            expected.forEach((id, r) -> want.put(id, describe(r, r.weight())));
            assertEquals(want, got, () -> file.toString());
        });
    }

    private static String describe(Response r, double weight) {
        return r.answeredAt() + " " + r.score() + " " + weight + " " + r.channel();
    }
}
