package io.github.cxmetrics.value;

import static io.github.cxmetrics.CalculatorProperties.assertParallelEqualsSequential;
import static io.github.cxmetrics.CalculatorProperties.shuffled;
import static io.github.cxmetrics.Theories.anyLong;
import static io.github.cxmetrics.Theories.listsOf;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.MergeChecks;
import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.stats.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the customer-value metrics over generated customers and purchases. */
class ValueProperties {

    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    private static final long DAY = 86_400;
    private static final Instant AS_OF = START.plusSeconds(400 * DAY);
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<String> SEGMENTS = List.of("retail", "pro", "one-off");

    private static final ChurnCalculator CHURN = CxMetrics.churn().zone(ZONE).asOf(AS_OF);
    private static final RetentionCalculator RETENTION = CxMetrics.retention().zone(ZONE).asOf(AS_OF);
    private static final LifetimeValueCalculator LTV = CxMetrics.lifetimeValue().zone(ZONE).asOf(AS_OF);
    private static final RevenueRetentionCalculator REVENUE =
            CxMetrics.revenueRetention().zone(ZONE).asOf(AS_OF);

    /** One customer before ids are given: segment, acquisition, churn (−1: none), purchases. */
    private record Spec(int segment, long acquired, long churnAfter, List<long[]> purchases) {}

    /**
     * Up to 40 customers acquired over a year, half of them churned within 200 days (some the
     * same instant, some after {@code AS_OF}), each with up to 4 purchases or refunds in cents.
     */
    static Gen<List<CustomerPurchases>> histories() {
        return histories(-5_000);
    }

    /** As {@link #histories()}, without refunds. */
    static Gen<List<CustomerPurchases>> positive() {
        return histories(0);
    }

    static Gen<List<Customer>> customers() {
        return histories().map(list -> list.stream().map(CustomerPurchases::customer).toList());
    }

    private static Gen<List<CustomerPurchases>> histories(long minCents) {
        Gen<long[]> purchase = longs().between(0, 300 * DAY).zip(longs().between(minCents, 50_000),
                (offset, cents) -> new long[] {offset, cents});
        Gen<Spec> spec = integers().between(0, SEGMENTS.size() - 1).zip(
                longs().between(0, 365 * DAY),
                Generate.oneOf(Generate.constant(-1L), Generate.constant(0L),
                        longs().between(0, 200 * DAY)),
                listsOf(purchase, 0, 4),
                Spec::new);
        return listsOf(spec, 0, 40).map(ValueProperties::build);
    }

    private static List<CustomerPurchases> build(List<Spec> specs) {
        List<CustomerPurchases> list = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            String id = "c" + i;
            Instant acquired = START.plusSeconds(s.acquired());
            Customer c = Customer.of(id, SEGMENTS.get(s.segment()), acquired)
                    .withAcquisitionCost(Money.of(BigDecimal.valueOf(i * 10L), EUR));
            if (s.churnAfter() >= 0) {
                c = c.withChurnedAt(acquired.plusSeconds(s.churnAfter()));
            }
            List<Purchase> purchases = new ArrayList<>();
            for (long[] p : s.purchases()) {
                purchases.add(Purchase.of(id, acquired.plusSeconds(p[0]), BigDecimal.valueOf(p[1], 2), EUR));
            }
            list.add(new CustomerPurchases(c, purchases));
        }
        return list;
    }

    private static Instant churnSeen(Customer c) {
        Instant churned = c.churnedAt();
        return churned != null && churned.isBefore(AS_OF) ? churned : null;
    }

    private static List<Customer> inScope(List<Customer> customers) {
        return customers.stream().filter(c -> c.acquiredAt().isBefore(AS_OF)).toList();
    }

    @Test
    void churnAndRetention_areInTheUnitIntervalAndSumToOne() {
        qt().forAll(customers(), arbitrary().enumValues(JoinedAndLeft.class))
                .checkAssert((customers, rule) -> {
            for (ChurnCalculator calculator : List.of(CHURN.joinedAndLeft(rule),
                    CxMetrics.churn().joinedAndLeft(rule))) {
                ChurnResult r = calculator.compute(customers);
                List<ChurnCounts> all = new ArrayList<>(r.periods().values());
                if (!all.isEmpty()) {
                    all.add(r.pooled());
                    all.add(r.trailing(3));
                }
                for (ChurnCounts c : all) {
                    assertTrue(c.activeAtEnd() >= 0);
                    if (c.isEmpty()) {
                        continue;
                    }
                    double churn = c.churnRate();
                    assertTrue(churn >= 0 && churn <= 1, () -> c.toString());
                    assertTrue(c.retentionRate() >= 0 && c.retentionRate() <= 1);
                    assertEquals(1.0, churn + c.retentionRate(), 1e-12);
                    Interval ci = c.churnInterval(0.95);
                    assertTrue(ci.contains(churn) && ci.lower() >= 0 && ci.upper() <= 1);
                    if (c.churned() > 0) {
                        assertEquals(1 / churn, c.averageLifetime(), 1e-9 / churn);
                    }
                }
            }
        });
    }

    @Test
    void churn_agreesWithANaiveReference() {
        qt().forAll(customers(), arbitrary().enumValues(JoinedAndLeft.class))
                .checkAssert((customers, rule) -> {
            List<Customer> scope = inScope(customers);
            ChurnResult r = CHURN.joinedAndLeft(rule).compute(customers);
            assertEquals(scope.size(), r.customers());
            if (scope.isEmpty()) {
                assertTrue(r.isEmpty());
                return;
            }
            Periodicity month = Periodicity.MONTH;
            CalendarPeriod first = scope.stream()
                    .map(c -> month.periodOf(LocalDate.ofInstant(c.acquiredAt(), ZONE)))
                    .min(CalendarPeriod::compareTo).orElseThrow();
            CalendarPeriod last = month.previous(month.periodOf(LocalDate.ofInstant(AS_OF, ZONE)));
            List<CalendarPeriod> expected = new ArrayList<>();
            for (CalendarPeriod p = first; p.compareTo(last) <= 0; p = month.next(p)) {
                expected.add(p);
            }
            assertEquals(expected, List.copyOf(r.periods().keySet()));
            for (CalendarPeriod p : expected) {
                Instant s = p.startIn(ZONE);
                Instant e = p.endIn(ZONE);
                long start = 0;
                long lost = 0;
                long joined = 0;
                long joinedAndLeft = 0;
                for (Customer c : scope) {
                    Instant churned = churnSeen(c);
                    boolean leftInPeriod = churned != null && !churned.isBefore(s) && churned.isBefore(e);
                    if (c.acquiredAt().isBefore(s) && (churned == null || !churned.isBefore(s))) {
                        start++;
                        lost += leftInPeriod ? 1 : 0;
                    }
                    if (!c.acquiredAt().isBefore(s) && c.acquiredAt().isBefore(e)) {
                        joined++;
                        joinedAndLeft += leftInPeriod ? 1 : 0;
                    }
                }
                ChurnCounts counts = r.periods().get(p);
                assertEquals(start, counts.activeAtStart(), () -> "start of " + p);
                assertEquals(lost, counts.lost(), () -> "lost in " + p);
                assertEquals(joined, counts.joined(), () -> "joined in " + p);
                assertEquals(joinedAndLeft, counts.joinedAndLeft(), () -> "joined and left in " + p);
            }
        });
    }

    @Test
    void cohortCounts_neverGrowWithAge_andAgreeWithANaiveReference() {
        qt().forAll(customers()).checkAssert(customers -> {
            RetentionTable table = RETENTION.compute(customers);
            List<Customer> scope = inScope(customers);
            assertEquals(scope.size(), table.customers());
            Periodicity month = Periodicity.MONTH;
            for (CohortRetention row : table.cohorts().values()) {
                CalendarPeriod at = row.cohort();
                for (int age = 0; age < row.ages(); age++) {
                    if (age > 0) {
                        assertTrue(row.retained(age) <= row.retained(age - 1), row::toString);
                    }
                    assertTrue(row.share(age) >= 0 && row.share(age) <= 1);
                    Instant start = at.startIn(ZONE);
                    long naive = scope.stream()
                            .filter(c -> month.periodOf(LocalDate.ofInstant(c.acquiredAt(), ZONE)).equals(row.cohort()))
                            .filter(c -> churnSeen(c) == null || !churnSeen(c).isBefore(start))
                            .count();
                    assertEquals(naive, row.retained(age), "cohort " + row.cohort() + " age " + age);
                    at = month.next(at);
                }
            }
        });
    }

    @Test
    void results_areIndependentOfInputOrder() {
        qt().forAll(histories(), anyLong()).checkAssert((histories, seed) -> {
            List<CustomerPurchases> shuffled = shuffled(histories, seed);
            assertEquals(LTV.compute(histories), LTV.compute(shuffled));
            assertEquals(REVENUE.compute(histories), REVENUE.compute(shuffled));
            List<Customer> a = histories.stream().map(CustomerPurchases::customer).toList();
            List<Customer> b = shuffled.stream().map(CustomerPurchases::customer).toList();
            assertEquals(CHURN.compute(a), CHURN.compute(b));
            assertEquals(RETENTION.compute(a), RETENTION.compute(b));
            assertEquals(CxMetrics.churn().compute(a), CxMetrics.churn().compute(b));
        });
    }

    @Test
    void splitAndMerge_equalsOnePass() {
        qt().forAll(histories(), integers().between(0, 40)).checkAssert((histories, cut) -> {
            int at = Math.min(cut, histories.size());
            List<Customer> customers = histories.stream().map(CustomerPurchases::customer).toList();
            assertSplitMerge(LTV, histories, at);
            assertSplitMerge(CxMetrics.lifetimeValue(), histories, at);
            assertSplitMerge(REVENUE, histories, at);
            assertSplitMerge(CxMetrics.revenueRetention(), histories, at);
            assertSplitMerge(CHURN, customers, at);
            assertSplitMerge(CxMetrics.churn().joinedAndLeft(JoinedAndLeft.COUNT), customers, at);
            assertSplitMerge(RETENTION, customers, at);
            assertSplitMerge(CxMetrics.retention(), customers, at);
            assertSplitMerge(CHURN.groupBy(Customer::segment), customers, at);
        });
    }

    private static <T, R> void assertSplitMerge(Calculator<T, R> calculator, List<T> items, int at) {
        R whole = calculator.compute(items);
        Accumulator<T, R> left = calculator.accumulator();
        Accumulator<T, R> right = calculator.accumulator();
        left.addAll(items.subList(0, at));
        right.addAll(items.subList(at, items.size()));
        Accumulator<T, R> reversed = calculator.accumulator();
        reversed.merge(right);
        reversed.merge(left);
        left.merge(right);
        assertEquals(whole, left.snapshot());
        assertEquals(whole, reversed.snapshot());
        assertParallelEqualsSequential(calculator, items);
    }

    /**
     * The binary form carries the whole state: an accumulator read back from its bytes gives the
     * same result and the same bytes, and goes on adding and merging as the original does.
     */
    @Test
    void binaryForm_carriesTheWholeState() {
        qt(100).forAll(histories(), histories()).checkAssert((first, more) -> {
            List<CustomerPurchases> later = renamed(more, "b");
            LifetimeValueCalculator withService = LTV.serviceCost(
                    h -> Money.of(BigDecimal.valueOf(h.purchases().size()), EUR));
            assertTravels(LTV, first, later);
            assertTravels(withService, first, later);
            assertTravels(REVENUE, first, later);
            assertTravels(CxMetrics.revenueRetention(), first, later);
            assertTravels(CHURN, customers(first), customers(later));
            assertTravels(CxMetrics.churn().joinedAndLeft(JoinedAndLeft.COUNT), customers(first),
                    customers(later));
            assertTravels(RETENTION, customers(first), customers(later));
        });
    }

    private static <T, R> void assertTravels(Calculator<T, R> calculator, List<T> first,
            List<T> later) {
        Accumulator<T, R> original = MergeChecks.accumulated(calculator, first);
        Accumulator<T, R> restored = calculator.accumulatorFrom(original.toByteArray());
        MergeChecks.assertSameState(original, restored);
        Accumulator<T, R> next = MergeChecks.accumulated(calculator, later);
        original.merge(next);
        restored.merge(calculator.accumulatorFrom(next.toByteArray()));
        MergeChecks.assertSameState(original, restored);
        original.addAll(first.subList(0, Math.min(1, first.size())));
        restored.addAll(first.subList(0, Math.min(1, first.size())));
        MergeChecks.assertSameState(original, restored);
    }

    @Test
    void plus_isAssociativeAndCommutative() {
        qt().forAll(histories(), histories(), histories()).checkAssert((a, b, c) -> {
            // distinct customers in each part (ids are only unique within a list)
            assertMonoid(LTV.compute(a), LTV.compute(renamed(b, "b")), LTV.compute(renamed(c, "c")),
                    LifetimeValueResult::plus);
            assertMonoid(REVENUE.compute(a), REVENUE.compute(b), REVENUE.compute(c),
                    RevenueRetentionTable::plus);
            assertMonoid(CHURN.compute(customers(a)), CHURN.compute(customers(b)),
                    CHURN.compute(customers(c)), ChurnResult::plus);
            assertMonoid(RETENTION.compute(customers(a)), RETENTION.compute(customers(b)),
                    RETENTION.compute(customers(c)), RetentionTable::plus);
        });
    }

    private static <R> void assertMonoid(R a, R b, R c, BinaryOperator<R> plus) {
        assertEquals(plus.apply(plus.apply(a, b), c), plus.apply(a, plus.apply(b, c)));
        assertEquals(plus.apply(a, b), plus.apply(b, a));
    }

    private static List<Customer> customers(List<CustomerPurchases> histories) {
        return histories.stream().map(CustomerPurchases::customer).toList();
    }

    private static List<CustomerPurchases> renamed(List<CustomerPurchases> histories, String prefix) {
        List<CustomerPurchases> list = new ArrayList<>();
        for (CustomerPurchases h : histories) {
            Customer c = h.customer();
            Customer renamed = new Customer(prefix + c.id(), c.segment(), c.acquiredAt(), c.churnedAt(),
                    c.acquisitionCost(), c.attributes());
            list.add(new CustomerPurchases(renamed, h.purchases().stream().map(p -> new Purchase(
                    renamed.id(), p.at(), p.amount(), p.currency(), p.attributes())).toList()));
        }
        return list;
    }

    @Test
    void groups_addUpToTheWhole() {
        qt().forAll(histories()).checkAssert(histories -> {
            Map<String, LifetimeValueResult> ltv = LTV.groupBy(CustomerPurchases::segment).compute(histories);
            assertEquals(LTV.compute(histories), ltv.values().stream().reduce(LifetimeValueResult::plus)
                    .orElse(LTV.compute(List.of())));
            Map<String, RevenueRetentionTable> revenue =
                    REVENUE.groupBy(CustomerPurchases::segment).compute(histories);
            assertEquals(REVENUE.compute(histories), revenue.values().stream()
                    .reduce(RevenueRetentionTable::plus).orElse(REVENUE.compute(List.of())));
            List<Customer> customers = customers(histories);
            Map<String, ChurnResult> churn = CHURN.groupBy(Customer::segment).compute(customers);
            assertEquals(CHURN.compute(customers), churn.values().stream().reduce(ChurnResult::plus)
                    .orElse(CHURN.compute(List.of())));
            Map<String, RetentionTable> retention = RETENTION.groupBy(Customer::segment).compute(customers);
            assertEquals(RETENTION.compute(customers), retention.values().stream()
                    .reduce(RetentionTable::plus).orElse(RETENTION.compute(List.of())));
        });
    }

    @Test
    void lifetimeValueTotals_areExactSums() {
        qt().forAll(histories()).checkAssert(histories -> {
            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal costs = BigDecimal.ZERO;
            long purchases = 0;
            long refunds = 0;
            long customers = 0;
            for (CustomerPurchases h : histories) {
                if (!h.customer().acquiredAt().isBefore(AS_OF)) {
                    continue;
                }
                customers++;
                costs = costs.add(h.customer().acquisitionCost().amount());
                for (Purchase p : h.purchases()) {
                    if (p.at().isBefore(AS_OF)) {
                        revenue = revenue.add(p.amount());
                        purchases += p.isRefund() ? 0 : 1;
                        refunds += p.isRefund() ? 1 : 0;
                    }
                }
            }
            LifetimeValueResult r = LTV.currency(EUR).compute(histories);
            assertEquals(customers, r.customers());
            assertEquals(Money.of(revenue, EUR), r.revenue());
            assertEquals(Money.of(costs, EUR), r.acquisitionCost());
            assertEquals(purchases, r.purchases());
            assertEquals(refunds, r.refunds());
            if (customers > 0) {
                assertEquals(revenue.divide(BigDecimal.valueOf(customers), Money.ESTIMATES),
                        r.historicalValue().amount());
                assertEquals(Money.of(revenue.subtract(costs), EUR).dividedBy(BigDecimal.valueOf(customers)),
                        r.netValue());
            }
        });
    }

    @Test
    void grossRevenueRetention_neverExceedsNetNorOne() {
        qt().forAll(positive()).checkAssert(histories -> {
            for (CohortRevenue row : REVENUE.currency(EUR).compute(histories).cohorts().values()) {
                if (row.baseRevenue().signum() <= 0) {
                    continue;
                }
                assertEquals(1.0, row.netRetention(0), 1e-15);
                assertEquals(1.0, row.grossRetention(0), 1e-15);
                for (int age = 0; age < row.ages(); age++) {
                    double gross = row.grossRetention(age);
                    assertTrue(gross >= 0 && gross <= 1 + 1e-15, row::toString);
                    assertTrue(gross <= row.netRetention(age) + 1e-15, row::toString);
                    assertTrue(row.retainedRevenue(age).compareTo(row.revenue(age)) <= 0);
                }
            }
        });
    }

    @Test
    void discountedValue_isBoundedAndDecreasingInTheRate_andClosedFormEqualsTheSum() {
        Gen<Pair<Integer, Integer>> rates =
                integers().between(0, 500).zip(integers().between(0, 500), Pair::of);
        qt().forAll(integers().between(0, 1_000_000), integers().between(0, 1000), rates,
                integers().between(1, 60)).checkAssert((marginCents, retentionPermille, ab, horizon) -> {
            int rateA = ab._1;
            int rateB = ab._2;
            Money m = Money.of(BigDecimal.valueOf(marginCents, 2), EUR);
            double r = retentionPermille / 1000.0;
            double low = Math.min(rateA, rateB) / 1000.0;
            double high = Math.max(rateA, rateB) / 1000.0;
            Money atLow = Ltv.discounted(m, r, low, horizon);
            Money atHigh = Ltv.discounted(m, r, high, horizon);
            Money undiscounted = Ltv.discounted(m, r, 0, horizon);
            assertTrue(atHigh.compareTo(atLow) <= 0, () -> atHigh + " > " + atLow);
            assertTrue(atLow.compareTo(undiscounted) <= 0);
            assertTrue(atHigh.signum() >= 0);
            Money sum = Ltv.discountedSum(m, r, low, horizon);
            double tolerance = 1e-13 * Math.max(1, undiscounted.amount().doubleValue());
            assertEquals(atLow.amount().doubleValue(), sum.amount().doubleValue(), tolerance);
            if (r < 1 || low > 0) {
                Money perpetual = Ltv.discountedPerpetual(m, r, low);
                assertTrue(atLow.compareTo(perpetual) <= 0, () -> atLow + " > " + perpetual);
                assertTrue(Ltv.discounted(m, r, low, horizon + 1).compareTo(atLow) >= 0);
            }
        });
    }
}
