package io.github.cxmetrics.model;

import io.github.cxmetrics.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in one currency: the acquisition cost of a {@link Customer} and every
 * monetary result of the customer-value metrics.
 *
 * <p><b>Exact sums, documented estimates.</b> {@link #plus}, {@link #minus}, {@link #negate()}
 * and {@link #times(BigDecimal)} are exact ({@link BigDecimal} arithmetic without rounding).
 * Estimates that divide or raise to powers (averages, projections, discounting) are computed in
 * {@link #ESTIMATES}, that is {@link MathContext#DECIMAL64}: 16 significant digits, rounding
 * half-even. {@link #rounded()} rounds to the currency's minor unit for display.
 *
 * <p><b>One currency at a time.</b> Combining amounts of two currencies throws
 * {@link IllegalArgumentException} naming both ({@code cannot mix currencies: EUR and USD});
 * nothing is ever converted or silently summed across currencies.
 *
 * <p><b>Equality is by value</b>: {@code 10.0 EUR} equals {@code 10 EUR} (the amounts are
 * compared with {@link BigDecimal#compareTo}), so an estimate equals the same number written at
 * another scale. Amounts keep the scale they were given ({@code 49.90} stays {@code 49.90}).
 *
 * <pre>{@code
 * Money price = Money.of("49.90", "EUR");
 * Money total = price.times(new BigDecimal("3")).plus(Money.of("0.30", "EUR"));   // 150.00 EUR
 * }</pre>
 *
 * <p><b>Bounded inputs.</b> {@link #of(BigDecimal, Currency)} and {@link #of(String, String)}
 * take amounts of at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@value #MAX_SCALE} after it, the exponent counting ({@code 1e25} has 26 digits before the
 * point, {@code 1e-20} 20 after it): far beyond any amount of money, and small enough that sums,
 * averages and roundings stay cheap and exact. The constructor, which results use, takes any
 * amount.
 *
 * @param amount the amount; any sign and scale
 * @param currency the currency of the amount
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * The precision of estimates (divisions, powers, products with rates):
     * {@link MathContext#DECIMAL64}, 16 significant digits, {@link RoundingMode#HALF_EVEN}.
     */
    public static final MathContext ESTIMATES = MathContext.DECIMAL64;

    /** The most digits before the decimal point of an amount given to {@code of}. */
    public static final int MAX_INTEGER_DIGITS = 18;

    /** The most digits after the decimal point of an amount given to {@code of}. */
    public static final int MAX_SCALE = 18;

    /**
     * Creates an amount.
     *
     * @throws NullPointerException if the amount or the currency is null
     */
    public Money {
        Checks.requireNonNull(amount, "amount");
        Checks.requireNonNull(currency, "currency");
    }

    /**
     * Returns {@code amount} in {@code currency}.
     *
     * @throws IllegalArgumentException if the amount has more than {@value #MAX_INTEGER_DIGITS}
     *     digits before the decimal point or {@value #MAX_SCALE} after it
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(requireBounded(amount, "amount"), currency);
    }

    /** Returns {@code amount} if it has the digits {@code of} takes. */
    static BigDecimal requireBounded(BigDecimal amount, String name) {
        Checks.requireNonNull(amount, name);
        // precision - scale: the digits before the point (0.05 has 1 - 2 = -1, 1E+3 has 4).
        if (amount.scale() > MAX_SCALE || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(name + " must have at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + MAX_SCALE + " after it: "
                    + amount);
        }
        return amount;
    }

    /**
     * Returns an amount written as a decimal number in a currency given by its ISO 4217 code,
     * as in {@code Money.of("49.90", "EUR")}.
     *
     * @throws IllegalArgumentException if the amount is not a decimal number or has too many
     *     digits (as {@link #of(BigDecimal, Currency)}), or the code is not a known currency
     */
    public static Money of(String amount, String currencyCode) {
        Checks.requireNonBlank(amount, "amount");
        Checks.requireNonBlank(currencyCode, "currency code");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number: " + amount, e);
        }
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "currency code must be an ISO 4217 code: " + currencyCode, e);
        }
        return new Money(requireBounded(value, "amount"), currency);
    }

    /** Returns zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Returns {@code this + other}, exactly.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Returns {@code this − other}, exactly.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Returns {@code −this}. */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** Returns {@code this × factor}, exactly. */
    public Money times(BigDecimal factor) {
        Checks.requireNonNull(factor, "factor");
        return new Money(amount.multiply(factor), currency);
    }

    /**
     * Returns {@code this / divisor}, an estimate in {@link #ESTIMATES}: {@code 100 EUR / 3} is
     * {@code 33.33333333333333 EUR}.
     *
     * @throws IllegalArgumentException if {@code divisor} is zero
     */
    public Money dividedBy(BigDecimal divisor) {
        Checks.requireNonNull(divisor, "divisor");
        if (divisor.signum() == 0) {
            throw new IllegalArgumentException("divisor must not be 0: " + divisor);
        }
        return new Money(amount.divide(divisor, ESTIMATES), currency);
    }

    /**
     * Returns this amount rounded half-even to the currency's minor unit
     * ({@link Currency#getDefaultFractionDigits()}: 2 for EUR, 0 for JPY; 4 for a currency
     * without a minor unit), for display: {@code 33.33333333333333 EUR} becomes {@code 33.33 EUR}.
     */
    public Money rounded() {
        int digits = currency.getDefaultFractionDigits();
        return new Money(amount.setScale(digits < 0 ? 4 : digits, RoundingMode.HALF_EVEN), currency);
    }

    /** Returns −1, 0 or 1 as the amount is negative, zero or positive. */
    public int signum() {
        return amount.signum();
    }

    /** Returns whether the amount is zero, at any scale. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Compares the amounts of two sums in the same currency.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Checks.requireNonNull(other, "other amount");
        Checks.requireSameCurrency(currency, other.currency);
    }

    /** Returns whether {@code o} is the same amount (at any scale) in the same currency. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency)
                && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode() * 31 + currency.hashCode();
    }

    /** Returns the amount in plain notation and the currency code, as in {@code 49.90 EUR}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
