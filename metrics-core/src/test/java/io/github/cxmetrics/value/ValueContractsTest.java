package io.github.cxmetrics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contracts of the customer-value calculators and results: each option set once, results
 * combined only with results of the same options, equality, summaries and the undefined cases.
 */
class ValueContractsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant JAN = Instant.parse("2024-01-10T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2024-06-01T00:00:00Z");

    private static List<Customer> customers() {
        return List.of(Customer.of("a", "retail", JAN),
                Customer.of("b", "retail", JAN.plus(30, ChronoUnit.DAYS))
                        .withChurnedAt(JAN.plus(90, ChronoUnit.DAYS)),
                Customer.of("c", "pro", JAN.plus(45, ChronoUnit.DAYS)));
    }

    private static List<CustomerPurchases> histories() {
        List<CustomerPurchases> list = new java.util.ArrayList<>();
        for (Customer c : customers()) {
            list.add(new CustomerPurchases(c, List.of(
                    Purchase.of(c.id(), c.acquiredAt().plus(1, ChronoUnit.DAYS), new BigDecimal("20.00"), EUR))));
        }
        return list;
    }

    private static String stateMessage(Runnable call) {
        return assertThrows(IllegalStateException.class, call::run).getMessage();
    }

    @Test
    void options_areSetOnce() {
        assertEquals("zone was already set to UTC", stateMessage(() -> CxMetrics.churn().zone(UTC).zone(UTC)));
        assertEquals("asOf was already set to 2024-06-01T00:00:00Z",
                stateMessage(() -> CxMetrics.churn().asOf(AS_OF).asOf(AS_OF)));
        assertEquals("joined-and-left rule was already set to COUNT", stateMessage(() -> CxMetrics.churn()
                .joinedAndLeft(JoinedAndLeft.COUNT).joinedAndLeft(JoinedAndLeft.COUNT)));
        assertEquals("currency was already set to EUR",
                stateMessage(() -> CxMetrics.lifetimeValue().currency(EUR).currency(EUR)));
        assertTrue(stateMessage(() -> CxMetrics.lifetimeValue().serviceCost(h -> Money.zero(EUR))
                .serviceCost(h -> Money.zero(EUR))).startsWith("service cost was already set to "));
        assertEquals("joined-and-left rule was already set to COUNT", stateMessage(() -> CxMetrics
                .lifetimeValue().joinedAndLeft(JoinedAndLeft.COUNT).joinedAndLeft(JoinedAndLeft.EXCLUDE)));
    }

    @Test
    void calculators_showTheirOptionsAndAreEqualByThem() {
        assertEquals(CxMetrics.churn().zone(UTC).asOf(AS_OF), CxMetrics.churn().zone(UTC).asOf(AS_OF));
        assertEquals(CxMetrics.churn().zone(UTC).hashCode(), CxMetrics.churn().zone(UTC).hashCode());
        assertNotEquals(CxMetrics.churn().zone(UTC), CxMetrics.churn().zone(ZoneId.of("Europe/Berlin")));
        assertNotEquals(CxMetrics.churn().zone(UTC).hashCode(),
                CxMetrics.churn().zone(ZoneId.of("Europe/Berlin")).hashCode());
        assertNotEquals(CxMetrics.churn().per(Periodicity.WEEK), CxMetrics.churn());
        assertEquals(CxMetrics.churn().per(Periodicity.WEEK), CxMetrics.churn().per(ChronoUnit.WEEKS));
        String ltv = CxMetrics.lifetimeValue().zone(UTC).asOf(AS_OF).joinedAndLeft(JoinedAndLeft.COUNT)
                .currency(EUR).serviceCost(h -> Money.zero(EUR)).toString();
        assertTrue(ltv.contains(", joined and left COUNT, in EUR, with service cost"), ltv);
        assertTrue(CxMetrics.retention().toString().startsWith("retention by "),
                CxMetrics.retention().toString());
    }

    @Test
    void churnResults_combineOnlyWithTheSameOptions() {
        ChurnCalculator churn = CxMetrics.churn().zone(UTC).asOf(AS_OF);
        ChurnResult r = churn.compute(customers());
        assertEquals(Optional.of(AS_OF), r.asOf());
        assertEquals(Optional.empty(), CxMetrics.churn().zone(UTC).compute(customers()).asOf());
        assertEquals(r, churn.compute(customers()));
        assertEquals(r.hashCode(), churn.compute(customers()).hashCode());
        ChurnResult fewer = churn.compute(customers().subList(0, 2));
        assertNotEquals(r, fewer);
        assertNotEquals(r.hashCode(), fewer.hashCode());
        assertTrue(r.toString().startsWith("churn by "), r.toString());
        assertTrue(r.toString().endsWith(": 3 customers, 5 periods"), r.toString());
        ChurnResult counted = churn.joinedAndLeft(JoinedAndLeft.COUNT).compute(customers());
        assertTrue(counted.toString().contains(", joined and left COUNT: 3 customers"), counted.toString());
        assertNotEquals(r, counted);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> r.plus(counted)).getMessage()
                .startsWith("cannot combine results computed with different options: "));
        ChurnResult berlin = CxMetrics.churn().zone(ZoneId.of("Europe/Berlin")).asOf(AS_OF).compute(customers());
        assertThrows(IllegalArgumentException.class, () -> r.plus(berlin));
        assertEquals(r.periodicity(), Periodicity.MONTH);
        assertEquals(UTC, r.zone());
    }

    @Test
    void retentionTables_combineOnlyWithTheSameOptions() {
        RetentionTable t = CxMetrics.retention().zone(UTC).asOf(AS_OF).compute(customers());
        assertEquals(t, CxMetrics.retention().zone(UTC).asOf(AS_OF).compute(customers()));
        assertEquals(t.hashCode(), CxMetrics.retention().zone(UTC).asOf(AS_OF).compute(customers()).hashCode());
        RetentionTable fewer = CxMetrics.retention().zone(UTC).asOf(AS_OF).compute(customers().subList(1, 3));
        assertNotEquals(t, fewer);
        assertNotEquals(t.hashCode(), fewer.hashCode());
        assertTrue(CxMetrics.retention().compute(List.of()).isEmpty());
        assertTrue(!t.isEmpty());
        RetentionTable weekly = CxMetrics.retention().per(Periodicity.WEEK).zone(UTC).asOf(AS_OF).compute(customers());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.plus(weekly)).getMessage()
                .startsWith("cannot combine results computed with different options: "));
        RevenueRetentionTable revenue = CxMetrics.revenueRetention().zone(UTC).asOf(AS_OF).compute(histories());
        assertEquals(revenue, CxMetrics.revenueRetention().zone(UTC).asOf(AS_OF).compute(histories()));
        assertEquals(revenue.hashCode(),
                CxMetrics.revenueRetention().zone(UTC).asOf(AS_OF).compute(histories()).hashCode());
        RevenueRetentionTable less = CxMetrics.revenueRetention().zone(UTC).asOf(AS_OF).compute(histories().subList(0, 1));
        assertNotEquals(revenue, less);
        assertNotEquals(revenue.hashCode(), less.hashCode());
        assertTrue(!revenue.isEmpty());
        assertTrue(CxMetrics.revenueRetention().compute(List.of()).isEmpty());
        RevenueRetentionTable weeklyRevenue = CxMetrics.revenueRetention().per(Periodicity.WEEK).zone(UTC)
                .asOf(AS_OF).compute(histories());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> revenue.plus(weeklyRevenue))
                .getMessage().startsWith("cannot combine results computed with different options: "));
    }

    @Test
    void lifetimeValueResults_undefinedCasesAndCombination() {
        LifetimeValueCalculator ltv = CxMetrics.lifetimeValue().zone(UTC).asOf(AS_OF).currency(EUR);
        LifetimeValueResult r = ltv.compute(histories());
        assertEquals(r, ltv.compute(histories()));
        assertEquals(r.hashCode(), ltv.compute(histories()).hashCode());
        LifetimeValueResult fewer = ltv.compute(histories().subList(0, 2));
        assertNotEquals(r, fewer);
        assertNotEquals(r.hashCode(), fewer.hashCode());
        assertEquals("average acquisition cost is undefined: no customer's acquisition cost is known",
                stateMessage(r::averageAcquisitionCost));
        assertTrue(r.toString().endsWith(": 3 customers, 3 purchases, 0 refunds, revenue 60.00 EUR"),
                r.toString());
        LifetimeValueResult noCurrency = CxMetrics.lifetimeValue().zone(UTC).asOf(AS_OF).compute(List.of());
        assertTrue(noCurrency.toString().endsWith("revenue (no currency)"), noCurrency.toString());
        assertTrue(stateMessage(noCurrency::netValue).startsWith("net value is undefined"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> r.plus(CxMetrics.lifetimeValue().zone(UTC).asOf(AS_OF).compute(histories())))
                .getMessage().startsWith("cannot combine results computed with different options: "));
        LifetimeValueResult late = CxMetrics.lifetimeValue().zone(UTC).asOf(JAN.plusSeconds(60)).currency(EUR)
                .compute(histories());
        assertEquals("churn has no complete period: the first period 2024-01 ends after asOf"
                + " 2024-01-10T00:01:00Z", stateMessage(() -> late.revenuePerCustomer(1)));
        // two disjoint populations add up exactly
        List<CustomerPurchases> all = histories();
        assertEquals(r, ltv.compute(all.subList(0, 1)).plus(ltv.compute(all.subList(1, 3))));
        assertEquals(r.purchases(), ltv.compute(all.subList(0, 1)).plus(ltv.compute(all.subList(1, 3))).purchases());
    }
}
