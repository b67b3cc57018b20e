package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * The customers file: one row per customer, {@code customer_id,acquired_at} with the optional
 * {@code segment} (empty: {@code (none)}), {@code churned_at}, {@code acquisition_cost} and its
 * {@code currency}. Customers are history ({@link HistoryInput}): the value metrics need them
 * whatever their acquisition time. A customer id given twice is rejected, and so is a cost in
 * another currency than the rest of the data. Attribute columns are not kept, but the one that
 * {@code --by} joins the responses and interactions to.
 */
public final class CustomersInput extends HistoryInput<Customer> {

    /**
     * Creates the input.
     *
     * @param book where the customers go, and what a row is checked against
     * @param to {@code --to}, or null: customers acquired from then on are not checked
     */
    public CustomersInput(CustomerBook book, Instant to) {
        this(book, to, null);
    }

    /**
     * Creates the input that keeps one attribute column of each customer, the {@code --by}
     * column that the responses and interactions are joined to.
     *
     * @param book where the customers go, and what a row is checked against
     * @param to {@code --to}, or null: customers acquired from then on are not checked
     * @param keep the attribute column to keep, or null for none
     */
    public CustomersInput(CustomerBook book, Instant to, String keep) {
        super(InputKind.CUSTOMERS, book, to);
        this.keep = keep;
    }

    private final String keep;

    @Override
    Customer read(Row row) {
        String id = row.text("customer_id");
        String segment = book.segment(row.optionalText("segment"));
        Instant acquired = row.instant("acquired_at");
        Instant churned = row.optionalInstant("churned_at");
        BigDecimal cost = row.optionalDecimal("acquisition_cost");
        Money money = null;
        if (cost != null) {
            String code = row.optionalText("currency");
            if (code == null) {
                throw new RowException(Reason.MISSING_VALUE,
                        "currency is empty, and acquisition_cost needs one", null);
            }
            try {
                money = Money.of(cost, currency(code));
            } catch (IllegalArgumentException e) {
                // The library's bounds of an amount.
                throw new RowException(Reason.BAD_NUMBER, "acquisition_cost: " + e.getMessage(),
                        null);
            }
        }
        String kept = keep == null ? null : row.attributes().get(keep);
        return new Customer(id, segment, acquired, churned, money,
                kept == null ? Map.of() : Map.of(keep, kept));
    }

    @Override
    void check(Customer customer, Row row) {
        if (book.get(customer.id()) != null) {
            throw new RowException(Reason.DUPLICATE, "customer_id is given twice", customer.id());
        }
        if (customer.acquisitionCost() != null) {
            book.checkCurrency(customer.acquisitionCost().currency());
        }
    }

    /** Returns the currency of an ISO 4217 code, or throws {@link RowException}. */
    static Currency currency(String code) {
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException(Reason.INVALID, "currency is not an ISO 4217 code", code);
        }
    }

    @Override
    public Instant timeOf(Customer customer) {
        return customer.acquiredAt();
    }

    @Override
    public Instant latestOf(Customer customer) {
        return InteractionsInput.later(customer.acquiredAt(), customer.churnedAt());
    }

    @Override
    public String toString() {
        return "customers";
    }
}
