package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/** NPS by channel: the library's {@code groupBy} against streams and a hand loop. */
public class GroupByChannelBenchmark extends SizedBenchmark {

    List<Response> responses;

    @Setup(Level.Trial)
    public void generate() {
        responses = SurveyData.npsResponses(size, SEED);
    }

    @Benchmark
    public Map<Channel, NpsResult> library() {
        return CxMetrics.nps().groupBy(Response::channel).compute(responses);
    }

    /** {@code groupingBy(channel, collectingAndThen(toList(), nps))}. */
    @Benchmark
    public Map<Channel, Double> baselineGroupingBy() {
        return responses.stream().collect(Collectors.groupingBy(Response::channel,
                Collectors.collectingAndThen(Collectors.toList(), list -> {
                    long promoters = list.stream().filter(r -> r.score() >= 9).count();
                    long detractors = list.stream().filter(r -> r.score() <= 6).count();
                    return 100.0 * (promoters - detractors) / list.size();
                })));
    }

    /** One hand-written loop into {@code long[channels][11]}, channels known in advance. */
    @Benchmark
    public double[] baselineHandLoop() {
        Channel[] channels = SurveyData.CHANNELS;
        long[][] counts = new long[channels.length][11];
        for (Response r : responses) {
            Channel c = r.channel();
            int index = 0;
            while (channels[index] != c) {
                index++;
            }
            counts[index][r.score()]++;
        }
        double[] nps = new double[channels.length];
        for (int i = 0; i < channels.length; i++) {
            nps[i] = NpsBenchmark.net(counts[i]);
        }
        return nps;
    }
}
