package io.github.cxmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The edges of the records' ranges (a response's weight, money's digits), each bound accepted and
 * the value just past it refused with its message, and the tie rule of the latest answer.
 */
class ModelBoundsTest {

    private static final Instant T = Instant.parse("2024-04-02T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static Response answer(Instant at, int score, double weight) {
        return Response.of("c1", "nps", 5, at, Channel.EMAIL).withScore(score).withWeight(weight);
    }

    @Test
    void weight_takesZeroAndBothBounds_refusesWhatLiesPastThem() {
        assertEquals(0.0, answer(T, 9, 0).weight());
        assertEquals(1e-100, answer(T, 9, Response.MIN_POSITIVE_WEIGHT).weight());
        assertEquals(1e100, answer(T, 9, Response.MAX_WEIGHT).weight());
        double tooSmall = Math.nextDown(1e-100);
        double tooLarge = Math.nextUp(1e100);
        assertEquals("weight must be 0 or between 1e-100 and 1e100: " + tooSmall,
                assertThrows(IllegalArgumentException.class, () -> answer(T, 9, tooSmall))
                        .getMessage());
        assertEquals("weight must be 0 or between 1e-100 and 1e100: " + tooLarge,
                assertThrows(IllegalArgumentException.class, () -> answer(T, 9, tooLarge))
                        .getMessage());
    }

    @Test
    void money_takesEighteenDigitsEachSideOfThePoint_refusesANineteenth() {
        String eighteen = "123456789012345678";
        assertEquals(new BigDecimal(eighteen + "." + eighteen),
                Money.of(new BigDecimal(eighteen + "." + eighteen), EUR).amount());
        String message = "amount must have at most 18 digits before the decimal point and 18 after"
                + " it: ";
        assertEquals(message + eighteen + "9",
                assertThrows(IllegalArgumentException.class,
                        () -> Money.of(new BigDecimal(eighteen + "9"), EUR)).getMessage());
        assertEquals(message + "0." + eighteen + "9",
                assertThrows(IllegalArgumentException.class,
                        () -> Money.of(new BigDecimal("0." + eighteen + "9"), EUR)).getMessage());
        // 1E+18 has 19 digits before the point although its precision is 1.
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("1E+18"), EUR));
        assertEquals(0, new BigDecimal("1E+17").compareTo(
                Money.of(new BigDecimal("1E+17"), EUR).amount()));
    }

    @Test
    void later_prefersTheLaterInstant_thenTheHigherScore_thenTheHeavierWeight() {
        Response early = answer(T, 10, 2);
        Response late = answer(T.plusSeconds(1), 0, 1);
        assertSame(late, Response.later(early, late));
        assertSame(late, Response.later(late, early));
        Response unanswered = answer(T, Response.NO_SCORE, 5);
        Response scored = answer(T, 0, 1);
        assertSame(scored, Response.later(unanswered, scored), "an unanswered question is first");
        assertSame(scored, Response.later(scored, unanswered));
        Response light = answer(T, 7, 1);
        Response heavy = answer(T, 7, 2);
        assertSame(heavy, Response.later(light, heavy));
        assertSame(heavy, Response.later(heavy, light));
        Response twin = answer(T, 7, 1);
        assertSame(light, Response.later(light, twin), "a full tie keeps the first");
        assertSame(twin, Response.later(twin, light));
    }

    @Test
    void byRecency_ordersAsLaterDoes() {
        Response a = answer(T, 7, 1);
        assertTrue(Response.BY_RECENCY.compare(a, answer(T.plusNanos(1), 0, 1)) < 0);
        assertTrue(Response.BY_RECENCY.compare(a, answer(T, 6, 1)) > 0);
        assertTrue(Response.BY_RECENCY.compare(a, answer(T, 7, 0.5)) > 0);
        assertEquals(0, Response.BY_RECENCY.compare(a, answer(T, 7, 1)));
    }

    @Test
    void interactionAttribute_refusesANullValueNamingTheAttribute() {
        Interaction.Builder builder = Interaction.builder("t1", "c1", Channel.CHAT, T);
        assertEquals("attribute value must not be null: queue",
                assertThrows(NullPointerException.class, () -> builder.attribute("queue", null))
                        .getMessage());
    }
}
