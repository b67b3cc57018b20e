package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.TopBoxResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/** CSAT top-2-box over records: the library against streams and a hand loop. */
public class TopBoxBenchmark extends SizedBenchmark {

    List<Response> responses;

    @Setup(Level.Trial)
    public void generate() {
        responses = SurveyData.csatResponses(size, SEED);
    }

    @Benchmark
    public TopBoxResult library() {
        return CxMetrics.csat().compute(responses);
    }

    /** Two passes of {@code stream().filter().count()}. */
    @Benchmark
    public double baselineTwoPassStream() {
        long top = responses.stream().filter(r -> r.score() >= 4).count();
        return 100.0 * top / responses.stream().count();
    }

    /** {@code Collectors.groupingBy(score, counting())}. */
    @Benchmark
    public double baselineGroupingBy() {
        Map<Integer, Long> byScore = responses.stream()
                .collect(Collectors.groupingBy(Response::score, Collectors.counting()));
        long n = byScore.values().stream().mapToLong(Long::longValue).sum();
        return 100.0 * (byScore.getOrDefault(4, 0L) + byScore.getOrDefault(5, 0L)) / n;
    }

    /** One hand-written loop filling a histogram of the five scores. */
    @Benchmark
    public double baselineHandLoop() {
        long[] counts = new long[6];
        for (Response r : responses) {
            counts[r.score()]++;
        }
        long n = counts[1] + counts[2] + counts[3] + counts[4] + counts[5];
        return 100.0 * (counts[4] + counts[5]) / n;
    }
}
