package io.github.cxmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PurchaseTest {

    private static final Instant AT = Instant.parse("2024-04-02T10:15:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void of_keepsTheExactAmount() {
        Purchase p = Purchase.of("c-1", AT, new BigDecimal("49.90"), EUR);
        assertEquals(new BigDecimal("49.90"), p.amount());
        assertFalse(p.isRefund());
        assertTrue(Purchase.of("c-1", AT, new BigDecimal("-10"), EUR).isRefund());
        assertEquals("shop", p.withAttribute("store", "shop").attributes().get("store"));
    }

    @Test
    void constructor_badComponents_areRejectedByName() {
        assertEquals("customerId must not be blank: ''", assertThrows(IllegalArgumentException.class,
                () -> Purchase.of("", AT, BigDecimal.ONE, EUR)).getMessage());
        assertEquals("at must not be null", assertThrows(NullPointerException.class,
                () -> Purchase.of("c", null, BigDecimal.ONE, EUR)).getMessage());
        assertEquals("amount must not be null", assertThrows(NullPointerException.class,
                () -> Purchase.of("c", AT, null, EUR)).getMessage());
        assertEquals("currency must not be null", assertThrows(NullPointerException.class,
                () -> Purchase.of("c", AT, BigDecimal.ONE, null)).getMessage());
    }
}
