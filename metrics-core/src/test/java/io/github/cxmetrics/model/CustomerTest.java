package io.github.cxmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant JAN = Instant.parse("2024-01-15T09:00:00Z");
    private static final Instant JUN = Instant.parse("2024-06-02T00:00:00Z");

    @Test
    void of_isActiveWithUnknownCost() {
        Customer c = Customer.of("c-17", "retail", JAN);
        assertTrue(c.isActive());
        assertEquals(Optional.empty(), c.churnedAtIfAny());
        assertEquals(Optional.empty(), c.acquisitionCostIfKnown());
        assertEquals(Map.of(), c.attributes());
    }

    @Test
    void withers_buildAChurnedCustomer() {
        Customer c = Customer.of("c-17", "retail", JAN)
                .withAcquisitionCost(Money.of("120.00", "EUR"))
                .withChurnedAt(JUN)
                .withAttribute("region", "north")
                .withSegment("enterprise");
        assertFalse(c.isActive());
        assertEquals(Optional.of(JUN), c.churnedAtIfAny());
        assertEquals(Money.of("120", "EUR"), c.acquisitionCost());
        assertEquals("north", c.attributeOr("region", "(none)"));
        assertEquals("(none)", c.attributeOr("plan", "(none)"));
        assertEquals(Optional.of("north"), c.attribute("region"));
        assertEquals("enterprise", c.segment());
        assertTrue(c.withChurnedAt(null).isActive());
    }

    @Test
    void isActiveAt_isHalfOpenFromAcquisitionToChurn() {
        Customer c = Customer.of("c", "s", JAN).withChurnedAt(JUN);
        assertFalse(c.isActiveAt(JAN.minusSeconds(1)));
        assertTrue(c.isActiveAt(JAN));
        assertTrue(c.isActiveAt(JUN.minusSeconds(1)));
        assertFalse(c.isActiveAt(JUN));
        assertTrue(Customer.of("c", "s", JAN).isActiveAt(JUN.plusSeconds(1_000_000)));
    }

    @Test
    void acquiredAndChurnedTheSameInstant_isAllowedAndNeverActive() {
        Customer c = Customer.of("c", "s", JAN).withChurnedAt(JAN);
        assertFalse(c.isActive());
        assertFalse(c.isActiveAt(JAN));
    }

    @Test
    void constructor_churnedBeforeAcquired_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Customer.of("c-1", "retail", JUN).withChurnedAt(JAN));
        assertEquals("churnedAt must not be before acquiredAt 2024-06-02T00:00:00Z:"
                + " 2024-01-15T09:00:00Z (customer c-1)", e.getMessage());
    }

    @Test
    void constructor_negativeAcquisitionCost_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Customer.of("c-1", "retail", JAN).withAcquisitionCost(Money.of("-5", "EUR")));
        assertEquals("acquisitionCost must be >= 0: -5 EUR (customer c-1)", e.getMessage());
        // a zero cost (an organic customer) is fine
        assertTrue(Customer.of("c-1", "retail", JAN).withAcquisitionCost(Money.of("0", "EUR"))
                .acquisitionCost().isZero());
    }

    @Test
    void constructor_badComponents_areRejectedByName() {
        assertEquals("id must not be blank: ' '", assertThrows(IllegalArgumentException.class,
                () -> Customer.of(" ", "retail", JAN)).getMessage());
        assertEquals("segment must not be blank: ''", assertThrows(IllegalArgumentException.class,
                () -> Customer.of("c", "", JAN)).getMessage());
        assertEquals("acquiredAt must not be null", assertThrows(NullPointerException.class,
                () -> Customer.of("c", "s", null)).getMessage());
        assertEquals("attributes must not be null", assertThrows(NullPointerException.class,
                () -> new Customer("c", "s", JAN, null, null, null)).getMessage());
    }
}
