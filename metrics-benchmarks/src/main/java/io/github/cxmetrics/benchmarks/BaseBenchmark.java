package io.github.cxmetrics.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark shares: average time per call, one fork with a heap large enough
 * for 10 million records. Command-line options of {@code run.sh} override the iteration counts.
 * Subclasses declare a {@code size} parameter, the number of items per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public abstract class BaseBenchmark {

    /** The seed of every data generator, so every run measures the same data. */
    static final long SEED = 20241123L;
}
