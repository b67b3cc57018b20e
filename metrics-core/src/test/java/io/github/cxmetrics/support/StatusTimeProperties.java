package io.github.cxmetrics.support;

import static io.github.cxmetrics.MergeChecks.assertSplitMergeEqualsOnePass;
import static io.github.cxmetrics.Theories.listsOf;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the status-time metrics over generated timelines. */
class StatusTimeProperties {

    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    /** Lunch breaks, a night shift across midnight, a holiday, the change to summer time. */
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 30))
            .weekdays(LocalTime.of(13, 30), LocalTime.of(18, 0))
            .hours(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(4, 0))
            .holiday(LocalDate.of(2024, 3, 29))
            .build();

    private static Gen<Interaction> timeline() {
        return longs().between(0, 60L * 86_400_000).zip(listsOf(longs().all(), 0, 12),
                (openedMs, steps) -> Timelines.of("t", Channel.EMAIL, START.plusMillis(openedMs),
                        steps));
    }

    private static Duration one(StatusTimeCalculator c, Interaction i) {
        DurationResult r = c.compute(List.of(i));
        return r.isEmpty() ? null : r.sum();
    }

    private static List<StatusTimeCalculator> perStatus(BusinessCalendar calendar, Instant asOf) {
        List<StatusTimeCalculator> list = new ArrayList<>();
        for (InteractionStatus s : InteractionStatus.values()) {
            StatusTimeCalculator c = CxMetrics.timeInStatus(s);
            c = calendar == null ? c : c.inBusinessTime(calendar);
            list.add(asOf == null ? c : c.asOf(asOf));
        }
        return list;
    }

    private static Duration sum(List<StatusTimeCalculator> calculators, Interaction i) {
        Duration total = Duration.ZERO;
        for (StatusTimeCalculator c : calculators) {
            total = total.plus(one(c, i));
        }
        return total;
    }

    @Test
    void theTimesInAllStatuses_addUpToTheFullResolutionTime() {
        qt().forAll(timeline()).checkAssert(i -> {
            if (!i.hasStatusTimeline() || !i.isSolved()) {
                return;
            }
            assertEquals(CxMetrics.fullResolutionTime().compute(List.of(i)).sum(),
                    sum(perStatus(null, null), i), i::toString);
            assertEquals(CxMetrics.fullResolutionTime().inBusinessTime(OFFICE)
                    .compute(List.of(i)).sum(), sum(perStatus(OFFICE, null), i), i::toString);
            // requester wait, agent wait and time in solved (before a reopen) split it too
            assertEquals(sum(perStatus(null, null), i), one(CxMetrics.requesterWaitTime(), i)
                    .plus(one(CxMetrics.agentWaitTime(), i))
                    .plus(one(CxMetrics.timeInStatus(InteractionStatus.SOLVED), i)));
        });
    }

    @Test
    void asOf_theTimesInAllStatuses_addUpToTheTimeElapsedByThen() {
        qt().forAll(timeline(), longs().between(0, 70L * 86_400_000)).checkAssert((i, ms) -> {
            Instant asOf = START.plusMillis(ms);
            if (!i.hasStatusTimeline() || i.openedAt().isAfter(asOf)) {
                assertEquals(1, CxMetrics.agentWaitTime().asOf(asOf).compute(List.of(i))
                        .skipped() + CxMetrics.agentWaitTime().asOf(asOf).compute(List.of(i))
                        .afterAsOf());
                return;
            }
            DurationResult wait = CxMetrics.requesterWaitTime().asOf(asOf).compute(List.of(i));
            Instant end = wait.openMeasured() == 1 ? asOf : i.lastSolvedAsOf(asOf);
            assertEquals(1, wait.count());
            assertEquals(Duration.ofMillis(end.toEpochMilli() - i.openedAt().toEpochMilli()),
                    sum(perStatus(null, asOf), i), i::toString);
        });
    }

    @Test
    void businessTime_neverExceedsCalendarTime() {
        List<StatusTimeCalculator> calendar = List.of(CxMetrics.requesterWaitTime(),
                CxMetrics.agentWaitTime(), CxMetrics.onHoldTime(), CxMetrics.agentWorkTime(),
                CxMetrics.timeInStatus("waiting on vendor"));
        qt().forAll(timeline()).checkAssert(i -> {
            for (StatusTimeCalculator c : calendar) {
                Duration clock = one(c, i);
                Duration business = one(c.inBusinessTime(OFFICE), i);
                assertEquals(clock == null, business == null);
                assertTrue(clock == null || business.compareTo(clock) <= 0,
                        () -> c + ": " + business + " > " + clock + " for " + i);
            }
        });
    }

    @Test
    void splitAndMerge_equalsOnePass() {
        List<StatusTimeCalculator> calculators = List.of(CxMetrics.requesterWaitTime(),
                CxMetrics.agentWaitTime().inBusinessTime(OFFICE).approximate(2),
                CxMetrics.onHoldTime().asOf(START.plus(Duration.ofDays(30))),
                CxMetrics.timeInStatus("triage").approximate(3));
        qt().forAll(listsOf(timeline(), 0, 60), integers().between(0, 60)).checkAssert(
                (list, cut) -> {
                    for (StatusTimeCalculator c : calculators) {
                        assertSplitMergeEqualsOnePass(c, list, Math.min(cut, list.size()));
                    }
                });
    }
}
