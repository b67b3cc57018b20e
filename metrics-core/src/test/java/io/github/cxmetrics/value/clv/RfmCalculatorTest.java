package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.Expect.failureStartingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.MergeChecks;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFM summaries from purchases, and summaries built from rows. */
class RfmCalculatorTest {

    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final RfmCalculator WEEKS = CxMetrics.lifetimeValue().rfm(ChronoUnit.WEEKS,
            CALIBRATION_END);

    static Purchase purchase(String customer, String date, String amount) {
        return Purchase.of(customer, LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC)
                .toInstant(), new BigDecimal(amount), USD);
    }

    /** CDNOW customer 1 (sample id 0001) as it appears in CDNOW_sample.txt. */
    static final List<Purchase> CUSTOMER_1 = List.of(
            purchase("1", "1997-01-01", "29.33"),
            purchase("1", "1997-01-18", "29.73"),
            purchase("1", "1997-08-02", "14.96"),
            purchase("1", "1997-12-12", "26.48"));

    @Test
    void compute_summarisesCdnowCustomer1() {
        RfmSummary s = WEEKS.holdoutEnd(LocalDate.of(1998, 6, 30)).compute(CUSTOMER_1);
        assertEquals(1, s.size());
        CustomerRfm c = s.customer(0);
        // 2 repeat purchases; last 213 days after the first; 272 days observed; (29.73 + 14.96)/2.
        assertEquals(new CustomerRfm("1", 2, 213 / 7.0, 272 / 7.0, 22.345, ChronoUnit.WEEKS), c);
        assertEquals(1, s.holdoutPurchases(0));
        assertEquals(26.48, s.holdoutSpend(0), 1e-12);
        assertEquals(39, s.holdoutLength());
        assertEquals(1, s.totalHoldoutPurchases());
        assertEquals(ChronoUnit.WEEKS, s.unit());
        assertEquals(USD, s.currency().orElseThrow());
        assertEquals("RfmSummary(1 customers, 1 repeat buyers, 2 repeat purchases, in WEEKS,"
                + " calibration to 1997-09-30, holdout of 39.0 WEEKS)", s.toString());
    }

    @Test
    void compute_withoutHoldoutIgnoresLaterPurchases() {
        RfmSummary s = WEEKS.compute(CUSTOMER_1);
        assertEquals(2, s.frequency(0));
        assertFalse(s.hasHoldout());
        failure(IllegalStateException.class, () -> s.holdoutPurchases(0),
                "the summary has no holdout period: set a holdout end on the calculator");
        assertFalse(WEEKS.accepts(CUSTOMER_1.get(3)));
    }

    @Test
    void compute_mergesPurchasesOfOneDayIntoOneTransaction() {
        List<Purchase> purchases = List.of(
                purchase("a", "1997-03-01", "10.00"),
                purchase("a", "1997-03-01", "5.00"),
                purchase("a", "1997-03-08", "7.00"),
                purchase("a", "1997-03-08", "3.00"),
                purchase("a", "1997-03-22", "20.00"));
        CustomerRfm c = CxMetrics.lifetimeValue().rfm(ChronoUnit.DAYS, LocalDate.of(1997, 3, 31))
                .compute(purchases).customer(0);
        // Days 0, 7 and 21: x = 2, tₓ = 21, T = 30, mean of (7 + 3) and 20 = 15.
        assertEquals(new CustomerRfm("a", 2, 21, 30, 15, ChronoUnit.DAYS), c);
    }

    @Test
    void compute_purchaseOnTheCalibrationEndCounts() {
        List<Purchase> purchases = List.of(purchase("a", "1997-09-02", "10"),
                purchase("a", "1997-09-30", "12"));
        CustomerRfm c = CxMetrics.lifetimeValue().rfm(ChronoUnit.DAYS, CALIBRATION_END)
                .compute(purchases).customer(0);
        assertEquals(new CustomerRfm("a", 1, 28, 28, 12, ChronoUnit.DAYS), c);
    }

    @Test
    void compute_countsRefundsAndLateCustomersItLeavesOut() {
        List<Purchase> purchases = List.of(
                purchase("a", "1997-01-01", "10"),
                purchase("a", "1997-02-01", "-10"),
                purchase("b", "1997-10-05", "30"));
        RfmSummary s = WEEKS.holdoutEnd(LocalDate.of(1998, 6, 30)).compute(purchases);
        assertEquals(1, s.size());
        assertEquals(0, s.frequency(0));
        assertEquals(1, s.skippedRefunds());
        assertEquals(1, s.customersAfterCalibration());
    }

    @Test
    void compute_readsDaysInTheZone() {
        // 23:30 UTC on 1 March is already 2 March in Berlin: in UTC the two purchases share a day.
        List<Purchase> purchases = List.of(
                Purchase.of("a", Instant.parse("1997-03-01T10:00:00Z"), BigDecimal.TEN, USD),
                Purchase.of("a", Instant.parse("1997-03-01T23:30:00Z"), BigDecimal.ONE, USD));
        RfmCalculator days = CxMetrics.lifetimeValue().rfm(ChronoUnit.DAYS, CALIBRATION_END);
        assertEquals(0, days.compute(purchases).frequency(0));
        assertEquals(1, days.zone(ZoneId.of("Europe/Berlin")).compute(purchases).frequency(0));
    }

    @Test
    void compute_monthsAreAverageGregorianMonths() {
        RfmSummary s = CxMetrics.lifetimeValue().rfm(ChronoUnit.MONTHS, CALIBRATION_END)
                .compute(CUSTOMER_1);
        assertEquals(213 / 30.436875, s.recency(0), 1e-12);
        assertEquals(272 / 30.436875, s.age(0), 1e-12);
        assertEquals(ChronoUnit.MONTHS, s.customer(0).unit());
    }

    @Test
    void compute_rejectsMixedCurrencies() {
        List<Purchase> purchases = List.of(purchase("a", "1997-01-01", "10"),
                Purchase.of("b", Instant.parse("1997-01-02T00:00:00Z"), BigDecimal.ONE,
                        Currency.getInstance("EUR")));
        failure(IllegalArgumentException.class, () -> WEEKS.compute(purchases),
                "purchases must share one currency: USD (customer a) and EUR (customer b)");
    }

    @Test
    void accumulator_mergesExactlyAndOnlyWithItsCalculator() {
        Accumulator<Purchase, RfmSummary> first = WEEKS.accumulator();
        Accumulator<Purchase, RfmSummary> second = WEEKS.accumulator();
        first.addAll(CUSTOMER_1.subList(0, 2));
        second.addAll(CUSTOMER_1.subList(2, 4));
        second.add(purchase("2", "1997-01-01", "63.34"));
        first.merge(second);
        assertEquals(WEEKS.compute(concat(CUSTOMER_1, List.of(purchase("2", "1997-01-01",
                "63.34")))), first.snapshot());
        failureStartingWith(IllegalArgumentException.class,
                () -> first.merge(WEEKS.zone(ZoneId.of("Asia/Tokyo")).accumulator()),
                "cannot merge accumulators of different calculators");
        failure(IllegalArgumentException.class, () -> first.merge(first),
                "cannot merge an accumulator into itself");
    }

    /**
     * The binary form carries the whole state, holdout included: read back, an accumulator gives
     * the same summary and bytes, and merges and adds as the original does.
     */
    @Test
    void binaryForm_carriesTheWholeState() {
        List<Purchase> others = List.of(purchase("2", "1997-01-01", "63.34"),
                purchase("3", "1997-02-10", "12.00"), purchase("3", "1997-03-10", "8.50"),
                purchase("3", "1998-01-15", "20.00"), purchase("2", "1997-11-02", "5.25"));
        for (RfmCalculator calculator : List.of(WEEKS, WEEKS.holdoutEnd(LocalDate.of(1998, 6, 30)),
                CxMetrics.lifetimeValue().rfm(ChronoUnit.DAYS, CALIBRATION_END))) {
            Accumulator<Purchase, RfmSummary> original = MergeChecks.accumulated(calculator,
                    CUSTOMER_1);
            Accumulator<Purchase, RfmSummary> restored =
                    calculator.accumulatorFrom(original.toByteArray());
            MergeChecks.assertSameState(original, restored);
            Accumulator<Purchase, RfmSummary> more = MergeChecks.accumulated(calculator, others);
            original.merge(more);
            restored.merge(calculator.accumulatorFrom(more.toByteArray()));
            MergeChecks.assertSameState(original, restored);
            assertEquals(calculator.compute(concat(CUSTOMER_1, others)), restored.snapshot());
            restored.add(purchase("4", "1997-05-05", "1.00"));
            original.add(purchase("4", "1997-05-05", "1.00"));
            MergeChecks.assertSameState(original, restored);
            MergeChecks.assertSameState(calculator.accumulator(),
                    calculator.accumulatorFrom(calculator.accumulator().toByteArray()));
        }
    }

    @Test
    void groupBy_givesOneSummaryPerKey() {
        Map<String, RfmSummary> byStore = WEEKS.groupBy(
                (Purchase p) -> p.customerId().equals("1") ? "web" : "shop")
                .compute(concat(CUSTOMER_1, List.of(purchase("2", "1997-01-01", "5"))));
        assertEquals(List.of("shop", "web"), List.copyOf(byStore.keySet()));
        assertEquals("2", byStore.get("shop").customerId(0));
    }

    @Test
    void options_areSetOnceAndCompared() {
        RfmCalculator berlin = WEEKS.zone(ZoneId.of("Europe/Berlin"));
        var e = assertThrows(IllegalStateException.class, () -> berlin.zone(ZoneOffset.UTC));
        assertEquals("zone was already set to Europe/Berlin", e.getMessage());
        RfmCalculator holdout = WEEKS.holdoutEnd(LocalDate.of(1998, 6, 30));
        e = assertThrows(IllegalStateException.class,
                () -> holdout.holdoutEnd(LocalDate.of(1998, 7, 1)));
        assertEquals("holdoutEnd was already set to 1998-06-30", e.getMessage());
        var f = assertThrows(IllegalArgumentException.class,
                () -> WEEKS.holdoutEnd(CALIBRATION_END));
        assertEquals("holdoutEnd must be after the calibration end 1997-09-30: 1997-09-30",
                f.getMessage());
        f = assertThrows(IllegalArgumentException.class,
                () -> CxMetrics.lifetimeValue().rfm(ChronoUnit.HOURS, CALIBRATION_END));
        assertEquals("unit must be DAYS, WEEKS, MONTHS or YEARS: HOURS", f.getMessage());
        assertEquals(WEEKS, WEEKS.zone(ZoneOffset.UTC));
        assertEquals(WEEKS.hashCode(), WEEKS.zone(ZoneOffset.UTC).hashCode());
        assertNotEquals(WEEKS, berlin);
        assertEquals("RfmCalculator(WEEKS, calibration to 1997-09-30, holdout to 1998-06-30,"
                + " zone Z)", holdout.toString());
        assertEquals("RfmCalculator(WEEKS, calibration to 1997-09-30, zone Z)",
                WEEKS.toString());
        assertEquals(ChronoUnit.WEEKS, holdout.unit());
        assertEquals(CALIBRATION_END, holdout.calibrationEnd());
        Purchase first = CUSTOMER_1.get(0);
        assertEquals(Instant.parse("1997-01-01T00:00:00Z"), WEEKS.timeOf(first));
    }

    @Test
    void builder_validatesRows() {
        RfmSummary.Builder b = RfmSummary.builder(ChronoUnit.WEEKS);
        var e = assertThrows(IllegalArgumentException.class, () -> b.add("a", 1, 40, 38, 1));
        assertEquals("recency must be <= age 38.0: 40.0 (customer a)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.add("a", 0, 3, 38, 0));
        assertEquals("recency must be 0 when frequency is 0: 3.0 (customer a)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.add("a", -1, 0, 38, 0));
        assertEquals("frequency must be >= 0: -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.add("a", 1, 3, 38,
                Double.NaN));
        assertEquals("meanSpend must be finite: NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.add(" ", 1, 3, 38, 1));
        assertEquals("customerId must not be blank: ' '", e.getMessage());
    }

    @Test
    void builder_convertsCustomersToItsUnit() {
        RfmSummary s = RfmSummary.builder(ChronoUnit.DAYS)
                .add(BgNbdTest.CUSTOMER_1)
                .add("2", 1, 12, 272, 11.77)
                .currency(USD)
                .build();
        assertEquals(2, s.size());
        assertEquals(30.43 * 7, s.recency(0), 1e-12);
        assertEquals(List.of("1", "2"), s.customers().stream().map(CustomerRfm::customerId)
                .toList());
        assertEquals(2, s.repeatBuyers());
        assertEquals(3, s.totalRepeatPurchases());
        assertEquals(s, RfmSummary.builder(ChronoUnit.DAYS).add(BgNbdTest.CUSTOMER_1)
                .add("2", 1, 12, 272, 11.77).currency(USD).build());
        assertTrue(RfmSummary.builder(ChronoUnit.DAYS).build().isEmpty());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
