package io.github.cxmetrics.support;

import static io.github.cxmetrics.StateBytes.assertOtherOptions;
import static io.github.cxmetrics.StateBytes.assertSameOptions;
import static io.github.cxmetrics.support.Tickets.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.MergeChecks;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The options of the support calculators: each shown in the calculator's text, each set once,
 * and each part of the fingerprint of the binary form, so that a state is read only by a
 * calculator that counts the same way (a calendar or a policy differing in one clause is
 * another calculator).
 */
class SupportOptionsTest {

    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ZoneOffset.UTC)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

    private static BusinessCalendar office(UnaryOperator<BusinessCalendar.Builder> more) {
        return more.apply(BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))).build();
    }

    private static SlaPolicy policy(UnaryOperator<SlaPolicy.Builder> more) {
        return more.apply(SlaPolicy.builder(Milestone.FIRST_REPLY)).build();
    }

    @Test
    void calculatorText_namesEveryOption() {
        assertEquals("first response time, " + OFFICE + ", opened"
                + " in [2024-04-08T09:00:00Z, 2024-04-09T09:00:00Z), approximate to 2 significant"
                + " digits", CxMetrics.firstResponseTime().inBusinessTime(OFFICE)
                        .between(T0, T0.plus(Duration.ofDays(1))).approximate(2).toString());
        assertEquals("first response time, a business calendar per interaction",
                CxMetrics.firstResponseTime().inBusinessTime(i -> OFFICE).toString());
        assertEquals("handle time, with after-call work",
                CxMetrics.handleTime().withAfterCallWork().toString());
        assertEquals("requester wait time, as of 2024-04-08T09:00:00Z",
                CxMetrics.requesterWaitTime().asOf(T0).toString());
        SlaPolicy chat = policy(b -> b.forChannel(Channel.CHAT, Duration.ofHours(1)));
        assertEquals("sla attainment of first response time, keeping open interactions, sla on"
                + " first response time: chat PT1H",
                CxMetrics.slaAttainment(chat).keepOpen().toString());
        assertEquals("first contact resolution", CxMetrics.firstContactResolution().toString());
    }

    @Test
    void options_areSetOnce() {
        assertEquals("countingBots was already set to true", assertThrows(
                IllegalStateException.class,
                () -> CxMetrics.firstResponseTime().countingBots().countingBots()).getMessage());
        assertEquals("business calendar was already set to " + OFFICE, assertThrows(
                IllegalStateException.class, () -> CxMetrics.firstResponseTime()
                        .inBusinessTime(OFFICE).inBusinessTime(i -> OFFICE)).getMessage());
    }

    @Test
    void shareCalculators_countOnlyTheirWindow() {
        // two solved emails opened at T0, one a day later: the window [T0, T0 + 1 day) has two
        ShareCalculator fcr = CxMetrics.firstContactResolution()
                .between(T0, T0.plus(Duration.ofDays(1)));
        ShareResult r = fcr.compute(List.of(Tickets.solved(1, 0), Tickets.solved(1, 0),
                Interaction.builder("late", "c", Channel.EMAIL, T0.plus(Duration.ofDays(1)))
                        .publicReplies(1).firstReplyAt(T0.plus(Duration.ofDays(2)))
                        .firstSolvedAt(T0.plus(Duration.ofDays(2)))
                        .lastSolvedAt(T0.plus(Duration.ofDays(2))).build()));
        assertEquals(2, r.count());
        assertOtherOptions(CxMetrics.firstContactResolution(), fcr);
    }

    @Test
    void calendars_differingInOneClause_areOtherOptions() {
        LocalDate christmas = LocalDate.of(2024, 12, 25);
        ElapsedTimeCalculator frt = CxMetrics.firstResponseTime();
        List<BusinessCalendar> calendars = List.of(OFFICE,
                office(b -> b.hours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                office(b -> b.holiday(christmas)),
                office(b -> b.closed(christmas, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                office(b -> b.closed(christmas, LocalTime.of(13, 0), LocalTime.of(15, 0))),
                office(b -> b.hoursOn(christmas, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                office(b -> b.hoursOn(christmas, LocalTime.of(13, 0), LocalTime.of(15, 0))),
                BusinessCalendar.builder(ZoneOffset.ofHours(1))
                        .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build());
        for (BusinessCalendar a : calendars) {
            for (BusinessCalendar b : calendars) {
                if (a != b) {
                    assertOtherOptions(frt.inBusinessTime(a), frt.inBusinessTime(b));
                }
            }
        }
        // the same calendar built another way: closed ranges that touch are one range
        assertSameOptions(frt.inBusinessTime(office(b -> b.closed(christmas, LocalTime.of(9, 0),
                        LocalTime.of(12, 0)).closed(christmas, LocalTime.of(12, 0),
                        LocalTime.of(15, 0)))),
                frt.inBusinessTime(office(b -> b.closed(christmas, LocalTime.of(9, 0),
                        LocalTime.of(15, 0)))));
    }

    @Test
    void policies_differingInOneTarget_areOtherOptions() {
        Duration hour = Duration.ofHours(1);
        List<SlaPolicy> policies = List.of(
                policy(b -> b.otherwise(hour)),
                policy(b -> b.otherwise(Duration.ofHours(2))),
                policy(b -> b.otherwise(hour).forChannel(Channel.CHAT, hour)),
                policy(b -> b.otherwise(hour).forPriority("high", hour)),
                policy(b -> b.otherwise(hour).forChannelAndPriority(Channel.CHAT, "high", hour)),
                policy(b -> b.otherwise(hour).forChannelAndPriority(Channel.EMAIL, "high", hour)));
        for (SlaPolicy a : policies) {
            for (SlaPolicy b : policies) {
                if (a != b) {
                    assertOtherOptions(CxMetrics.slaAttainment(a), CxMetrics.slaAttainment(b));
                }
            }
        }
        SlaPolicy chat = policy(b -> b.forChannel(Channel.CHAT, hour));
        assertEquals("cannot add results of different sla policies: sla on first response time:"
                + " chat PT1H and sla on first response time: otherwise PT1H",
                assertThrows(IllegalArgumentException.class,
                        () -> CxMetrics.slaAttainment(chat).compute(List.of()).plus(
                                CxMetrics.slaAttainment(policies.get(0)).compute(List.of())))
                        .getMessage());
    }

    @Test
    void statusTimes_ofAnInstantOrAStatusName_areOtherOptions() {
        StatusTimeCalculator wait = CxMetrics.requesterWaitTime();
        assertOtherOptions(wait, wait.asOf(T0));
        StatusTimeCalculator vendor = CxMetrics.timeInStatus("waiting on vendor");
        assertOtherOptions(vendor, CxMetrics.timeInStatus("waiting on customer"));
        assertOtherOptions(vendor, CxMetrics.timeInStatus(InteractionStatus.ON_HOLD));
        MergeChecks.assertSameState(vendor.accumulator(),
                vendor.accumulatorFrom(vendor.accumulator().toByteArray()));
        assertEquals("statuses must not be empty: []", assertThrows(
                IllegalArgumentException.class, () -> StatusTimeCalculator.inStatuses(Set.of()))
                .getMessage());
    }
}
