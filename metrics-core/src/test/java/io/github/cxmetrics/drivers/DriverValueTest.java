package io.github.cxmetrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.survey.Comparison;
import io.github.cxmetrics.value.ChurnCounts;
import io.github.cxmetrics.value.CustomerPurchases;
import io.github.cxmetrics.value.ServiceBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Churn and value by driver band, by hand. Seven customers acquired 2023-12-15, data through
 * 2024-05-01 (monthly periods December to April). Support rated 5, 4, 4 by a, b, c (positive)
 * and 1, 2, 2 by d, e, f (negative); g never answered. d and e churn on 2024-02-10, a on
 * 2024-03-10.
 *
 * <pre>
 *   positive at risk: Jan 3, Feb 3, Mar 3, Apr 2 = 11, churned 1 (a in March)
 *   negative at risk: Jan 3, Feb 3, Mar 1, Apr 1 =  8, churned 2 (d, e in February)
 * </pre>
 * December has no one at risk (everyone joined during it).
 */
class DriverValueTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant ACQUIRED = Instant.parse("2023-12-15T12:00:00Z");
    private static final Instant AS_OF = Instant.parse("2024-05-01T00:00:00Z");

    private static final DriverCalculator SUPPORT = CxMetrics.drivers()
            .outcome("nps", ScoreScale.NPS).driver("support", ScoreScale.FIVE_POINT);

    private static Customer customer(String id, String churned) {
        Customer c = Customer.of(id, "retail", ACQUIRED);
        return churned == null ? c : c.withChurnedAt(Instant.parse(churned + "T12:00:00Z"));
    }

    private static final List<Customer> CUSTOMERS = List.of(
            customer("a", "2024-03-10"), customer("b", null), customer("c", null),
            customer("d", "2024-02-10"), customer("e", "2024-02-10"), customer("f", null),
            customer("g", null));

    private static List<Response> responses() {
        List<Response> r = new ArrayList<>();
        String[] ids = {"a", "b", "c", "d", "e", "f"};
        int[] scores = {5, 4, 4, 1, 2, 2};
        for (int i = 0; i < ids.length; i++) {
            r.add(Response.of(ids[i], "support", scores[i], Instant.parse("2024-01-05T00:00:00Z"),
                    Channel.EMAIL));
        }
        return r;
    }

    @Test
    void churnByBand_comparesTheBestAndWorstBands() {
        DriverChurn churn = SUPPORT.churnByBand(responses(), CUSTOMERS,
                CxMetrics.churn().asOf(AS_OF)).get(0);
        assertEquals("support", churn.driver());
        assertEquals(List.of(ServiceBand.POSITIVE, ServiceBand.NEUTRAL, ServiceBand.NEGATIVE,
                ServiceBand.NO_ANSWER), churn.bands());
        ChurnCounts best = churn.churn(ServiceBand.POSITIVE).orElseThrow().pooled();
        ChurnCounts worst = churn.churn(ServiceBand.NEGATIVE).orElseThrow().pooled();
        assertEquals(11, best.atRisk());
        assertEquals(1, best.churned());
        assertEquals(8, worst.atRisk());
        assertEquals(2, worst.churned());
        assertEquals(1, churn.churn(ServiceBand.NO_ANSWER).orElseThrow().customers());
        Comparison c = churn.comparison().orElseThrow();
        assertEquals("two-proportion z-test", c.test());
        assertEquals(1 / 11.0 - 2 / 8.0, c.difference(), 1e-12);
        // adjusted (Agresti–Caffo): p̃ = 2/13 and 3/10, se = sqrt(p̃₁(1 − p̃₁)/13 + p̃₂(1 − p̃₂)/10)
        // = 0.176107, z = (2/13 − 3/10) / se = −0.829915 (Python)
        assertEquals(0.176107, c.standardError(), 1e-6);
        assertEquals(-0.829915, c.statistic(), 1e-6);
        assertTrue(churn.churn(ServiceBand.NEUTRAL).isEmpty());
    }

    /**
     * Spend by hand: positive 100, 200, 300 (mean 200, sd 100), negative 50, 10, 30 (mean 30,
     * sd 20); Welch: difference 170, se = sqrt(100²/3 + 20²/3) = 58.878, t = 2.8873.
     */
    @Test
    void valueByBand_testsTheSpendPerCustomer() {
        String[] ids = {"a", "b", "c", "d", "e", "f"};
        int[] spend = {100, 200, 300, 50, 10, 30};
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            purchases.add(Purchase.of(ids[i], Instant.parse("2024-01-20T12:00:00Z"),
                    BigDecimal.valueOf(spend[i]), EUR));
        }
        List<CustomerPurchases> histories = CustomerPurchases.join(CUSTOMERS, purchases);
        DriverValue value = SUPPORT.valueByBand(responses(), histories,
                CxMetrics.lifetimeValue().asOf(AS_OF)).get(0);
        assertEquals(new BigDecimal("200"), value.value(ServiceBand.POSITIVE).orElseThrow()
                .historicalValue().amount().stripTrailingZeros().setScale(0));
        Comparison c = value.comparison().orElseThrow();
        assertEquals("welch t-test", c.test());
        assertEquals(170, c.difference(), 1e-9);
        assertEquals(58.878, c.standardError(), 1e-3);
        assertEquals(2.8873, c.statistic(), 1e-4);
        DriverChurn churn = value.churn();
        assertEquals(1 / 11.0 - 2 / 8.0, churn.comparison().orElseThrow().difference(), 1e-12);
        assertEquals(0, value.value(ServiceBand.NO_ANSWER).orElseThrow().purchases());
    }

    /** Spend of 100 by every customer of {@link #CUSTOMERS}, with their scores for support. */
    private static DriverValue valueOfScores(int... scores) {
        String[] ids = {"a", "b", "c", "d", "e", "f"};
        List<Response> responses = new ArrayList<>();
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != Response.NO_SCORE) {
                responses.add(Response.of(ids[i], "support", scores[i],
                        Instant.parse("2024-01-05T00:00:00Z"), Channel.EMAIL));
            }
            purchases.add(Purchase.of(ids[i], Instant.parse("2024-01-20T12:00:00Z"),
                    BigDecimal.valueOf(100L * (i + 1)), EUR));
        }
        return SUPPORT.valueByBand(responses, CustomerPurchases.join(CUSTOMERS, purchases),
                CxMetrics.lifetimeValue().asOf(AS_OF)).get(0);
    }

    /** Welch's test needs two customers in the best band and two in the worst. */
    @Test
    void valueComparison_needsTwoCustomersInEachBand() {
        int no = Response.NO_SCORE;
        DriverValue two = valueOfScores(5, 4, no, 1, 2, no);
        assertEquals("support", two.driver());
        assertEquals(List.of(ServiceBand.POSITIVE, ServiceBand.NEUTRAL, ServiceBand.NEGATIVE,
                ServiceBand.NO_ANSWER), two.bands());
        assertEquals(List.of(ServiceBand.POSITIVE, ServiceBand.NEGATIVE, ServiceBand.NO_ANSWER),
                List.copyOf(two.byBand().keySet()));
        assertEquals("value by support: [positive, negative, no answer]", two.toString());
        // positive spent 100 and 200, negative 400 and 500: difference −300, each sd 70.71
        Comparison c = two.comparison().orElseThrow();
        assertEquals(-300, c.difference(), 1e-9);
        assertEquals(Math.sqrt(5000 / 2.0 + 5000 / 2.0), c.standardError(), 1e-9);
        assertTrue(valueOfScores(5, 4, 4, 1, no, no).comparison().isEmpty());
        assertTrue(valueOfScores(5, no, no, 1, 2, 2).comparison().isEmpty());
    }

    /** The churn comparison needs customers at risk in both bands. */
    @Test
    void churnComparison_needsCustomersAtRiskInBothBands() {
        List<Customer> lateNegatives = new ArrayList<>(CUSTOMERS);
        lateNegatives.set(3, Customer.of("d", "retail", Instant.parse("2024-04-20T12:00:00Z")));
        lateNegatives.set(4, Customer.of("e", "retail", Instant.parse("2024-04-21T12:00:00Z")));
        lateNegatives.set(5, Customer.of("f", "retail", Instant.parse("2024-04-22T12:00:00Z")));
        DriverChurn churn = SUPPORT.churnByBand(responses(), lateNegatives,
                CxMetrics.churn().asOf(AS_OF)).get(0);
        assertEquals(List.of(ServiceBand.POSITIVE, ServiceBand.NEGATIVE, ServiceBand.NO_ANSWER),
                List.copyOf(churn.byBand().keySet()));
        assertEquals("churn by support: [positive, negative, no answer]", churn.toString());
        assertEquals(0, churn.churn(ServiceBand.NEGATIVE).orElseThrow().pooled().atRisk());
        assertTrue(churn.comparison().isEmpty());
        assertTrue(SUPPORT.churnByBand(responses().subList(0, 3), CUSTOMERS,
                CxMetrics.churn().asOf(AS_OF)).get(0).comparison().isEmpty());
    }
}
