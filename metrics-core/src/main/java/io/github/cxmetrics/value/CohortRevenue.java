package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of a revenue retention table: the revenue of the customers acquired in one period (the
 * cohort) at each age, and its net and gross retention. Immutable.
 *
 * <p><b>Definitions</b> ({@code METRICS.md} §3): the base is the cohort's revenue in its
 * acquisition period (age 0); at age {@code a}, in the {@code a}-th period after it,
 * <ul>
 *   <li>net revenue retention {@code = Σ revenue(a) / base}, that is
 *       {@code (start + expansion − contraction − churn) / start};
 *   <li>gross revenue retention {@code = Σ min(revenue(a), max(base revenue of the customer, 0))
 *       / base}: each customer counts up to their own base revenue, so expansion is left out and
 *       gross retention never exceeds 1 (when the base is positive).
 * </ul>
 * Revenue is net of refunds. Example: a cohort of two customers spending 100 and 50 at age 0,
 * then 150 and 0 at age 1: net {@code 150 / 150 = 1.0}, gross {@code (100 + 0) / 150 = 0.667}.
 *
 * <p><b>Undefined</b>: retention of a cohort whose base revenue is not positive throws
 * {@link IllegalStateException}.
 */
public final class CohortRevenue {

    private final CalendarPeriod cohort;
    private final long customers;
    private final Currency currency;
    private final BigDecimal[] revenue;
    private final BigDecimal[] retained;

    CohortRevenue(CalendarPeriod cohort, long customers, Currency currency, BigDecimal[] revenue,
            BigDecimal[] retained) {
        this.cohort = cohort;
        this.customers = customers;
        this.currency = currency;
        this.revenue = revenue;
        this.retained = retained;
    }

    /** Returns the acquisition period of the cohort. */
    public CalendarPeriod cohort() {
        return cohort;
    }

    /** Returns the number of customers acquired in the cohort's period. */
    public long customers() {
        return customers;
    }

    /** Returns the number of ages observed: 1 for the acquisition period alone. */
    public int ages() {
        return revenue.length;
    }

    /**
     * Returns the cohort's revenue in its acquisition period, exactly.
     *
     * @throws IllegalStateException if the table has no currency (no purchases at all)
     */
    public Money baseRevenue() {
        return revenue(0);
    }

    /**
     * Returns the cohort's revenue at {@code age}, exactly.
     *
     * @throws IllegalArgumentException if the age is not observed
     * @throws IllegalStateException if the table has no currency
     */
    public Money revenue(int age) {
        return money(revenue[requireAge(age)]);
    }

    /**
     * Returns the cohort's revenue at {@code age} with each customer capped at their base
     * revenue, exactly: the numerator of gross retention.
     *
     * @throws IllegalArgumentException if the age is not observed
     * @throws IllegalStateException if the table has no currency
     */
    public Money retainedRevenue(int age) {
        return money(retained[requireAge(age)]);
    }

    /**
     * Returns the net revenue retention at {@code age}, {@code revenue(age) / base}; 1 at age 0.
     *
     * @throws IllegalArgumentException if the age is not observed
     * @throws IllegalStateException if the base revenue is not positive
     */
    public double netRetention(int age) {
        return ratio(revenue[requireAge(age)], "net");
    }

    /**
     * Returns the gross revenue retention at {@code age}, {@code retainedRevenue(age) / base}, at
     * most 1; 1 at age 0.
     *
     * @throws IllegalArgumentException if the age is not observed
     * @throws IllegalStateException if the base revenue is not positive
     */
    public double grossRetention(int age) {
        return ratio(retained[requireAge(age)], "gross");
    }

    private double ratio(BigDecimal amount, String kind) {
        if (revenue[0].signum() <= 0) {
            throw new IllegalStateException(kind + " revenue retention of cohort " + cohort
                    + " is undefined: its base revenue is " + revenue[0].toPlainString()
                    + (currency == null ? "" : " " + currency.getCurrencyCode()));
        }
        return amount.divide(revenue[0], MathContext.DECIMAL64).doubleValue();
    }

    private Money money(BigDecimal amount) {
        if (currency == null) {
            throw new IllegalStateException("revenue of cohort " + cohort + " has no currency: no"
                    + " purchase was seen; give the calculator one with currency(...)");
        }
        return new Money(amount, currency);
    }

    private int requireAge(int age) {
        return Checks.requireInRange(age, 0, revenue.length - 1, "age");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CohortRevenue c && cohort.equals(c.cohort) && customers == c.customers
                && Objects.equals(currency, c.currency) && Arrays.equals(revenue, c.revenue)
                && Arrays.equals(retained, c.retained);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cohort, customers, currency, Arrays.hashCode(revenue),
                Arrays.hashCode(retained));
    }

    /** Returns a line such as {@code 2024-01: 2 customers, revenue 150 150 (net 100.0% 100.0%, gross 100.0% 66.7%)}. */
    @Override
    public String toString() {
        StringBuilder amounts = new StringBuilder();
        StringBuilder net = new StringBuilder();
        StringBuilder gross = new StringBuilder();
        boolean defined = revenue[0].signum() > 0;
        for (int a = 0; a < revenue.length; a++) {
            amounts.append(a == 0 ? "" : " ").append(revenue[a].toPlainString());
            if (defined) {
                net.append(String.format(Locale.ROOT, " %.1f%%", 100 * netRetention(a)));
                gross.append(String.format(Locale.ROOT, " %.1f%%", 100 * grossRetention(a)));
            }
        }
        return cohort + ": " + customers + " customers, revenue " + amounts
                + (defined ? " (net" + net + ", gross" + gross + ")" : " (retention undefined)");
    }
}
