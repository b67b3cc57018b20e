package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Customers acquired over 2023–2024 in four segments with different monthly churn, each with a
 * few purchases, generated from a fixed seed. The data ends on {@link #END}.
 */
final class ValueData {

    static final String[] SEGMENTS = {"enterprise", "smb", "retail", "trial"};
    private static final double[] MONTHLY_CHURN = {0.01, 0.03, 0.05, 0.20};
    private static final double[] MONTHLY_SPEND = {900, 120, 35, 5};
    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2025-01-01T00:00:00Z");
    static final Currency EUR = Currency.getInstance("EUR");
    private static final long MONTH = 30L * 24 * 3600;

    record Data(List<Customer> customers, List<Purchase> purchases) {}

    private ValueData() {}

    static Data generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long span = END.getEpochSecond() - START.getEpochSecond();
        List<Customer> customers = new ArrayList<>(size);
        List<Purchase> purchases = new ArrayList<>(size * 3);
        for (int i = 0; i < size; i++) {
            int segment = random.nextInt(SEGMENTS.length);
            Instant acquired = START.plusSeconds(random.nextLong(span));
            // Months until churn: geometric with the segment's monthly churn.
            double months = Math.log(1 - random.nextDouble()) / Math.log(1 - MONTHLY_CHURN[segment]);
            Instant churned = acquired.plusSeconds((long) (months * MONTH));
            Customer customer = Customer.of("c" + i, SEGMENTS[segment], acquired);
            if (churned.isBefore(END)) {
                customer = customer.withChurnedAt(churned);
            }
            customers.add(customer);
            Instant last = churned.isBefore(END) ? churned : END;
            int count = 1 + random.nextInt(5);
            for (int k = 0; k < count; k++) {
                long seconds = Math.max(0, last.getEpochSecond() - acquired.getEpochSecond() - 1);
                Instant at = acquired.plusSeconds(seconds == 0 ? 0 : random.nextLong(seconds));
                long cents = (long) (MONTHLY_SPEND[segment] * 100 * (0.5 + random.nextDouble()));
                purchases.add(Purchase.of(customer.id(), at, BigDecimal.valueOf(cents, 2), EUR));
            }
        }
        return new Data(customers, purchases);
    }
}
