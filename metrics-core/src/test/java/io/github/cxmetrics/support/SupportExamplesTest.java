package io.github.cxmetrics.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import io.github.cxmetrics.model.StatusChange;
import io.github.cxmetrics.stats.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The support examples of README.md, compiled and checked. The week of Monday 2024-04-08 in
 * Berlin; the expected values are worked out by hand in the comments.
 */
class SupportExamplesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    /**
     * Seven contacts. First replies in business time (Mon–Fri 09:00–18:00): t-1 60 min (Friday
     * 17:30 to Monday 09:30), t-2 5 min, t-3 90 min, t-4 20 min, call-5 1 min, call-7 30 s;
     * t-6 is unanswered.
     */
    private static final List<Interaction> TICKETS = List.of(
            Interaction.builder("t-1", "c-1", Channel.EMAIL, at("2024-04-05T17:30")).agent("ann")
                    .firstReplyAt(at("2024-04-08T09:30")).solvedAt(at("2024-04-08T11:00")).build(),
            Interaction.builder("t-2", "c-2", Channel.CHAT, at("2024-04-08T10:00")).agent("ann")
                    .firstReplyAt(at("2024-04-08T10:05")).solvedAt(at("2024-04-08T10:20")).build(),
            Interaction.builder("t-3", "c-3", Channel.CHAT, at("2024-04-08T10:00")).agent("bob")
                    .firstReplyAt(at("2024-04-08T11:30")).publicReplies(2)
                    .solvedAt(at("2024-04-08T12:00")).build(),
            Interaction.builder("t-4", "c-4", Channel.EMAIL, at("2024-04-08T14:00")).agent("bob")
                    .priority("urgent").firstReplyAt(at("2024-04-08T14:20")).publicReplies(3)
                    .firstSolvedAt(at("2024-04-09T10:00")).reopens(1)
                    .lastSolvedAt(at("2024-04-10T12:00")).build(),
            Interaction.builder("call-5", "c-5", Channel.PHONE, at("2024-04-09T09:00")).agent("ann")
                    .firstReplyAt(at("2024-04-09T09:01")).solvedAt(at("2024-04-09T09:15"))
                    .talkTime(Duration.ofMinutes(12)).holdTime(Duration.ofMinutes(2))
                    .afterCallWork(Duration.ofMinutes(3)).build(),
            Interaction.opened("t-6", "c-6", Channel.EMAIL, at("2024-04-09T16:00")),
            Interaction.builder("call-7", "c-7", Channel.PHONE, at("2024-04-10T10:00")).agent("bob")
                    .firstReplyAt(at("2024-04-10T10:00:30")).solvedAt(at("2024-04-10T10:10"))
                    .talkTime(Duration.ofMinutes(8)).holdTime(Duration.ofMinutes(1))
                    .afterCallWork(Duration.ofMinutes(1)).build());

    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).holiday(LocalDate.of(2024, 5, 20))
            .build();

    @Test
    void interactions() {
        // README: interactions
        Interaction ticket = Interaction.builder("t-1", "c-17", Channel.EMAIL,
                        Instant.parse("2024-04-05T15:30:00Z"))
                .agent("ann").priority("urgent").attribute("segment", "smb")
                .firstReplyAt(Instant.parse("2024-04-08T07:30:00Z"))   // first public reply by a person
                .solvedAt(Instant.parse("2024-04-08T09:00:00Z"))
                .build();
        Interaction call = Interaction.builder("call-9", "c-4", Channel.PHONE,
                        Instant.parse("2024-04-09T07:00:00Z"))
                .talkTime(Duration.ofMinutes(12)).holdTime(Duration.ofMinutes(2))
                .afterCallWork(Duration.ofMinutes(3))
                .build();
        Interaction unanswered = Interaction.opened("t-2", "c-9", Channel.CHAT,
                Instant.parse("2024-04-09T08:00:00Z"));
        // README: end

        assertTrue(ticket.isSolved());
        assertEquals(1, ticket.publicReplies());
        assertTrue(call.isCall());
        assertTrue(!unanswered.isAnswered());
    }

    @Test
    void supportMetrics() {
        List<Interaction> tickets = TICKETS;
        // README: support metrics
        BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))       // Monday to Friday
                .holiday(LocalDate.of(2024, 5, 20))                      // Whit Monday
                .build();
        BusinessCalendar same = BusinessCalendar.parse(                  // the text form
                "mon-fri 09:00-18:00; holidays 2024-05-20", ZoneId.of("Europe/Berlin"));
        DurationResult frt = CxMetrics.firstResponseTime().inBusinessTime(office).compute(tickets);
        System.out.printf("first reply: median %s, p90 %s, within 1h %.1f%%, %d unanswered%n",
                frt.median(), frt.p90(), frt.shareWithin(Duration.ofHours(1)), frt.open());

        Map<Channel, DurationResult> resolution =
                CxMetrics.fullResolutionTime().groupBy(Interaction::channel).compute(tickets);
        DurationResult aht = CxMetrics.handleTime().withAfterCallWork().compute(tickets);
        ShareResult fcr = CxMetrics.firstContactResolution().compute(tickets);
        Interval fcrCi = fcr.confidenceInterval(0.95);                   // Wilson
        ShareResult reopens = CxMetrics.reopenRate().compute(tickets);
        // README: end

        assertEquals(office, same);
        assertEquals("mon-fri 09:00-18:00; holidays 2024-05-20; zone Europe/Berlin", same.spec());
        // business minutes 0.5, 1, 5, 20, 60, 90: median rank 3, p90 rank ⌈5.4⌉ = 6
        assertEquals(6, frt.count());
        assertEquals(1, frt.open());
        assertEquals(Duration.ofMinutes(5), frt.median());
        assertEquals(Duration.ofMinutes(90), frt.p90());
        assertEquals(500.0 / 6, frt.shareWithin(Duration.ofHours(1)), 1e-9);
        // chat 20 and 120 min; email 65.5 h and 46 h, mean 55.75 h (t-6 open); phone 15 and 10 min
        assertEquals(Duration.ofMinutes(70), resolution.get(Channel.CHAT).mean());
        assertEquals(Duration.ofMinutes(55 * 60 + 45), resolution.get(Channel.EMAIL).mean());
        assertEquals(1, resolution.get(Channel.EMAIL).open());
        assertEquals(Duration.ofMinutes(10), resolution.get(Channel.PHONE).min());
        // (12 + 2 + 3) and (8 + 1 + 1) minutes: 13.5; five contacts are not calls
        assertEquals(Duration.ofSeconds(810), aht.mean());
        assertEquals(5, aht.skipped());
        // solved: t-1, t-2, call-5, call-7 in one touch; t-3 two replies, t-4 reopened
        assertEquals(4, fcr.hits());
        assertEquals(6, fcr.count());
        assertEquals(1, fcr.outside());
        assertTrue(fcrCi.contains(fcr.share()));
        assertEquals(100.0 / 6, reopens.share(), 1e-9);
        assertEquals(OFFICE, office);
    }

    @Test
    void sla() {
        List<Interaction> tickets = TICKETS;
        BusinessCalendar office = OFFICE;
        Instant reportTime = at("2024-04-10T18:00");
        // README: sla
        SlaPolicy firstReply = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .forChannel(Channel.CHAT, Duration.ofHours(1))
                .forChannel(Channel.EMAIL, Duration.ofHours(24))
                .forPriority("urgent", Duration.ofMinutes(30))         // beats the channel's target
                .build();
        SlaResult sla = CxMetrics.slaAttainment(firstReply).inBusinessTime(office)
                .asOf(reportTime)                                       // open ones judged then
                .compute(tickets);
        System.out.printf("met %.1f%%, breached %.1f%% (%d open and already late), %d open in time,"
                + " %d without a target%n", sla.attainment(), sla.breachShare(), sla.openBreached(),
                sla.openWithinTarget(), sla.noTarget());
        // README: end

        // t-1 60 business min ≤ 24 h, t-2 5 min ≤ 1 h, t-4 (urgent) 20 ≤ 30 min: met;
        // t-3 90 min > 1 h: breached; t-6 open 2 + 9 business hours < 24 h; calls: no target.
        // All judged as of the report time: none open unknown.
        assertEquals("met 3, breached 1, open breached 0, open within target 1, open unknown 0,"
                + " no target 2", Tickets.slaCounts(sla));
        assertEquals(75.0, sla.attainment(), 1e-12);
        assertEquals(25.0, sla.breachShare(), 1e-12);
    }

    @Test
    void statusTimes() {
        BusinessCalendar office = OFFICE;
        // README: status times
        Interaction ticket = Interaction.builder("t-8", "c-8", Channel.EMAIL,
                        Instant.parse("2024-04-12T14:00:00Z"))          // Friday 16:00 in Berlin
                .firstReplyAt(Instant.parse("2024-04-12T15:00:00Z"))
                .status(Instant.parse("2024-04-12T14:00:00Z"), InteractionStatus.NEW)
                .status(Instant.parse("2024-04-12T14:30:00Z"), InteractionStatus.OPEN)
                .status(Instant.parse("2024-04-12T15:00:00Z"), InteractionStatus.PENDING) // asks
                .status(Instant.parse("2024-04-15T07:00:00Z"), InteractionStatus.OPEN)    // Monday
                .statusChange(StatusChange.custom(Instant.parse("2024-04-15T07:30:00Z"),
                        "waiting on vendor", InteractionStatus.ON_HOLD))   // a custom status
                .status(Instant.parse("2024-04-15T09:00:00Z"), InteractionStatus.SOLVED)
                .build();                                     // solves and reopens: from the timeline
        List<Interaction> timelines = List.of(ticket);
        DurationResult requesterWait = CxMetrics.requesterWaitTime().compute(timelines); // 3 h
        DurationResult agentWait = CxMetrics.agentWaitTime().compute(timelines);         // 64 h
        DurationResult agentWaitInHours = CxMetrics.agentWaitTime().inBusinessTime(office)
                .compute(timelines);                          // 1 h: Friday 17:00 to 18:00
        DurationResult vendor = CxMetrics.timeInStatus("waiting on vendor").compute(timelines);
        DurationResult stillOpen = CxMetrics.requesterWaitTime()
                .asOf(Instant.parse("2024-04-15T08:00:00Z"))  // on hold then: measured to asOf
                .compute(timelines);                          // and counted in open()
        // README: end

        // new 30 + open 30 + open 30 + on-hold 90 min
        assertEquals(Duration.ofHours(3), requesterWait.median());
        assertEquals(Duration.ofHours(64), agentWait.median());
        assertEquals(Duration.ofHours(1), agentWaitInHours.median());
        assertEquals(Duration.ofMinutes(90), vendor.median());
        assertEquals(Duration.ofMinutes(120), stillOpen.median());
        assertEquals(1, stillOpen.open());
        assertEquals(1, stillOpen.openMeasured());
    }

    @Test
    void largeBatches() {
        List<Interaction> batch1 = TICKETS.subList(0, 3);
        List<Interaction> batch2 = TICKETS.subList(3, TICKETS.size());
        List<Interaction> tickets = TICKETS;
        // README: large batches
        ElapsedTimeCalculator frt = CxMetrics.firstResponseTime().approximate(2);   // HdrHistogram, 1 %
        Accumulator<Interaction, DurationResult> night = frt.accumulator();
        Accumulator<Interaction, DurationResult> day = frt.accumulator();
        night.addAll(batch1);
        day.addAll(batch2);
        night.merge(day);                                        // exact merge of the histograms
        DurationResult all = night.snapshot();

        SortedMap<CalendarPeriod, Map<String, DurationResult>> weeklyByAgent = frt
                .groupBy((Interaction i) -> i.agentOr("(unassigned)"))
                .byPeriod(ChronoUnit.WEEKS, ZoneId.of("Europe/Berlin"))
                .compute(tickets);
        // README: end

        assertEquals(frt.compute(TICKETS), all);
        assertEquals(Duration.ofSeconds(30), all.min());
        assertEquals(Duration.ofHours(64), all.max());
        assertEquals(List.of("2024-W14", "2024-W15"),
                weeklyByAgent.keySet().stream().map(Object::toString).toList());
        assertEquals(List.of("ann"), List.copyOf(weeklyByAgent.get(weeklyByAgent.firstKey()).keySet()));
        assertEquals(List.of("(unassigned)", "ann", "bob"),
                List.copyOf(weeklyByAgent.get(weeklyByAgent.lastKey()).keySet()));
    }
}
