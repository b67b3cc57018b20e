package io.github.cxmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void plusAndMinus_areExact() {
        Money a = Money.of("0.10", "EUR");
        Money b = Money.of("0.20", "EUR");
        assertEquals(new BigDecimal("0.30"), a.plus(b).amount());
        assertEquals(new BigDecimal("-0.10"), a.minus(b).amount());
        assertEquals(new BigDecimal("-0.10"), a.negate().amount());
        // 49.90 × 3 + 0.30 = 150.00
        assertEquals(new BigDecimal("150.00"),
                Money.of("49.90", "EUR").times(new BigDecimal("3")).plus(Money.of("0.30", "EUR")).amount());
    }

    @Test
    void equals_comparesValuesAtAnyScale() {
        assertEquals(Money.of("10", "EUR"), Money.of("10.00", "EUR"));
        assertEquals(Money.of("10", "EUR").hashCode(), Money.of("10.00", "EUR").hashCode());
        assertEquals(Money.zero(EUR), Money.of("0.000", "EUR"));
        assertNotEquals(Money.of("10", "EUR"), Money.of("10", "USD"));
        assertEquals("10.00 EUR", Money.of("10.00", "EUR").toString());
    }

    @Test
    void dividedBy_isAnEstimateInDecimal64() {
        Money third = Money.of("100", "EUR").dividedBy(new BigDecimal(3));
        assertEquals(new BigDecimal("33.33333333333333"), third.amount());
        assertEquals(new BigDecimal("33.33"), third.rounded().amount());
        assertEquals(new BigDecimal("33"), Money.of(third.amount(), Currency.getInstance("JPY"))
                .rounded().amount());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Money.of("1", "EUR").dividedBy(BigDecimal.ZERO));
        assertEquals("divisor must not be 0: 0", e.getMessage());
    }

    @Test
    void mixingCurrencies_namesBoth() {
        Money eur = Money.of("1", "EUR");
        Money usd = Money.of("1", "USD");
        var e = assertThrows(IllegalArgumentException.class, () -> eur.plus(usd));
        assertEquals("cannot mix currencies: EUR and USD", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> eur.minus(usd));
        assertThrows(IllegalArgumentException.class, () -> eur.compareTo(usd));
        assertTrue(Money.of("2", "EUR").compareTo(eur) > 0);
    }

    @Test
    void of_badInput_isRejectedByName() {
        assertEquals("amount must be a decimal number: 1,5", assertThrows(
                IllegalArgumentException.class, () -> Money.of("1,5", "EUR")).getMessage());
        assertEquals("currency code must be an ISO 4217 code: EURO", assertThrows(
                IllegalArgumentException.class, () -> Money.of("1", "EURO")).getMessage());
        assertEquals("amount must not be null", assertThrows(
                NullPointerException.class, () -> Money.of(null, EUR)).getMessage());
        assertEquals("currency must not be null", assertThrows(
                NullPointerException.class, () -> Money.of(BigDecimal.ONE, null)).getMessage());
    }

    @Test
    void purchaseMoney_isItsAmountAndCurrency() {
        Purchase p = Purchase.of("c", Instant.parse("2024-01-01T00:00:00Z"), new BigDecimal("9.99"), EUR);
        assertEquals(Money.of("9.99", "EUR"), p.money());
    }
}
