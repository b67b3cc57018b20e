package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.SlaPolicy;
import io.github.cxmetrics.survey.Duplicates;
import io.github.cxmetrics.value.CustomerPurchases;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The cost of the binary form: {@code toByteArray()} and {@code accumulatorFrom(bytes)} of one
 * accumulator state, per kind of state. Each state holds {@code size} items; counting states
 * (NPS, its groups, approximate durations, SLA, lifetime value) have a size that does not grow
 * with them, the others (exact durations, latest answers, kept open interactions, RFM) do.
 * {@link #sizeOf} gives the bytes of each state, as docs/benchmarks.md lists them.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BinaryFormBenchmark extends BaseBenchmark {

    /** The kind of state. */
    @Param({"nps", "npsByChannelByMonth", "npsKeepLatest", "durationsExact",
            "durationsApproximate", "slaKeepOpen", "lifetimeValue", "rfm"})
    public String state;

    /** The number of items accumulated into the state. */
    @Param({"10000"})
    public int size;

    private Calculator<Object, Object> calculator;
    private Accumulator<Object, Object> accumulator;
    private byte[] bytes;

    @Setup(Level.Trial)
    public void fill() {
        fill(state, size);
    }

    @SuppressWarnings("unchecked")
    void fill(String kind, int items) {
        Calculator<?, ?> c;
        List<?> data;
        switch (kind) {
            case "nps" -> {
                c = CxMetrics.nps();
                data = SurveyData.npsResponses(items, SEED);
            }
            case "npsByChannelByMonth" -> {
                c = CxMetrics.nps().groupBy(Response::channel)
                        .byPeriod(ChronoUnit.MONTHS, ZoneOffset.UTC);
                data = SurveyData.npsResponses(items, SEED);
            }
            case "npsKeepLatest" -> {
                c = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST);
                data = SurveyData.npsResponses(items, SEED);
            }
            case "durationsExact" -> {
                c = CxMetrics.firstResponseTime();
                data = SupportData.interactions(items, SEED);
            }
            case "durationsApproximate" -> {
                c = CxMetrics.firstResponseTime().approximate(3);
                data = SupportData.interactions(items, SEED);
            }
            case "slaKeepOpen" -> {
                c = CxMetrics.slaAttainment(SlaPolicy.builder(Milestone.FIRST_REPLY)
                        .otherwise(Duration.ofHours(1)).build()).keepOpen()
                        .groupBy(Interaction::channel);
                data = SupportData.interactions(items, SEED);
            }
            case "lifetimeValue" -> {
                ValueData.Data value = ValueData.generate(items, SEED);
                c = CxMetrics.lifetimeValue().asOf(ValueData.END);
                data = CustomerPurchases.join(value.customers(), value.purchases());
            }
            case "rfm" -> {
                c = CxMetrics.lifetimeValue().rfm(ChronoUnit.WEEKS, LocalDate.of(2024, 6, 30));
                data = ValueData.generate(items, SEED).purchases();
            }
            default -> throw new IllegalArgumentException("unknown state: " + kind);
        }
        calculator = (Calculator<Object, Object>) c;
        accumulator = calculator.accumulator();
        accumulator.addAll((List<Object>) data);
        bytes = accumulator.toByteArray();
    }

    /** Returns the bytes of a state of {@code kind} over {@code items} items. */
    static int sizeOf(String kind, int items) {
        BinaryFormBenchmark b = new BinaryFormBenchmark();
        b.fill(kind, items);
        return b.bytes.length;
    }

    @Benchmark
    public byte[] encode() {
        return accumulator.toByteArray();
    }

    @Benchmark
    public Accumulator<Object, Object> decode() {
        return calculator.accumulatorFrom(bytes);
    }

    /** Prints the size of every state, for docs/benchmarks.md. */
    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        for (String kind : new String[] {"nps", "npsByChannelByMonth", "npsKeepLatest",
                "durationsExact", "durationsApproximate", "slaKeepOpen", "lifetimeValue", "rfm"}) {
            System.out.printf("%-22s %,10d bytes for %,d items%n", kind, sizeOf(kind, items),
                    items);
        }
    }
}
