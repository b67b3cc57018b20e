package io.github.cxmetrics.support;

import static io.github.cxmetrics.model.InteractionStatus.CLOSED;
import static io.github.cxmetrics.model.InteractionStatus.NEW;
import static io.github.cxmetrics.model.InteractionStatus.ON_HOLD;
import static io.github.cxmetrics.model.InteractionStatus.OPEN;
import static io.github.cxmetrics.model.InteractionStatus.PENDING;
import static io.github.cxmetrics.model.InteractionStatus.SOLVED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import io.github.cxmetrics.model.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-computed status times: a weekend pause, on hold across a DST change, two reopens. */
class StatusTimeCalculatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday to Friday, 09:00 to 18:00 in Berlin. */
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();

    private static Instant berlin(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    private static Duration only(StatusTimeCalculator calculator, Interaction i) {
        DurationResult r = calculator.compute(List.of(i));
        assertEquals(1, r.count(), r::toString);
        return r.sum();
    }

    /**
     * Friday 2024-04-12 16:00 new, 16:30 open, 17:00 pending (the requester is asked), Monday
     * 09:00 open (the answer came over the weekend), Monday 10:00 solved.
     */
    private static Interaction pausedOverTheWeekend() {
        return Interaction.builder("weekend", "c", Channel.EMAIL, berlin("2024-04-12T16:00"))
                .firstReplyAt(berlin("2024-04-12T17:00"))
                .status(berlin("2024-04-12T16:00"), NEW)
                .status(berlin("2024-04-12T16:30"), OPEN)
                .status(berlin("2024-04-12T17:00"), PENDING)
                .status(berlin("2024-04-15T09:00"), OPEN)
                .status(berlin("2024-04-15T10:00"), SOLVED)
                .build();
    }

    @Test
    void aTicketPausedOverAWeekend() {
        Interaction t = pausedOverTheWeekend();
        // calendar: new 30 + open 30 + open 60 min; pending Fri 17:00 → Mon 09:00 = 64 h
        assertEquals(minutes(120), only(CxMetrics.requesterWaitTime(), t));
        assertEquals(Duration.ofHours(64), only(CxMetrics.agentWaitTime(), t));
        assertEquals(Duration.ZERO, only(CxMetrics.onHoldTime(), t));
        assertEquals(minutes(120), only(CxMetrics.agentWorkTime(), t));
        // business: the pending span counts Fri 17:00–18:00 only; the requester's 2 h all fall
        // in office hours
        assertEquals(minutes(60), only(CxMetrics.agentWaitTime().inBusinessTime(OFFICE), t));
        assertEquals(minutes(120), only(CxMetrics.requesterWaitTime().inBusinessTime(OFFICE), t));
        // 66 h of full resolution in calendar time, 3 h in business time
        assertEquals(Duration.ofHours(66),
                CxMetrics.fullResolutionTime().compute(List.of(t)).sum());
        assertEquals(Duration.ofHours(3),
                CxMetrics.fullResolutionTime().inBusinessTime(OFFICE).compute(List.of(t)).sum());
    }

    @Test
    void onHoldAcrossTheChangeToSummerTime() {
        // Berlin moves from 02:00 to 03:00 on Sunday 2024-03-31: Friday 17:00 local (16:00Z) to
        // Monday 10:00 local (08:00Z) is 65 h on the wall clock but 64 h elapsed
        Interaction t = Interaction.builder("dst", "c", Channel.EMAIL, berlin("2024-03-29T16:00"))
                .firstReplyAt(berlin("2024-03-29T16:30"))
                .status(berlin("2024-03-29T16:00"), OPEN)
                .statusChange(StatusChange.custom(berlin("2024-03-29T17:00"), "waiting on vendor",
                        ON_HOLD))
                .status(berlin("2024-04-01T10:00"), OPEN)
                .status(berlin("2024-04-01T10:15"), SOLVED)
                .build();
        assertEquals(Duration.ofHours(64), only(CxMetrics.onHoldTime(), t));
        assertEquals(Duration.ofHours(64), only(CxMetrics.timeInStatus("waiting on vendor"), t));
        assertEquals(Duration.ZERO, only(CxMetrics.timeInStatus("on-hold"), t));
        // business: Fri 17:00–18:00 and Mon 09:00–10:00
        assertEquals(Duration.ofHours(2), only(CxMetrics.onHoldTime().inBusinessTime(OFFICE), t));
        // requester wait: open 60 min + on-hold 64 h + open 15 min
        assertEquals(Duration.ofHours(64).plusMinutes(75), only(CxMetrics.requesterWaitTime(), t));
    }

    /**
     * 09:00 new, 09:10 open, 09:30 solved, 10:00 reopened, 10:20 pending, 11:00 open, 11:30
     * solved, 12:00 reopened, 12:15 on-hold, 13:00 open, 13:30 solved, 14:00 closed.
     */
    private static Interaction reopenedTwice() {
        Instant t = Instant.parse("2024-04-08T09:00:00Z");
        int[] minutes = {0, 10, 30, 60, 80, 120, 150, 180, 195, 240, 270, 300};
        InteractionStatus[] statuses = {NEW, OPEN, SOLVED, OPEN, PENDING, OPEN, SOLVED, OPEN,
            ON_HOLD, OPEN, SOLVED, CLOSED};
        Interaction.Builder b = Interaction.builder("reopened", "c", Channel.CHAT, t)
                .firstReplyAt(t.plus(minutes(10))).publicReplies(3);
        for (int k = 0; k < minutes.length; k++) {
            b.status(t.plus(minutes(minutes[k])), statuses[k]);
        }
        return b.build();
    }

    @Test
    void aTicketReopenedTwice() {
        Interaction t = reopenedTwice();
        assertEquals(2, t.reopens());
        // spans: new 10, open 20, solved 30, open 20, pending 40, open 30, solved 30, open 15,
        // on-hold 45, open 30; nothing after the last solve at 13:30
        assertEquals(minutes(10 + 20 + 20 + 30 + 15 + 30 + 45), only(CxMetrics.requesterWaitTime(), t));
        assertEquals(minutes(40), only(CxMetrics.agentWaitTime(), t));
        assertEquals(minutes(45), only(CxMetrics.onHoldTime(), t));
        assertEquals(minutes(125), only(CxMetrics.agentWorkTime(), t));
        assertEquals(minutes(60), only(CxMetrics.timeInStatus(SOLVED), t));
        assertEquals(minutes(0), only(CxMetrics.timeInStatus(CLOSED), t));
        assertEquals(minutes(85), only(CxMetrics.timeInStatus(PENDING, ON_HOLD), t));
        assertEquals(minutes(270), only(CxMetrics.timeInStatus(NEW, OPEN, PENDING, ON_HOLD,
                SOLVED, CLOSED), t));
        assertEquals(minutes(270), CxMetrics.fullResolutionTime().compute(List.of(t)).sum());
    }

    @Test
    void asOfMeasuresOpenInteractionsUpToItAndMarksThemOpen() {
        Interaction t = reopenedTwice();
        // at 12:30 the ticket is on hold since 12:15: new 10 + open 20 + 20 + 30 + 15 + on-hold 15
        DurationResult atHalfPastTwelve = CxMetrics.requesterWaitTime()
                .asOf(Instant.parse("2024-04-08T12:30:00Z")).compute(List.of(t));
        assertEquals(1, atHalfPastTwelve.count());
        assertEquals(1, atHalfPastTwelve.open());
        assertEquals(1, atHalfPastTwelve.openMeasured());
        assertEquals(minutes(110), atHalfPastTwelve.sum());
        // at 11:45 it is solved (11:30): measured to that solve, not open
        DurationResult solved = CxMetrics.requesterWaitTime()
                .asOf(Instant.parse("2024-04-08T11:45:00Z")).compute(List.of(t));
        assertEquals(0, solved.open());
        assertEquals(minutes(80), solved.sum());
    }

    @Test
    void openWithoutAsOfIsCountedNotMeasured_noTimelineIsSkipped_afterAsOfIsOutside() {
        Instant t0 = Instant.parse("2024-04-08T09:00:00Z");
        Interaction pending = Interaction.builder("p", "c", Channel.EMAIL, t0)
                .status(t0, OPEN).status(t0.plus(minutes(5)), PENDING).build();
        Interaction noTimeline = Interaction.opened("n", "c", Channel.EMAIL, t0);
        Interaction later = Interaction.builder("l", "c", Channel.EMAIL, t0.plus(minutes(90)))
                .status(t0.plus(minutes(90)), OPEN).build();
        DurationResult plain = CxMetrics.agentWaitTime().compute(List.of(pending, noTimeline, later));
        assertEquals(0, plain.count());
        assertEquals(2, plain.open());
        assertEquals(0, plain.openMeasured());
        assertEquals(1, plain.skipped());
        assertEquals("agent wait time: empty (open 2, skipped 1)", plain.toString());

        DurationResult asOf = CxMetrics.agentWaitTime().asOf(t0.plus(minutes(60)))
                .compute(List.of(pending, noTimeline, later));
        assertEquals(1, asOf.count());
        assertEquals(minutes(55), asOf.sum());
        assertEquals(1, asOf.open());
        assertEquals(1, asOf.openMeasured());
        assertEquals(1, asOf.skipped());
        assertEquals(1, asOf.afterAsOf());
        assertEquals("agent wait time: n=1 (open 1, 1 measured to as-of, skipped 1, 1 opened after"
                + " as-of), mean PT55M, median PT55M, p90 PT55M, max PT55M", asOf.toString());
    }

    @Test
    void timeBeforeTheFirstChangeIsNew() {
        Instant t0 = Instant.parse("2024-04-08T09:00:00Z");
        Interaction late = Interaction.builder("late", "c", Channel.EMAIL, t0)
                .status(t0.plus(minutes(7)), OPEN).status(t0.plus(minutes(10)), SOLVED).build();
        assertEquals(minutes(7), only(CxMetrics.timeInStatus(NEW), late));
        assertEquals(minutes(7), only(CxMetrics.timeInStatus("new"), late));
        assertEquals(minutes(10), only(CxMetrics.requesterWaitTime(), late));
    }

    @Test
    void namesLabelsAndOptions() {
        assertEquals("requester wait time (business time)", CxMetrics.requesterWaitTime()
                .inBusinessTime(OFFICE).compute(List.of()).metric());
        assertEquals("time in pending, on-hold", CxMetrics.timeInStatus(ON_HOLD, PENDING)
                .compute(List.of()).metric());
        assertEquals("time in 'waiting on vendor'", CxMetrics.timeInStatus("waiting on vendor")
                .compute(List.of()).metric());
        assertEquals(Set.of(PENDING), CxMetrics.agentWaitTime().statuses());
        assertEquals("asOf was already set to 2024-01-01T00:00:00Z",
                assertThrows(IllegalStateException.class, () -> CxMetrics.agentWaitTime()
                        .asOf(Instant.parse("2024-01-01T00:00:00Z"))
                        .asOf(Instant.parse("2024-01-02T00:00:00Z"))).getMessage());
        assertEquals("status name must not be blank: ''", assertThrows(
                IllegalArgumentException.class, () -> CxMetrics.timeInStatus("")).getMessage());
    }

    @Test
    void accumulatorsTravelAndRefuseOtherSelections() {
        StatusTimeCalculator wait = CxMetrics.requesterWaitTime().approximate(3);
        Accumulator<Interaction, DurationResult> a = wait.accumulator();
        a.add(reopenedTwice());
        a.add(pausedOverTheWeekend());
        byte[] bytes = a.toByteArray();
        assertEquals(a.snapshot(), wait.accumulatorFrom(bytes).snapshot());
        assertArrayEquals(bytes, wait.accumulatorFrom(bytes).toByteArray());
        assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.agentWorkTime().approximate(3).accumulatorFrom(bytes));
        assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.fullResolutionTime().approximate(3).accumulatorFrom(bytes));
    }
}
