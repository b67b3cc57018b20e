package io.github.cxmetrics.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every size-parameterised benchmark shares: average time per call over 1,000,
 * 1,000,000 and 10,000,000 items, one fork with a heap large enough for 10 million records.
 * Command-line options of {@code run.sh} override the iteration counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public abstract class SizedBenchmark {

    /** The number of items per call. */
    @Param({"1000", "1000000", "10000000"})
    public int size;

    /** The seed of every data generator, so every run measures the same data. */
    static final long SEED = 20241123L;
}
