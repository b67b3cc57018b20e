package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.cli.report.Cells;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.value.CustomerPurchases;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers of the value section (those without a segment in {@link Cells#NONE}) with their purchases, read from the customers file and
 * then the purchases file, with the checks that join the two: a customer id given twice, a
 * purchase of an unknown customer, a purchase before its customer's acquisition, and a second
 * currency are rejected with the line of the row ({@link CustomersInput}, {@link PurchasesInput}).
 *
 * <p>The library's lifetime value takes each customer with all of their purchases, and a
 * purchases file need not be sorted by customer, so every purchase is kept until the end, in a
 * compact form: three {@code long}s per purchase (the time to the nanosecond and the exact
 * amount, whose unscaled value must fit 63 bits), the currency being one for the whole report.
 * Purchase attribute columns are not kept. Not thread-safe.
 */
public final class CustomerBook {

    private final Map<String, Entry> customers = new LinkedHashMap<>();
    private final Map<String, String> segments = new HashMap<>();
    private Currency currency;

    /** A customer and their purchases, compactly. */
    public static final class Entry {
        /** The customer. */
        public final Customer customer;
        /** Per purchase: epoch second; nano of second and scale; unscaled amount. */
        private long[] purchases = new long[0];
        private int count;

        Entry(Customer customer) {
            this.customer = customer;
        }

        void add(Instant at, BigDecimal amount) {
            if (3 * count == purchases.length) {
                purchases = Arrays.copyOf(purchases, Math.max(6, purchases.length * 2));
            }
            purchases[3 * count] = at.getEpochSecond();
            purchases[3 * count + 1] = ((long) at.getNano() << 32) | (amount.scale() & 0xFFFF_FFFFL);
            purchases[3 * count + 2] = amount.unscaledValue().longValueExact();
            count++;
        }

        /** Returns the customer with their purchases, rebuilt in {@code currency}. */
        public CustomerPurchases history(Currency currency) {
            List<Purchase> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long packed = purchases[3 * i + 1];
                list.add(Purchase.of(customer.id(),
                        Instant.ofEpochSecond(purchases[3 * i], packed >>> 32),
                        BigDecimal.valueOf(purchases[3 * i + 2], (int) packed), currency));
            }
            return new CustomerPurchases(customer, list);
        }

        /** Returns the number of purchases and refunds. */
        public int purchaseCount() {
            return count;
        }
    }

    /** Returns the entry of a customer, or null. */
    public Entry get(String id) {
        return customers.get(id);
    }

    /** Returns the customers in the order of the file. */
    public Collection<Entry> entries() {
        return Collections.unmodifiableCollection(customers.values());
    }

    /** Returns the number of customers. */
    public int size() {
        return customers.size();
    }

    /** Returns the segment label, shared among customers of one segment. */
    String segment(String label) {
        return label == null ? Cells.NONE : segments.computeIfAbsent(label, s -> s);
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

    /** Adds a customer read from the customers file (checked by {@link CustomersInput}). */
    public void add(Customer customer) {
        Money cost = customer.acquisitionCost();
        if (cost != null && currency == null) {
            currency = cost.currency();
        }
        customers.put(customer.id(), new Entry(customer));
    }

    /** Adds a purchase read from the purchases file (checked by {@link PurchasesInput}). */
    public void add(Purchase purchase) {
        if (currency == null) {
            currency = purchase.currency();
        }
        customers.get(purchase.customerId()).add(purchase.at(), purchase.amount());
    }
}
