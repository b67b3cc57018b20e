package io.github.cxmetrics.model;

import io.github.cxmetrics.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * One purchase (or refund) by a customer: the input of revenue, lifetime-value and
 * customer-base models.
 *
 * <p>Money is a {@link BigDecimal} with a {@link Currency}: sums of money are exact, and
 * computations that mix currencies are rejected rather than summed. A refund is a negative
 * amount.
 *
 * <pre>{@code
 * Purchase p = Purchase.of("c-17", Instant.parse("2024-04-02T10:15:00Z"),
 *         new BigDecimal("49.90"), Currency.getInstance("EUR"));
 * }</pre>
 *
 * @param customerId the buyer; not blank
 * @param at when the purchase was made
 * @param amount the amount, negative for a refund; at most {@value Money#MAX_INTEGER_DIGITS}
 *     digits before the decimal point and {@value Money#MAX_SCALE} after it, as
 *     {@link Money#of(BigDecimal, Currency)} takes
 * @param currency the currency of the amount
 * @param attributes free attributes for grouping (product, store…); names not blank, values not
 *     null
 */
public record Purchase(
        String customerId, Instant at, BigDecimal amount, Currency currency,
        Map<String, String> attributes) {

    /**
     * Creates a purchase, validating every component.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the customer id is blank or the amount has too many
     *     digits
     */
    public Purchase {
        Checks.requireNonBlank(customerId, "customerId");
        Checks.requireNonNull(at, "at");
        Money.requireBounded(amount, "amount");
        Checks.requireNonNull(currency, "currency");
        attributes = Checks.attributes(attributes);
    }

    /** Creates a purchase without attributes. */
    public static Purchase of(String customerId, Instant at, BigDecimal amount, Currency currency) {
        return new Purchase(customerId, at, amount, currency, Map.of());
    }

    /** Returns whether this is a refund, a negative amount. */
    public boolean isRefund() {
        return amount.signum() < 0;
    }

    /** Returns the amount with its currency. */
    public Money money() {
        return new Money(amount, currency);
    }

    /** Returns this purchase with one attribute added or replaced. */
    public Purchase withAttribute(String name, String value) {
        return new Purchase(customerId, at, amount, currency,
                Checks.withAttribute(attributes, name, value));
    }
}
