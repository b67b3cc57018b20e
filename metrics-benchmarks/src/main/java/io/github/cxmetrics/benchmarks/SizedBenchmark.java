package io.github.cxmetrics.benchmarks;

import org.openjdk.jmh.annotations.Param;

/** A benchmark over 1,000, 1,000,000 and 10,000,000 items per call. */
public abstract class SizedBenchmark extends BaseBenchmark {

    /** The number of items per call. */
    @Param({"1000", "1000000", "10000000"})
    public int size;
}
