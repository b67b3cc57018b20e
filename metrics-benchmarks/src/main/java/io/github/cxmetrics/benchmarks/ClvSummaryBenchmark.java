package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.value.clv.RfmSummary;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
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
 * <p><b>A mapped heap.</b> A call copies 66 MB of columns (75 MB with ids). In a heap whose
 * pages the process has never touched, every call would also pay the kernel (here the
 * hypervisor too) for mapping those pages, about 18,000 minor page faults a call, which cost
 * several times the copy itself, until collections recycle regions that are already mapped. That
 * cost belongs to the machine, not to the summary, and a service with a sized heap pays it once:
 * so this fork sizes its heap and maps it before the run ({@code -Xms2g -Xmx2g
 * -XX:+AlwaysPreTouch}), and its iterations measure the copy and the checks. The first call of a
 * fresh process, which does pay the faults, is measured apart
 * ({@code -bm ss -f 5 -wi 0 -i 1 -jvmArgsAppend "-Xms6g -Xmx6g"}, which replaces the
 * fork's options); both are in {@code docs/benchmarks.md}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
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
