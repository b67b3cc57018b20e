package io.github.cxmetrics.value;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.value.ValueFixtures.at;
import static io.github.cxmetrics.value.ValueFixtures.customer;
import static io.github.cxmetrics.value.ValueFixtures.month;
import static io.github.cxmetrics.value.ValueFixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceBandsTest {

    private static final Instant JULY = at("2024-07-01T00:00:00Z");

    private static Response answer(String customer, String question, int score, String when) {
        return Response.of(customer, question, score, at(when), Channel.EMAIL);
    }

    @Test
    void nps_usesEachCustomersLatestAnswer() {
        List<Response> responses = List.of(
                answer("a", "nps", 3, "2024-01-10"), answer("a", "nps", 10, "2024-03-10"),
                answer("b", "nps", 8, "2024-02-01"),
                answer("c", "nps", 9, "2024-02-01"), answer("c", "nps", 2, "2024-02-01"),  // tie: higher
                answer("d", "nps", 6, "2024-02-01"),
                answer("e", "csat", 5, "2024-02-01"),                                        // other question
                Response.unanswered("f", "nps", at("2024-02-01"), Channel.WEB));
        ServiceBands nps = ServiceBands.nps(responses, "nps");
        assertEquals(ServiceBand.PROMOTER, nps.bandOf("a"));
        assertEquals(ServiceBand.PASSIVE, nps.bandOf("b"));
        assertEquals(ServiceBand.PROMOTER, nps.bandOf("c"));
        assertEquals(ServiceBand.DETRACTOR, nps.bandOf("d"));
        assertEquals(ServiceBand.NO_ANSWER, nps.bandOf("e"));
        assertEquals(ServiceBand.NO_ANSWER, nps.bandOf("f"));
        assertEquals(ServiceBand.NO_ANSWER, nps.bandOf(customer("nobody", "s", "2024-01-01", null)));
        assertEquals(List.of(ServiceBand.PROMOTER, ServiceBand.PASSIVE, ServiceBand.DETRACTOR,
                ServiceBand.NO_ANSWER), nps.bands());
        assertEquals("service bands of nps on nps-0-10: [promoter, passive, detractor, no answer]",
                nps.toString());
    }

    @Test
    void csatAndOtherScales_usePositiveNeutralNegative() {
        List<Response> responses = List.of(answer("a", "csat", 5, "2024-01-10"),
                answer("b", "csat", 3, "2024-01-10"), answer("c", "csat", 1, "2024-01-10"));
        ServiceBands csat = ServiceBands.csat(responses, "csat");
        assertEquals(ServiceBand.POSITIVE, csat.bandOf("a"));
        assertEquals(ServiceBand.NEUTRAL, csat.bandOf("b"));
        assertEquals(ServiceBand.NEGATIVE, csat.bandOf("c"));
        // a scale without a neutral band has no neutral group
        ServiceBands zendesk = ServiceBands.survey(List.of(answer("a", "rating", 1, "2024-01-10")),
                "rating", ScoreScale.GOOD_BAD);
        assertEquals(List.of(ServiceBand.POSITIVE, ServiceBand.NEGATIVE, ServiceBand.NO_ANSWER),
                zendesk.bands());
    }

    @Test
    void survey_scoreOutsideTheScale_namesTheResponse() {
        failure(IllegalArgumentException.class,
                () -> ServiceBands.csat( List.of(answer("a", "csat", 7, "2024-01-10")), "csat"),
                "score must be in [1, 5]: 7 (customer a, question csat, answered at"
                + " 2024-01-10T12:00:00Z)");
    }

    @Test
    void firstResponseTime_cutsIncreasingThresholds() {
        Map<String, Duration> times = Map.of("a", Duration.ofMinutes(20), "b", Duration.ofHours(1),
                "c", Duration.ofMinutes(239), "d", Duration.ofHours(4), "e", Duration.ofDays(2));
        ServiceBands frt = ServiceBands.firstResponseTime(times, Duration.ofHours(1), Duration.ofHours(4));
        assertEquals(List.of("< 1h", "[1h, 4h)", ">= 4h", "no response time"),
                frt.bands().stream().map(ServiceBand::label).toList());
        assertEquals("< 1h", frt.bandOf("a").label());
        assertEquals("[1h, 4h)", frt.bandOf("b").label());
        assertEquals("[1h, 4h)", frt.bandOf("c").label());
        assertEquals(">= 4h", frt.bandOf("d").label());
        assertEquals(">= 4h", frt.bandOf("e").label());
        assertEquals(ServiceBand.NO_RESPONSE_TIME, frt.bandOf("z"));
        assertTrue(frt.bandOf("a").compareTo(frt.bandOf("e")) < 0);
        // any source: a function of the customer id
        ServiceBands seconds = ServiceBands.firstResponseTime(
                id -> id.equals("x") ? Optional.of(Duration.ofSeconds(30)) : Optional.empty(),
                Duration.ofSeconds(90), Duration.ofMinutes(30));
        assertEquals("< 90s", seconds.bandOf("x").label());
        assertEquals("[90s, 30m)", seconds.bands().get(1).label());
    }

    @Test
    void firstResponseTime_fromInteractions_usesEachCustomersMedian() {
        Instant t = at("2024-04-02T09:00:00Z");
        List<Interaction> tickets = List.of(
                // customer a: 10, 30 and 200 minutes: median (nearest rank) 30 minutes
                answered("1", "a", t, 10), answered("2", "a", t, 200), answered("3", "a", t, 30),
                // customer b: 5 hours
                answered("4", "b", t, 300),
                // customer c: never answered
                Interaction.opened("5", "c", Channel.CHAT, t));
        ServiceBands frt = ServiceBands.firstResponseTime(tickets, Duration.ofHours(1));
        assertEquals("< 1h", frt.bandOf("a").label());
        assertEquals(">= 1h", frt.bandOf("b").label());
        assertEquals(ServiceBand.NO_RESPONSE_TIME, frt.bandOf("c"));
        assertEquals(ServiceBand.NO_RESPONSE_TIME, frt.bandOf("d"));
    }

    private static Interaction answered(String id, String customer, Instant opened, int minutes) {
        return Interaction.builder(id, customer, Channel.EMAIL, opened)
                .firstReplyAt(opened.plus(Duration.ofMinutes(minutes))).build();
    }

    @Test
    void firstResponseTime_badInput_isRejected() {
        assertEquals("thresholds must not be empty", assertThrows(IllegalArgumentException.class,
                () -> ServiceBands.firstResponseTime(Map.of())).getMessage());
        assertEquals("thresholds must be increasing: PT4H, PT1H", assertThrows(
                IllegalArgumentException.class, () -> ServiceBands.firstResponseTime(Map.of(),
                        Duration.ofHours(4), Duration.ofHours(1))).getMessage());
        assertEquals("thresholds must be > 0: PT0S", assertThrows(IllegalArgumentException.class,
                () -> ServiceBands.firstResponseTime(Map.of(), Duration.ZERO)).getMessage());
        ServiceBands bands = ServiceBands.firstResponseTime(Map.of("a", Duration.ofMinutes(-5)),
                Duration.ofHours(1));
        assertEquals("first response time must be >= 0: PT-5M (customer a)",
                assertThrows(IllegalArgumentException.class, () -> bands.bandOf("a")).getMessage());
    }

    /**
     * The seeds' thesis on hand-made data: four promoters stay and spend 100 a month; four
     * detractors spend 50 a month and three of them leave (20 Feb, 20 Mar, 20 Apr); a passive
     * stays and spends 70; one customer never answered and leaves on 20 May, spending 60.
     */
    private static final List<String> PROMOTERS = List.of("p1", "p2", "p3", "p4");
    private static final List<String> DETRACTORS = List.of("d1", "d2", "d3", "d4");

    private static List<CustomerPurchases> histories() {
        List<Customer> customers = new ArrayList<>();
        List<Purchase> purchases = new ArrayList<>();
        for (String id : PROMOTERS) {
            add(customers, purchases, id, null, "100");
        }
        for (int i = 0; i < DETRACTORS.size(); i++) {
            add(customers, purchases, DETRACTORS.get(i),
                    i < 3 ? LocalDate.of(2024, 2 + i, 20) : null, "50");
        }
        add(customers, purchases, "x", null, "70");
        add(customers, purchases, "n", LocalDate.of(2024, 5, 20), "60");
        return CustomerPurchases.join(customers, purchases);
    }

    private static void add(List<Customer> customers, List<Purchase> purchases, String id,
            LocalDate churn, String monthly) {
        customers.add(customer(id, "all", "2024-01-10", churn == null ? null : churn.toString()));
        for (LocalDate d = LocalDate.of(2024, 1, 10); d.isBefore(LocalDate.of(2024, 7, 1)); d = d.plusMonths(1)) {
            if (churn == null || d.isBefore(churn)) {
                purchases.add(purchase(id, d.toString(), monthly));
            }
        }
    }

    private static List<Response> responses() {
        List<Response> list = new ArrayList<>();
        list.add(answer("p1", "nps", 4, "2024-01-15"));     // earlier answer, superseded
        for (String id : PROMOTERS) {
            list.add(answer(id, "nps", 10, "2024-02-15"));
        }
        for (String id : DETRACTORS) {
            list.add(answer(id, "nps", 3, "2024-01-15"));
        }
        list.add(answer("x", "nps", 8, "2024-01-15"));
        return list;
    }

    @Test
    void valueByNpsBand_promotersStayLongerAndBuyMore() {
        ServiceBands nps = ServiceBands.nps(responses(), "nps");
        List<CustomerPurchases> histories = histories();
        List<Customer> customers = histories.stream().map(CustomerPurchases::customer).toList();

        Map<ServiceBand, ChurnResult> churn = CxMetrics.churn().asOf(JULY).groupBy(nps::bandOf)
                .compute(customers);
        assertEquals(nps.bands(), List.copyOf(churn.keySet()));     // nobody dropped, best first
        // Feb–Jun: promoters 4 × 5 = 20 customer-months at risk, none lost
        assertEquals(0.0, churn.get(ServiceBand.PROMOTER).trailing(5).churnRate());
        assertEquals(1.0, churn.get(ServiceBand.PROMOTER).trailing(5).retentionRate());
        // detractors at the starts of Feb–Jun: 4 + 3 + 2 + 1 + 1 = 11 at risk, 3 lost
        assertEquals(3.0 / 11, churn.get(ServiceBand.DETRACTOR).trailing(5).churnRate(), 1e-15);
        assertEquals(1, churn.get(ServiceBand.NO_ANSWER).customers());

        Map<ServiceBand, LifetimeValueResult> value = CxMetrics.lifetimeValue().asOf(JULY)
                .groupBy(nps::bandOf).compute(histories);
        // promoters: 6 months × 100; detractors: (2 + 3 + 4 + 6) months × 50 / 4 = 187.5
        assertEquals(Money.of("600", "EUR"),
                value.get(ServiceBand.PROMOTER).historicalValue());
        assertEquals(Money.of("187.5", "EUR"),
                value.get(ServiceBand.DETRACTOR).historicalValue());
        assertTrue(value.get(ServiceBand.PROMOTER).historicalValue()
                .compareTo(value.get(ServiceBand.DETRACTOR).historicalValue()) > 0);
        // the detractors' churn-based value: ARPA 550 / 11 = 50, × 0.8 / (3/11) = 146.67
        assertEquals(50 * 0.8 * 11 / 3,
                value.get(ServiceBand.DETRACTOR).churnBasedValue(0.8, 5).amount().doubleValue(), 1e-9);
        assertThrows(IllegalStateException.class,
                () -> value.get(ServiceBand.PROMOTER).churnBasedValue(0.8, 5));   // churn 0: undefined
        // and the retention table of the same bands
        RetentionTable detractors = CxMetrics.retention().asOf(JULY).groupBy(nps::bandOf)
                .compute(customers).get(ServiceBand.DETRACTOR);
        assertEquals(List.of(4L, 4L, 3L, 2L, 1L, 1L),
                detractors.cohort(month("2024-01")).orElseThrow().retainedCounts());
    }

    @Test
    void valueByFirstResponseTime_andByCsat_keepEveryCustomer() {
        Map<String, Duration> firstResponse = Map.of("p1", Duration.ofMinutes(30),
                "p2", Duration.ofMinutes(45), "d1", Duration.ofHours(6), "d2", Duration.ofHours(9),
                "x", Duration.ofHours(2));
        ServiceBands frt = ServiceBands.firstResponseTime(firstResponse, Duration.ofHours(1),
                Duration.ofHours(4));
        List<Customer> customers = histories().stream().map(CustomerPurchases::customer).toList();
        Map<ServiceBand, ChurnResult> churn = CxMetrics.churn().asOf(JULY).groupBy(frt::bandOf)
                .compute(customers);
        assertEquals(List.of("< 1h", "[1h, 4h)", ">= 4h", "no response time"),
                churn.keySet().stream().map(ServiceBand::label).toList());
        assertEquals(0.0, churn.get(frt.bands().get(0)).pooled().churnRate());
        // slow answers: d1 and d2 both left → 2 lost of 2 + 1 = 3 customer-months at risk
        assertEquals(2.0 / 3, churn.get(frt.bands().get(2)).trailing(5).churnRate(), 1e-15);
        long total = churn.values().stream().mapToLong(ChurnResult::customers).sum();
        assertEquals(customers.size(), total);

        ServiceBands csat = ServiceBands.csat(List.of(answer("p1", "csat", 5, "2024-02-01")), "csat");
        Map<ServiceBand, ChurnResult> byCsat = CxMetrics.churn().asOf(JULY).groupBy(csat::bandOf)
                .compute(customers);
        assertEquals(1, byCsat.get(ServiceBand.POSITIVE).customers());
        assertEquals(customers.size() - 1, byCsat.get(ServiceBand.NO_ANSWER).customers());
    }
}
