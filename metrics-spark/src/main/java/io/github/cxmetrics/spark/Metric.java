package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.stats.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * One metric of the Spark functions, resolved from its {@link MetricSpec}: the core's calculator
 * whose accumulator is the aggregation buffer, how a row's values are added to it, and the
 * struct its result becomes. Immutable and thread-safe; one instance per spec and JVM.
 */
abstract class Metric {

    /** Resolved metrics by spec; bounded, as specs may come from untrusted state bytes. */
    private static final Map<MetricSpec, Metric> RESOLVED = new ConcurrentHashMap<>();
    private static final int MAX_RESOLVED = 256;

    private final MetricSpec spec;
    private final StructType schema;
    private final List<String> optionNames;

    /**
     * @param schema the struct of a result
     * @param optionNames the names of the options of the spec this metric reads
     */
    Metric(MetricSpec spec, StructType schema, String... optionNames) {
        this.spec = spec;
        this.schema = schema;
        this.optionNames = List.of(optionNames);
    }

    /**
     * Returns the metric of a spec.
     *
     * @throws IllegalArgumentException if the spec names no metric or has options it does not
     *     take or cannot read
     */
    static Metric of(MetricSpec spec) {
        Metric metric = RESOLVED.get(spec);
        if (metric == null) {
            metric = create(spec);
            if (RESOLVED.size() < MAX_RESOLVED) {
                RESOLVED.putIfAbsent(spec, metric);
            }
        }
        return metric;
    }

    private static Metric create(MetricSpec spec) {
        Metric metric = switch (spec.metric()) {
            case NpsMetric.NAME -> new NpsMetric(spec);
            case TopBoxMetric.NAME -> new TopBoxMetric(spec);
            case DurationMetric.NAME -> new DurationMetric(spec);
            case SlaMetric.NAME -> new SlaMetric(spec);
            case FcrMetric.NAME -> new FcrMetric(spec);
            default -> throw new IllegalArgumentException("unknown metric '" + spec.metric()
                    + "': a state of a newer cxmetrics, or not a state of cxmetrics");
        };
        Map<String, String> unknown = spec.unknownOptions(metric.optionNames());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("metric " + spec.metric()
                    + " has no options " + unknown.keySet());
        }
        return metric;
    }

    final MetricSpec spec() {
        return spec;
    }

    /** Returns the names of the options this metric reads. */
    final List<String> optionNames() {
        return optionNames;
    }

    /** Returns the core calculator; the same instance for the metric's lifetime. */
    abstract Calculator<?, ?> calculator();

    /**
     * Returns the SQL function that gives this metric's struct, as messages name it:
     * {@code cx_top_box_result} for {@code top-box}.
     */
    final String resultFunction() {
        return "cx_" + spec.metric().replace('-', '_') + "_result";
    }

    /** Returns the schema of the struct of a result. */
    final StructType schema() {
        return schema;
    }

    /** Returns the struct of a result of the calculator. */
    abstract Row row(Object result);

    final Accumulator<?, ?> newAccumulator() {
        return calculator().accumulator();
    }

    /** Reads the core's part of a state with this metric's calculator (checked by the core). */
    final Accumulator<?, ?> decode(byte[] core) {
        return calculator().accumulatorFrom(core);
    }

    /** Adds a score and its weight; {@code NO_SCORE} for an unanswered question. */
    void addScore(Accumulator<?, ?> accumulator, int score, double weight) {
        throw wrongInput("a score");
    }

    /** Adds an interval of two instants; {@code end} null for one still open. */
    void addInterval(Accumulator<?, ?> accumulator, Instant start, Instant end) {
        throw wrongInput("two instants");
    }

    /** Adds the outcome of an interaction: solved now, its reopens and public replies. */
    void addOutcome(Accumulator<?, ?> accumulator, boolean solved, int reopens, int replies) {
        throw wrongInput("an outcome");
    }

    private IllegalStateException wrongInput(String what) {
        return new IllegalStateException("metric " + spec + " does not take " + what);
    }

    /** The accumulator as its calculator's own type; every accumulator here is one of it. */
    @SuppressWarnings("unchecked")
    static <T, R> Accumulator<T, R> typed(Accumulator<?, ?> accumulator) {
        return (Accumulator<T, R>) accumulator;
    }

    /** A statistic that is undefined for the result (empty input) is a SQL null. */
    static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    static Double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    /** The lower and upper bound of an interval, or two nulls when there is none. */
    static Double[] bounds(Interval interval) {
        return interval == null ? new Double[2]
                : new Double[] {interval.lower(), interval.upper()};
    }

    @Override
    public final String toString() {
        return spec.toString();
    }
}
