package io.github.cxmetrics.value;

import static io.github.cxmetrics.StateBytes.body;
import static io.github.cxmetrics.StateBytes.bodyHex;
import static io.github.cxmetrics.StateBytes.refusal;
import static io.github.cxmetrics.StateBytes.seal;
import static io.github.cxmetrics.value.ValueFixtures.at;
import static io.github.cxmetrics.value.ValueFixtures.customer;
import static io.github.cxmetrics.value.ValueFixtures.month;
import static io.github.cxmetrics.value.ValueFixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Customer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the value accumulators count per customer and purchase, and the states they refuse to
 * decode: hand-computed cases of the rules that the totals alone do not show.
 */
class ValueStatesTest {

    @Test
    void customerYears_countChurnedCustomersToTheirChurnAndActiveOnesToTheEnd() {
        // a: 1 January to its churn on 31 January, 30 days; b: 11 January to 1 March, 50 days
        List<CustomerPurchases> two = List.of(
                CustomerPurchases.of(customer("a", "s", "2024-01-01T00:00:00Z", "2024-01-31T00:00:00Z")),
                CustomerPurchases.of(customer("b", "s", "2024-01-11T00:00:00Z", null)));
        LifetimeValueResult r = CxMetrics.lifetimeValue().asOf(at("2024-03-01T00:00:00Z"))
                .compute(two);
        assertEquals(80 / 365.2425, r.customerYears(), 1e-15);
    }

    @Test
    void aPurchaseOfZero_isAPurchase_andARefundIsNegative() {
        CustomerPurchases history = CustomerPurchases.of(customer("a", "s", "2024-01-02", null),
                purchase("a", "2024-01-03", "0"), purchase("a", "2024-01-04", "5"),
                purchase("a", "2024-01-05", "-2"));
        LifetimeValueResult r = CxMetrics.lifetimeValue().compute(List.of(history));
        assertEquals(2, r.purchases());
        assertEquals(1, r.refunds());
    }

    @Test
    void withoutAsOf_aLaterPurchaseExtendsTheData() {
        // the customer's only event is its acquisition in January; its purchase is in March
        CustomerPurchases history = CustomerPurchases.of(customer("a", "s", "2024-01-02", null),
                purchase("a", "2024-03-05", "5"));
        LifetimeValueResult r = CxMetrics.lifetimeValue().compute(List.of(history));
        assertEquals(month("2024-03"), r.churn().last().period());
        RevenueRetentionTable t = CxMetrics.revenueRetention().compute(List.of(history));
        assertEquals(3, t.cohorts().get(month("2024-01")).ages());
    }

    @Test
    void forgedChurnStates_areRefused() {
        ChurnCalculator plain = CxMetrics.churn();
        Accumulator<Customer, ChurnResult> one = plain.accumulator();
        one.add(customer("a", "s", "2024-01-02", null));
        ChurnCalculator asOf = CxMetrics.churn().asOf(at("2024-03-01T00:00:00Z"));
        // the body of a state without asOf carries its latest event, which asOf states never do
        assertEquals("malformed churn state: a latest event with an as-of instant",
                refusal(asOf, seal(asOf, body(one.toByteArray()))));
        // the first count is the customers: 2 where one joined
        String hex = bodyHex(one);
        assertEquals("01", hex.substring(0, 2));
        assertEquals("malformed churn state: 1 customers joined, but 2 counted",
                refusal(plain, seal(plain, HexFormat.of().parseHex("02" + hex.substring(2)))));
    }
}
