package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.cli.report.Cells;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.value.CustomerPurchases;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers of the value section (those without a segment in {@link Cells#NONE}) with their
 * purchases, read from the customers file and then the purchases file, with the checks that join
 * the two: a customer id given twice, a purchase of an unknown customer, a purchase before its
 * customer's acquisition, and a second currency are rejected with the line of the row
 * ({@link CustomersInput}, {@link PurchasesInput}).
 *
 * <p>The library's lifetime value takes each customer with all of their purchases, and a
 * purchases file need not be sorted by customer, so every customer and purchase is kept until
 * the end, in columns of primitive arrays rather than objects: per customer its id, a segment
 * number, the acquisition and churn times, the acquisition cost (its unscaled value and scale,
 * the currency being one for the whole report) and its first and last purchase, about 100 bytes
 * besides the id; per purchase its time, its exact amount and the next purchase of the customer,
 * 28 bytes. The records are rebuilt, equal to those read, when the section asks for them.
 * Attribute columns of purchases are not kept. Not thread-safe.
 */
public final class CustomerBook {

    private static final int NO_PURCHASE = -1;
    /** The nanos of an absent churn time. */
    /** The churn second of a customer not churned: below any {@link Instant}'s. */
    private static final long NOT_CHURNED = Long.MIN_VALUE;
    /** The scale of an absent acquisition cost, or of one kept in {@link #largeCosts}. */
    private static final int NO_COST = Integer.MIN_VALUE;
    private static final int LARGE_COST = Integer.MAX_VALUE;

    private final IdTable ids = new IdTable();
    private final Map<String, Integer> segmentNumbers = new HashMap<>();
    private final List<String> segments = new ArrayList<>();
    private Currency currency;

    // Per customer, by the number of its id.
    private int[] segmentOf = new int[16];
    private long[] acquiredSeconds = new long[16];
    /** The nanoseconds of the times, null while every time so far is a whole second. */
    private int[] acquiredNanos;
    private long[] churnedSeconds = new long[16];
    private int[] churnedNanos;
    private long[] costUnscaled = new long[16];
    private int[] costScale = new int[16];
    private int[] firstPurchase = new int[16];
    private int[] lastPurchase = new int[16];
    private int[] purchaseCounts = new int[16];
    /** The rare costs whose unscaled value does not fit a long, and non-empty attributes. */
    private final Map<Integer, BigDecimal> largeCosts = new HashMap<>();
    private final Map<Integer, Map<String, String>> attributes = new HashMap<>();

    // Per purchase, in the order of the file.
    private long[] purchaseSeconds = new long[16];
    /** Nano of second in the high half, scale of the amount in the low half. */
    private long[] purchaseNanosAndScale = new long[16];
    private long[] purchaseUnscaled = new long[16];
    private int[] nextPurchase = new int[16];
    private int purchases;

    /**
     * A customer of the book, with their purchases; a view, valid while the book lives.
     */
    public final class Entry {
        private final int index;

        private Entry(int index) {
            this.index = index;
        }

        /** Returns the customer, equal to the one added. */
        public Customer customer() {
            BigDecimal cost = costOf(index);
            return new Customer(ids.id(index), segments.get(segmentOf[index]), acquiredAt(),
                    churnedSeconds[index] == NOT_CHURNED ? null
                            : Instant.ofEpochSecond(churnedSeconds[index],
                                    nanoOf(churnedNanos, index)),
                    cost == null ? null : Money.of(cost, currency),
                    attributes.getOrDefault(index, Map.of()));
        }

        /** Returns when the customer was acquired. */
        public Instant acquiredAt() {
            return Instant.ofEpochSecond(acquiredSeconds[index], nanoOf(acquiredNanos, index));
        }

        /** Returns the customer with their purchases in the order read, in {@code currency}. */
        public CustomerPurchases history(Currency currency) {
            List<Purchase> list = new ArrayList<>(purchaseCounts[index]);
            String id = ids.id(index);
            for (int p = firstPurchase[index]; p != NO_PURCHASE; p = nextPurchase[p]) {
                long packed = purchaseNanosAndScale[p];
                list.add(Purchase.of(id, Instant.ofEpochSecond(purchaseSeconds[p], packed >>> 32),
                        BigDecimal.valueOf(purchaseUnscaled[p], (int) packed), currency));
            }
            return new CustomerPurchases(customer(), list);
        }

        /** Returns the number of purchases and refunds. */
        public int purchaseCount() {
            return purchaseCounts[index];
        }
    }

    /** Returns the entry of a customer, or null. */
    public Entry get(String id) {
        int index = ids.indexOf(id);
        return index < 0 ? null : new Entry(index);
    }

    /** Returns the customers in the order of the file. */
    public List<Entry> entries() {
        return new AbstractList<>() {
            @Override
            public Entry get(int index) {
                return new Entry(index);
            }

            @Override
            public int size() {
                return ids.size();
            }
        };
    }

    /** Returns the number of customers. */
    public int size() {
        return ids.size();
    }

    /** Returns the segment label, shared among customers of one segment. */
    String segment(String label) {
        if (label == null) {
            return Cells.NONE;
        }
        Integer number = segmentNumbers.get(label);
        return number == null ? label : segments.get(number);
    }

    /** Returns the currency of the money seen so far, or null before any. */
    public Currency currency() {
        return currency;
    }

    /**
     * Checks that money is in the report's one currency, the first one seen.
     *
     * @throws RowException if another currency was seen first
     */
    void checkCurrency(Currency other) {
        if (currency != null && !currency.equals(other)) {
            throw new RowException(Reason.INVALID, "currency must be " + currency
                    + " as in the rest of the data: the report does not convert currencies",
                    other.getCurrencyCode());
        }
    }

    /**
     * Adds a customer read from the customers file (checked by {@link CustomersInput}: a new id,
     * money in the book's currency).
     */
    public void add(Customer customer) {
        Money cost = customer.acquisitionCost();
        if (cost != null && currency == null) {
            currency = cost.currency();
        }
        int index = ids.add(customer.id());
        if (index != ids.size() - 1) {
            throw new IllegalArgumentException("customer_id is given twice: " + customer.id());
        }
        if (index == acquiredSeconds.length) {
            growCustomers();
        }
        segmentOf[index] = segmentNumbers.computeIfAbsent(customer.segment(), s -> {
            segments.add(s);
            return segments.size() - 1;
        });
        acquiredSeconds[index] = customer.acquiredAt().getEpochSecond();
        acquiredNanos = withNano(acquiredNanos, index, customer.acquiredAt().getNano());
        Instant churned = customer.churnedAt();
        churnedSeconds[index] = churned == null ? NOT_CHURNED : churned.getEpochSecond();
        if (churned != null) {
            churnedNanos = withNano(churnedNanos, index, churned.getNano());
        }
        if (cost == null) {
            costScale[index] = NO_COST;
        } else if (cost.amount().unscaledValue().bitLength() > 63) {
            costScale[index] = LARGE_COST;
            largeCosts.put(index, cost.amount());
        } else {
            costUnscaled[index] = cost.amount().unscaledValue().longValue();
            costScale[index] = cost.amount().scale();
        }
        if (!customer.attributes().isEmpty()) {
            attributes.put(index, customer.attributes());
        }
        firstPurchase[index] = NO_PURCHASE;
        lastPurchase[index] = NO_PURCHASE;
    }

    /**
     * Adds a purchase read from the purchases file (checked by {@link PurchasesInput}: of a
     * customer of the book, in its currency, with an unscaled amount that fits 63 bits).
     */
    public void add(Purchase purchase) {
        if (currency == null) {
            currency = purchase.currency();
        }
        int customer = ids.indexOf(purchase.customerId());
        if (customer < 0) {
            throw new IllegalArgumentException("customer_id is not in the book: "
                    + purchase.customerId());
        }
        if (purchases == purchaseSeconds.length) {
            growPurchases();
        }
        int p = purchases++;
        purchaseSeconds[p] = purchase.at().getEpochSecond();
        purchaseNanosAndScale[p] = ((long) purchase.at().getNano() << 32)
                | (purchase.amount().scale() & 0xFFFF_FFFFL);
        purchaseUnscaled[p] = purchase.amount().unscaledValue().longValueExact();
        nextPurchase[p] = NO_PURCHASE;
        if (lastPurchase[customer] == NO_PURCHASE) {
            firstPurchase[customer] = p;
        } else {
            nextPurchase[lastPurchase[customer]] = p;
        }
        lastPurchase[customer] = p;
        purchaseCounts[customer]++;
    }

    private BigDecimal costOf(int index) {
        int scale = costScale[index];
        if (scale == NO_COST) {
            return null;
        }
        return scale == LARGE_COST ? largeCosts.get(index)
                : BigDecimal.valueOf(costUnscaled[index], scale);
    }

    /** The nanoseconds of time {@code index} in a column that is null while all are 0. */
    private static int nanoOf(int[] nanos, int index) {
        return nanos == null ? 0 : nanos[index];
    }

    /**
     * Sets the nanoseconds of time {@code index}, making the column only for the first time
     * that is not a whole second (exports rarely have any): 8 bytes a customer saved.
     */
    private int[] withNano(int[] nanos, int index, int nano) {
        if (nanos == null) {
            if (nano == 0) {
                return null;
            }
            nanos = new int[acquiredSeconds.length];
        }
        nanos[index] = nano;
        return nanos;
    }

    private void growCustomers() {
        int n = grown(acquiredSeconds.length);
        segmentOf = Arrays.copyOf(segmentOf, n);
        acquiredSeconds = Arrays.copyOf(acquiredSeconds, n);
        acquiredNanos = acquiredNanos == null ? null : Arrays.copyOf(acquiredNanos, n);
        churnedSeconds = Arrays.copyOf(churnedSeconds, n);
        churnedNanos = churnedNanos == null ? null : Arrays.copyOf(churnedNanos, n);
        costUnscaled = Arrays.copyOf(costUnscaled, n);
        costScale = Arrays.copyOf(costScale, n);
        firstPurchase = Arrays.copyOf(firstPurchase, n);
        lastPurchase = Arrays.copyOf(lastPurchase, n);
        purchaseCounts = Arrays.copyOf(purchaseCounts, n);
    }

    private void growPurchases() {
        int n = grown(purchaseSeconds.length);
        purchaseSeconds = Arrays.copyOf(purchaseSeconds, n);
        purchaseNanosAndScale = Arrays.copyOf(purchaseNanosAndScale, n);
        purchaseUnscaled = Arrays.copyOf(purchaseUnscaled, n);
        nextPurchase = Arrays.copyOf(nextPurchase, n);
    }

    /** Grows by half, so that a copy costs at most 1.5 times the columns. */
    private static int grown(int length) {
        long n = length + (long) (length >> 1) + 16;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the value section holds at most "
                    + (Integer.MAX_VALUE - 8) + " customers and purchases");
        }
        return (int) n;
    }
}
