package io.github.cxmetrics.cli;

import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * The customers file: one row per customer, {@code customer_id,acquired_at} with the optional
 * {@code segment} (empty: {@code (none)}), {@code churned_at}, {@code acquisition_cost} and its
 * {@code currency}. Customers are history: the value metrics need them whatever their
 * acquisition time, so only {@code --to} leaves out those acquired at or after it. A customer id
 * given twice is rejected, and so is a cost in another currency than the rest of the data.
 * Attribute columns are not used.
 */
final class CustomersInput implements Input<Customer> {

    private final CustomerBook book;

    CustomersInput(CustomerBook book) {
        this.book = book;
    }

    @Override
    public InputKind kind() {
        return InputKind.CUSTOMERS;
    }

    @Override
    public RowParser<Customer> parser(ReportConfig config, Header header) {
        Instant to = config.givenTo();
        return row -> {
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
                money = Money.of(cost, currency(code));
            }
            Customer customer = new Customer(id, segment, acquired, churned, money, Map.of());
            if (to != null && !acquired.isBefore(to)) {
                return customer;   // outside the window: counted there, not checked
            }
            if (book.get(id) != null) {
                throw new RowException(Reason.DUPLICATE, "customer_id is given twice", id);
            }
            if (money != null) {
                book.checkCurrency(money.currency());
            }
            return customer;
        };
    }

    /** Returns the currency of an ISO 4217 code, or throws {@link RowException}. */
    static Currency currency(String code) {
        try {
            return Currency.getInstance(code.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException(Reason.INVALID, "currency is not an ISO 4217 code", code);
        }
    }

    @Override
    public Instant timeOf(Customer customer) {
        return customer.acquiredAt();
    }

    @Override
    public boolean keepsHistory() {
        return true;
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
