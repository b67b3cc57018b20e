package io.github.cxmetrics.support;

import static io.github.cxmetrics.support.Tickets.T0;
import static io.github.cxmetrics.support.Tickets.slaCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.stats.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaCalculatorTest {

    /** First reply within 1 hour on chat, 24 hours on email. */
    private static final SlaPolicy FIRST_REPLY = SlaPolicy.builder(Milestone.FIRST_REPLY)
            .forChannel(Channel.CHAT, Duration.ofHours(1))
            .forChannel(Channel.EMAIL, Duration.ofHours(24))
            .build();

    private static Interaction chat(String id, Instant opened, Long replyAfterMinutes) {
        Interaction.Builder b = Interaction.builder(id, "c", Channel.CHAT, opened);
        if (replyAfterMinutes != null) {
            b.firstReplyAt(opened.plus(Duration.ofMinutes(replyAfterMinutes)));
        }
        return b.build();
    }

    @Test
    void keptOpenResults_judged_addUpWhetherOrNotAnyWasOpen() {
        // One channel has an open chat, the other none: both judged at the report's instant.
        Instant asOf = T0.plus(Duration.ofHours(3));
        SlaCalculator kept = CxMetrics.slaAttainment(FIRST_REPLY).keepOpen();
        SlaResult withOpen = kept.compute(List.of(chat("a", T0, 30L), chat("b", T0, null)))
                .asOf(asOf);
        SlaResult withoutOpen = kept.compute(List.of(chat("c", T0, 90L))).asOf(asOf);
        SlaResult all = withOpen.plus(withoutOpen);
        assertEquals(1, all.met());
        assertEquals(1, all.breached());
        assertEquals(1, all.openBreached());
        assertEquals(CxMetrics.slaAttainment(FIRST_REPLY).asOf(asOf).compute(List.of(
                chat("a", T0, 30L), chat("b", T0, null), chat("c", T0, 90L))), all);
    }

    @Test
    void attainment_handComputed() {
        // 45 met, 3 breached, 2 open past the target and 5 open within it at the as-of instant,
        // 1 without a target (a phone call): attainment 45 / 50 = 90 %.
        Instant asOf = T0.plus(Duration.ofHours(2));
        List<Interaction> list = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            list.add(chat("m" + i, T0, 30L));
        }
        for (int i = 0; i < 3; i++) {
            list.add(chat("b" + i, T0, 61L));
        }
        for (int i = 0; i < 2; i++) {
            list.add(chat("ob" + i, T0, null));                    // 2 hours open > 1 hour
        }
        for (int i = 0; i < 5; i++) {
            list.add(chat("ow" + i, asOf.minusSeconds(600), null)); // 10 minutes open
        }
        list.add(Interaction.opened("p", "c", Channel.PHONE, T0));
        SlaResult r = CxMetrics.slaAttainment(FIRST_REPLY).asOf(asOf).compute(list);
        assertEquals("met 45, breached 3, open breached 2, open within target 5, open unknown 0,"
                + " no target 1", slaCounts(r));
        assertEquals(50, r.decided());
        assertEquals(55, r.count());
        assertEquals(90.0, r.attainment(), 1e-12);
        assertEquals(10.0, r.breachShare(), 1e-12);
        assertEquals(4.0, r.openBreachedShare(), 1e-12);
        // Wilson 45/50 at 95 %: [78.64, 95.65] (centre 0.8794, half-width 0.0851)
        Interval ci = r.confidenceInterval(0.95);
        assertEquals(78.64, ci.lower(), 0.01);
        assertEquals(95.65, ci.upper(), 0.01);
        assertEquals("sla attainment of first response time 90.0% (45 met, 3 breached, 2 open"
                + " breached, 5 open within target, 0 open unknown, 1 without target)", r.toString());
    }

    @Test
    void withoutAsOf_openInteractionsHaveUnknownStatus() {
        List<Interaction> list = List.of(chat("a", T0, 30L), chat("b", T0, null));
        SlaResult r = CxMetrics.slaAttainment(FIRST_REPLY).compute(list);
        // a met, b open without an instant to judge it at
        assertEquals("met 1, breached 0, open breached 0, open within target 0, open unknown 1,"
                + " no target 0", slaCounts(r));
        assertEquals(100.0, r.attainment(), 1e-12);
    }

    @Test
    void target_isInclusive() {
        SlaResult r = CxMetrics.slaAttainment(FIRST_REPLY)
                .compute(List.of(chat("a", T0, 60L), chat("b", T0.plusMillis(1), 60L)));
        assertEquals(2, r.met());
        Interaction late = Interaction.builder("c", "c", Channel.CHAT, T0)
                .firstReplyAt(T0.plus(Duration.ofHours(1)).plusMillis(1)).build();
        assertEquals(1, CxMetrics.slaAttainment(FIRST_REPLY).compute(List.of(late)).breached());
        // open exactly at the target: not yet breached
        SlaResult open = CxMetrics.slaAttainment(FIRST_REPLY).asOf(T0.plus(Duration.ofHours(1)))
                .compute(List.of(chat("d", T0, null)));
        assertEquals(1, open.openWithinTarget());
    }

    @Test
    void asOf_milestoneAfterIt_countsAsNotYetReached() {
        Interaction answeredLate = chat("a", T0, 180L);
        SlaResult r = CxMetrics.slaAttainment(FIRST_REPLY).asOf(T0.plus(Duration.ofHours(2)))
                .compute(List.of(answeredLate));
        assertEquals(1, r.openBreached());
        SlaResult early = CxMetrics.slaAttainment(FIRST_REPLY).asOf(T0.plus(Duration.ofMinutes(30)))
                .compute(List.of(answeredLate));
        assertEquals(1, early.openWithinTarget());
    }

    @Test
    void asOf_beforeOpenedAt_isRejected() {
        // opened after asOf: outside the window, counted apart, never an error
        SlaResult early = CxMetrics.slaAttainment(FIRST_REPLY).asOf(T0.minusSeconds(1))
                .compute(List.of(chat("t-9", T0, 5L), chat("t-10", T0.minusSeconds(60), null)));
        assertEquals(1, early.afterAsOf());
        assertEquals(1, early.count());
        assertEquals(1, early.openWithinTarget());
        assertEquals(0, CxMetrics.slaAttainment(FIRST_REPLY).compute(List.of(chat("t-9", T0, 5L)))
                .afterAsOf());
        assertTrue(early.toString().endsWith(", 0 without target, 1 opened after as-of)"),
                early::toString);
        var twice = assertThrows(IllegalStateException.class,
                () -> CxMetrics.slaAttainment(FIRST_REPLY).asOf(T0).asOf(T0));
        assertEquals("asOf was already set to 2024-04-08T09:00:00Z", twice.getMessage());
    }

    @Test
    void inBusinessTime_targetsAreBusinessDurations() {
        BusinessCalendar office = BerlinOffice.OFFICE;
        SlaPolicy fourHours = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .forChannel(Channel.EMAIL, Duration.ofHours(4)).build();
        Interaction ticket = BerlinOffice.answeredOverTheWeekend("t");
        // 64 calendar hours, 1 business hour
        assertEquals(1, CxMetrics.slaAttainment(fourHours).compute(List.of(ticket)).breached());
        SlaResult business = CxMetrics.slaAttainment(fourHours).inBusinessTime(office)
                .compute(List.of(ticket));
        assertEquals(1, business.met());
        assertEquals("sla attainment of first response time (business time)", business.metric());
        // open over the weekend: by Monday 12:00 only 3.5 business hours have passed
        Interaction open = Interaction.opened("o", "c", Channel.EMAIL, BerlinOffice.FRIDAY_EVENING);
        Instant mondayNoon = BerlinOffice.at(LocalDate.of(2024, 4, 8), 12, 0);
        assertEquals(1, CxMetrics.slaAttainment(fourHours).inBusinessTime(office).asOf(mondayNoon)
                .compute(List.of(open)).openWithinTarget());
        assertEquals(1, CxMetrics.slaAttainment(fourHours).asOf(mondayNoon)
                .compute(List.of(open)).openBreached());
    }

    @Test
    void resolutionTargets_useTheSolveEvents() {
        SlaPolicy resolve = SlaPolicy.builder(Milestone.FULL_RESOLUTION)
                .otherwise(Duration.ofHours(3)).build();
        // Tickets.solved: full resolution after 2 hours, or 4 after a reopen
        SlaResult r = CxMetrics.slaAttainment(resolve)
                .compute(List.of(Tickets.solved(1, 0), Tickets.solved(1, 1)));
        assertEquals(1, r.met());
        assertEquals(1, r.breached());
        SlaPolicy firstSolve = SlaPolicy.builder(Milestone.FIRST_RESOLUTION)
                .otherwise(Duration.ofHours(3)).build();
        assertEquals(2, CxMetrics.slaAttainment(firstSolve)
                .compute(List.of(Tickets.solved(1, 0), Tickets.solved(1, 1))).met());
    }

    @Test
    void targetFor_mostSpecificWins() {
        SlaPolicy policy = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .forChannel(Channel.CHAT, Duration.ofHours(1))
                .forChannel(Channel.EMAIL, Duration.ofHours(24))
                .forChannelAndPriority(Channel.EMAIL, "urgent", Duration.ofHours(4))
                .forPriority("urgent", Duration.ofMinutes(30))
                .otherwise(Duration.ofHours(8))
                .build();
        Interaction.Builder email = Interaction.builder("e", "c", Channel.EMAIL, T0);
        Interaction.Builder chat = Interaction.builder("c", "c", Channel.CHAT, T0);
        Interaction.Builder phone = Interaction.builder("p", "c", Channel.PHONE, T0);
        assertEquals(Optional.of(Duration.ofHours(4)), policy.targetFor(email.priority("urgent").build()));
        assertEquals(Optional.of(Duration.ofHours(24)), policy.targetFor(email.priority("low").build()));
        assertEquals(Optional.of(Duration.ofMinutes(30)), policy.targetFor(chat.priority("urgent").build()));
        assertEquals(Optional.of(Duration.ofHours(1)), policy.targetFor(chat.priority(null).build()));
        assertEquals(Optional.of(Duration.ofMinutes(30)), policy.targetFor(phone.priority("urgent").build()));
        assertEquals(Optional.of(Duration.ofHours(8)), policy.targetFor(phone.priority(null).build()));
        assertEquals(Optional.empty(), FIRST_REPLY.targetFor(phone.build()));
        assertEquals("sla on first response time: chat PT1H, email PT24H, email/urgent PT4H,"
                + " priority urgent PT30M, otherwise PT8H", policy.toString());
        assertEquals(Milestone.FIRST_REPLY, policy.milestone());
    }

    @Test
    void policy_invalidTargets_areRejected() {
        var twice = assertThrows(IllegalArgumentException.class, () -> SlaPolicy
                .builder(Milestone.FIRST_REPLY).forChannel(Channel.CHAT, Duration.ofHours(1))
                .forChannel(Channel.CHAT, Duration.ofHours(2)));
        assertEquals("the target of channel chat was already set to PT1H", twice.getMessage());
        var zero = assertThrows(IllegalArgumentException.class, () -> SlaPolicy
                .builder(Milestone.FIRST_REPLY).forPriority("high", Duration.ZERO));
        assertEquals("target must be > 0: PT0S", zero.getMessage());
        var none = assertThrows(IllegalArgumentException.class,
                () -> SlaPolicy.builder(Milestone.FULL_RESOLUTION).build());
        assertEquals("an sla policy must have at least one target: full resolution time",
                none.getMessage());
        var otherwise = assertThrows(IllegalArgumentException.class, () -> SlaPolicy
                .builder(Milestone.FIRST_REPLY).otherwise(Duration.ofHours(1))
                .otherwise(Duration.ofHours(2)));
        assertEquals("the default target was already set to PT1H", otherwise.getMessage());
        var pair = assertThrows(IllegalArgumentException.class, () -> SlaPolicy
                .builder(Milestone.FIRST_REPLY)
                .forChannelAndPriority(Channel.EMAIL, "urgent", Duration.ofHours(1))
                .forChannelAndPriority(Channel.EMAIL, "urgent", Duration.ofHours(1)));
        assertEquals("the target of channel email and priority urgent was already set to PT1H",
                pair.getMessage());
    }

    @Test
    void compute_nothingDecided_sharesFail() {
        SlaResult empty = CxMetrics.slaAttainment(FIRST_REPLY).compute(List.of());
        assertTrue(empty.isEmpty());
        var e = assertThrows(IllegalStateException.class, empty::attainment);
        assertEquals("sla attainment of first response time is undefined: no decided interactions"
                + " (open within target: 0, open of unknown status: 0, no target: 0)", e.getMessage());
        SlaResult pending = CxMetrics.slaAttainment(FIRST_REPLY)
                .compute(List.of(chat("a", T0, null)));
        assertTrue(!pending.isEmpty());
        assertThrows(IllegalStateException.class, pending::breachShare);
        assertThrows(IllegalStateException.class, () -> pending.confidenceInterval(0.95));
        assertEquals("sla attainment of first response time undefined (0 met, 0 breached, 0 open"
                + " breached, 0 open within target, 1 open unknown, 0 without target)",
                pending.toString());
    }

    @Test
    void groupByAndPlus_addUp() {
        List<Interaction> list = List.of(chat("a", T0, 30L), chat("b", T0, 90L),
                Interaction.builder("e", "c", Channel.EMAIL, T0).firstReplyAt(T0.plusSeconds(60)).build());
        SlaCalculator sla = CxMetrics.slaAttainment(FIRST_REPLY);
        Map<Channel, SlaResult> byChannel = sla.groupBy(Interaction::channel).compute(list);
        assertEquals(50.0, byChannel.get(Channel.CHAT).attainment(), 1e-12);
        assertEquals(100.0, byChannel.get(Channel.EMAIL).attainment(), 1e-12);
        SlaResult whole = sla.compute(list);
        assertEquals(whole, byChannel.get(Channel.CHAT).plus(byChannel.get(Channel.EMAIL)));
        assertEquals(whole.hashCode(), byChannel.get(Channel.CHAT).plus(byChannel.get(Channel.EMAIL)).hashCode());
        assertNotEquals(sla, sla.asOf(T0));
        assertEquals(FIRST_REPLY, sla.policy());
        var e = assertThrows(IllegalArgumentException.class, () -> whole.plus(
                CxMetrics.slaAttainment(FIRST_REPLY).inBusinessTime(BusinessCalendar.alwaysOpen(
                        ZoneId.of("UTC"))).compute(list)));
        assertEquals("cannot add results of different metrics: sla attainment of first response"
                + " time and sla attainment of first response time (business time)", e.getMessage());
    }
}
