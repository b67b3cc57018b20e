package io.github.cxmetrics.value;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer with all of their purchases: the item of the revenue metrics (lifetime value,
 * revenue retention). Each item holds everything about one customer, so per-customer quantities
 * (revenue, revenue per period) are computed within the item and the metrics aggregate exactly,
 * in one pass and by any key: {@code groupBy(h -> h.customer().segment())}.
 *
 * <p>Purchases are kept in time order (then by amount). Refunds are negative amounts. A
 * purchase must belong to the customer and must not come before the acquisition; purchases after
 * the customer churned are kept (a customer may buy again).
 *
 * <pre>{@code
 * List<CustomerPurchases> histories = CustomerPurchases.join(customers, purchases);
 * Money spent = histories.get(0).revenue(Currency.getInstance("EUR"));   // historical value
 * }</pre>
 *
 * @param customer the customer
 * @param purchases the customer's purchases and refunds, in time order; may be empty
 */
public record CustomerPurchases(Customer customer, List<Purchase> purchases) {

    private static final Comparator<Purchase> ORDER = Comparator.comparing(Purchase::at)
            .thenComparing(Purchase::amount)
            .thenComparing(p -> p.currency().getCurrencyCode());

    /**
     * Creates a customer's history, sorting the purchases by time.
     *
     * @throws NullPointerException if the customer, the list or a purchase is null
     * @throws IllegalArgumentException if a purchase is another customer's, or comes before the
     *     customer's acquisition
     */
    public CustomerPurchases {
        Checks.requireNonNull(customer, "customer");
        Checks.requireNonNull(purchases, "purchases");
        List<Purchase> sorted = new ArrayList<>(purchases.size());
        for (Purchase p : purchases) {
            Checks.requireNonNull(p, "purchase");
            if (!p.customerId().equals(customer.id())) {
                throw new IllegalArgumentException("purchase of customer " + p.customerId()
                        + " given with customer " + customer.id() + " (at " + p.at() + ")");
            }
            if (p.at().isBefore(customer.acquiredAt())) {
                throw new IllegalArgumentException("purchase must not be before the acquisition "
                        + customer.acquiredAt() + " of customer " + customer.id() + ": " + p.at());
            }
            sorted.add(p);
        }
        sorted.sort(ORDER);
        purchases = List.copyOf(sorted);
    }

    /** Returns a customer with the given purchases. */
    public static CustomerPurchases of(Customer customer, Purchase... purchases) {
        Checks.requireNonNull(purchases, "purchases");
        return new CustomerPurchases(customer, List.of(purchases));
    }

    /**
     * Joins customers with their purchases by customer id: one item per customer, in the order of
     * {@code customers}; customers without purchases get an empty list.
     *
     * @throws IllegalArgumentException if two customers share an id, a purchase belongs to no
     *     customer given, or a purchase comes before its customer's acquisition
     */
    public static List<CustomerPurchases> join(
            Iterable<Customer> customers, Iterable<Purchase> purchases) {
        Checks.requireNonNull(customers, "customers");
        Checks.requireNonNull(purchases, "purchases");
        Map<String, Customer> byId = new LinkedHashMap<>();
        Map<String, List<Purchase>> bought = new LinkedHashMap<>();
        for (Customer c : customers) {
            Checks.requireNonNull(c, "customer");
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("customer ids must be unique: " + c.id());
            }
            bought.put(c.id(), new ArrayList<>());
        }
        for (Purchase p : purchases) {
            Checks.requireNonNull(p, "purchase");
            List<Purchase> list = bought.get(p.customerId());
            if (list == null) {
                throw new IllegalArgumentException("purchase of an unknown customer: "
                        + p.customerId() + " (at " + p.at() + ", " + p.money() + ")");
            }
            list.add(p);
        }
        List<CustomerPurchases> joined = new ArrayList<>(byId.size());
        byId.forEach((id, c) -> joined.add(new CustomerPurchases(c, bought.get(id))));
        return List.copyOf(joined);
    }

    /** Returns the customer's id. */
    public String id() {
        return customer.id();
    }

    /** Returns the customer's segment. */
    public String segment() {
        return customer.segment();
    }

    /**
     * Returns the customer's historical value: the exact sum of their purchases, refunds
     * subtracted; zero without purchases.
     *
     * @param currency the currency of the sum
     * @throws IllegalArgumentException if a purchase is in another currency
     */
    public Money revenue(Currency currency) {
        Checks.requireNonNull(currency, "currency");
        BigDecimal sum = BigDecimal.ZERO;
        for (Purchase p : purchases) {
            Checks.requireSameCurrency(currency, p.currency());
            sum = sum.add(p.amount());
        }
        return new Money(sum, currency);
    }

    /**
     * Returns the customer's net value, seed 001's net CLV: revenue − acquisition cost − cost of
     * serving them, exact. A customer who spent 200,000, cost 40,000 to acquire and 60,000 to
     * serve is worth 100,000.
     *
     * @param serviceCost the cost of serving the customer; its currency is the result's
     * @throws IllegalStateException if the customer's acquisition cost is unknown
     * @throws IllegalArgumentException if a purchase or the acquisition cost is in another
     *     currency
     */
    public Money netValue(Money serviceCost) {
        Checks.requireNonNull(serviceCost, "serviceCost");
        Money cost = customer.acquisitionCostIfKnown().orElseThrow(() -> new IllegalStateException(
                "net value needs the acquisition cost of customer " + customer.id()
                        + ", which is unknown"));
        return Ltv.net(revenue(serviceCost.currency()), cost, serviceCost);
    }
}
