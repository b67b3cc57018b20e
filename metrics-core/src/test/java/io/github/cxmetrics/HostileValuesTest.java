package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.support.BusinessCalendar;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.value.Ltv;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values at the edge of what the types hold, as a hostile caller or file gives them: each is
 * either computed or refused with a message naming the parameter and the value, never an
 * arithmetic failure from deep inside.
 */
class HostileValuesTest {

    private static final Instant T = Instant.parse("2024-04-02T10:15:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static String message(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void hugeOrTinyWeights_areRefusedByName() {
        assertEquals("weight must be 0 or between 1e-100 and 1e100: 1.0E155", message(() ->
                Response.of("c", "nps", 9, T, Channel.EMAIL).withWeight(1e155)));
        assertEquals("weight must be 0 or between 1e-100 and 1e100: 1.0E-200", message(() ->
                Response.of("c", "nps", 9, T, Channel.EMAIL).withWeight(1e-200)));
        // The largest weights still give finite statistics.
        List<Response> heavy = List.of(
                Response.of("a", "nps", 10, T, Channel.EMAIL).withWeight(Response.MAX_WEIGHT),
                Response.of("b", "nps", 0, T, Channel.EMAIL).withWeight(Response.MAX_WEIGHT),
                Response.of("c", "nps", 9, T, Channel.EMAIL).withWeight(Response.MIN_POSITIVE_WEIGHT));
        NpsResult nps = CxMetrics.nps().compute(heavy);
        assertEquals(0.0, nps.score(), 1e-9);
        assertEquals(2.0, nps.effectiveSampleSize(), 1e-9);
        assertTrue(Double.isFinite(nps.confidenceInterval(0.95).lower()));
    }

    @Test
    void moneyWithTooManyDigits_isRefused_theExponentCounting() {
        assertEquals("amount must have at most 18 digits before the decimal point and 18 after"
                + " it: 1E+999999999", message(() -> Money.of(new BigDecimal("1e999999999"), EUR)));
        assertEquals("amount must have at most 18 digits before the decimal point and 18 after"
                + " it: 1E-999999999", message(() -> Money.of("1e-999999999", "EUR")));
        assertEquals("amount must have at most 18 digits before the decimal point and 18 after"
                + " it: 1E-999999999", message(() -> Purchase.of("c", T,
                        new BigDecimal("1e-999999999"), EUR)));
        assertEquals(new BigDecimal("999999999999999999.999999999999999999"),
                Money.of("999999999999999999.999999999999999999", "EUR").amount());
        assertEquals(new BigDecimal("1E+17"), Money.of("1e17", "EUR").amount());
    }

    @Test
    void discountedValue_overTheLongestHorizon_isComputed() {
        Money m = Money.of("100", "EUR");
        // q^H vanishes: the perpetual value.
        assertEquals(Ltv.discountedPerpetual(m, 0.8, 0.1),
                Ltv.discounted(m, 0.8, 0.1, Integer.MAX_VALUE));
        // No discount and no churn: m × H, exactly.
        assertEquals(Money.of("214748364700", "EUR"), Ltv.discounted(m, 1, 0, Integer.MAX_VALUE));
        // A power that does not vanish, past the exponents BigDecimal.pow takes.
        double r = 1 - 1e-12;
        double h = Integer.MAX_VALUE;
        double expected = 100 * r * (1 - Math.exp(h * Math.log1p(-1e-12))) / 1e-12;
        assertEquals(expected, Ltv.discounted(m, r, 0, Integer.MAX_VALUE).amount().doubleValue(),
                expected * 1e-6);
    }

    @Test
    void businessTime_overTheWholeRangeOfInstants_isComputed() {
        BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        Duration all = office.businessDuration(Instant.MIN, Instant.MAX);
        assertTrue(all.compareTo(Duration.between(Instant.MIN, Instant.MAX)) < 0);
        assertEquals(Duration.ZERO, office.businessDuration(Instant.MAX, Instant.MAX));
    }
}
