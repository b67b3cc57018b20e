package io.github.cxmetrics.cli;

import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * The purchases file: one row per purchase or refund (a negative amount),
 * {@code customer_id,at,amount,currency}. Purchases are history, like customers: only
 * {@code --to} leaves out those at or after it. A purchase must belong to a customer of the
 * customers file, must not come before that customer's acquisition and must be in the currency
 * of the rest of the data; its amount's unscaled value must fit 63 bits (18 digits) so that it can
 * be kept compactly. Attribute columns are not used.
 */
final class PurchasesInput implements Input<Purchase> {

    private final CustomerBook book;

    PurchasesInput(CustomerBook book) {
        this.book = book;
    }

    @Override
    public InputKind kind() {
        return InputKind.PURCHASES;
    }

    @Override
    public RowParser<Purchase> parser(ReportConfig config, Header header) {
        Instant to = config.givenTo();
        return row -> {
            String id = row.text("customer_id");
            Instant at = row.instant("at");
            BigDecimal amount = row.decimal("amount");
            if (amount.unscaledValue().bitLength() > 63) {
                throw new RowException(Reason.BAD_NUMBER, "amount has more than 18 digits",
                        row.cell("amount"));
            }
            Currency currency = CustomersInput.currency(row.text("currency"));
            Purchase purchase = new Purchase(id, at, amount, currency, Map.of());
            if (to != null && !at.isBefore(to)) {
                return purchase;   // outside the window: counted there, not checked
            }
            CustomerBook.Entry customer = book.get(id);
            if (customer == null) {
                throw new RowException(Reason.UNKNOWN_CUSTOMER,
                        "customer_id is not in the customers file", id);
            }
            if (at.isBefore(customer.customer.acquiredAt())) {
                throw new RowException(Reason.INVALID, "at must not be before the customer's"
                        + " acquired_at " + customer.customer.acquiredAt(), row.cell("at"));
            }
            book.checkCurrency(currency);
            return purchase;
        };
    }

    @Override
    public Instant timeOf(Purchase purchase) {
        return purchase.at();
    }

    @Override
    public boolean keepsHistory() {
        return true;
    }

    @Override
    public String toString() {
        return "purchases";
    }
}
