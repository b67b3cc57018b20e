package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.micrometer.InteractionRecorder;
import io.github.cxmetrics.micrometer.ResponseRecorder;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.SlaPolicy;
import io.github.cxmetrics.survey.NpsResult;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one record into the Micrometer recorders, from 1, 4 or 8 threads at once (JMH's
 * {@code -t}), against what a service would otherwise write: one core accumulator behind a
 * {@code synchronized} block, and the floor of an accumulator each thread owns (not shareable).
 * Micrometer's own {@code Counter.increment()} shows what a metric usually costs, and the clock
 * read what part of a record is the machine's {@code System.currentTimeMillis()}. Every thread
 * records the same pool of 4,096 items, each its own cursor. Average time per call in
 * nanoseconds, otherwise the settings of {@link BaseBenchmark}.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecorderBenchmark extends BaseBenchmark {

    static final int ITEMS = 4096;
    private static final Channel[] CHANNELS = {Channel.EMAIL, Channel.CHAT, Channel.PHONE,
        Channel.SOCIAL, Channel.SMS};
    private static final SlaPolicy FIRST_REPLY = SlaPolicy.builder(Milestone.FIRST_REPLY)
            .forChannel(Channel.CHAT, Duration.ofMinutes(5))
            .otherwise(Duration.ofHours(8))
            .build();

    Response[] responses;
    Interaction[] tickets;
    ResponseRecorder<NpsResult> nps;
    ResponseRecorder<NpsResult> npsByChannel;
    InteractionRecorder firstResponse;
    Accumulator<Response, NpsResult> shared;
    @SuppressWarnings("unchecked")
    final Accumulator<Response, NpsResult>[] ring = new Accumulator[24];
    final long[] ringHours = new long[24];
    Counter counter;

    /** Each thread's position in the pool, and its own accumulator for the floor. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
        final Accumulator<Response, NpsResult> own = CxMetrics.nps().accumulator();

        int index() {
            return next++ & (ITEMS - 1);
        }
    }

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(BaseBenchmark.SEED);
        Instant start = Instant.parse("2024-05-01T00:00:00Z");
        responses = new Response[ITEMS];
        tickets = new Interaction[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
            int score = random.nextInt(100) < 60 ? 8 + random.nextInt(3) : random.nextInt(11);
            Instant at = start.plusSeconds(i);
            responses[i] = Response.of("c-" + random.nextInt(100_000), "nps", score, at, channel);
            long delayMillis = (long) (60_000 * Math.exp(random.nextDouble() * 6));
            tickets[i] = Interaction.builder("t-" + i, "c-" + i, channel, at)
                    .firstReplyAt(at.plusMillis(delayMillis)).build();
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps()).build();
        npsByChannel = ResponseRecorder.nps("cx.nps.channel", CxMetrics.nps())
                .tag("channel", r -> r.channel().name()).build();
        firstResponse = InteractionRecorder
                .durations("cx.first.response", CxMetrics.firstResponseTime().approximate(3))
                .sla(CxMetrics.slaAttainment(FIRST_REPLY))
                .tag("channel", t -> t.channel().name())
                .build();
        nps.bindTo(registry);
        npsByChannel.bindTo(registry);
        firstResponse.bindTo(registry);
        shared = CxMetrics.nps().accumulator();
        Arrays.fill(ringHours, -1);
        counter = registry.counter("responses");
    }

    /** One NPS response into an untagged recorder. */
    @Benchmark
    public void libraryNps(Cursor cursor) {
        nps.record(responses[cursor.index()]);
    }

    /** One NPS response into a recorder tagged by channel (five series). */
    @Benchmark
    public void libraryNpsByChannel(Cursor cursor) {
        npsByChannel.record(responses[cursor.index()]);
    }

    /** One ticket into first response time (HdrHistogram, 3 digits) and SLA, by channel. */
    @Benchmark
    public void libraryFirstResponseAndSla(Cursor cursor) {
        firstResponse.record(tickets[cursor.index()]);
    }

    /** One core accumulator shared by every thread behind a lock. */
    @Benchmark
    public void baselineSynchronizedAccumulator(Cursor cursor) {
        Response response = responses[cursor.index()];
        synchronized (shared) {
            shared.add(response);
        }
    }

    /**
     * What a service would write by hand for a sliding window: a ring of 24 hourly accumulators
     * behind one lock, rotated on the record that finds a new hour.
     */
    @Benchmark
    public void baselineSynchronizedWindow(Cursor cursor) {
        Response response = responses[cursor.index()];
        long hour = Clock.SYSTEM.wallTime() / 3_600_000;
        synchronized (ring) {
            int slot = (int) (hour % ring.length);
            if (ringHours[slot] != hour) {
                ring[slot] = CxMetrics.nps().accumulator();
                ringHours[slot] = hour;
            }
            ring[slot].add(response);
        }
    }

    /** The floor: each thread adds to its own accumulator, which no reader could see. */
    @Benchmark
    public void baselineOwnAccumulator(Cursor cursor) {
        cursor.own.add(responses[cursor.index()]);
    }

    /**
     * The clock read every record needs to find its bucket ({@code System.currentTimeMillis()}):
     * its cost depends on the machine's clock source.
     */
    @Benchmark
    public long baselineClockRead() {
        return Clock.SYSTEM.wallTime();
    }

    /** Micrometer's own counter, for scale. */
    @Benchmark
    public void baselineMicrometerCounter(Cursor cursor) {
        cursor.index();
        counter.increment();
    }
}
