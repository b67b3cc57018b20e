package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.value.clv.RfmSummary;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * An {@link RfmSummary} of 2,357,000 customers (CDNOW × 1,000, distinct rows) made from primitive
 * columns, against adding the same rows one by one through the builder. The columns are what a
 * user has after reading an export: made before the measurement, row by row (so that each id's
 * {@code String} lies next to the previous row's), and neither side pays for building strings.
 *
 * <p><b>Fresh memory.</b> A call copies 66 MB of columns (75 MB with ids). The fork's 6 GB heap
 * is reserved but not touched, so until a collection recycles its regions every call writes to
 * pages the kernel has never mapped, about 18,000 minor page faults a call, which cost several
 * times the copy itself (sys time). The first iterations of an average-time run, and the
 * single call of a fresh process ({@code -bm ss -f 5 -wi 0 -i 1}), measure that; with
 * {@code -jvmArgsAppend -XX:+AlwaysPreTouch} the heap is mapped before the run and the
 * iterations measure the copy and the checks alone, as in a long-running service. See
 * {@code docs/benchmarks.md}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClvSummaryBenchmark extends BaseBenchmark {

    /** Copies of the CDNOW sample (2,357 customers each). */
    @Param({"1000"})
    public int copies;

    CdnowColumns columns;

    @Setup(Level.Trial)
    public void load() {
        columns = new CdnowColumns(copies, true);
    }

    @Benchmark
    public RfmSummary librarySummaryFromColumns() {
        return RfmSummary.of(ChronoUnit.WEEKS, columns.ids, columns.frequency, columns.recency,
                columns.age, columns.meanSpend);
    }

    @Benchmark
    public RfmSummary librarySummaryFromColumnsWithoutIds() {
        return RfmSummary.of(ChronoUnit.WEEKS, columns.frequency, columns.recency, columns.age,
                columns.meanSpend);
    }

    @Benchmark
    public RfmSummary baselineBuilder() {
        RfmSummary.Builder builder = RfmSummary.builder(ChronoUnit.WEEKS);
        for (int i = 0; i < columns.size(); i++) {
            builder.add(columns.ids[i], columns.frequency[i], columns.recency[i], columns.age[i],
                    columns.meanSpend[i]);
        }
        return builder.build();
    }
}
