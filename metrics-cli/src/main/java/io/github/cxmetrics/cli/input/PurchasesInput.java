package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The purchases file: one row per purchase or refund (a negative amount),
 * {@code customer_id,at,amount,currency}. Purchases are history, like customers
 * ({@link HistoryInput}). A purchase must belong to a customer of the customers file, must not
 * come before that customer's acquisition and must be in the currency of the rest of the data;
 * its amount's unscaled value must fit 63 bits (18 digits) so that it can be kept compactly.
 * Attribute columns are not used.
 */
public final class PurchasesInput extends HistoryInput<Purchase> {

    /**
     * Creates the input.
     *
     * @param book the customers read, which a purchase is checked against
     * @param to {@code --to}, or null: purchases from then on are not checked
     */
    public PurchasesInput(CustomerBook book, Instant to) {
        super(InputKind.PURCHASES, book, to);
    }

    @Override
    Purchase read(Row row) {
        String id = row.text("customer_id");
        Instant at = row.instant("at");
        BigDecimal amount = row.decimal("amount");
        Purchase purchase;
        try {
            purchase = new Purchase(id, at, amount, CustomersInput.currency(row.text("currency")),
                    Map.of());
        } catch (IllegalArgumentException e) {
            // The library's bounds of an amount (the id and the time are checked above).
            throw new RowException(Reason.BAD_NUMBER, e.getMessage(), null);
        }
        if (amount.unscaledValue().bitLength() > 63) {
            throw new RowException(Reason.BAD_NUMBER, "amount has more than 18 digits",
                    row.cell("amount"));
        }
        return purchase;
    }

    @Override
    void check(Purchase purchase, Row row) {
        CustomerBook.Entry customer = book.get(purchase.customerId());
        if (customer == null) {
            throw new RowException(Reason.UNKNOWN_CUSTOMER,
                    "customer_id is not in the customers file", purchase.customerId());
        }
        if (purchase.at().isBefore(customer.customer.acquiredAt())) {
            throw new RowException(Reason.INVALID, "at must not be before the customer's"
                    + " acquired_at " + customer.customer.acquiredAt(), row.cell("at"));
        }
        book.checkCurrency(purchase.currency());
    }

    @Override
    public Instant timeOf(Purchase purchase) {
        return purchase.at();
    }

    @Override
    public String toString() {
        return "purchases";
    }
}
