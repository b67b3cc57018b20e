package io.github.cxmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The optional accessors of the records, and money's rounding, zero, equality and hash. */
class ModelAccessorsTest {

    private static final Instant T = Instant.parse("2024-04-02T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void interaction_optionalAccessors_returnWhatWasSet() {
        Interaction i = Interaction.builder("t1", "c1", Channel.PHONE, T).agent("a7")
                .priority("high").firstReplyAt(T.plusSeconds(60)).firstSolvedAt(T.plusSeconds(120))
                .lastSolvedAt(T.plusSeconds(180)).reopens(1).talkTime(Duration.ofMinutes(4))
                .holdTime(Duration.ofMinutes(1)).afterCallWork(Duration.ofSeconds(30))
                .attributes(Map.of("queue", "billing", "region", "eu")).build();
        assertEquals(Optional.of("a7"), i.agentIdIfSet());
        assertEquals(Optional.of("high"), i.priorityIfSet());
        assertEquals(Optional.of(T.plusSeconds(120)), i.firstSolvedAtIfSet());
        assertEquals(Optional.of(T.plusSeconds(180)), i.lastSolvedAtIfSet());
        assertEquals(Optional.of(Duration.ofMinutes(1)), i.holdTimeIfSet());
        assertEquals(Optional.of(Duration.ofSeconds(30)), i.afterCallWorkIfSet());
        assertEquals(Map.of("queue", "billing", "region", "eu"), i.attributes());
        Interaction bare = Interaction.builder("t2", "c1", Channel.CHAT, T).build();
        assertEquals(Optional.empty(), bare.agentIdIfSet());
        assertEquals(Optional.empty(), bare.priorityIfSet());
        assertEquals(Optional.empty(), bare.lastSolvedAtIfSet());
        assertEquals(Map.of(), bare.attributes());
    }

    @Test
    void customer_acquisitionCost_isOptional() {
        Customer c = Customer.of("c1", "retail", T);
        assertEquals(Optional.empty(), c.acquisitionCostIfKnown());
        Money cost = Money.of(new BigDecimal("12.50"), EUR);
        assertEquals(Optional.of(cost), c.withAcquisitionCost(cost).acquisitionCostIfKnown());
    }

    @Test
    void purchase_isARefundOnlyWhenNegative() {
        assertTrue(Purchase.of("c1", T, new BigDecimal("-0.01"), EUR).isRefund());
        assertFalse(Purchase.of("c1", T, BigDecimal.ZERO, EUR).isRefund());
        assertFalse(Purchase.of("c1", T, new BigDecimal("0.01"), EUR).isRefund());
    }

    @Test
    void money_roundsToTheMinorUnit() {
        assertEquals(new BigDecimal("33.33"), Money.of(new BigDecimal("33.334"), EUR).rounded().amount());
        assertEquals(new BigDecimal("34"),
                Money.of(new BigDecimal("33.5"), Currency.getInstance("JPY")).rounded().amount());
        // gold has no minor unit: four decimals
        assertEquals(new BigDecimal("1.2346"),
                Money.of(new BigDecimal("1.234567"), Currency.getInstance("XAU")).rounded().amount());
    }

    @Test
    void money_zeroEqualityAndHash_ignoreTheScale() {
        assertTrue(Money.of(new BigDecimal("0.000"), EUR).isZero());
        assertFalse(Money.of(new BigDecimal("0.001"), EUR).isZero());
        assertFalse(Money.of(new BigDecimal("-1"), EUR).isZero());
        Money a = Money.of(new BigDecimal("2.50"), EUR);
        Money b = Money.of(new BigDecimal("2.5"), EUR);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        Money usd = Money.of(new BigDecimal("2.50"), Currency.getInstance("USD"));
        assertNotEquals(a, usd);
        assertNotEquals(a.hashCode(), usd.hashCode());
        Money other = Money.of(new BigDecimal("2.51"), EUR);
        assertNotEquals(a, other);
        assertNotEquals(a.hashCode(), other.hashCode());
    }
}
