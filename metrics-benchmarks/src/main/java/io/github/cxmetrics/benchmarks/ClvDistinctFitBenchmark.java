package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.value.clv.BgNbd;
import io.github.cxmetrics.value.clv.MbgNbd;
import io.github.cxmetrics.value.clv.ModelFit;
import io.github.cxmetrics.value.clv.ParetoNbd;
import io.github.cxmetrics.value.clv.RfmSummary;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The purchase models fitted to CDNOW × 1,000 with every row distinct (2,357,000 customers,
 * 2,357,000 distinct rows; see {@link CdnowColumns}): the case grouping cannot help, as with
 * exact timestamps. The BG/NBD also on one thread, to show what the second core brings. For
 * orientation, {@code lifetimes} 0.11.3 took 28.6 s for the BG/NBD fit of the (grouped) CDNOW ×
 * 1,000 on this kind of machine; {@code scripts/lifetimes_fit.py} measures it again.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class ClvDistinctFitBenchmark extends BaseBenchmark {

    /** Copies of the CDNOW sample, each row made distinct. */
    @Param({"1000"})
    public int copies;

    RfmSummary summary;

    @Setup(Level.Trial)
    public void load() {
        summary = new CdnowColumns(copies, true).summary();
    }

    @Benchmark
    public ModelFit<BgNbd> libraryBgNbdFit() {
        return CxMetrics.lifetimeValue().bgNbd().fit(summary);
    }

    @Benchmark
    public ModelFit<BgNbd> libraryBgNbdFitOneThread() {
        return CxMetrics.lifetimeValue().bgNbd().parallelism(1).fit(summary);
    }

    @Benchmark
    public ModelFit<MbgNbd> libraryMbgNbdFit() {
        return CxMetrics.lifetimeValue().mbgNbd().fit(summary);
    }

    @Benchmark
    public ModelFit<ParetoNbd> libraryParetoNbdFit() {
        return CxMetrics.lifetimeValue().paretoNbd().fit(summary);
    }
}
