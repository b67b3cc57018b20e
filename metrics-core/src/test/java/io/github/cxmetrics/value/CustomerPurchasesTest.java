package io.github.cxmetrics.value;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.value.ValueFixtures.EUR;
import static io.github.cxmetrics.value.ValueFixtures.USD;
import static io.github.cxmetrics.value.ValueFixtures.at;
import static io.github.cxmetrics.value.ValueFixtures.customer;
import static io.github.cxmetrics.value.ValueFixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerPurchasesTest {

    private static final Customer A = customer("a", "retail", "2024-01-02", null);
    private static final Customer B = customer("b", "pro", "2024-01-05", "2024-03-01");

    @Test
    void join_givesEachCustomerTheirPurchasesInTimeOrder() {
        List<CustomerPurchases> joined = CustomerPurchases.join(List.of(A, B), List.of(
                purchase("b", "2024-02-01", "20"), purchase("a", "2024-03-01", "5"),
                purchase("a", "2024-01-03", "10"), purchase("b", "2024-04-01", "7")));
        assertEquals(List.of("a", "b"), joined.stream().map(CustomerPurchases::id).toList());
        assertEquals(List.of(new BigDecimal("10"), new BigDecimal("5")),
                joined.get(0).purchases().stream().map(Purchase::amount).toList());
        // a purchase after the churn is kept: a customer may come back
        assertEquals(Money.of("27", "EUR"), joined.get(1).revenue(EUR));
        assertEquals("pro", joined.get(1).segment());
        assertTrue(CustomerPurchases.join(List.of(A), List.of()).get(0).purchases().isEmpty());
        assertEquals(Money.zero(EUR), CustomerPurchases.of(A).revenue(EUR));
    }

    @Test
    void join_badInput_isRejected() {
        assertEquals("customer ids must be unique: a", assertThrows(IllegalArgumentException.class,
                () -> CustomerPurchases.join(List.of(A, A), List.of())).getMessage());
        assertEquals("purchase of an unknown customer: z (at 2024-01-03T12:00:00Z, 1 EUR)",
                assertThrows(IllegalArgumentException.class, () -> CustomerPurchases.join(
                        List.of(A), List.of(purchase("z", "2024-01-03", "1")))).getMessage());
    }

    @Test
    void constructor_purchaseBeforeAcquisition_isRejected() {
        failure(IllegalArgumentException.class,
                () -> CustomerPurchases.of(A, purchase("a", "2024-01-01", "1")),
                "purchase must not be before the acquisition 2024-01-02T12:00:00Z of customer a:"
                + " 2024-01-01T12:00:00Z");
    }

    @Test
    void constructor_purchaseOfAnotherCustomer_isRejected() {
        failure(IllegalArgumentException.class,
                () -> CustomerPurchases.of(A, purchase("b", "2024-01-06", "1")),
                "purchase of customer b given with customer a (at 2024-01-06T12:00:00Z)");
    }

    @Test
    void revenue_inAnotherCurrency_isRejected() {
        CustomerPurchases h = CustomerPurchases.of(A, purchase("a", "2024-01-03", "1"),
                Purchase.of("a", at("2024-01-04"), BigDecimal.ONE, USD));
        failure(IllegalArgumentException.class, () -> h.revenue(EUR),
                "cannot mix currencies: EUR and USD");
    }
}
