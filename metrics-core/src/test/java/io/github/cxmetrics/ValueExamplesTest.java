package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.value.ChurnCounts;
import io.github.cxmetrics.value.ChurnResult;
import io.github.cxmetrics.value.CustomerPurchases;
import io.github.cxmetrics.value.LifetimeValueResult;
import io.github.cxmetrics.value.Ltv;
import io.github.cxmetrics.value.RetentionTable;
import io.github.cxmetrics.value.ServiceBand;
import io.github.cxmetrics.value.ServiceBands;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The customer-value examples of README.md, compiled and checked. Each test holds one example
 * verbatim between the {@code README} markers.
 *
 * <p>The data: 15 customers acquired in the first days of January 2024, each at a cost of 120.
 * Six subscribers ("retail", promoters) pay 100 a month and stay; five ("retail", detractors)
 * pay 50 a month and one of them leaves on the 20th of each month from February to June; four
 * one-off buyers ("one-off", no survey answer) spend 30 once and leave on 10 February.
 */
class ValueExamplesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<Customer> CUSTOMERS = new ArrayList<>();
    private static final List<Purchase> PURCHASES = new ArrayList<>();
    private static final List<Response> RESPONSES = new ArrayList<>();

    static {
        for (int i = 0; i < 15; i++) {
            boolean promoter = i < 6;
            boolean oneOff = i >= 11;
            String id = "c" + i;
            Instant acquired = Instant.parse("2024-01-0" + (1 + i % 9) + "T10:00:00Z");
            Instant churned = oneOff ? Instant.parse("2024-02-10T10:00:00Z")
                    : promoter ? null : LocalDate.of(2024, 2 + (i - 6), 20).atStartOfDay(ZoneOffset.UTC).toInstant();
            CUSTOMERS.add(new Customer(id, oneOff ? "one-off" : "retail", acquired, churned,
                    Money.of("120", "EUR"), Map.of()));
            for (int m = 0; m < (oneOff ? 1 : 6); m++) {
                Instant pay = acquired.atZone(ZoneOffset.UTC).plusMonths(m).toInstant();
                if (churned == null || pay.isBefore(churned)) {
                    PURCHASES.add(Purchase.of(id, pay, new BigDecimal(oneOff ? "30" : promoter ? "100" : "50"), EUR));
                }
            }
            if (!oneOff) {
                RESPONSES.add(Response.of(id, "nps", promoter ? 10 : 4,
                        Instant.parse("2024-01-20T12:00:00Z"), Channel.EMAIL));
            }
        }
    }

    @Test
    void customerRecord() {
        // README: customer record
        Customer c = Customer.of("c-17", "retail", Instant.parse("2024-01-15T09:00:00Z"))
                .withAcquisitionCost(Money.of("120.00", "EUR"))
                .withChurnedAt(Instant.parse("2024-06-02T00:00:00Z"));   // null while active
        // README: end

        assertTrue(c.isActiveAt(Instant.parse("2024-06-01T23:59:59Z")));
        assertEquals(Money.of("120", "EUR"), c.acquisitionCost());
    }

    @Test
    void customerValue() {
        List<Customer> customers = CUSTOMERS;
        List<Purchase> purchases = PURCHASES;
        // README: customer value
        Instant julyFirst = Instant.parse("2024-07-01T00:00:00Z");    // where the data ends
        ChurnResult churn = CxMetrics.churn().asOf(julyFirst).compute(customers);
        ChurnCounts june = churn.last();                              // lost / active at start
        System.out.printf("June: churn %.1f%%, retention %.1f%%, %d customers at the end%n",
                100 * june.churnRate(), 100 * june.retentionRate(), june.activeAtEnd());
        double halfYear = churn.trailing(5).churnRate();               // pooled, February to June

        RetentionTable cohorts = CxMetrics.retention().asOf(julyFirst).compute(customers);
        System.out.println(cohorts);                                  // counts and shares by age

        List<CustomerPurchases> histories = CustomerPurchases.join(customers, purchases);
        LifetimeValueResult value = CxMetrics.lifetimeValue().asOf(julyFirst).compute(histories);
        Money ltv = value.churnBasedValue(0.8, 5);                    // ARPA × margin / churn
        double ltvToCac = value.ltvToCac(ltv);                        // ≥ 3 is the rule of thumb

        Map<String, LifetimeValueResult> bySegment = CxMetrics.lifetimeValue().asOf(julyFirst)
                .groupBy(CustomerPurchases::segment).compute(histories);
        bySegment.forEach((segment, r) -> System.out.printf("%-8s spent %s each on average%n",
                segment, r.historicalValue().rounded()));
        // README: end

        // June: 7 active at the start (6 promoters, 1 detractor), 1 lost
        assertEquals(1.0 / 7, june.churnRate(), 1e-15);
        assertEquals(6, june.activeAtEnd());
        // February to June: 15 + 10 + 9 + 8 + 7 = 49 customer-months at risk, 5 + 1 + 1 + 1 + 1 lost
        assertEquals(9.0 / 49, halfYear, 1e-15);
        assertEquals(List.of(15L, 15L, 10L, 9L, 8L, 7L), cohorts.cohorts().values().iterator().next()
                .retainedCounts());
        // revenue February to June: 6 × 5 × 100 + 50 × (5 + 4 + 3 + 2 + 1) = 3,750 over 49
        // customer-months: ARPA 76.53; × 0.8 / (9/49) = 3,750 × 0.8 / 9 = 333.33; / 120 = 2.78
        assertEquals(3750 * 0.8 / 9, ltv.amount().doubleValue(), 1e-9);
        assertEquals(3750 * 0.8 / 9 / 120, ltvToCac, 1e-12);
        // docs/value-metrics.md, worked example: payback 120 / (76.53 × 0.8) = 1.96 months;
        // discounted over 36 months at 1 % a month with r = 40/49: 257.94
        assertEquals(1.96, value.cacPaybackPeriods(0.8, 5), 1e-12);
        assertEquals(257.93783686794836, value.discountedValue(0.8, 0.01, 36, 5).amount().doubleValue(), 1e-9);
        assertEquals(Money.of("76.53", "EUR"), value.revenuePerCustomer(5).rounded());
        assertEquals(Money.of("30", "EUR"), bySegment.get("one-off").historicalValue());
        // retail: promoters 6 × 600, detractors 50 × (2 + 3 + 4 + 5 + 6) = 1,000; / 11
        assertEquals(Money.of("4600", "EUR").dividedBy(BigDecimal.valueOf(11)),
                bySegment.get("retail").historicalValue());
    }

    @Test
    void valueByServiceQuality() {
        List<Customer> customers = CUSTOMERS;
        List<Response> responses = RESPONSES;
        List<CustomerPurchases> histories = CustomerPurchases.join(CUSTOMERS, PURCHASES);
        Instant julyFirst = Instant.parse("2024-07-01T00:00:00Z");
        Instant opened = Instant.parse("2024-03-04T09:00:00Z");
        List<Interaction> tickets = List.of(
                Interaction.builder("t-1", "c0", Channel.EMAIL, opened)
                        .firstReplyAt(opened.plus(Duration.ofMinutes(20))).build(),
                Interaction.builder("t-2", "c6", Channel.EMAIL, opened)
                        .firstReplyAt(opened.plus(Duration.ofHours(7))).build());
        // README: value by service quality
        ServiceBands nps = ServiceBands.nps(responses, "nps");       // each customer's latest answer
        Map<ServiceBand, ChurnResult> churnByNps = CxMetrics.churn().asOf(julyFirst)
                .groupBy(nps::bandOf).compute(customers);
        Map<ServiceBand, LifetimeValueResult> valueByNps = CxMetrics.lifetimeValue().asOf(julyFirst)
                .groupBy(nps::bandOf).compute(histories);
        churnByNps.forEach((band, r) -> System.out.printf("%-10s churn %5.1f%%, spent %s%n", band,
                100 * r.pooled().churnRate(), valueByNps.get(band).historicalValue().rounded()));

        ServiceBands speed = ServiceBands.firstResponseTime(tickets,  // each customer's median
                Duration.ofHours(1), Duration.ofHours(4));           // < 1h, [1h, 4h), >= 4h
        Map<ServiceBand, ChurnResult> churnBySpeed = CxMetrics.churn().asOf(julyFirst)
                .groupBy(speed::bandOf).compute(customers);
        // README: end

        assertEquals(List.of(ServiceBand.PROMOTER, ServiceBand.DETRACTOR, ServiceBand.NO_ANSWER),
                List.copyOf(churnByNps.keySet()));
        assertEquals(0.0, churnByNps.get(ServiceBand.PROMOTER).pooled().churnRate());
        // detractors: 5 + 4 + 3 + 2 + 1 = 15 customer-months at risk, 5 lost; one-off buyers all left
        assertEquals(1.0 / 3, churnByNps.get(ServiceBand.DETRACTOR).pooled().churnRate(), 1e-15);
        assertEquals(1.0, churnByNps.get(ServiceBand.NO_ANSWER).pooled().churnRate());
        assertEquals(Money.of("600", "EUR"), valueByNps.get(ServiceBand.PROMOTER).historicalValue());
        assertEquals(Money.of("200", "EUR"), valueByNps.get(ServiceBand.DETRACTOR).historicalValue());
        assertEquals(13, churnBySpeed.get(ServiceBand.NO_RESPONSE_TIME).customers());
        assertEquals(15, churnBySpeed.values().stream().mapToLong(ChurnResult::customers).sum());
    }

    @Test
    void lifetimeValueFormulas() {
        // README: lifetime value formulas
        Money simple = Ltv.simple(Money.of("1000", "RUB"), 6, 5);     // seed 001: 30,000
        Money net = Ltv.net(Money.of("200000", "RUB"),                // seed 001: 100,000
                Money.of("40000", "RUB"), Money.of("60000", "RUB"));
        Money churnBased = Ltv.churnBased(Money.of("50", "EUR"), 0.8, 0.05);   // 800
        Money threeYears = Ltv.discounted(Money.of("40", "EUR"), 0.95, 0.01, 36);
        double ratio = Ltv.ltvToCac(churnBased, Money.of("200", "EUR"));       // 4.0
        double payback = Ltv.cacPaybackMonths(Money.of("200", "EUR"), Money.of("50", "EUR"), 0.8); // 5.0
        // README: end

        assertEquals(Money.of("30000", "RUB"), simple);
        assertEquals(Money.of("100000", "RUB"), net);
        assertEquals(Money.of("800", "EUR"), churnBased);
        assertEquals(Ltv.discountedSum(Money.of("40", "EUR"), 0.95, 0.01, 36).amount().doubleValue(),
                threeYears.amount().doubleValue(), 1e-9);
        assertEquals(4.0, ratio);
        assertEquals(5.0, payback);
    }
}
