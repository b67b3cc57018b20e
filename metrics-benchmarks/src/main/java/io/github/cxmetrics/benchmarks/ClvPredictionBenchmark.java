package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.value.clv.BgNbd;
import io.github.cxmetrics.value.clv.Discounting;
import io.github.cxmetrics.value.clv.GammaGamma;
import io.github.cxmetrics.value.clv.RfmSummary;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The discounted lifetime value of every customer of CDNOW × 1,000 (2,357,000 customers; the
 * published BG/NBD and Gamma-Gamma parameters; 12 months of 4.345 weeks at 1 % a month, as
 * {@code lifetimes} counts them): one column for the whole base, against a loop over the
 * customers with an object each. {@code distinct} makes every age distinct, which leaves no
 * {@code (x, T)} to share.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClvPredictionBenchmark extends BaseBenchmark {

    static final BgNbd PURCHASES = new BgNbd(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);
    static final GammaGamma SPEND = new GammaGamma(6.25, 3.74, 15.44);
    static final Discounting YEAR = Discounting.of(12, 4.345, ChronoUnit.WEEKS, 0.01);

    /** Copies of the CDNOW sample (2,357 customers each). */
    @Param({"1000"})
    public int copies;

    /** Whether every row is made distinct. */
    @Param({"false", "true"})
    public boolean distinct;

    RfmSummary summary;

    @Setup(Level.Trial)
    public void load() {
        summary = new CdnowColumns(copies, distinct).summary();
    }

    @Benchmark
    public double[] libraryLifetimeValueColumn() {
        return PURCHASES.lifetimeValue(summary, SPEND, YEAR);
    }

    @Benchmark
    public double[] baselineLifetimeValuePerCustomer() {
        double[] values = new double[summary.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = PURCHASES.lifetimeValue(summary.customer(i), SPEND, YEAR);
        }
        return values;
    }
}
