package io.github.cxmetrics.support;

import static io.github.cxmetrics.CalculatorProperties.assertParallelEqualsSequential;
import static io.github.cxmetrics.CalculatorProperties.shuffled;
import static io.github.cxmetrics.CalculatorProperties.splitAndMergeEqualsOnePass;
import static io.github.cxmetrics.Theories.anyLong;
import static io.github.cxmetrics.Theories.listsOf;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.api.Tuple3;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the support metrics over generated interactions. */
class SupportProperties {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<Channel> CHANNELS =
            List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.of("whatsapp"));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 30))
            .weekdays(LocalTime.of(13, 30), LocalTime.of(18, 0))
            .hours(java.time.DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(4, 0))
            .holiday(java.time.LocalDate.of(2024, 3, 29))
            .holiday(java.time.LocalDate.of(2024, 4, 1))
            .build();
    private static final SlaPolicy SLA = SlaPolicy.builder(Milestone.FIRST_REPLY)
            .forChannel(Channel.CHAT, Duration.ofHours(1))
            .forChannel(Channel.EMAIL, Duration.ofHours(24))
            .forChannelAndPriority(Channel.EMAIL, "urgent", Duration.ofHours(4))
            .forPriority("high", Duration.ofHours(8))
            .build();

    /** Where an interaction is in its life: open, answered, solved, reopened… */
    private enum State { OPEN, ANSWERED, SOLVED, REOPENED_OPEN, REOPENED_SOLVED }

    /**
     * Interactions opened over 120 days, with every combination of events, durations from a
     * millisecond to weeks (skewed like real response times), and call durations on phone.
     */
    static Gen<List<Interaction>> interactions() {
        Gen<Long> delay = Generate.oneOf(
                longs().between(0, 5_000),
                longs().between(0, 3_600_000),
                longs().between(0, 21L * 24 * 3_600_000));
        Gen<Tuple3<Long, Long, Long>> delays = delay.zip(delay, delay, Tuple3::of);
        Gen<Interaction> interaction = longs().between(0, 120L * 24 * 3_600_000).zip(
                arbitrary().pick(CHANNELS),
                arbitrary().enumValues(State.class),
                delays,
                integers().between(0, 3).zip(arbitrary().pick("low", "high", "urgent", "none"),
                        Pair::of),
                (openedMs, channel, state, d, extra) -> interaction(openedMs, channel, state,
                        d._1, d._2, d._3, extra._1, extra._2));
        return listsOf(interaction, 0, 150);
    }

    private static Interaction interaction(long openedMs, Channel channel, State state, long d1,
            long d2, long d3, int extra, String priority) {
        Instant opened = START.plusMillis(openedMs);
        Interaction.Builder b = Interaction.builder("t" + openedMs + state, "c", channel,
                opened).agent("a" + extra);
        if (!priority.equals("none")) {
            b.priority(priority);
        }
        Instant reply = opened.plusMillis(d1);
        switch (state) {
            case OPEN -> { }
            case ANSWERED -> b.firstReplyAt(reply).publicReplies(1 + extra);
            case SOLVED -> b.firstReplyAt(reply).publicReplies(1 + extra)
                    .solvedAt(reply.plusMillis(d2));
            case REOPENED_OPEN -> b.firstSolvedAt(opened.plusMillis(d2))
                    .reopens(1 + extra);
            case REOPENED_SOLVED -> b.firstReplyAt(reply).publicReplies(1 + extra)
                    .firstSolvedAt(reply).reopens(1 + extra)
                    .lastSolvedAt(reply.plusMillis(d2 + d3));
        }
        if (channel.equals(Channel.PHONE)) {
            b.talkTime(Duration.ofMillis(d1 % 3_600_000))
                    .holdTime(Duration.ofMillis(d2 % 600_000))
                    .afterCallWork(Duration.ofMillis(d3 % 300_000));
        }
        return b.build();
    }

    private static List<Calculator<Interaction, ?>> calculators() {
        return List.of(
                CxMetrics.firstResponseTime(),
                CxMetrics.firstResponseTime().approximate(2),
                CxMetrics.firstResolutionTime().inBusinessTime(OFFICE),
                CxMetrics.fullResolutionTime().approximate(3).inBusinessTime(OFFICE),
                CxMetrics.handleTime().withAfterCallWork(),
                CxMetrics.firstContactResolution(),
                CxMetrics.reopenRate(),
                CxMetrics.slaAttainment(SLA).asOf(START.plus(Duration.ofDays(140))),
                CxMetrics.slaAttainment(SLA).inBusinessTime(OFFICE),
                CxMetrics.firstResponseTime().groupBy(Interaction::channel),
                CxMetrics.fullResolutionTime().approximate(1)
                        .byPeriod(ChronoUnit.WEEKS, ZoneId.of("America/New_York")),
                CxMetrics.slaAttainment(SLA).groupBy((Interaction i) -> i.agentOr("(none)"))
                        .byPeriod(ChronoUnit.MONTHS, BERLIN));
    }

    @Test
    void everyCalculator_isIndependentOfInputOrder() {
        qt().forAll(interactions(), anyLong()).checkAssert((list, seed) -> {
            List<Interaction> shuffled = shuffled(list, seed);
            for (Calculator<Interaction, ?> calculator : calculators()) {
                assertEquals(calculator.compute(list), calculator.compute(shuffled), calculator::toString);
            }
        });
    }

    @Test
    void splitAndMerge_equalsOnePass() {
        splitAndMergeEqualsOnePass(interactions(), 150, calculators());
    }

    @Test
    void parallelStream_equalsSequential() {
        qt().forAll(interactions()).checkAssert(list -> {
            for (Calculator<Interaction, ?> calculator : calculators()) {
                assertParallelEqualsSequential(calculator, list);
            }
        });
    }

    @Test
    void plus_isAssociativeAndCommutative() {
        qt().forAll(interactions(), interactions(), interactions()).checkAssert((a, b, c) -> {
            for (ElapsedTimeCalculator calc : List.of(CxMetrics.firstResponseTime(),
                    CxMetrics.firstResponseTime().approximate(2))) {
                DurationResult ra = calc.compute(a);
                DurationResult rb = calc.compute(b);
                DurationResult rc = calc.compute(c);
                assertEquals(ra.plus(rb).plus(rc), ra.plus(rb.plus(rc)));
                assertEquals(ra.plus(rb), rb.plus(ra));
            }
            SlaCalculator sla = CxMetrics.slaAttainment(SLA);
            assertEquals(sla.compute(a).plus(sla.compute(b)), sla.compute(b).plus(sla.compute(a)));
            ShareCalculator fcr = CxMetrics.firstContactResolution();
            assertEquals(fcr.compute(a).plus(fcr.compute(b)).plus(fcr.compute(c)),
                    fcr.compute(a).plus(fcr.compute(b).plus(fcr.compute(c))));
        });
    }

    @Test
    void groups_addUpToTheWhole() {
        qt().forAll(interactions()).checkAssert(list -> {
            ElapsedTimeCalculator frt = CxMetrics.firstResponseTime();
            DurationResult whole = frt.compute(list);
            Map<Channel, DurationResult> byChannel = frt.groupBy(Interaction::channel).compute(list);
            SortedMap<CalendarPeriod, DurationResult> byMonth =
                    frt.byPeriod(ChronoUnit.MONTHS, BERLIN).compute(list);
            DurationResult empty = frt.compute(List.of());
            assertEquals(whole, byChannel.values().stream().reduce(empty, DurationResult::plus));
            assertEquals(whole, byMonth.values().stream().reduce(empty, DurationResult::plus));
        });
    }

    @Test
    void durations_agreeWithANaiveReferenceThatSorts() {
        qt().forAll(interactions(), integers().between(0, 100), integers().between(0, 200))
                .checkAssert((list, p, thresholdMinutes) -> {
            List<Long> values = new ArrayList<>();
            long open = 0;
            long skipped = 0;
            for (Interaction i : list) {
                if (i.firstReplyAt() == null && i.isCall()) {
                    skipped++;                          // a call without an answer time
                } else if (i.firstReplyAt() == null) {
                    open++;
                } else {
                    values.add(i.firstReplyAt().toEpochMilli() - i.openedAt().toEpochMilli());
                }
            }
            Collections.sort(values);
            DurationResult r = CxMetrics.firstResponseTime().compute(list);
            assertEquals(values.size(), r.count());
            assertEquals(open, r.open());
            assertEquals(skipped, r.skipped());
            if (values.isEmpty()) {
                assertTrue(r.isEmpty());
                return;
            }
            int n = values.size();
            long rank = Math.max(1, ((long) p * n + 99) / 100);      // ⌈p·n / 100⌉ in integers
            assertEquals(Duration.ofMillis(values.get((int) rank - 1)), r.percentile(p));
            assertEquals(Duration.ofMillis(values.get(0)), r.min());
            assertEquals(Duration.ofMillis(values.get(n - 1)), r.max());
            long sum = values.stream().mapToLong(Long::longValue).sum();
            assertEquals(Duration.ofMillis(sum), r.sum());
            // sum / n truncated to the nanosecond, in exact integers
            assertEquals(Duration.ofNanos(sum * 1_000_000 / n), r.mean());
            long limit = thresholdMinutes * 60_000L;
            long within = values.stream().filter(v -> v <= limit).count();
            assertEquals(within, r.countWithin(Duration.ofMinutes(thresholdMinutes)));
            assertEquals(100.0 * within / n, r.shareWithin(Duration.ofMinutes(thresholdMinutes)), 1e-9);
        });
    }

    @Test
    void percentiles_areMonotone() {
        qt().forAll(interactions(), integers().between(0, 100), integers().between(0, 100))
                .checkAssert((list, p, q) -> {
            for (DurationResult r : List.of(CxMetrics.fullResolutionTime().compute(list),
                    CxMetrics.fullResolutionTime().approximate(2).compute(list),
                    CxMetrics.handleTime().approximate(1).compute(list))) {
                if (r.isEmpty()) {
                    continue;
                }
                assertTrue(r.min().compareTo(r.median()) <= 0);
                assertTrue(r.median().compareTo(r.p90()) <= 0);
                assertTrue(r.p90().compareTo(r.p95()) <= 0);
                assertTrue(r.p95().compareTo(r.max()) <= 0);
                assertTrue(r.min().compareTo(r.mean()) <= 0 && r.mean().compareTo(r.max()) <= 0);
                Duration low = r.percentile(Math.min(p, q));
                Duration high = r.percentile(Math.max(p, q));
                assertTrue(low.compareTo(high) <= 0, () -> low + " > " + high);
            }
        });
    }

    @Test
    void approximate_agreesWithExactWithinItsPrecision() {
        qt().forAll(interactions(), integers().between(1, 4), integers().between(0, 100),
                integers().between(0, 100_000)).checkAssert((list, digits, p, thresholdSeconds) -> {
            DurationResult exact = CxMetrics.firstResolutionTime().compute(list);
            DurationResult approx = CxMetrics.firstResolutionTime().approximate(digits).compute(list);
            assertEquals(exact.count(), approx.count());
            assertEquals(exact.open(), approx.open());
            assertEquals(exact.sum(), approx.sum());
            if (exact.isEmpty()) {
                return;
            }
            assertEquals(exact.mean(), approx.mean());
            assertEquals(exact.min(), approx.min());
            assertEquals(exact.max(), approx.max());
            double precision = Math.pow(10, -digits);
            long e = exact.percentile(p).toMillis();
            long a = approx.percentile(p).toMillis();
            assertTrue(a >= e && a <= e + e * precision, () -> "exact " + e + ", approximate " + a);
            Duration t = Duration.ofSeconds(thresholdSeconds);
            long atOrBelow = exact.countWithin(t);
            long approxCount = approx.countWithin(t);
            long widened = exact.countWithin(Duration.ofMillis((long) (t.toMillis() * (1 + precision))));
            assertTrue(atOrBelow <= approxCount && approxCount <= widened,
                    () -> atOrBelow + " " + approxCount + " " + widened);
        });
    }

    @Test
    void businessTime_isAtMostCalendarTime() {
        qt().forAll(interactions()).checkAssert(list -> {
            DurationResult calendar = CxMetrics.fullResolutionTime().compute(list);
            DurationResult business = CxMetrics.fullResolutionTime().inBusinessTime(OFFICE).compute(list);
            assertEquals(calendar.count(), business.count());
            assertEquals(calendar.open(), business.open());
            assertTrue(business.sum().compareTo(calendar.sum()) <= 0);
            if (!calendar.isEmpty()) {
                assertTrue(business.max().compareTo(calendar.max()) <= 0);
                assertTrue(business.median().compareTo(calendar.median()) <= 0);
            }
            DurationResult always = CxMetrics.fullResolutionTime()
                    .inBusinessTime(BusinessCalendar.alwaysOpen(BERLIN)).compute(list);
            assertEquals(calendar.sum(), always.sum());
            if (!calendar.isEmpty()) {
                assertEquals(calendar.median(), always.median());
            }
        });
    }

    @Test
    void shares_agreeWithANaiveReference() {
        qt().forAll(interactions()).checkAssert(list -> {
            // first contact resolution: of the solved, those never reopened with at most one
            // reply; reopen rate: of those ever solved, the reopened
            List<Interaction> solved = list.stream().filter(i -> i.lastSolvedAt() != null).toList();
            long oneTouch = solved.stream()
                    .filter(i -> i.reopens() == 0 && i.publicReplies() <= 1).count();
            List<Interaction> ever = list.stream().filter(i -> i.firstSolvedAt() != null).toList();
            long reopened = ever.stream().filter(i -> i.reopens() > 0).count();
            ShareResult fcr = CxMetrics.firstContactResolution().compute(list);
            ShareResult reopens = CxMetrics.reopenRate().compute(list);
            assertEquals(oneTouch, fcr.hits());
            assertEquals(solved.size(), fcr.count());
            assertEquals(list.size() - solved.size(), fcr.outside());
            assertEquals(reopened, reopens.hits());
            assertEquals(ever.size(), reopens.count());
            if (!solved.isEmpty()) {
                assertTrue(fcr.confidenceInterval(0.95).contains(fcr.share()));
            }
        });
    }

    @Test
    void sla_agreesWithANaiveReferenceAndPartitionsTheInput() {
        qt().forAll(interactions(), integers().between(0, 130)).checkAssert((list, asOfDay) -> {
            Instant asOf = START.plus(Duration.ofDays(asOfDay));
            List<Interaction> known = list.stream().filter(i -> !i.openedAt().isAfter(asOf)).toList();
            long[] naive = new long[6];
            for (Interaction i : known) {
                Duration target = naiveTarget(i);
                if (target == null) {
                    naive[5]++;
                    continue;
                }
                Instant reply = i.firstReplyAt();
                if (reply != null && !reply.isAfter(asOf)) {
                    naive[Duration.between(i.openedAt(), reply).compareTo(target) <= 0 ? 0 : 1]++;
                } else {
                    naive[Duration.between(i.openedAt(), asOf).compareTo(target) > 0 ? 2 : 3]++;
                }
            }
            SlaResult r = CxMetrics.slaAttainment(SLA).asOf(asOf).compute(known);
            assertEquals(naive[0], r.met());
            assertEquals(naive[1], r.breached());
            assertEquals(naive[2], r.openBreached());
            assertEquals(naive[3], r.openWithinTarget());
            assertEquals(0, r.openUnknown());
            assertEquals(naive[5], r.noTarget());
            assertEquals(known.size(), r.count() + r.noTarget());
            if (r.decided() > 0) {
                assertEquals(100.0, r.attainment() + r.breachShare(), 1e-9);
                assertTrue(r.openBreachedShare() <= r.breachShare());
            }
        });
    }

    /** The policy's target, looked up by hand: channel and priority, priority, channel. */
    private static Duration naiveTarget(Interaction i) {
        if (Channel.EMAIL.equals(i.channel()) && "urgent".equals(i.priority())) {
            return Duration.ofHours(4);
        }
        if ("high".equals(i.priority())) {
            return Duration.ofHours(8);
        }
        if (Channel.CHAT.equals(i.channel())) {
            return Duration.ofHours(1);
        }
        if (Channel.EMAIL.equals(i.channel())) {
            return Duration.ofHours(24);
        }
        return null;
    }

    @Test
    void handleTime_agreesWithTheSeedFormula() {
        qt().forAll(interactions()).checkAssert(list -> {
            // a call is an interaction with a talk or a hold time; a missing one counts as 0
            List<Interaction> calls = list.stream()
                    .filter(i -> i.talkTime() != null || i.holdTime() != null).toList();
            long talkAndHold = calls.stream()
                    .mapToLong(i -> millisOrZero(i.talkTime()) + millisOrZero(i.holdTime())).sum();
            DurationResult aht = CxMetrics.handleTime().compute(list);
            assertEquals(calls.size(), aht.count());
            assertEquals(list.size() - calls.size(), aht.skipped());
            if (!calls.isEmpty()) {
                // (total talk + total hold) / number of calls
                assertEquals(Duration.ofNanos(talkAndHold * 1_000_000 / calls.size()), aht.mean());
            }
        });
    }

    private static long millisOrZero(Duration d) {
        return d == null ? 0 : d.toMillis();
    }

    @Test
    void exactSample_growsAndMergesBeyondItsFirstCapacity() {
        qt().forAll(integers().between(0, 300), integers().between(0, 300)).checkAssert((n, m) -> {
            DurationSample a = DurationSample.of(0);
            DurationSample b = DurationSample.of(0);
            long[] all = new long[n + m];
            for (int i = 0; i < n + m; i++) {
                all[i] = (i * 7919L) % 1000;
                (i < n ? a : b).add(all[i]);
            }
            a.merge(b);
            Arrays.sort(all);
            DurationResult r = a.snapshot("x", 0, 0);
            assertEquals(n + m, r.count());
            if (n + m > 0) {
                assertEquals(Duration.ofMillis(all[all.length - 1]), r.max());
                assertEquals(Duration.ofMillis(all[0]), r.min());
            }
        });
    }
}
