package io.github.cxmetrics.support;

import static io.github.cxmetrics.support.Tickets.T0;
import static io.github.cxmetrics.support.Tickets.answeredAfter;
import static io.github.cxmetrics.support.Tickets.unanswered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElapsedTimeCalculatorTest {

    /** First replies after 1, 2, …, 9 and 100 minutes, and two unanswered requests. */
    private static List<Interaction> tenAnsweredTwoOpen() {
        List<Interaction> list = new ArrayList<>(answeredAfter(1, 2, 3, 4, 5, 6, 7, 8, 9, 100));
        list.add(unanswered());
        list.add(unanswered());
        return list;
    }

    @Test
    void callsAreAnsweredWhenPickedUp_andWithoutAnAnswerTimeAreNotApplicable() {
        Interaction pickedUp = Interaction.builder("call-1", "c", Channel.PHONE, T0)
                .firstReplyAt(T0.plusSeconds(45)).talkTime(Duration.ofMinutes(5)).build();
        Interaction noAnswerTime = Interaction.builder("call-2", "c", Channel.PHONE, T0)
                .talkTime(Duration.ofMinutes(12)).holdTime(Duration.ofMinutes(2)).build();
        DurationResult frt = CxMetrics.firstResponseTime()
                .compute(List.of(pickedUp, noAnswerTime, unanswered()));
        assertEquals(1, frt.count());
        assertEquals(Duration.ofSeconds(45), frt.median());
        assertEquals(1, frt.open());        // the email, not the call
        assertEquals(1, frt.skipped());     // the call without an answer time
        // the resolution times still apply to the call
        assertEquals(2, CxMetrics.fullResolutionTime().compute(List.of(pickedUp, noAnswerTime))
                .open());
        assertFalse(Milestone.FIRST_REPLY.appliesTo(noAnswerTime));
        assertTrue(Milestone.FIRST_REPLY.appliesTo(pickedUp));
        assertTrue(Milestone.FULL_RESOLUTION.appliesTo(noAnswerTime));
    }

    @Test
    void firstResponseTime_handComputed() {
        DurationResult r = CxMetrics.firstResponseTime().compute(tenAnsweredTwoOpen());
        assertEquals(10, r.count());
        assertEquals(2, r.open());
        assertEquals(0, r.skipped());
        assertTrue(r.isExact());
        // mean (45 + 100) / 10 = 14.5 minutes
        assertEquals(Duration.ofSeconds(870), r.mean());
        assertEquals(Duration.ofMinutes(145), r.sum());
        // nearest rank: median rank ⌈5⌉ = 5, p90 rank 9, p95 rank ⌈9.5⌉ = 10
        assertEquals(Duration.ofMinutes(5), r.median());
        assertEquals(Duration.ofMinutes(9), r.p90());
        assertEquals(Duration.ofMinutes(100), r.p95());
        assertEquals(Duration.ofMinutes(1), r.min());
        assertEquals(Duration.ofMinutes(100), r.max());
        assertEquals(90.0, r.shareWithin(Duration.ofHours(1)), 1e-12);
        assertEquals(5, r.countWithin(Duration.ofMinutes(5)));
        assertEquals(4, r.countWithin(Duration.ofSeconds(299)));
        assertEquals(0, r.countWithin(Duration.ZERO));
        assertEquals(10, r.countWithin(Duration.ofDays(365_000_000)));
        assertEquals("first response time: n=10 (open 2), mean PT14M30S, median PT5M, p90 PT9M,"
                + " max PT1H40M", r.toString());
    }

    @Test
    void resolutionTime_isTheFullResolutionTime() {
        assertEquals(CxMetrics.fullResolutionTime(), CxMetrics.resolutionTime());
        assertEquals(CxMetrics.fullResolutionTime().compute(tenAnsweredTwoOpen()),
                CxMetrics.resolutionTime().compute(tenAnsweredTwoOpen()));
    }

    @Test
    void percentile_isTheNearestRank() {
        // 10, 20, 30, 40 minutes: rank ⌈p/100 · 4⌉.
        DurationResult r = CxMetrics.firstResponseTime().compute(answeredAfter(40, 10, 30, 20));
        assertEquals(Duration.ofMinutes(10), r.percentile(0));
        assertEquals(Duration.ofMinutes(10), r.percentile(25));
        assertEquals(Duration.ofMinutes(20), r.percentile(25.0001));
        assertEquals(Duration.ofMinutes(20), r.median());
        assertEquals(Duration.ofMinutes(30), r.percentile(75));
        assertEquals(Duration.ofMinutes(40), r.p90());
        assertEquals(Duration.ofMinutes(40), r.percentile(100));
        assertEquals(Duration.ofMinutes(25), r.mean());
    }

    // The first row: 0.07 × 100 is 7.000000000000001 in doubles, yet the rank is 7.
    @ParameterizedTest(name = "the rank of p{0} of {1} is {2}")
    @CsvSource({"7, 100, 7", "90, 10, 9", "0, 10, 1", "0.1, 10, 1", "28.01, 100, 29"})
    void rank_isExactInDecimal(double p, long n, long rank) {
        assertEquals(rank, DurationResult.rank(p, n));
    }

    @Test
    void percentile_outsideRange_isRejected() {
        DurationResult r = CxMetrics.firstResponseTime().compute(answeredAfter(1));
        var e = assertThrows(IllegalArgumentException.class, () -> r.percentile(101));
        assertEquals("percentile must be in [0, 100]: 101.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.percentile(Double.NaN));
        var t = assertThrows(IllegalArgumentException.class,
                () -> r.shareWithin(Duration.ofSeconds(-1)));
        assertEquals("threshold must be >= 0: PT-1S", t.getMessage());
    }

    @Test
    void compute_onlyOpen_isEmptyAndStatisticsFail() {
        DurationResult r = CxMetrics.firstResponseTime().compute(List.of(unanswered(), unanswered()));
        assertTrue(r.isEmpty());
        assertEquals(0, r.count());
        assertEquals(2, r.open());
        assertEquals(Duration.ZERO, r.sum());
        var e = assertThrows(IllegalStateException.class, r::mean);
        assertEquals("first response time is undefined for an empty result: nothing measured"
                + " (open: 2, skipped: 0)", e.getMessage());
        assertThrows(IllegalStateException.class, r::median);
        assertThrows(IllegalStateException.class, r::min);
        assertThrows(IllegalStateException.class, r::max);
        assertThrows(IllegalStateException.class, () -> r.shareWithin(Duration.ofHours(1)));
        assertEquals(0, r.countWithin(Duration.ofHours(1)));
        assertEquals("first response time: empty (open 2)", r.toString());
        assertTrue(CxMetrics.firstResponseTime().compute(List.of()).isEmpty());
    }

    @Test
    void resolutionTimes_firstAndFull_differAfterAReopen() {
        Interaction reopened = Interaction.builder("t-1", "c", Channel.EMAIL, T0)
                .firstReplyAt(T0.plusSeconds(600)).publicReplies(2)
                .firstSolvedAt(T0.plusSeconds(3600)).reopens(1)
                .lastSolvedAt(T0.plusSeconds(6 * 3600)).build();
        Interaction openAgain = Tickets.reopenedAndOpen();
        List<Interaction> list = List.of(reopened, openAgain, unanswered());
        DurationResult first = CxMetrics.firstResolutionTime().compute(list);
        DurationResult full = CxMetrics.fullResolutionTime().compute(list);
        // first solves after 1 and 2 hours; the unanswered one never solved
        assertEquals(2, first.count());
        assertEquals(1, first.open());
        assertEquals(Duration.ofMinutes(90), first.mean());
        // only the reopened-and-solved one has a last solve, after 6 hours
        assertEquals(1, full.count());
        assertEquals(2, full.open());
        assertEquals(Duration.ofHours(6), full.median());
        assertEquals("full resolution time", full.metric());
    }

    @Test
    void inBusinessTime_fridayEveningAnsweredMondayMorning_is60Minutes() {
        Interaction ticket = BerlinOffice.answeredOverTheWeekend("t-1");
        DurationResult calendar = CxMetrics.firstResponseTime().compute(List.of(ticket));
        DurationResult business = CxMetrics.firstResponseTime().inBusinessTime(BerlinOffice.OFFICE)
                .compute(List.of(ticket));
        assertEquals(Duration.ofHours(64), calendar.median());
        assertEquals(Duration.ofMinutes(60), business.median());
        assertEquals("first response time (business time)", business.metric());
    }

    @Test
    void durations_areWholeMillisecondsOfTruncatedInstants() {
        Interaction i = Interaction.builder("t-1", "c", Channel.CHAT, T0.plusNanos(900_000))
                .firstReplyAt(T0.plusNanos(2_100_000)).build();
        // 09:00:00.0009 → 0 ms, 09:00:00.0021 → 2 ms
        assertEquals(Duration.ofMillis(2), CxMetrics.firstResponseTime().compute(List.of(i)).max());
        BusinessCalendar always = BusinessCalendar.alwaysOpen(ZoneId.of("UTC"));
        assertEquals(Duration.ofMillis(2), CxMetrics.firstResponseTime().inBusinessTime(always)
                .compute(List.of(i)).max());
    }

    @Test
    void between_keepsInteractionsOpenedInTheWindow() {
        Interaction before = Interaction.builder("a", "c", Channel.EMAIL, T0.minusSeconds(1))
                .firstReplyAt(T0).build();
        Interaction inside = Tickets.answeredIn(5);
        Interaction atEnd = Interaction.opened("b", "c", Channel.EMAIL, T0.plusSeconds(3600));
        DurationResult r = CxMetrics.firstResponseTime().between(T0, T0.plusSeconds(3600))
                .compute(List.of(before, inside, atEnd));
        assertEquals(1, r.count());
        assertEquals(0, r.open());
    }

    @Test
    void groupByAndByPeriod_splitTheResult() {
        List<Interaction> list = List.of(
                Interaction.builder("1", "c", Channel.CHAT, T0).agent("ann")
                        .firstReplyAt(T0.plusSeconds(60)).build(),
                Interaction.builder("2", "c", Channel.EMAIL, T0).agent("bob")
                        .firstReplyAt(T0.plusSeconds(3600)).build(),
                Interaction.builder("3", "c", Channel.EMAIL, T0.plus(Duration.ofDays(30))).build());
        Map<Channel, DurationResult> byChannel =
                CxMetrics.firstResponseTime().groupBy(Interaction::channel).compute(list);
        assertEquals(List.of(Channel.CHAT, Channel.EMAIL), List.copyOf(byChannel.keySet()));
        assertEquals(Duration.ofMinutes(1), byChannel.get(Channel.CHAT).median());
        assertEquals(1, byChannel.get(Channel.EMAIL).open());
        Map<String, DurationResult> byAgent = CxMetrics.firstResponseTime()
                .groupBy((Interaction i) -> i.agentOr("(unassigned)")).compute(list);
        assertEquals(List.of("(unassigned)", "ann", "bob"), List.copyOf(byAgent.keySet()));
        SortedMap<CalendarPeriod, DurationResult> byMonth = CxMetrics.firstResponseTime()
                .byPeriod(ChronoUnit.MONTHS, ZoneId.of("UTC")).compute(list);
        assertEquals(List.of("2024-04", "2024-05"),
                byMonth.keySet().stream().map(Object::toString).toList());
        assertEquals(2, byMonth.get(byMonth.firstKey()).count());
        assertEquals(1, byMonth.get(byMonth.lastKey()).open());
    }

    @Test
    void approximate_keepsCountsAndExtremesExactAndPercentilesWithinPrecision() {
        List<Interaction> list = tenAnsweredTwoOpen();
        DurationResult exact = CxMetrics.firstResponseTime().compute(list);
        DurationResult approx = CxMetrics.firstResponseTime().approximate(3).compute(list);
        assertFalse(approx.isExact());
        assertEquals(3, approx.significantDigits());
        assertEquals(exact.count(), approx.count());
        assertEquals(exact.open(), approx.open());
        assertEquals(exact.mean(), approx.mean());
        assertEquals(exact.sum(), approx.sum());
        assertEquals(exact.min(), approx.min());
        assertEquals(exact.max(), approx.max());
        assertEquals(exact.percentile(0), approx.percentile(0));
        assertEquals(exact.percentile(100), approx.percentile(100));
        // 300,000 ms lies in a bucket of width 256 ms, [299,776, 300,031]: the highest value is
        // reported, within 0.1 % of the exact median.
        assertEquals(Duration.ofMillis(300_031), approx.median());
        long exactMedian = exact.median().toMillis();
        long approxMedian = approx.median().toMillis();
        assertTrue(approxMedian >= exactMedian && approxMedian <= exactMedian * 1.001);
        assertEquals(90.0, approx.shareWithin(Duration.ofHours(1)), 1e-12);
        assertTrue(approx.toString().endsWith("approximate to 3 significant digits"));
        assertNotEquals(exact, approx);
    }

    @Test
    void options_setTwice_areRejected() {
        ElapsedTimeCalculator c = CxMetrics.firstResponseTime().approximate(3)
                .between(T0, T0.plusSeconds(60))
                .inBusinessTime(BusinessCalendar.alwaysOpen(ZoneId.of("UTC")));
        var approx = assertThrows(IllegalStateException.class, () -> c.approximate(2));
        assertEquals("approximation was already set to 3 significant digits", approx.getMessage());
        var window = assertThrows(IllegalStateException.class, () -> c.between(T0, T0.plusSeconds(1)));
        assertEquals("time window was already set to [2024-04-08T09:00:00Z, 2024-04-08T09:01:00Z)",
                window.getMessage());
        var calendar = assertThrows(IllegalStateException.class,
                () -> c.inBusinessTime(BusinessCalendar.alwaysOpen(ZoneId.of("UTC"))));
        assertEquals("business calendar was already set to business hours in UTC: 24/7",
                calendar.getMessage());
        var digits = assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.firstResponseTime().approximate(6));
        assertEquals("significant digits must be in [1, 5]: 6", digits.getMessage());
        var empty = assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.firstResponseTime().between(T0, T0));
        assertEquals("from must be before to: [2024-04-08T09:00:00Z, 2024-04-08T09:00:00Z)",
                empty.getMessage());
    }

    @Test
    void calculators_areEqualByOptions() {
        assertEquals(CxMetrics.firstResponseTime().approximate(2),
                ElapsedTimeCalculator.create(Milestone.FIRST_REPLY).approximate(2));
        assertEquals(CxMetrics.firstResponseTime().hashCode(),
                ElapsedTimeCalculator.create(Milestone.FIRST_REPLY).hashCode());
        assertNotEquals(CxMetrics.firstResponseTime(), CxMetrics.firstResolutionTime());
        assertNotEquals(CxMetrics.firstResponseTime(), CxMetrics.firstResponseTime().approximate(2));
        assertEquals(Milestone.FULL_RESOLUTION, CxMetrics.fullResolutionTime().milestone());
        assertEquals("first response time, approximate to 2 significant digits",
                CxMetrics.firstResponseTime().approximate(2).toString());
    }

    @Test
    void merge_ofDifferentCalculators_isRejected() {
        Accumulator<Interaction, DurationResult> a = CxMetrics.firstResponseTime().accumulator();
        Accumulator<Interaction, DurationResult> b =
                CxMetrics.firstResponseTime().approximate(2).accumulator();
        var e = assertThrows(IllegalArgumentException.class, () -> a.merge(b));
        assertEquals("cannot merge accumulators of different calculators: first response time and"
                + " first response time, approximate to 2 significant digits", e.getMessage());
        var self = assertThrows(IllegalArgumentException.class, () -> a.merge(a));
        assertEquals("cannot merge an accumulator into itself", self.getMessage());
        var nul = assertThrows(NullPointerException.class, () -> a.add(null));
        assertEquals("interaction must not be null", nul.getMessage());
    }

    @Test
    void plus_addsSamplesExactly() {
        List<Interaction> list = tenAnsweredTwoOpen();
        for (ElapsedTimeCalculator c : List.of(CxMetrics.firstResponseTime(),
                CxMetrics.firstResponseTime().approximate(2))) {
            DurationResult whole = c.compute(list);
            DurationResult parts = c.compute(list.subList(0, 4)).plus(c.compute(list.subList(4, 12)));
            assertEquals(whole, parts);
            assertEquals(whole.hashCode(), parts.hashCode());
            assertEquals(whole, c.compute(List.of()).plus(whole));
        }
        var e = assertThrows(IllegalArgumentException.class, () -> CxMetrics.firstResponseTime()
                .compute(list).plus(CxMetrics.firstResponseTime().approximate(2).compute(list)));
        assertEquals("cannot add results of different metrics or forms: first response time"
                + " (exact) and first response time (2 significant digits)", e.getMessage());
    }
}
