package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * The accumulator of {@link RfmCalculator}: per customer, the days and amounts of the purchases
 * in scope. Memory grows with the number of purchases, as any per-customer summary must. Merges
 * exactly: the summary depends only on the multiset of purchases added. Not thread-safe.
 */
final class RfmAccumulator implements Accumulator<Purchase, RfmSummary> {

    private final RfmCalculator calculator;
    private final Map<String, History> customers = new HashMap<>();
    private Currency currency;
    private String currencyCustomer;
    private long refunds;

    RfmAccumulator(RfmCalculator calculator) {
        this.calculator = calculator;
    }

    /** The purchases of one customer: parallel arrays of epoch days and amounts. */
    private static final class History {
        long[] days = new long[4];
        BigDecimal[] amounts = new BigDecimal[4];
        int size;

        void add(long day, BigDecimal amount) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                amounts = Arrays.copyOf(amounts, size * 2);
            }
            days[size] = day;
            amounts[size] = amount;
            size++;
        }
    }

    @Override
    public void add(Purchase purchase) {
        Checks.requireNonNull(purchase, "purchase");
        if (!calculator.accepts(purchase)) {
            return;
        }
        checkCurrency(purchase.currency(), purchase.customerId());
        if (purchase.isRefund()) {
            refunds++;
            return;
        }
        customers.computeIfAbsent(purchase.customerId(), id -> new History())
                .add(calculator.dayOf(purchase), purchase.amount());
    }

    private void checkCurrency(Currency other, String customer) {
        if (currency == null) {
            currency = other;
            currencyCustomer = customer;
        } else if (!currency.equals(other)) {
            throw new IllegalArgumentException("purchases must share one currency: " + currency
                    + " (customer " + currencyCustomer + ") and " + other + " (customer "
                    + customer + ")");
        }
    }

    @Override
    public void merge(Accumulator<Purchase, RfmSummary> other) {
        if (!(other instanceof RfmAccumulator that) || !calculator.equals(that.calculator)) {
            throw new IllegalArgumentException(
                    "cannot merge accumulators of different calculators: " + calculator + " and "
                            + (other instanceof RfmAccumulator a ? a.calculator : other));
        }
        if (that == this) {
            throw new IllegalArgumentException("cannot merge an accumulator into itself");
        }
        if (that.currency != null) {
            checkCurrency(that.currency, that.currencyCustomer);
        }
        refunds += that.refunds;
        for (Map.Entry<String, History> entry : that.customers.entrySet()) {
            History from = entry.getValue();
            History to = customers.computeIfAbsent(entry.getKey(), id -> new History());
            for (int i = 0; i < from.size; i++) {
                to.add(from.days[i], from.amounts[i]);
            }
        }
    }

    @Override
    public RfmSummary snapshot() {
        String[] ids = customers.keySet().toArray(new String[0]);
        Arrays.sort(ids);
        long calibrationEnd = calculator.calibrationEnd().toEpochDay();
        LocalDate holdoutEndDate = calculator.holdoutEndOrNull();
        boolean holdout = holdoutEndDate != null;
        int n = ids.length;
        String[] kept = new String[n];
        int[] frequency = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] meanSpend = new double[n];
        int[] holdoutPurchases = holdout ? new int[n] : null;
        double[] holdoutSpend = holdout ? new double[n] : null;
        ChronoUnit unit = calculator.unit();
        int size = 0;
        long after = 0;
        for (String id : ids) {
            History h = customers.get(id);
            long[] days = Arrays.copyOf(h.days, h.size);
            Arrays.sort(days);
            long first = days[0];
            if (first > calibrationEnd) {
                after++;
                continue;
            }
            int calibrationDays = 0;
            int holdoutDays = 0;
            long last = first;
            for (int i = 0; i < days.length; i++) {
                if (i > 0 && days[i] == days[i - 1]) {
                    continue;
                }
                if (days[i] <= calibrationEnd) {
                    calibrationDays++;
                    last = days[i];
                } else {
                    holdoutDays++;
                }
            }
            BigDecimal repeatSpend = BigDecimal.ZERO;
            BigDecimal laterSpend = BigDecimal.ZERO;
            for (int i = 0; i < h.size; i++) {
                long day = h.days[i];
                if (day > calibrationEnd) {
                    laterSpend = laterSpend.add(h.amounts[i]);
                } else if (day != first) {
                    repeatSpend = repeatSpend.add(h.amounts[i]);
                }
            }
            int x = calibrationDays - 1;
            kept[size] = id;
            frequency[size] = x;
            recency[size] = x == 0 ? 0 : TimeUnits.fromDays(last - first, unit);
            age[size] = TimeUnits.fromDays(calibrationEnd - first, unit);
            meanSpend[size] = x == 0 ? 0
                    : repeatSpend.divide(BigDecimal.valueOf(x), MathContext.DECIMAL64)
                            .doubleValue();
            if (holdout) {
                holdoutPurchases[size] = holdoutDays;
                holdoutSpend[size] = laterSpend.doubleValue();
            }
            size++;
        }
        double holdoutLength = holdout
                ? TimeUnits.fromDays(holdoutEndDate.toEpochDay() - calibrationEnd, unit) : 0;
        return new RfmSummary(unit, Arrays.copyOf(kept, size),
                Arrays.copyOf(frequency, size), Arrays.copyOf(recency, size),
                Arrays.copyOf(age, size), Arrays.copyOf(meanSpend, size), currency,
                calculator.calibrationEnd(),
                holdout ? Arrays.copyOf(holdoutPurchases, size) : null,
                holdout ? Arrays.copyOf(holdoutSpend, size) : null, holdoutLength, refunds,
                after);
    }
}
