package io.github.cxmetrics.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One calculator for teams in several time zones: a business calendar per interaction. */
class CalendarPerInteractionTest {

    private static final BusinessCalendar EU = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    private static final BusinessCalendar US = BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    private static final Function<Interaction, BusinessCalendar> TEAM_CALENDAR =
            i -> i.attributeOr("team", "eu").equals("us") ? US : EU;

    /**
     * The EU ticket: Monday 2024-04-08 16:00 Berlin (14:00Z), answered Tuesday 09:30 Berlin
     * (07:30Z): 60 + 30 = 90 business minutes in Berlin. The US ticket: Monday 16:00 New York
     * (20:00Z), answered Tuesday 09:30 New York (13:30Z): 90 business minutes in New York, but
     * 390 in Berlin's calendar (Tuesday 09:00 to 15:30).
     */
    private static final List<Interaction> TICKETS = List.of(
            Interaction.builder("eu-1", "c", Channel.EMAIL, Instant.parse("2024-04-08T14:00:00Z"))
                    .attribute("team", "eu").firstReplyAt(Instant.parse("2024-04-09T07:30:00Z"))
                    .status(Instant.parse("2024-04-08T14:00:00Z"), InteractionStatus.NEW)
                    .status(Instant.parse("2024-04-09T07:30:00Z"), InteractionStatus.SOLVED)
                    .build(),
            Interaction.builder("us-1", "c", Channel.EMAIL, Instant.parse("2024-04-08T20:00:00Z"))
                    .attribute("team", "us").firstReplyAt(Instant.parse("2024-04-09T13:30:00Z"))
                    .status(Instant.parse("2024-04-08T20:00:00Z"), InteractionStatus.NEW)
                    .status(Instant.parse("2024-04-09T13:30:00Z"), InteractionStatus.SOLVED)
                    .build());

    @Test
    void eachInteractionIsMeasuredInItsTeamsCalendar() {
        DurationResult frt = CxMetrics.firstResponseTime().inBusinessTime(TEAM_CALENDAR)
                .compute(TICKETS);
        assertEquals(Duration.ofMinutes(180), frt.sum());
        assertEquals("first response time (business time)", frt.metric());
        assertEquals(Duration.ofMinutes(90 + 390),
                CxMetrics.firstResponseTime().inBusinessTime(EU).compute(TICKETS).sum());
        assertEquals(Duration.ofMinutes(180), CxMetrics.requesterWaitTime()
                .inBusinessTime(TEAM_CALENDAR).compute(TICKETS).sum());
        SlaPolicy twoHours = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .otherwise(Duration.ofHours(2)).build();
        assertEquals(2, CxMetrics.slaAttainment(twoHours).inBusinessTime(TEAM_CALENDAR)
                .compute(TICKETS).met());
        assertEquals(1, CxMetrics.slaAttainment(twoHours).inBusinessTime(EU)
                .compute(TICKETS).met());
    }

    @Test
    void groupByComposesAndEqualsOneCalculatorPerTeam() {
        Map<String, DurationResult> byTeam = CxMetrics.fullResolutionTime()
                .inBusinessTime(TEAM_CALENDAR).groupBy((Interaction i) -> i.attributeOr("team", "?"))
                .compute(TICKETS);
        assertEquals(CxMetrics.fullResolutionTime().inBusinessTime(EU).compute(TICKETS.subList(0, 1))
                .sum(), byTeam.get("eu").sum());
        assertEquals(CxMetrics.fullResolutionTime().inBusinessTime(US).compute(TICKETS.subList(1, 2))
                .sum(), byTeam.get("us").sum());
    }

    @Test
    void theFunctionIsNotFingerprintedOnlyThatOneIsSet() {
        ElapsedTimeCalculator perTeam = CxMetrics.firstResponseTime().inBusinessTime(TEAM_CALENDAR);
        Accumulator<Interaction, DurationResult> a = perTeam.accumulator();
        a.addAll(TICKETS);
        byte[] bytes = a.toByteArray();
        assertEquals(a.snapshot(), perTeam.accumulatorFrom(bytes).snapshot());
        // another function is the caller's responsibility: it reads the bytes
        assertEquals(a.snapshot(), CxMetrics.firstResponseTime().inBusinessTime(i -> EU)
                .accumulatorFrom(bytes).snapshot());
        // a calculator without a function, or with one calendar, refuses them
        assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.firstResponseTime().inBusinessTime(EU).accumulatorFrom(bytes));
        assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.firstResponseTime().accumulatorFrom(bytes));
    }

    @Test
    void misuseIsRefusedWithAMessage() {
        assertEquals("the business calendar function must not return null: it did for"
                + " interaction eu-1", assertThrows(NullPointerException.class,
                        () -> CxMetrics.firstResponseTime().inBusinessTime(i -> null)
                                .compute(TICKETS)).getMessage());
        SlaPolicy policy = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .otherwise(Duration.ofHours(2)).build();
        assertEquals("keepOpen() and a business calendar per interaction exclude each other: the"
                + " kept interactions are judged in one calendar; use asOf, or one calculator"
                + " per calendar", assertThrows(IllegalStateException.class,
                        () -> CxMetrics.slaAttainment(policy).keepOpen()
                                .inBusinessTime(TEAM_CALENDAR)).getMessage());
        assertThrows(IllegalStateException.class, () -> CxMetrics.firstResponseTime()
                .inBusinessTime(EU).inBusinessTime(TEAM_CALENDAR));
        assertThrows(IllegalStateException.class, () -> CxMetrics.firstResponseTime()
                .inBusinessTime(TEAM_CALENDAR).inBusinessTime(EU));
    }
}
