package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.value.ChurnResult;
import io.github.cxmetrics.value.CustomerPurchases;
import io.github.cxmetrics.value.LifetimeValueResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Churn of the last month and historical value per customer, by segment, over customers and
 * their purchases: the library against per-segment streams and a hand loop.
 */
public class ValueBenchmark extends BaseBenchmark {

    /** Customers per call. */
    @Param({"1000", "1000000"})
    public int size;

    List<Customer> customers;
    List<Purchase> purchases;
    List<CustomerPurchases> histories;

    private static final Instant LAST_MONTH = LocalDate.of(2024, 12, 1)
            .atStartOfDay(ZoneOffset.UTC).toInstant();

    @Setup(Level.Trial)
    public void generate() {
        ValueData.Data data = ValueData.generate(size, SEED);
        customers = data.customers();
        purchases = data.purchases();
        histories = CustomerPurchases.join(customers, purchases);
    }

    @Benchmark
    public Map<String, Double> libraryChurnBySegment() {
        Map<String, ChurnResult> bySegment = CxMetrics.churn().asOf(ValueData.END)
                .groupBy(Customer::segment).compute(customers);
        Map<String, Double> churn = new HashMap<>();
        bySegment.forEach((segment, r) -> churn.put(segment, r.last().churnRate()));
        return churn;
    }

    /** Per segment, two stream passes: active at the start of the last month, lost in it. */
    @Benchmark
    public Map<String, Double> baselineChurnStreams() {
        Map<String, Double> churn = new HashMap<>();
        for (String segment : ValueData.SEGMENTS) {
            long atStart = customers.stream().filter(c -> c.segment().equals(segment))
                    .filter(c -> c.acquiredAt().isBefore(LAST_MONTH))
                    .filter(c -> c.churnedAt() == null || !c.churnedAt().isBefore(LAST_MONTH))
                    .count();
            long lost = customers.stream().filter(c -> c.segment().equals(segment))
                    .filter(c -> c.acquiredAt().isBefore(LAST_MONTH))
                    .filter(c -> c.churnedAt() != null && !c.churnedAt().isBefore(LAST_MONTH)
                            && c.churnedAt().isBefore(ValueData.END))
                    .count();
            churn.put(segment, (double) lost / atStart);
        }
        return churn;
    }

    /** One hand-written pass counting per segment. */
    @Benchmark
    public Map<String, Double> baselineChurnHandLoop() {
        Map<String, long[]> counts = new HashMap<>();
        for (Customer c : customers) {
            if (!c.acquiredAt().isBefore(LAST_MONTH)) {
                continue;
            }
            Instant churned = c.churnedAt();
            if (churned != null && churned.isBefore(LAST_MONTH)) {
                continue;
            }
            long[] k = counts.computeIfAbsent(c.segment(), s -> new long[2]);
            k[0]++;
            if (churned != null && churned.isBefore(ValueData.END)) {
                k[1]++;
            }
        }
        Map<String, Double> churn = new HashMap<>();
        counts.forEach((segment, k) -> churn.put(segment, (double) k[1] / k[0]));
        return churn;
    }

    @Benchmark
    public Map<String, Money> libraryValueBySegment() {
        Map<String, LifetimeValueResult> bySegment = CxMetrics.lifetimeValue().asOf(ValueData.END)
                .groupBy(CustomerPurchases::segment).compute(histories);
        Map<String, Money> value = new HashMap<>();
        bySegment.forEach((segment, r) -> value.put(segment, r.historicalValue()));
        return value;
    }

    /** Revenue per segment with {@code groupingBy} over the purchases, divided by customers. */
    @Benchmark
    public Map<String, BigDecimal> baselineValueStreams() {
        Map<String, String> segmentOf = customers.stream()
                .collect(Collectors.toMap(Customer::id, Customer::segment));
        Map<String, BigDecimal> revenue = purchases.stream().collect(Collectors.groupingBy(
                p -> segmentOf.get(p.customerId()),
                Collectors.reducing(BigDecimal.ZERO, Purchase::amount, BigDecimal::add)));
        Map<String, Long> people = customers.stream()
                .collect(Collectors.groupingBy(Customer::segment, Collectors.counting()));
        Map<String, BigDecimal> value = new HashMap<>();
        revenue.forEach((segment, total) -> value.put(segment,
                total.divide(BigDecimal.valueOf(people.get(segment)), MathContext.DECIMAL64)));
        return value;
    }
}
