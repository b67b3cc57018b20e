package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.survey.BandCounts;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.ScoreColumns;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * NPS over a list of {@link Response} records and over a {@code byte[]} column: the library
 * against what people write instead, in the same run. Times are per call; divide by
 * {@code size} for nanoseconds per response ({@code docs/benchmarks.md} does).
 */
public class NpsBenchmark extends SizedBenchmark {

    List<Response> responses;
    byte[] column;

    @Setup(Level.Trial)
    public void generate() {
        responses = SurveyData.npsResponses(size, SEED);
        column = SurveyData.npsColumn(size, SEED);
    }

    // ---- the library ----

    @Benchmark
    public NpsResult library() {
        return CxMetrics.nps().compute(responses);
    }

    @Benchmark
    public NpsResult libraryParallelStream() {
        return responses.parallelStream().collect(CxMetrics.nps().collector());
    }

    @Benchmark
    public BandCounts libraryColumn() {
        return ScoreColumns.of(ScoreScale.NPS).count(column);
    }

    @Benchmark
    public BandCounts libraryColumnParallel() {
        return ScoreColumns.of(ScoreScale.NPS).parallel().count(column);
    }

    // ---- baselines ----

    /** Three passes of {@code stream().filter().count()}. */
    @Benchmark
    public double baselineThreePassStream() {
        long promoters = responses.stream().filter(r -> r.score() >= 9).count();
        long detractors = responses.stream().filter(r -> r.score() <= 6).count();
        long n = responses.stream().count();
        return 100.0 * (promoters - detractors) / n;
    }

    /** {@code Collectors.groupingBy(band, counting())}. */
    @Benchmark
    public double baselineGroupingBy() {
        Map<String, Long> bands = responses.stream().collect(Collectors.groupingBy(
                r -> r.score() >= 9 ? "promoter" : r.score() >= 7 ? "passive" : "detractor",
                Collectors.counting()));
        long n = bands.values().stream().mapToLong(Long::longValue).sum();
        return 100.0 * (bands.getOrDefault("promoter", 0L) - bands.getOrDefault("detractor", 0L)) / n;
    }

    /** One hand-written loop filling a {@code long[11]} histogram over the records. */
    @Benchmark
    public double baselineHandLoop() {
        long[] counts = new long[11];
        for (Response r : responses) {
            counts[r.score()]++;
        }
        return net(counts);
    }

    /** One hand-written loop filling a {@code long[11]} histogram over the byte column. */
    @Benchmark
    public double baselineHandLoopColumn() {
        long[] counts = new long[11];
        for (byte b : column) {
            counts[b]++;
        }
        return net(counts);
    }

    static double net(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return 100.0 * (counts[9] + counts[10] - counts[0] - counts[1] - counts[2] - counts[3]
                - counts[4] - counts[5] - counts[6]) / n;
    }
}
