package io.github.cxmetrics.value;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.Expect.undefinedWhenEmpty;
import static io.github.cxmetrics.value.ValueFixtures.EUR;
import static io.github.cxmetrics.value.ValueFixtures.USD;
import static io.github.cxmetrics.value.ValueFixtures.at;
import static io.github.cxmetrics.value.ValueFixtures.customer;
import static io.github.cxmetrics.value.ValueFixtures.month;
import static io.github.cxmetrics.value.ValueFixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LifetimeValueCalculatorTest {

    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Instant FEB = at("2024-02-01T00:00:00Z");
    private static final Instant APR = at("2024-04-01T00:00:00Z");

    /**
     * 20 subscribers acquired on 1 December 2023 at a cost of 200 each, paying 50 on the 15th of
     * every month while active; one leaves on 20 January, one on 20 February, one on 20 March.
     * Revenue: December 1,000, January 1,000, February 950, March 900.
     */
    private static List<CustomerPurchases> subscribers() {
        List<Customer> customers = new ArrayList<>();
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = "s" + i;
            LocalDate churn = i < 3 ? LocalDate.of(2024, 1 + i, 20) : null;
            customers.add(customer(id, "subscription", "2023-12-01", churn == null ? null : churn.toString())
                    .withAcquisitionCost(Money.of("200", "EUR")));
            for (LocalDate pay = LocalDate.of(2023, 12, 15); pay.isBefore(LocalDate.of(2024, 4, 1));
                    pay = pay.plusMonths(1)) {
                if (churn == null || pay.isBefore(churn)) {
                    purchases.add(purchase(id, pay.toString(), "50"));
                }
            }
        }
        return CustomerPurchases.join(customers, purchases);
    }

    @Test
    void simpleValue_seedExampleFromPurchases() {
        // Seed 001: books for 1,000 every two months for five years. Observed for exactly five
        // years of 365.2425 days: 30 purchases, 6 a year, average 1,000 → 1000 × 6 × 5 = 30,000.
        Instant acquired = Instant.parse("2019-01-01T00:00:00Z");
        Customer reader = Customer.of("reader", "books", acquired);
        List<Purchase> books = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            books.add(Purchase.of("reader", acquired.atZone(ZoneOffset.UTC).plusMonths(2L * i).toInstant(),
                    new BigDecimal("1000"), RUB));
        }
        Instant fiveYears = acquired.plusSeconds(5 * 31_556_952L);
        LifetimeValueResult r = CxMetrics.lifetimeValue().asOf(fiveYears)
                .compute(List.of(new CustomerPurchases(reader, books)));
        assertEquals(5.0, r.customerYears(), 1e-12);
        assertEquals(30, r.purchases());
        assertEquals(6.0, r.purchasesPerYear(), 1e-12);
        assertEquals(Money.of("1000", "RUB"), r.averagePurchaseValue());
        assertEquals(Money.of("30000", "RUB"), r.simpleValue(5));
        assertEquals(Money.of("30000", "RUB"), r.historicalValue());
    }

    @Test
    void netValue_seedExample() {
        // Seed 001: 200,000 spent over five years, 100,000 of costs (here 40,000 to acquire and
        // 60,000 to serve): net CLV 100,000.
        Customer c = Customer.of("c", "books", at("2019-01-10")).withAcquisitionCost(Money.of("40000", "RUB"));
        List<Purchase> five = new ArrayList<>();
        for (int year = 2019; year < 2024; year++) {
            five.add(Purchase.of("c", at(year + "-06-01"), new BigDecimal("40000"), RUB));
        }
        CustomerPurchases history = new CustomerPurchases(c, five);
        Money serving = Money.of("60000", "RUB");
        assertEquals(Money.of("100000", "RUB"), history.netValue(serving));
        Function<CustomerPurchases, Money> cost = h -> serving;
        LifetimeValueResult r = CxMetrics.lifetimeValue().serviceCost(cost).compute(List.of(history));
        assertEquals(Money.of("200000", "RUB"), r.revenue());
        assertEquals(Money.of("40000", "RUB"), r.acquisitionCost());
        assertEquals(Money.of("60000", "RUB"), r.serviceCost());
        assertEquals(Money.of("100000", "RUB"), r.netValue());
    }

    @Test
    void churnBasedValue_arpaTimesMarginOverTrailingChurn() {
        LifetimeValueResult jan = CxMetrics.lifetimeValue().asOf(FEB).compute(subscribers());
        assertEquals(month("2024-01"), jan.churn().last().period());
        // January: 20 at the start, 1 lost → 0.05; revenue 1,000 over 20 customers → ARPA 50
        assertEquals(Money.of("50", "EUR"), jan.revenuePerCustomer(1));
        assertEquals(Money.of("800", "EUR"), jan.churnBasedValue(0.8, 1));        // 50 × 0.8 / 0.05
        assertEquals(Money.of("200", "EUR"), jan.averageAcquisitionCost());
        assertEquals(4.0, jan.ltvToCac(jan.churnBasedValue(0.8, 1)), 1e-15);      // 800 / 200
        assertEquals(5.0, jan.cacPaybackPeriods(0.8, 1), 1e-15);                  // 200 / 40
        // January to March: 57 customer-months at risk, 3 lost → 1/19; ARPA 2,850 / 57 = 50
        LifetimeValueResult q1 = CxMetrics.lifetimeValue().asOf(APR).compute(subscribers());
        assertEquals(Money.of("50", "EUR"), q1.revenuePerCustomer(3));
        assertEquals(Money.of("760", "EUR"), q1.churnBasedValue(0.8, 3));         // 40 × 19
    }

    @Test
    void discountedValue_usesTrailingArpaAndRetention() {
        LifetimeValueResult jan = CxMetrics.lifetimeValue().asOf(FEB).compute(subscribers());
        // m = 50 × 0.8 = 40 a month, r = 0.95, d = 1 % a month, 12 months
        Money expected = Ltv.discounted(Money.of("40", "EUR"), 0.95, 0.01, 12);
        assertEquals(expected, jan.discountedValue(0.8, 0.01, 12, 1));
        assertEquals(expected, Ltv.discountedSum(Money.of("40", "EUR"), 0.95, 0.01, 12));
        assertTrue(expected.compareTo(jan.churnBasedValue(0.8, 1)) < 0);
    }

    @Test
    void totalsAndAverages_areExact() {
        LifetimeValueResult q1 = CxMetrics.lifetimeValue().asOf(APR).compute(subscribers());
        assertEquals(20, q1.customers());
        assertEquals(77, q1.purchases());                                   // 20 + 20 + 19 + 18
        assertEquals(Money.of("3850", "EUR"), q1.revenue());
        assertEquals(Money.of("192.5", "EUR"), q1.historicalValue());      // 3,850 / 20
        assertEquals(Money.of("50", "EUR"), q1.averagePurchaseValue());
        assertEquals(Money.of("4000", "EUR"), q1.acquisitionCost());
        assertEquals(Money.of("-7.5", "EUR"), q1.netValue());              // (3,850 − 4,000) / 20
        assertEquals(Money.zero(EUR), q1.serviceCost());
        assertEquals(EUR, q1.currency().orElseThrow());
    }

    @Test
    void refunds_areNegativeAmountsNotPurchases() {
        CustomerPurchases h = CustomerPurchases.of(customer("c", "s", "2024-01-02", null),
                purchase("c", "2024-01-03", "100"), purchase("c", "2024-01-09", "-30"));
        LifetimeValueResult r = CxMetrics.lifetimeValue().compute(List.of(h));
        assertEquals(1, r.purchases());
        assertEquals(1, r.refunds());
        assertEquals(Money.of("70", "EUR"), r.revenue());
        assertEquals(Money.of("70", "EUR"), r.averagePurchaseValue());
        assertEquals(Money.of("70", "EUR"), h.revenue(EUR));
    }

    @Test
    void bySegment_aOneOffBuyerIsNotValuedAsASubscriber() {
        // Seed 001: value segments separately. Ten one-off buyers spend 30 in December and leave
        // in January.
        List<CustomerPurchases> all = new ArrayList<>(subscribers());
        for (int i = 0; i < 10; i++) {
            all.add(CustomerPurchases.of(customer("o" + i, "one-off", "2023-12-05", "2024-01-10"),
                    purchase("o" + i, "2023-12-05", "30")));
        }
        Map<String, LifetimeValueResult> bySegment = CxMetrics.lifetimeValue().asOf(FEB)
                .groupBy(CustomerPurchases::segment).compute(all);
        assertEquals(List.of("one-off", "subscription"), List.copyOf(bySegment.keySet()));
        LifetimeValueResult oneOff = bySegment.get("one-off");
        // December and January: 10 at risk, 10 lost → churn 1; ARPA (300 + 0) / (10 + 10) = 15
        assertEquals(1.0, oneOff.churn().trailing(2).churnRate());
        assertEquals(Money.of("12", "EUR"), oneOff.churnBasedValue(0.8, 2));
        assertEquals(Money.of("800", "EUR"), bySegment.get("subscription").churnBasedValue(0.8, 1));
        assertEquals(CxMetrics.lifetimeValue().asOf(FEB).compute(all),
                oneOff.plus(bySegment.get("subscription")));
    }

    @Test
    void churnOfTheResult_matchesTheChurnCalculatorAsOfTheSameEnd() {
        List<CustomerPurchases> all = subscribers();
        List<Customer> customers = all.stream().map(CustomerPurchases::customer).toList();
        assertEquals(CxMetrics.churn().asOf(APR).compute(customers),
                CxMetrics.lifetimeValue().asOf(APR).compute(all).churn());
    }

    @Test
    void zeroChurn_leavesTheChurnBasedValueUndefined() {
        LifetimeValueResult dec = CxMetrics.lifetimeValue().asOf(at("2024-01-01T00:00:00Z"))
                .compute(subscribers());
        failure(IllegalStateException.class, () -> dec.churnBasedValue(0.8, 1),
                "churn-based lifetime value is undefined: no customers at the start of 2023-12");
        LifetimeValueResult loyal = CxMetrics.lifetimeValue().asOf(FEB).compute(subscribers().subList(5, 20));
        failure(IllegalStateException.class, () -> loyal.churnBasedValue(0.8, 1),
                "churn-based lifetime value is undefined at churn 0: no customer lost in 2024-01"
                + " (15 at risk)");
    }

    /**
     * Customer a, who bought for 10 EUR and whose acquisition cost is unknown, and customer b,
     * who bought nothing and cost 4 in {@code costCurrency}.
     */
    private static List<CustomerPurchases> buyerAndCostedNonBuyer(String costCurrency) {
        return List.of(
                CustomerPurchases.of(customer("a", "s", "2024-01-02", null), purchase("a", "2024-01-03", "10")),
                CustomerPurchases.of(customer("b", "s", "2024-01-02", null)
                        .withAcquisitionCost(Money.of("4", costCurrency))));
    }

    @Test
    void unknownAcquisitionCosts_areCountedAndBlockNetValue() {
        List<CustomerPurchases> list = buyerAndCostedNonBuyer("EUR");
        LifetimeValueResult r = CxMetrics.lifetimeValue().compute(list);
        assertEquals(1, r.unknownAcquisitionCosts());
        assertEquals(Money.of("4", "EUR"), r.averageAcquisitionCost());
        failure(IllegalStateException.class, r::netValue,
                "net value needs every customer's acquisition cost: 1 of 2 are unknown");
        failure(IllegalStateException.class, () -> list.get(0).netValue(Money.zero(EUR)),
                "net value needs the acquisition cost of customer a, which is unknown");
    }

    @Test
    void mixingCurrencies_isAnErrorNamingBoth() {
        List<CustomerPurchases> list = buyerAndCostedNonBuyer("USD");
        failure(IllegalArgumentException.class, () -> CxMetrics.lifetimeValue().compute(list),
                "cannot mix currencies: EUR and USD");
        // also across merged accumulators
        var left = CxMetrics.lifetimeValue().accumulator();
        var right = CxMetrics.lifetimeValue().accumulator();
        left.add(list.get(0));
        right.add(list.get(1));
        assertEquals("cannot mix currencies: EUR and USD",
                assertThrows(IllegalArgumentException.class, () -> left.merge(right)).getMessage());
        assertEquals("cannot mix currencies: USD and EUR", assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.lifetimeValue().currency(USD).compute(list.subList(0, 1))).getMessage());
    }

    @Test
    void noMoneyAtAll_hasNoCurrencyUnlessGiven() {
        List<CustomerPurchases> none = List.of(CustomerPurchases.of(customer("a", "s", "2024-01-02", null)));
        LifetimeValueResult r = CxMetrics.lifetimeValue().compute(none);
        assertFalse(r.currency().isPresent());
        failure(IllegalStateException.class, r::revenue,
                "revenue has no currency: no purchase, acquisition or service cost was seen;"
                + " give the calculator one with currency(...)");
        assertEquals(Money.zero(EUR), CxMetrics.lifetimeValue().currency(EUR).compute(none).historicalValue());
    }

    @Test
    void compute_empty_isEmpty() {
        LifetimeValueResult r = CxMetrics.lifetimeValue().currency(EUR).compute(List.of());
        assertEquals(0, r.customers());
        assertEquals(0.0, r.customerYears());
        assertEquals(Money.zero(EUR), r.revenue());
        undefinedWhenEmpty(r, r::historicalValue,
                "historical value is undefined for an empty result: no customers");
        assertEquals("average purchase value is undefined: no purchases",
                assertThrows(IllegalStateException.class, r::averagePurchaseValue).getMessage());
        assertEquals("purchases per year are undefined: the customers were observed for no time",
                assertThrows(IllegalStateException.class, r::purchasesPerYear).getMessage());
        assertEquals("churn is undefined for an empty result: no customers",
                assertThrows(IllegalStateException.class, () -> r.revenuePerCustomer(3)).getMessage());
    }

    @Test
    void serviceCost_mustBePresentAndNotNegative() {
        List<CustomerPurchases> one = List.of(CustomerPurchases.of(customer("a", "s", "2024-01-02", null)));
        Function<CustomerPurchases, Money> negative = h -> Money.of("-1", "EUR");
        assertEquals("service cost must be >= 0: -1 EUR (customer a)", assertThrows(
                IllegalArgumentException.class,
                () -> CxMetrics.lifetimeValue().serviceCost(negative).compute(one)).getMessage());
        Function<CustomerPurchases, Money> missing = h -> null;
        assertEquals("service cost must not be null (customer a)", assertThrows(
                NullPointerException.class,
                () -> CxMetrics.lifetimeValue().serviceCost(missing).compute(one)).getMessage());
        assertEquals("service cost was already set to " + negative, assertThrows(
                IllegalStateException.class,
                () -> CxMetrics.lifetimeValue().serviceCost(negative).serviceCost(missing)).getMessage());
    }

    @Test
    void toString_summarizes() {
        assertEquals("lifetime value by MONTH in Z, as of 2024-04-01T00:00:00Z: 20 customers, 77"
                        + " purchases, 0 refunds, revenue 3850 EUR",
                CxMetrics.lifetimeValue().asOf(APR).compute(subscribers()).toString());
    }
}
