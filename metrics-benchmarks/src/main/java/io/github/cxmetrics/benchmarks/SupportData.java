package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Support interactions generated from a fixed seed: first replies after a log-normal delay (a
 * median of about 40 minutes and a long tail), 5 % still unanswered.
 */
final class SupportData {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private SupportData() {}

    static List<Interaction> interactions(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Interaction> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Channel channel = SurveyData.CHANNELS[random.nextInt(SurveyData.CHANNELS.length)];
            Instant opened = START.plusSeconds(random.nextLong(365L * 24 * 3600));
            Interaction.Builder b = Interaction.builder("t" + i, "c" + i, channel, opened);
            if (random.nextDouble() >= 0.05) {
                double minutes = Math.exp(Math.log(40) + 1.3 * gaussian(random));
                b.firstReplyAt(opened.plus(Duration.ofSeconds(Math.max(1, (long) (minutes * 60)))));
            }
            list.add(b.build());
        }
        return list;
    }

    /** A standard normal variate by the Box–Muller transform. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
