package io.github.cxmetrics.support;

import static io.github.cxmetrics.MergeChecks.assertSplitMergeEqualsOnePass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Support metrics at their edges: business calendars with 24-hour and overnight shifts and
 * overlapping closures, SLA results merged with every count set, duration results at their
 * exact bounds, and equality of results and calculators.
 */
class SupportEdgesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    /** Monday 2024-06-03. */
    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 3);

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(UTC).toInstant();
    }

    @Test
    void aShiftEndingAtItsStart_lastsTwentyFourHours() {
        BusinessCalendar c = BusinessCalendar.builder(UTC)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)).build();
        assertEquals(Duration.ofHours(24),
                c.businessDuration(at(MONDAY, 9, 0), at(MONDAY.plusDays(1), 9, 0)));
        assertEquals(Duration.ofHours(24),
                c.businessDuration(at(MONDAY, 0, 0), at(MONDAY.plusDays(2), 0, 0)));
        assertTrue(c.isOpen(at(MONDAY.plusDays(1), 8, 59)));
    }

    @Test
    void spansOutsideEveryShift_areZero() {
        BusinessCalendar c = BusinessCalendar.builder(UTC)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        assertEquals(Duration.ZERO, c.businessDuration(at(MONDAY, 19, 0), at(MONDAY, 20, 0)));
        assertEquals(Duration.ZERO, c.businessDuration(at(MONDAY, 6, 0), at(MONDAY, 8, 0)));
        assertEquals(Duration.ZERO, c.businessDuration(at(MONDAY, 18, 0), at(MONDAY.plusDays(1), 9, 0)));
        assertEquals(Duration.ofHours(1), c.businessDuration(at(MONDAY, 17, 0), at(MONDAY, 20, 0)));
        assertEquals("to must not be before from: from 2024-06-03T10:00:00Z, to 2024-06-03T09:00:00Z",
                assertThrows(IllegalArgumentException.class,
                        () -> c.businessDuration(at(MONDAY, 10, 0), at(MONDAY, 9, 0))).getMessage());
    }

    @Test
    void anOvernightShift_losesTheClosedHoursOfBothDays() {
        // Saturday 22:00 to Sunday 04:00, closed Saturday 23:00-24:00 and Sunday 00:00-01:00
        LocalDate saturday = MONDAY.plusDays(5);
        LocalDate sunday = saturday.plusDays(1);
        BusinessCalendar c = BusinessCalendar.builder(UTC)
                .hours(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(4, 0))
                .closed(saturday, LocalTime.of(23, 0), LocalTime.MIDNIGHT)
                .closed(sunday, LocalTime.of(0, 0), LocalTime.of(1, 0)).build();
        assertEquals(Duration.ofHours(4), c.businessDuration(at(saturday, 20, 0), at(sunday, 6, 0)));
        assertEquals(Duration.ofHours(3), c.businessDuration(at(saturday, 23, 30), at(sunday, 6, 0)));
        assertEquals("business hours in UTC: SATURDAY 22:00-04:00; 2 closed dates", c.toString());
    }

    @Test
    void overlappingClosures_areMergedInAnyOrder() {
        // closed 10:00-12:00 and 09:00-11:00 (given in that order) on a 09:00-18:00 Monday:
        // 09:00-12:00 closed, 6 hours open
        BusinessCalendar c = BusinessCalendar.builder(UTC)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))
                .closed(MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0))
                .closed(MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0))
                .closed(MONDAY, LocalTime.of(15, 0), LocalTime.of(16, 0)).build();
        assertEquals(Duration.ofHours(5), c.businessDuration(at(MONDAY, 0, 0), at(MONDAY, 23, 0)));
        assertEquals("business hours in UTC: MONDAY 09:00-18:00; 1 closed date", c.toString());
        assertEquals("closed hours must end after they start: 2024-06-03 10:00-10:00",
                assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.builder(UTC)
                        .closed(MONDAY, LocalTime.of(10, 0), LocalTime.of(10, 0))).getMessage());
    }

    @Test
    void calendars_areEqualByDefinition() {
        BusinessCalendar a = BusinessCalendar.builder(UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holiday(MONDAY).build();
        BusinessCalendar same = BusinessCalendar.builder(UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holiday(MONDAY).build();
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        for (BusinessCalendar other : List.of(
                BusinessCalendar.builder(UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build(),
                BusinessCalendar.builder(UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).holiday(MONDAY).build(),
                BusinessCalendar.builder(ZoneId.of("Europe/Berlin")).weekdays(LocalTime.of(9, 0),
                        LocalTime.of(17, 0)).holiday(MONDAY).build())) {
            assertNotEquals(a, other);
            assertNotEquals(a.hashCode(), other.hashCode());
        }
        assertEquals("business hours in UTC: 24/7", BusinessCalendar.alwaysOpen(UTC).toString());
    }

    private static final SlaPolicy HOUR = SlaPolicy.builder(Milestone.FIRST_REPLY)
            .forChannel(Channel.CHAT, Duration.ofHours(1)).build();
    private static final Instant T = Instant.parse("2024-06-03T09:00:00Z");

    /** One interaction of each outcome: met, breached, open (answered later), no target. */
    private static List<Interaction> outcomes(String prefix) {
        return List.of(
                Interaction.builder(prefix + "met", "c", Channel.CHAT, T).firstReplyAt(T.plusSeconds(600)).build(),
                Interaction.builder(prefix + "late", "c", Channel.CHAT, T).firstReplyAt(T.plusSeconds(7200)).build(),
                Interaction.builder(prefix + "open1", "c", Channel.CHAT, T).build(),
                Interaction.builder(prefix + "open2", "c", Channel.CHAT, T.plusSeconds(9000)).build(),
                Interaction.builder(prefix + "email", "c", Channel.EMAIL, T).build());
    }

    @Test
    void sla_withoutAsOf_countsOpenInteractionsAsUnknown() {
        SlaResult r = CxMetrics.slaAttainment(HOUR).compute(outcomes("a"));
        assertEquals(1, r.met());
        assertEquals(1, r.breached());
        assertEquals(2, r.openUnknown());
        assertEquals(0, r.openBreached() + r.openWithinTarget());
        assertEquals(1, r.noTarget());
        assertEquals(4, r.count());
        assertEquals(2, r.decided());
        assertEquals("sla attainment of first response time 50.0% (1 met, 1 breached, 0 open breached,"
                + " 0 open within target, 2 open unknown, 1 without target)", r.toString());
        // as of 10:00 + 1 h: one open since 09:00 is past its target, one since 11:30 is not
        SlaResult asOf = CxMetrics.slaAttainment(HOUR).asOf(T.plusSeconds(9600)).compute(outcomes("a"));
        assertEquals(1, asOf.openBreached());
        assertEquals(1, asOf.openWithinTarget());
        assertEquals(0, asOf.openUnknown());
    }

    @Test
    void sla_resultsAndAccumulators_addEveryCount() {
        SlaCalculator sla = CxMetrics.slaAttainment(HOUR);
        List<Interaction> all = new ArrayList<>(outcomes("a"));
        all.addAll(outcomes("b"));
        all.add(Interaction.builder("c-open", "c", Channel.CHAT, T).build());
        SlaResult whole = sla.compute(all);
        assertEquals(5, whole.openUnknown());
        assertEquals(whole, sla.compute(outcomes("a")).plus(sla.compute(all.subList(5, all.size()))));
        assertSplitMergeEqualsOnePass(sla, all, 3);
        SlaCalculator asOf = sla.asOf(T.plusSeconds(9600));
        SlaResult open = asOf.compute(all);
        assertSplitMergeEqualsOnePass(asOf, all, 7);
        assertEquals(open, asOf.compute(all.subList(0, 7)).plus(asOf.compute(all.subList(7, all.size()))));
        assertEquals(3, open.openBreached());
        assertEquals(2, open.openWithinTarget());
        assertNotEquals(whole, open);
        assertNotEquals(whole.hashCode(), open.hashCode());
        assertEquals("cannot add results of different metrics: sla attainment of first response time"
                + " and sla attainment of full resolution time", assertThrows(IllegalArgumentException.class,
                        () -> whole.plus(CxMetrics.slaAttainment(SlaPolicy.builder(Milestone.FULL_RESOLUTION)
                                .otherwise(Duration.ofDays(1)).build()).compute(all))).getMessage());
    }

    @Test
    void sla_policyTargets() {
        assertEquals("target must be > 0: PT0S", assertThrows(IllegalArgumentException.class,
                () -> SlaPolicy.builder(Milestone.FIRST_REPLY).otherwise(Duration.ZERO)).getMessage());
        assertEquals("target must be > 0: PT-1S", assertThrows(IllegalArgumentException.class,
                () -> SlaPolicy.builder(Milestone.FIRST_REPLY).otherwise(Duration.ofSeconds(-1))).getMessage());
        SlaPolicy forever = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .otherwise(Duration.ofSeconds(Long.MAX_VALUE / 1000)).build();
        SlaResult r = CxMetrics.slaAttainment(forever).compute(outcomes("a"));
        assertEquals(2, r.met());
        assertEquals(3, r.openUnknown());
        assertEquals(HOUR, SlaPolicy.builder(Milestone.FIRST_REPLY).forChannel(Channel.CHAT, Duration.ofHours(1)).build());
        assertEquals(HOUR.hashCode(), SlaPolicy.builder(Milestone.FIRST_REPLY)
                .forChannel(Channel.CHAT, Duration.ofHours(1)).build().hashCode());
        assertNotEquals(HOUR, forever);
        assertNotEquals(HOUR.hashCode(), forever.hashCode());
    }

    /** Interactions answered after 1, 2, 3, 4 and 5 minutes, and one open. */
    private static List<Interaction> replies() {
        List<Interaction> list = new ArrayList<>();
        for (int m = 1; m <= 5; m++) {
            list.add(Interaction.builder("t" + m, "c", Channel.CHAT, T).firstReplyAt(T.plusSeconds(60L * m)).build());
        }
        list.add(Interaction.builder("open", "c", Channel.CHAT, T).build());
        return list;
    }

    @Test
    void countWithin_atTheExactBounds() {
        for (ElapsedTimeCalculator calc : List.of(CxMetrics.firstResponseTime(),
                CxMetrics.firstResponseTime().approximate(3))) {
            DurationResult r = calc.compute(replies());
            assertEquals(0, r.countWithin(Duration.ofSeconds(59)));
            assertEquals(1, r.countWithin(Duration.ofMinutes(1)));
            assertEquals(3, r.countWithin(Duration.ofMinutes(3)));
            assertEquals(4, r.countWithin(Duration.ofSeconds(299)));
            assertEquals(5, r.countWithin(Duration.ofMinutes(5)));
            assertEquals(5, r.countWithin(Duration.ofSeconds(Long.MAX_VALUE)));
            assertEquals(1, r.open());
            assertEquals("threshold must be >= 0: PT-1S", assertThrows(IllegalArgumentException.class,
                    () -> r.countWithin(Duration.ofSeconds(-1))).getMessage());
        }
        assertEquals(0, CxMetrics.firstResponseTime().compute(List.of()).countWithin(Duration.ofHours(1)));
    }

    @Test
    void approximateResults_addAndCompareLikeExactOnes() {
        ElapsedTimeCalculator approx = CxMetrics.firstResponseTime().approximate(2);
        List<Interaction> all = replies();
        DurationResult whole = approx.compute(all);
        DurationResult empty = approx.compute(List.of());
        assertEquals(whole, empty.plus(whole));
        assertEquals(whole, whole.plus(empty));
        DurationResult sum = approx.compute(all.subList(0, 2)).plus(approx.compute(all.subList(2, all.size())));
        assertEquals(whole, sum);
        assertEquals(Duration.ofMinutes(1), sum.min());
        assertEquals(Duration.ofMinutes(5), sum.max());
        assertEquals(Duration.ofMinutes(15), sum.sum());
        assertEquals(1, sum.open());
        DurationResult other = approx.compute(all.subList(1, all.size()));
        assertNotEquals(whole, other);
        assertNotEquals(whole.hashCode(), other.hashCode());
        // same counts, sum, min and max, different values inside: still different results
        List<Interaction> shifted = new ArrayList<>(all);
        shifted.set(1, Interaction.builder("t2", "c", Channel.CHAT, T).firstReplyAt(T.plusSeconds(150)).build());
        shifted.set(2, Interaction.builder("t3", "c", Channel.CHAT, T).firstReplyAt(T.plusSeconds(150)).build());
        assertNotEquals(whole, approx.compute(shifted));
        assertNotEquals(CxMetrics.firstResponseTime().compute(all), CxMetrics.firstResponseTime().compute(shifted));
        assertNotEquals(whole, CxMetrics.firstResponseTime().compute(all));
        assertNotEquals(whole, approx.compute(all.subList(0, 5)));
    }

    @Test
    void shareResultsAndCalculators_equality() {
        List<Interaction> solved = List.of(
                Interaction.builder("a", "c", Channel.CHAT, T).firstReplyAt(T.plusSeconds(60)).publicReplies(1)
                        .solvedAt(T.plusSeconds(120)).build(),
                Interaction.builder("b", "c", Channel.CHAT, T).firstReplyAt(T.plusSeconds(60)).publicReplies(3)
                        .solvedAt(T.plusSeconds(600)).build());
        ShareResult fcr = ShareCalculator.firstContactResolution().compute(solved);
        assertEquals(1, fcr.hits());
        assertEquals(2, fcr.count());
        assertEquals(fcr, CxMetrics.firstContactResolution().compute(solved));
        assertEquals(fcr.hashCode(), CxMetrics.firstContactResolution().compute(solved).hashCode());
        ShareResult reopens = ShareCalculator.reopenRate().compute(solved);
        assertEquals(0, reopens.hits());
        assertNotEquals(fcr, reopens);
        assertNotEquals(fcr.hashCode(), reopens.hashCode());
        assertEquals(HandleTimeCalculator.create(), CxMetrics.handleTime());
        assertEquals(CxMetrics.firstResponseTime().approximate(2).hashCode(),
                CxMetrics.firstResponseTime().approximate(2).hashCode());
        assertNotEquals(CxMetrics.firstResponseTime().hashCode(),
                CxMetrics.firstResponseTime().approximate(2).hashCode());
        assertNotEquals(CxMetrics.firstResponseTime().hashCode(),
                CxMetrics.fullResolutionTime().hashCode());
    }
}
