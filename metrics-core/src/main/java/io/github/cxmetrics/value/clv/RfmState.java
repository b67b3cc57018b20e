package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of {@link RfmCalculator}: per customer, the days and amounts of the purchases in
 * scope. Memory grows with the number of purchases, as any per-customer summary must, and so does
 * the binary form. Merges exactly: the summary depends only on the multiset of purchases added.
 * Not thread-safe.
 */
final class RfmState implements State<Purchase, RfmSummary, RfmState> {

    private static final Logger LOG = LoggerFactory.getLogger(RfmState.class);

    private final RfmCalculator.Options options;
    private final Map<String, History> customers = new HashMap<>();
    private Currency currency;
    private String currencyCustomer;
    private long refunds;

    RfmState(RfmCalculator.Options options) {
        this.options = options;
    }

    /** The purchases of one customer: parallel arrays of epoch days and amounts. */
    private static final class History {
        long[] days = new long[4];
        BigDecimal[] amounts = new BigDecimal[4];
        int size;

        /** Orders purchases by day, then amount, then scale: the order of the binary form. */
        int compare(int a, int b) {
            int c = Long.compare(days[a], days[b]);
            if (c == 0) {
                c = amounts[a].compareTo(amounts[b]);
            }
            return c != 0 ? c : Integer.compare(amounts[a].scale(), amounts[b].scale());
        }

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
        checkCurrency(purchase.currency(), purchase.customerId());
        if (purchase.isRefund()) {
            refunds++;
            LOG.debug("rfm: skipped a refund of customer {} at {}", purchase.customerId(),
                    purchase.at());
            return;
        }
        customers.computeIfAbsent(purchase.customerId(), id -> new History())
                .add(options.dayOf(purchase), purchase.amount());
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
    public void merge(RfmState that) {
        long newRefunds = Checks.addCount(refunds, that.refunds, "refunds");
        if (that.currency != null) {
            checkCurrency(that.currency, that.currencyCustomer);
        }
        refunds = newRefunds;
        for (Map.Entry<String, History> entry : that.customers.entrySet()) {
            History from = entry.getValue();
            History to = customers.computeIfAbsent(entry.getKey(), id -> new History());
            for (int i = 0; i < from.size; i++) {
                to.add(from.days[i], from.amounts[i]);
            }
        }
    }

    @Override
    public RfmSummary result() {
        String[] ids = customers.keySet().toArray(new String[0]);
        Arrays.sort(ids);
        long calibrationEnd = options.calibrationEnd().toEpochDay();
        LocalDate holdoutEndDate = options.holdoutEndOrNull();
        boolean holdout = holdoutEndDate != null;
        int n = ids.length;
        String[] kept = new String[n];
        int[] frequency = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] meanSpend = new double[n];
        int[] holdoutPurchases = holdout ? new int[n] : null;
        double[] holdoutSpend = holdout ? new double[n] : null;
        ChronoUnit unit = options.unit();
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
                options.calibrationEnd(),
                holdout ? Arrays.copyOf(holdoutPurchases, size) : null,
                holdout ? Arrays.copyOf(holdoutSpend, size) : null, holdoutLength, refunds,
                after);
    }

    /**
     * Writes the currency, the refunds, and per customer
     * (sorted by id) the id, the number of purchases and per purchase (sorted by day, then
     * amount) the day as a varint difference from the previous one (the first as a zigzag epoch
     * day) and the amount.
     */
    @Override
    public void writeTo(StateWriter out) {
        out.writeCurrency(currency);
        out.writeCount(refunds);
        String[] ids = customers.keySet().toArray(new String[0]);
        Arrays.sort(ids);
        out.writeCount(ids.length);
        for (String id : ids) {
            History h = customers.get(id);
            Integer[] order = new Integer[h.size];
            boolean inOrder = true;
            for (int i = 0; i < h.size; i++) {
                order[i] = i;
                inOrder &= i == 0 || h.compare(i - 1, i) <= 0;
            }
            if (!inOrder) {
                Arrays.sort(order, h::compare);
            }
            out.writeString(id);
            out.writeCount(h.size);
            for (int i = 0; i < h.size; i++) {
                long day = h.days[order[i]];
                if (i == 0) {
                    out.writeSignedVarLong(day);
                } else {
                    out.writeVarLong(day - h.days[order[i - 1]]);
                }
                out.writeDecimal(h.amounts[order[i]]);
            }
        }
    }

    static RfmState read(RfmCalculator.Options options, StateReader in) {
        RfmState state = new RfmState(options);
        state.currency = in.readCurrency("currency");
        state.refunds = in.readCount("refunds");
        long last = options.lastDay().toEpochDay();
        int n = in.readLength("customer count", 5);
        String previous = null;
        for (int i = 0; i < n; i++) {
            String id = in.readNonBlankString("customer id");
            if (previous != null && id.compareTo(previous) <= 0) {
                throw in.malformed("customers out of order: " + previous + ", " + id);
            }
            previous = id;
            if (state.currencyCustomer == null) {
                state.currencyCustomer = id;
            }
            int m = in.readLength("purchase count", 3);
            if (m == 0) {
                throw in.malformed("customer " + id + " has no purchases");
            }
            if (state.currency == null) {
                throw in.malformed("purchases without a currency");
            }
            History h = new History();
            long day = 0;
            for (int k = 0; k < m; k++) {
                long next = k == 0 ? in.readSignedVarLong() : day + in.readCount("day gap");
                if (next < day && k > 0 || next < LocalDate.MIN.toEpochDay() || next > last) {
                    throw in.malformed("purchase day " + next + " of customer " + id
                            + " is out of order or after " + options.lastDay());
                }
                day = next;
                BigDecimal amount = in.readDecimal("amount");
                if (amount.signum() < 0) {
                    throw in.malformed("purchase amount must be >= 0: " + amount);
                }
                h.add(day, amount);
            }
            state.customers.put(id, h);
        }
        return state;
    }
}
