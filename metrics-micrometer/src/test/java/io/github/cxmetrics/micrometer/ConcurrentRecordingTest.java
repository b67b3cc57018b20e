package io.github.cxmetrics.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.survey.NpsResult;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Many threads record at once while the window rotates and scrapes seal buckets: afterwards the
 * counts equal what was recorded, exactly. The window is long enough that nothing expires.
 */
class ConcurrentRecordingTest {

    private static final int THREADS = 16;
    private static final int PER_THREAD = 25_000;
    private static final Channel[] CHANNELS = {Channel.EMAIL, Channel.CHAT, Channel.PHONE};

    /** A clock the test moves from its own thread (MockClock is not meant to be shared). */
    private static final class SharedClock implements Clock {
        final AtomicLong millis = new AtomicLong(1_000_000);

        @Override
        public long wallTime() {
            return millis.get();
        }

        @Override
        public long monotonicTime() {
            return TimeUnit.MILLISECONDS.toNanos(millis.get());
        }
    }

    @Test
    void concurrentRecords_areAllCounted_acrossRotationsAndScrapes() throws Exception {
        SharedClock clock = new SharedClock();
        SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        // 100 buckets of 1 s; the clock moves at most 60 s, so every record stays in the window.
        ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps())
                .clock(clock).window(Duration.ofSeconds(100), 100).stripes(2)
                .snapshotInterval(Duration.ZERO)
                .tag("channel", r -> r.channel().name())
                .build();
        nps.bindTo(registry);
        InteractionRecorder frt = InteractionRecorder
                .durations("cx.frt", CxMetrics.firstResponseTime().approximate(2))
                .sla(CxMetrics.slaAttainment(Policies.FIRST_REPLY))
                .clock(clock).window(Duration.ofSeconds(100), 100).stripes(4)
                .snapshotInterval(Duration.ZERO)
                .build();
        frt.bindTo(registry);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean recording = new AtomicBoolean(true);
        AtomicLong recorded = new AtomicLong();
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < PER_THREAD; i++) {
                    Channel channel = CHANNELS[(thread + i) % CHANNELS.length];
                    nps.record(Items.nps(i % 11, channel));
                    frt.record(Items.answeredAfter(Duration.ofMinutes(i % 120), channel));
                    recorded.incrementAndGet();
                }
                return null;
            }));
        }
        Future<?> rotator = pool.submit(() -> {
            start.await();
            // A rotation each sixty-first of the records: paced by the writers' progress, so
            // buckets turn while they record on any machine.
            long total = (long) THREADS * PER_THREAD;
            for (int step = 0; step < 60 && recording.get(); step++) {
                while (recorded.get() < (step + 1) * total / 61 && recording.get()) {
                    Thread.onSpinWait();
                }
                clock.millis.addAndGet(1_000);
            }
            return null;
        });
        Future<?> scraper = pool.submit(() -> {
            start.await();
            long scrapes = 0;
            while (recording.get()) {
                registry.getMeters().forEach(m -> m.measure().forEach(x -> { }));
                scrapes++;
            }
            return scrapes;
        });
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        recording.set(false);
        rotator.get(1, TimeUnit.MINUTES);
        assertTrue((Long) scraper.get(1, TimeUnit.MINUTES) > 0);
        pool.shutdown();

        // What each channel received, counted the same way, one thread, one pass.
        long total = 0;
        for (Channel channel : CHANNELS) {
            List<Response> expected = new ArrayList<>();
            List<Interaction> tickets = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                for (int i = 0; i < PER_THREAD; i++) {
                    if (CHANNELS[(thread + i) % CHANNELS.length].equals(channel)) {
                        expected.add(Items.nps(i % 11, channel));
                        tickets.add(Items.answeredAfter(Duration.ofMinutes(i % 120), channel));
                    }
                }
            }
            NpsResult result = nps.result(channel.name());
            assertEquals(CxMetrics.nps().compute(expected), result);
            assertEquals(expected.size(), registry.get("cx.nps.responses")
                    .tags("channel", channel.name()).gauge().value());
            total += result.count();
        }
        assertEquals((long) THREADS * PER_THREAD, total);
        DurationResult durations = frt.durations();
        assertEquals((long) THREADS * PER_THREAD, durations.count());
        assertEquals((long) THREADS * PER_THREAD, registry.get("cx.frt.interactions").gauge().value());
        assertEquals((long) THREADS * PER_THREAD, frt.sla().count());
    }
}
