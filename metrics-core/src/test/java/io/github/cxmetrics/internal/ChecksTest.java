package io.github.cxmetrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The argument checks every public entry point uses: what passes, and the exact messages. */
class ChecksTest {

    private static String message(Class<? extends Throwable> type, Runnable call) {
        return assertThrows(type, call::run).getMessage();
    }

    @Test
    void requireNonBlank_returnsTheValueOrNamesIt() {
        assertEquals("nps", Checks.requireNonBlank("nps", "question"));
        assertEquals("question must not be null",
                message(NullPointerException.class, () -> Checks.requireNonBlank(null, "question")));
        assertEquals("question must not be blank: ' '",
                message(IllegalArgumentException.class, () -> Checks.requireNonBlank(" ", "question")));
        assertEquals("question must not be blank: ''",
                message(IllegalArgumentException.class, () -> Checks.requireNonBlank("", "question")));
        assertEquals("id must not be null",
                message(NullPointerException.class, () -> Checks.requireNonNull(null, "id")));
        Object o = new Object();
        assertSame(o, Checks.requireNonNull(o, "id"));
    }

    @Test
    void addCount_addsWithoutWrapping() {
        assertEquals(5, Checks.addCount(2, 3, "count"));
        // opposite signs never overflow, whichever is negative
        assertEquals(-2, Checks.addCount(-5, 3, "count"));
        assertEquals(-2, Checks.addCount(3, -5, "count"));
        assertEquals(-1, Checks.addCount(Long.MAX_VALUE, Long.MIN_VALUE, "count"));
        assertEquals("nps count overflows a long: 9223372036854775807 + 1", message(
                ArithmeticException.class, () -> Checks.addCount(Long.MAX_VALUE, 1, "nps count")));
        assertEquals("count overflows a long: -9223372036854775808 + -1", message(
                ArithmeticException.class, () -> Checks.addCount(Long.MIN_VALUE, -1, "count")));
    }

    @Test
    void attributes_areLookedUpByName() {
        Map<String, String> team = Map.of("team", "eu");
        assertEquals(java.util.Optional.of("eu"), Checks.attribute(team, "team"));
        assertEquals(java.util.Optional.empty(), Checks.attribute(team, "region"));
        assertEquals("eu", Checks.attributeOr(team, "team", "us"));
        assertEquals("us", Checks.attributeOr(team, "region", "us"));
        assertEquals(2.5, Checks.requireWeight(2.5));
        assertEquals(0.0, Checks.requireWeight(0));
    }

    @Test
    void numberChecks_acceptTheirRangeAndNameTheValueOutside() {
        assertEquals(0.0, Checks.requireNonNegativeFinite(0, "weight"));
        assertEquals(2.5, Checks.requireNonNegativeFinite(2.5, "weight"));
        for (double bad : new double[] {-0.001, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals("weight must be finite and >= 0: " + bad, message(
                    IllegalArgumentException.class, () -> Checks.requireNonNegativeFinite(bad, "weight")));
        }
        assertEquals(Double.MIN_VALUE, Checks.requirePositiveFinite(Double.MIN_VALUE, "rate"));
        assertEquals(3.0, Checks.requirePositiveFinite(3, "rate"));
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals("rate must be finite and > 0: " + bad, message(
                    IllegalArgumentException.class, () -> Checks.requirePositiveFinite(bad, "rate")));
        }
        assertEquals(0L, Checks.requireNonNegative(0L, "count"));
        assertEquals(7L, Checks.requireNonNegative(7L, "count"));
        assertEquals("count must be >= 0: -1", message(IllegalArgumentException.class,
                () -> Checks.requireNonNegative(-1L, "count")));
        assertEquals(0, Checks.requireNonNegative(0, "reopens"));
        assertEquals(4, Checks.requireNonNegative(4, "reopens"));
        assertEquals("reopens must be >= 0: -2", message(IllegalArgumentException.class,
                () -> Checks.requireNonNegative(-2, "reopens")));
        assertEquals(1, Checks.requireInRange(1, 1, 5, "digits"));
        assertEquals(5, Checks.requireInRange(5, 1, 5, "digits"));
        assertEquals(3, Checks.requireInRange(3, 1, 5, "digits"));
        assertEquals("digits must be in [1, 5]: 0", message(IllegalArgumentException.class,
                () -> Checks.requireInRange(0, 1, 5, "digits")));
        assertEquals("digits must be in [1, 5]: 6", message(IllegalArgumentException.class,
                () -> Checks.requireInRange(6, 1, 5, "digits")));
    }

    @Test
    void requireLevel_isTheOpenUnitInterval() {
        assertEquals(0.95, Checks.requireLevel(0.95));
        assertEquals(Math.nextUp(0.0), Checks.requireLevel(Math.nextUp(0.0)));
        assertEquals(Math.nextDown(1.0), Checks.requireLevel(Math.nextDown(1.0)));
        for (double bad : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
            assertEquals("confidence level must be in (0, 1): " + bad,
                    message(IllegalArgumentException.class, () -> Checks.requireLevel(bad)));
        }
    }

    @Test
    void requireWindow_needsFromBeforeTo() {
        Instant a = Instant.parse("2024-01-01T00:00:00Z");
        Instant b = a.plusNanos(1);
        Checks.requireWindow(a, b);
        assertEquals("from must be before to: [2024-01-01T00:00:00Z, 2024-01-01T00:00:00Z)",
                message(IllegalArgumentException.class, () -> Checks.requireWindow(a, a)));
        assertEquals("from must be before to: [2024-01-01T00:00:00.000000001Z, 2024-01-01T00:00:00Z)",
                message(IllegalArgumentException.class, () -> Checks.requireWindow(b, a)));
        assertEquals("from must not be null",
                message(NullPointerException.class, () -> Checks.requireWindow(null, b)));
        assertEquals("to must not be null",
                message(NullPointerException.class, () -> Checks.requireWindow(a, null)));
    }

    @Test
    void requireSameCurrency_acceptsTheFirstAndTheSame() {
        Currency eur = Currency.getInstance("EUR");
        Currency usd = Currency.getInstance("USD");
        assertSame(eur, Checks.requireSameCurrency(null, eur));
        assertSame(eur, Checks.requireSameCurrency(eur, eur));
        assertEquals("cannot mix currencies: EUR and USD", message(IllegalArgumentException.class,
                () -> Checks.requireSameCurrency(eur, usd)));
        assertEquals("currency must not be null", message(NullPointerException.class,
                () -> Checks.requireSameCurrency(eur, null)));
    }

    @Test
    void attributes_areCopiedAndChecked() {
        Map<String, String> mutable = new HashMap<>(Map.of("tier", "gold"));
        Map<String, String> copy = Checks.attributes(mutable);
        mutable.put("tier", "silver");
        assertEquals(Map.of("tier", "gold"), copy);
        assertThrows(UnsupportedOperationException.class, () -> copy.put("x", "y"));
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("tier", null);
        assertEquals("attribute value must not be null: tier",
                message(NullPointerException.class, () -> Checks.attributes(nullValue)));
        assertEquals("attribute name must not be blank: ' '",
                message(IllegalArgumentException.class, () -> Checks.attributes(Map.of(" ", "x"))));
        assertEquals("attributes must not be null",
                message(NullPointerException.class, () -> Checks.attributes(null)));

        assertEquals(Map.of("tier", "gold", "region", "eu"),
                Checks.withAttribute(Map.of("tier", "gold"), "region", "eu"));
        assertEquals(Map.of("tier", "silver"), Checks.withAttribute(Map.of("tier", "gold"), "tier", "silver"));
        Map<String, String> same = Map.of("tier", "gold");
        assertSame(same, Checks.withAttribute(same, "tier", "gold"));
        assertEquals("attribute value must not be null: tier",
                message(NullPointerException.class, () -> Checks.withAttribute(same, "tier", null)));
        assertEquals("attribute name must not be blank: ''",
                message(IllegalArgumentException.class, () -> Checks.withAttribute(same, "", "x")));
    }

    @Test
    void setOnce_refusesASecondSettingAndAddsToACopy() {
        Set<TimeUnit> set = SetOnce.plus(EnumSet.noneOf(TimeUnit.class), TimeUnit.SECONDS);
        assertEquals(Set.of(TimeUnit.SECONDS), set);
        SetOnce.check(set, TimeUnit.DAYS, "days", 1);
        assertEquals("seconds was already set to 5", message(IllegalStateException.class,
                () -> SetOnce.check(set, TimeUnit.SECONDS, "seconds", 5)));
        Set<TimeUnit> more = SetOnce.plus(set, TimeUnit.DAYS);
        assertEquals(Set.of(TimeUnit.SECONDS, TimeUnit.DAYS), more);
        assertEquals(Set.of(TimeUnit.SECONDS), set);
        assertThrows(UnsupportedOperationException.class, () -> more.add(TimeUnit.HOURS));
    }
}
