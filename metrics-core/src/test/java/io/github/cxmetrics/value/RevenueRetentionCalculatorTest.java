package io.github.cxmetrics.value;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.value.ValueFixtures.EUR;
import static io.github.cxmetrics.value.ValueFixtures.USD;
import static io.github.cxmetrics.value.ValueFixtures.at;
import static io.github.cxmetrics.value.ValueFixtures.customer;
import static io.github.cxmetrics.value.ValueFixtures.month;
import static io.github.cxmetrics.value.ValueFixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueRetentionCalculatorTest {

    private static final RevenueRetentionCalculator APRIL =
            CxMetrics.revenueRetention().asOf(at("2024-04-01T00:00:00Z"));

    /**
     * January cohort p, q, r and February cohort s:
     * <pre>
     *   p: Jan 100, Feb 150 (expansion), Mar 80
     *   q: Jan 50, nothing in Feb, Mar 60 and a refund of 10
     *   r: nothing in Jan, Feb 30
     *   s (Feb): Feb 40, Mar 40
     * </pre>
     */
    private static List<CustomerPurchases> histories() {
        List<Customer> customers = List.of(
                customer("p", "s", "2024-01-05", null),
                customer("q", "s", "2024-01-20", null),
                customer("r", "s", "2024-01-25", null),
                customer("s", "s", "2024-02-03", null));
        List<Purchase> purchases = List.of(
                purchase("p", "2024-01-05", "100"), purchase("p", "2024-02-07", "150"),
                purchase("p", "2024-03-07", "80"),
                purchase("q", "2024-01-21", "50"), purchase("q", "2024-03-02", "60"),
                purchase("q", "2024-03-09", "-10"),
                purchase("r", "2024-02-14", "30"),
                purchase("s", "2024-02-03", "40"), purchase("s", "2024-03-03", "40"));
        return CustomerPurchases.join(customers, purchases);
    }

    @Test
    void compute_javadocExample_netAndGross() {
        // two customers: 100 and 50 at age 0, 150 and 0 at age 1 → net 150/150, gross 100/150
        List<CustomerPurchases> two = CustomerPurchases.join(
                List.of(customer("x", "s", "2024-01-02", null), customer("y", "s", "2024-01-03", null)),
                List.of(purchase("x", "2024-01-02", "100"), purchase("y", "2024-01-03", "50"),
                        purchase("x", "2024-02-02", "150")));
        CohortRevenue jan = CxMetrics.revenueRetention().compute(two).cohorts().get(month("2024-01"));
        assertEquals(1.0, jan.netRetention(1), 1e-15);
        assertEquals(2.0 / 3, jan.grossRetention(1), 1e-15);
    }

    @Test
    void compute_handComputedCohorts() {
        RevenueRetentionTable t = APRIL.compute(histories());
        assertEquals(4, t.customers());
        assertEquals(EUR, t.currency().orElseThrow());
        CohortRevenue jan = t.cohorts().get(month("2024-01"));
        assertEquals(3, jan.customers());
        assertEquals(3, jan.ages());
        // base: 100 + 50 = 150
        assertEquals(Money.of("150", "EUR"), jan.baseRevenue());
        assertEquals(1.0, jan.netRetention(0));
        assertEquals(1.0, jan.grossRetention(0));
        // February: net 150 + 0 + 30 = 180 → 1.2; gross min(150, 100) + 0 + min(30, 0) = 100
        assertEquals(Money.of("180", "EUR"), jan.revenue(1));
        assertEquals(Money.of("100", "EUR"), jan.retainedRevenue(1));
        assertEquals(1.2, jan.netRetention(1), 1e-15);
        assertEquals(100.0 / 150, jan.grossRetention(1), 1e-15);
        // March: net 80 + (60 − 10) = 130; gross min(80, 100) + min(50, 50) = 130
        assertEquals(Money.of("130", "EUR"), jan.revenue(2));
        assertEquals(130.0 / 150, jan.netRetention(2), 1e-15);
        assertEquals(130.0 / 150, jan.grossRetention(2), 1e-15);
        CohortRevenue feb = t.cohorts().get(month("2024-02"));
        assertEquals(1.0, feb.netRetention(1), 1e-15);
        assertEquals("2024-02: 1 customers, revenue 40 40 (net 100.0% 100.0%, gross 100.0% 100.0%)",
                feb.toString());
    }

    @Test
    void rows_areValuesWithTheirText() {
        RevenueRetentionTable t = APRIL.compute(histories());
        CohortRevenue jan = t.cohorts().get(month("2024-01"));
        assertEquals(month("2024-01"), jan.cohort());
        // net 150/150, 180/150, 130/150; gross 150/150, 100/150, 130/150 (compute_handComputedCohorts)
        assertEquals("2024-01: 3 customers, revenue 150 180 130 (net 100.0% 120.0% 86.7%,"
                + " gross 100.0% 66.7% 86.7%)", jan.toString());
        assertEquals("revenue retention by MONTH in Z, as of 2024-04-01T00:00:00Z: 4 customers,"
                + " 2 cohorts\n" + jan + "\n"
                + t.cohorts().get(month("2024-02")), t.toString());
        failure(IllegalArgumentException.class, () -> jan.revenue(3), "age must be in [0, 2]: 3");
        failure(IllegalArgumentException.class, () -> jan.grossRetention(-1),
                "age must be in [0, 2]: -1");
        RevenueRetentionTable again = APRIL.compute(histories());
        assertEquals(t, again);
        assertEquals(t.hashCode(), again.hashCode());
        assertEquals(jan.hashCode(), again.cohorts().get(month("2024-01")).hashCode());
        // one refund less: the same customers and base, other revenue at age 2
        List<CustomerPurchases> fewer = new java.util.ArrayList<>(histories());
        fewer.set(1, CustomerPurchases.of(customer("q", "s", "2024-01-20", null),
                purchase("q", "2024-01-21", "50"), purchase("q", "2024-03-02", "60")));
        CohortRevenue other = APRIL.compute(fewer).cohorts().get(month("2024-01"));
        assertEquals(jan.baseRevenue(), other.baseRevenue());
        assertFalse(jan.equals(other), other.toString());
        assertFalse(t.equals(APRIL.compute(fewer)));
    }

    @Test
    void zeroBase_isUndefined() {
        List<CustomerPurchases> late = CustomerPurchases.join(
                List.of(customer("r", "s", "2024-01-25", null)),
                List.of(purchase("r", "2024-02-14", "30")));
        CohortRevenue jan = CxMetrics.revenueRetention().compute(late).cohorts().get(month("2024-01"));
        assertEquals(Money.of("30", "EUR"), jan.revenue(1));
        failure(IllegalStateException.class, () -> jan.netRetention(1),
                "net revenue retention of cohort 2024-01 is undefined: its base revenue is 0 EUR");
        assertEquals("2024-01: 1 customers, revenue 0 30 (retention undefined)", jan.toString());
    }

    @Test
    void noPurchasesAtAll_hasNoCurrencyUnlessGiven() {
        List<CustomerPurchases> none = List.of(CustomerPurchases.of(customer("a", "s", "2024-01-02", null)));
        CohortRevenue row = CxMetrics.revenueRetention().compute(none).cohorts().get(month("2024-01"));
        failure(IllegalStateException.class, row::baseRevenue,
                "revenue of cohort 2024-01 has no currency: no purchase was seen; give the"
                + " calculator one with currency(...)");
        assertEquals(Money.zero(EUR), CxMetrics.revenueRetention().currency(EUR).compute(none)
                .cohorts().get(month("2024-01")).baseRevenue());
    }

    @Test
    void mixedCurrencies_areRejected() {
        List<CustomerPurchases> mixed = List.of(
                CustomerPurchases.of(customer("a", "s", "2024-01-02", null), purchase("a", "2024-01-03", "5")),
                CustomerPurchases.of(customer("b", "s", "2024-01-02", null),
                        Purchase.of("b", at("2024-01-04"), BigDecimal.TEN, USD)));
        failure(IllegalArgumentException.class, () -> CxMetrics.revenueRetention().compute(mixed),
                "cannot mix currencies: EUR and USD");
        failure(IllegalArgumentException.class,
                () -> CxMetrics.revenueRetention().currency(USD).compute(mixed),
                "cannot mix currencies: USD and EUR");
    }

    @Test
    void asOf_ignoresLaterPurchases() {
        RevenueRetentionTable feb = CxMetrics.revenueRetention().asOf(at("2024-03-01T00:00:00Z"))
                .compute(histories());
        assertEquals(2, feb.cohorts().get(month("2024-01")).ages());
        assertEquals(1, feb.cohorts().get(month("2024-02")).ages());
        // without asOf the latest purchase (9 March) ends the table in March
        assertEquals(APRIL.compute(histories()).cohorts(),
                CxMetrics.revenueRetention().compute(histories()).cohorts());
    }

    @Test
    void compute_empty_isEmpty() {
        RevenueRetentionTable t = CxMetrics.revenueRetention().compute(List.of());
        assertTrue(t.isEmpty());
        assertFalse(t.currency().isPresent());
    }

    @Test
    void groupBy_andPlus_addUpToTheWhole() {
        var byCustomer = APRIL.groupBy(CustomerPurchases::id).compute(histories());
        RevenueRetentionTable sum = byCustomer.values().stream()
                .reduce(RevenueRetentionTable::plus).orElseThrow();
        assertEquals(APRIL.compute(histories()), sum);
    }
}
