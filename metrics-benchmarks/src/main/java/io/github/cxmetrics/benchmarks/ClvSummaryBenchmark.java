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
 * columns, against adding the same rows one by one through the builder. The ids are made before
 * the measurement, so neither side pays for building strings.
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
