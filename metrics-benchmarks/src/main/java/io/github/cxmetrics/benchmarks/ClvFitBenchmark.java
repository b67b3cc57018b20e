package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.value.clv.BgNbd;
import io.github.cxmetrics.value.clv.ModelFit;
import io.github.cxmetrics.value.clv.RfmSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * BG/NBD fitted by maximum likelihood to the CDNOW summary (2,357 customers, weeks) and to its
 * replication: the "CDNOW repeated 1,000 times" (2,357,000 customers, 1,016 distinct
 * rows), and the same with every row made distinct (each age shifted by a different billionth of
 * a week), which defeats the grouping of identical rows. For orientation, {@code lifetimes} 0.11.3
 * took 0.115 s and 28.6 s for the first two on this kind of machine. The distinct rows' other
 * fits are in {@link ClvDistinctFitBenchmark}.
 *
 * <p>The CDNOW files are read from the directory in the system property
 * {@code cxmetrics.cdnow.dir}, or else from the first {@code shared/data/cdnow} beside the working
 * directory or a folder above it ({@code ../shared/data/cdnow} from the repository root); they
 * are not part of the repository.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClvFitBenchmark extends BaseBenchmark {

    /** Copies of the CDNOW sample: 1 (2,357 customers) or 1,000 (2,357,000). */
    @Param({"1", "1000"})
    public int copies;

    /** Whether the copies are made distinct, so that no two rows are identical. */
    @Param({"false", "true"})
    public boolean distinct;

    RfmSummary summary;

    @Setup(Level.Trial)
    public void load() {
        summary = new CdnowColumns(copies, distinct).summary();
    }

    @Benchmark
    public ModelFit<BgNbd> libraryBgNbdFit() {
        return CxMetrics.lifetimeValue().bgNbd().fit(summary);
    }

    /** The CDNOW directory: the system property, or the first shared/data/cdnow found above. */
    static Path cdnowDirectory() {
        String property = System.getProperty("cxmetrics.cdnow.dir");
        if (property != null) {
            return Path.of(property);
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("cdnow");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return start.resolve("../shared/data/cdnow").normalize();
    }

    static List<String> cdnowSummary() {
        Path file = cdnowDirectory().resolve("cdnow_customers_summary_with_transactions.csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("CDNOW data not found at " + file.toAbsolutePath()
                    + " (run from the repository root, or set -Dcxmetrics.cdnow.dir=<dir>)");
        }
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
