package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.StateBytes.assertRefused;
import static io.github.cxmetrics.StateBytes.seal;
import static io.github.cxmetrics.value.clv.RfmCalculatorTest.WEEKS;
import static io.github.cxmetrics.value.clv.RfmCalculatorTest.purchase;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Expect;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RFM accumulator's state: a canonical binary form (the same purchases in any order give the
 * same bytes), every rule of reading untrusted bytes, and summaries in the order of the ids.
 */
class RfmStateTest {

    /** The body before the customers: currency "USD", no refunds. */
    private static final String USD_NO_REFUNDS = "03555344" + "00";
    /** One purchase of 1 (scale 0) on 1997-01-01, epoch day 9862 (zigzag 8c 9a 01). */
    private static final String ONE_ON_NEW_YEAR = "8c9a01" + "000101";

    private static void refused(String detail, String bodyHex) {
        assertRefused("malformed rfm state: " + detail, WEEKS, bodyHex);
    }

    @Test
    void reading_checksEveryRule() {
        String a = "0161";
        String b = "0162";
        refused("customers out of order: b, a",
                USD_NO_REFUNDS + "02" + b + "01" + ONE_ON_NEW_YEAR + a + "01" + ONE_ON_NEW_YEAR);
        refused("customers out of order: a, a",
                USD_NO_REFUNDS + "02" + a + "01" + ONE_ON_NEW_YEAR + a + "01" + ONE_ON_NEW_YEAR);
        // (two bytes more: a customer takes at least five)
        refused("customer a has no purchases", USD_NO_REFUNDS + "01" + a + "00" + "0000");
        refused("purchases without a currency", "00" + "00" + "01" + a + "01" + ONE_ON_NEW_YEAR);
        // 1997-10-01, the day after the calibration end (zigzag of 10135: ae 9e 01)
        refused("purchase day 10135 of customer a is out of order or after 1997-09-30",
                USD_NO_REFUNDS + "01" + a + "01" + "ae9e01" + "000101");
        // the day before LocalDate.MIN, and a gap that overflows
        refused("purchase day -365243219163 of customer a is out of order or after 1997-09-30",
                USD_NO_REFUNDS + "01" + a + "01" + "b5f389a3a115" + "000101");
        refused("purchase day -9223372036854765947 of customer a is out of order or after"
                + " 1997-09-30", USD_NO_REFUNDS + "01" + a + "02" + ONE_ON_NEW_YEAR
                + "ffffffffffffffff7f" + "000101");
        refused("purchase amount must be >= 0: -1",
                USD_NO_REFUNDS + "01" + a + "01" + "8c9a01" + "0001ff");
        // the limits are states: the calibration end (ac 9e 01), LocalDate.MIN, an amount of 0
        for (String day : List.of("ac9e01", "b3f389a3a115")) {
            WEEKS.accumulatorFrom(seal(WEEKS, USD_NO_REFUNDS + "01" + a + "01" + day + "000100"));
        }
    }

    @Test
    void aRestoredState_namesItsFirstCustomerInACurrencyConflict() {
        Accumulator<Purchase, RfmSummary> restored = WEEKS.accumulatorFrom(seal(WEEKS,
                USD_NO_REFUNDS + "02" + "0161" + "01" + ONE_ON_NEW_YEAR + "0162" + "01"
                        + ONE_ON_NEW_YEAR));
        Purchase euros = Purchase.of("z", LocalDate.of(1997, 2, 1).atStartOfDay(ZoneOffset.UTC)
                .toInstant(), BigDecimal.ONE, Currency.getInstance("EUR"));
        Expect.failure(IllegalArgumentException.class, () -> restored.add(euros),
                "purchases must share one currency: USD (customer a) and EUR (customer z)");
    }

    @Test
    void theBinaryForm_isTheSameForThePurchasesInAnyOrder() {
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // customers whose hash order is not their sorted order; several purchases a day,
            // and amounts equal in value but not in scale
            String id = "customer-" + (i % 13);
            String day = "1997-0" + (1 + i % 7) + "-1" + (i % 3);
            purchases.add(purchase(id, day, i % 4 == 0 ? "2.50" : i % 4 == 1 ? "2.5" : "1." + i));
        }
        byte[] first = toBytes(purchases);
        List<Purchase> reversed = new ArrayList<>(purchases);
        Collections.reverse(reversed);
        assertArrayEquals(first, toBytes(reversed));
        Collections.shuffle(reversed, new java.util.Random(19));
        assertArrayEquals(first, toBytes(reversed));
        assertEquals(WEEKS.compute(purchases), WEEKS.accumulatorFrom(first).snapshot());
    }

    @Test
    void purchasesOfOneCustomerOnOneDay_areOrderedByAmountAndRestoredWithAGapOfZero() {
        // amounts 3, 1.0, 1 and 2 on one day: the binary form orders them 1, 1.0, 2, 3 (by
        // value, then scale) whatever the order they came in, each after the first a gap of 0
        List<Purchase> purchases = new ArrayList<>();
        for (String amount : List.of("3", "1.0", "1", "2")) {
            purchases.add(purchase("a", "1997-01-01", amount));
        }
        byte[] bytes = toBytes(purchases);
        Collections.reverse(purchases);
        assertArrayEquals(bytes, toBytes(purchases));
        Collections.swap(purchases, 0, 2);
        assertArrayEquals(bytes, toBytes(purchases));
        // by hand: day 9862 (zigzag 8c 9a 01), then gaps of 0; each amount as its zigzag scale
        // and unscaled bytes: 1 = 00 01 01, 1.0 = 02 01 0a, 2 = 00 01 02, 3 = 00 01 03
        assertArrayEquals(seal(WEEKS, USD_NO_REFUNDS + "01" + "0161" + "04" + ONE_ON_NEW_YEAR
                + "00" + "02010a" + "00" + "000102" + "00" + "000103"), bytes);
        assertEquals(WEEKS.compute(purchases), WEEKS.accumulatorFrom(bytes).snapshot());
    }

    private static byte[] toBytes(List<Purchase> purchases) {
        Accumulator<Purchase, RfmSummary> a = WEEKS.accumulator();
        purchases.forEach(a::add);
        return a.toByteArray();
    }

    @Test
    void summaries_listCustomersInTheOrderOfTheirIds() {
        List<String> ids = List.of("customer-9", "customer-10", "b", "A", "customer-1", "aa");
        List<Purchase> purchases = new ArrayList<>();
        for (String id : ids) {
            purchases.add(purchase(id, "1997-03-01", "1"));
        }
        RfmSummary s = WEEKS.compute(purchases);
        List<String> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        assertEquals(sorted, s.customers().stream().map(CustomerRfm::customerId).toList());
    }

    @Test
    void aFirstPurchaseOnTheCalibrationEnd_isACustomerOfAgeZero() {
        RfmSummary s = WEEKS.holdoutEnd(LocalDate.of(1998, 6, 30)).compute(List.of(
                purchase("a", "1997-09-30", "4"), purchase("b", "1997-10-01", "4")));
        assertEquals(List.of(new CustomerRfm("a", 0, 0, 0, 0, ChronoUnit.WEEKS)), s.customers());
        assertEquals(1, s.customersAfterCalibration());
    }
}
