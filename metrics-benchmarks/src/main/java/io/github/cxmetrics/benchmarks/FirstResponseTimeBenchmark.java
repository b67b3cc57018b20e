package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.DurationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * First-response-time summary (count, median, p90) over interactions: the exact and the
 * HdrHistogram forms against sorting durations.
 */
public class FirstResponseTimeBenchmark extends BaseBenchmark {

    /** Support batches are smaller than survey ones: up to a million interactions. */
    @Param({"1000", "1000000"})
    public int size;

    List<Interaction> tickets;

    @Setup(Level.Trial)
    public void generate() {
        tickets = SupportData.interactions(size, SEED);
    }

    @Benchmark
    public Duration[] libraryExact() {
        DurationResult r = CxMetrics.firstResponseTime().compute(tickets);
        return new Duration[] {r.median(), r.p90()};
    }

    @Benchmark
    public Duration[] libraryHistogram() {
        DurationResult r = CxMetrics.firstResponseTime().approximate(2).compute(tickets);
        return new Duration[] {r.median(), r.p90()};
    }

    /** What people write: a list of {@code Duration}s, sorted, read at the nearest ranks. */
    @Benchmark
    public Duration[] baselineSortedDurations() {
        List<Duration> waits = new ArrayList<>();
        for (Interaction i : tickets) {
            if (i.firstReplyAt() != null) {
                waits.add(Duration.between(i.openedAt(), i.firstReplyAt()));
            }
        }
        Collections.sort(waits);
        return new Duration[] {nearestRank(waits, 50), nearestRank(waits, 90)};
    }

    /** A careful hand loop: milliseconds in a {@code long[]}, sorted. */
    @Benchmark
    public Duration[] baselineSortedMillis() {
        long[] millis = new long[tickets.size()];
        int n = 0;
        for (Interaction i : tickets) {
            if (i.firstReplyAt() != null) {
                millis[n++] = i.firstReplyAt().toEpochMilli() - i.openedAt().toEpochMilli();
            }
        }
        Arrays.sort(millis, 0, n);
        return new Duration[] {Duration.ofMillis(millis[rank(n, 50) - 1]),
            Duration.ofMillis(millis[rank(n, 90) - 1])};
    }

    private static Duration nearestRank(List<Duration> sorted, int p) {
        return sorted.get(rank(sorted.size(), p) - 1);
    }

    static int rank(int n, int p) {
        return Math.max(1, (int) Math.ceil(p / 100.0 * n));
    }
}
