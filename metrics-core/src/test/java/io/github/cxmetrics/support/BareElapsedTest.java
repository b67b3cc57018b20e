package io.github.cxmetrics.support;

import static io.github.cxmetrics.MergeChecks.accumulated;
import static io.github.cxmetrics.MergeChecks.assertSameState;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bare pairs of instants ({@code addElapsed}) count exactly as interactions with them. */
class BareElapsedTest {

    private static final Instant T0 = Instant.parse("2024-04-08T09:00:00Z");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
            .build();

    @Test
    void bareInstants_giveTheResultAndTheBytesOfTheInteractions() {
        ElapsedTimeCalculator[] calculators = {
            CxMetrics.firstResponseTime(),
            CxMetrics.fullResolutionTime().inBusinessTime(OFFICE),
            CxMetrics.firstResolutionTime().approximate(3),
            CxMetrics.firstResponseTime().between(Instant.parse("2024-02-01T00:00:00Z"),
                    Instant.parse("2024-03-01T00:00:00Z")),
        };
        for (ElapsedTimeCalculator calc : calculators) {
            qt().forAll(SupportProperties.interactions()).checkAssert(interactions -> {
                // The bare path has no channel: a call never picked up is the caller's to leave
                // out, as the interaction path counts it apart (not applicable).
                List<Interaction> applicable = interactions.stream()
                        .filter(calc.milestone()::appliesTo).toList();
                Accumulator<Interaction, DurationResult> actual = calc.accumulator();
                for (Interaction i : applicable) {
                    calc.addElapsed(actual, i.openedAt(), calc.milestone().reachedAt(i));
                }
                assertSameState(accumulated(calc, applicable), actual);
            });
        }
    }

    @Test
    void bareInstants_handCounted() {
        ElapsedTimeCalculator frt = CxMetrics.firstResponseTime();
        Accumulator<Interaction, DurationResult> acc = frt.accumulator();
        frt.addElapsed(acc, T0, T0.plusSeconds(40 * 60));
        frt.addElapsed(acc, T0, T0.plusSeconds(20 * 60));
        frt.addElapsed(acc, T0, null);
        DurationResult result = acc.snapshot();
        assertEquals(2, result.count());
        assertEquals(1, result.open());
        assertEquals(Duration.ofMinutes(30), result.mean());
        assertEquals(Duration.ofMinutes(40), result.max());
    }

    @Test
    void anEndBeforeTheStart_isRefused() {
        ElapsedTimeCalculator frt = CxMetrics.firstResponseTime();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> frt.addElapsed(frt.accumulator(), T0, T0.minusMillis(1)));
        assertEquals("reachedAt must not be before openedAt: reachedAt 2024-04-08T08:59:59.999Z,"
                + " openedAt 2024-04-08T09:00:00Z", e.getMessage());
        assertThrows(NullPointerException.class, () -> frt.addElapsed(frt.accumulator(), null, T0));
    }

    @Test
    void aCalendarPerInteraction_isRefused() {
        ElapsedTimeCalculator frt = CxMetrics.firstResponseTime().inBusinessTime(i -> OFFICE);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> frt.addElapsed(frt.accumulator(), T0, T0.plusSeconds(60)));
        assertEquals("addElapsed needs one business calendar, not a calendar per interaction: "
                + frt, e.getMessage());
    }

    @Test
    void anAccumulatorOfAnotherCalculator_isRefused() {
        Accumulator<Interaction, DurationResult> other =
                CxMetrics.fullResolutionTime().accumulator();
        assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.firstResponseTime().addElapsed(other, T0, T0));
    }
}
