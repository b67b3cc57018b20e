package io.github.cxmetrics.value;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The lifetime-value formulas ({@code METRICS.md} §3), as pure functions of their inputs: for
 * planning with assumed figures, and used by {@link LifetimeValueResult} with figures measured
 * from customers and purchases.
 *
 * <table class="striped">
 *   <caption>Lifetime value formulas</caption>
 *   <thead><tr><th>method</th><th>formula</th><th>source</th><th>example</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #simple}</td><td>{@code average purchase value × purchases per year ×
 *       retention years}</td><td>seed 001</td><td>1,000 × 6 × 5 = 30,000</td></tr>
 *   <tr><td>{@link #net}</td><td>{@code revenue − acquisition cost − service cost}</td>
 *       <td>seed 001 (net CLV)</td><td>200,000 − (40,000 + 60,000) = 100,000</td></tr>
 *   <tr><td>{@link #churnBased}</td><td>{@code ARPA × gross margin / churn}</td>
 *       <td>ChartMogul, Finmark</td><td>50 × 0.8 / 0.05 = 800</td></tr>
 *   <tr><td>{@link #discounted}, {@link #discountedSum}</td>
 *       <td>{@code Σ_{t=1..H} m·r^t / (1+d)^t = m·r·(1 − q^H) / (1 + d − r)},
 *       {@code q = r / (1+d)}</td><td>Gupta &amp; Lehmann (2003)</td>
 *       <td>m = 100, r = 0.8, d = 0.1, H = 3: 218,400 / 1,331 = 164.087…</td></tr>
 *   <tr><td>{@link #discountedPerpetual}</td><td>{@code m·r / (1 + d − r)}</td>
 *       <td>Gupta &amp; Lehmann (2003)</td><td>100 × 0.8 / 0.3 = 266.67</td></tr>
 *   <tr><td>{@link #ltvToCac}</td><td>{@code LTV / CAC}; 3 or more is the common rule of
 *       thumb</td><td>METRICS.md</td><td>800 / 200 = 4</td></tr>
 *   <tr><td>{@link #cacPaybackMonths}</td><td>{@code CAC / (monthly revenue × gross margin)}</td>
 *       <td>METRICS.md</td><td>200 / (50 × 0.8) = 5 months</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Rounding</b>: {@link #net} is exact. The other money results are estimates: computed with
 * 34 significant digits ({@link MathContext#DECIMAL128}) and rounded once to
 * {@link Money#ESTIMATES} (16 significant digits, half-even); round them to the currency's minor
 * unit for display with {@link Money#rounded()}. Rates given as {@code double} are read as the
 * decimal they print as ({@code 0.1} is exactly 0.1), by {@link BigDecimal#valueOf(double)}.
 *
 * <p><b>Discounting convention</b> (Gupta, Lehmann, "Customers as assets", Journal of Interactive
 * Marketing 17(1), 2003): the margin {@code m} of a period is earned at the end of the period by
 * the customers still active, so the first term is {@code m·r / (1 + d)}; rates are per period
 * (monthly rates for monthly margins).
 */
public final class Ltv {

    /** The precision of intermediate results, before the final rounding to {@link Money#ESTIMATES}. */
    private static final MathContext WORK = MathContext.DECIMAL128;

    private Ltv() {}

    /**
     * Returns the simple lifetime value (seed 001): {@code average purchase value × purchases per
     * year × retention years}. A customer buying books for 1,000 every two months for five years
     * is worth {@code 1,000 × 6 × 5 = 30,000}.
     *
     * @param averagePurchaseValue the average value of one purchase
     * @param purchasesPerYear the purchases per year, finite and {@code >= 0}
     * @param retentionYears how many years the customer stays, finite and {@code >= 0}
     * @throws IllegalArgumentException if a number is negative, NaN or infinite
     */
    public static Money simple(Money averagePurchaseValue, double purchasesPerYear,
            double retentionYears) {
        Checks.requireNonNull(averagePurchaseValue, "averagePurchaseValue");
        Checks.requireNonNegativeFinite(purchasesPerYear, "purchasesPerYear");
        Checks.requireNonNegativeFinite(retentionYears, "retentionYears");
        return estimate(averagePurchaseValue, averagePurchaseValue.amount()
                .multiply(BigDecimal.valueOf(purchasesPerYear))
                .multiply(BigDecimal.valueOf(retentionYears)));
    }

    /**
     * Returns the net lifetime value (seed 001's net CLV), exactly: {@code revenue − acquisition
     * cost − service cost}. A customer who spent 200,000 over five years and cost 100,000 to
     * acquire and serve is worth 100,000.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    public static Money net(Money revenue, Money acquisitionCost, Money serviceCost) {
        Checks.requireNonNull(revenue, "revenue");
        Checks.requireNonNull(acquisitionCost, "acquisitionCost");
        Checks.requireNonNull(serviceCost, "serviceCost");
        return revenue.minus(acquisitionCost).minus(serviceCost);
    }

    /**
     * Returns the churn-based lifetime value (ChartMogul, Finmark): {@code ARPA × gross margin /
     * churn}, where ARPA is the average revenue per customer per period and churn the churn rate
     * per period. ARPA 50 a month, margin 0.8 and a monthly churn of 5 % give
     * {@code 50 × 0.8 / 0.05 = 800}.
     *
     * @param revenuePerPeriod the average revenue per customer per period (ARPA)
     * @param grossMargin the gross margin, in [0, 1]
     * @param churnRate the churn rate per period, in (0, 1]
     * @throws IllegalArgumentException if the margin is outside [0, 1], or the churn rate is
     *     outside (0, 1]: at churn 0 the value is undefined, not infinite
     */
    public static Money churnBased(Money revenuePerPeriod, double grossMargin, double churnRate) {
        Checks.requireNonNull(revenuePerPeriod, "revenuePerPeriod");
        if (!(churnRate > 0 && churnRate <= 1)) {
            throw new IllegalArgumentException("churnRate must be in (0, 1]: " + churnRate
                    + " (churn-based lifetime value is undefined at churn 0)");
        }
        return churnBased(revenuePerPeriod, share(grossMargin, "grossMargin"),
                BigDecimal.valueOf(churnRate));
    }

    /** {@code ARPA × margin / churn}, with a churn rate known to be in (0, 1]. */
    static Money churnBased(Money revenuePerPeriod, BigDecimal grossMargin, BigDecimal churnRate) {
        return estimate(revenuePerPeriod, revenuePerPeriod.amount().multiply(grossMargin)
                .divide(churnRate, WORK));
    }

    /**
     * Returns the discounted lifetime value over a horizon of {@code H} periods, in closed form:
     * {@code Σ_{t=1..H} m·r^t / (1+d)^t = m·r·(1 − q^H) / (1 + d − r)} with
     * {@code q = r / (1 + d)} ({@code m·H} when {@code r = 1} and {@code d = 0}). It equals
     * {@link #discountedSum}, never exceeds the undiscounted value ({@code d = 0}), decreases as
     * the discount rate grows, and tends to {@link #discountedPerpetual} as {@code H} grows. With
     * {@code m = 100}, {@code r = 0.8}, {@code d = 0.1}, {@code H = 3}:
     * {@code 100 × (8/11 + 64/121 + 512/1331) = 218,400 / 1,331 = 164.0871…}.
     *
     * @param marginPerPeriod the margin of an active customer per period ({@code m}), such as
     *     ARPA × gross margin
     * @param retention the retention rate per period ({@code r}), in [0, 1]
     * @param discountRate the discount rate per period ({@code d}), finite and {@code >= 0}
     * @param horizon the number of periods ({@code H}), {@code >= 1}
     * @throws IllegalArgumentException if a rate is out of range or the horizon is below 1
     */
    public static Money discounted(Money marginPerPeriod, double retention, double discountRate,
            int horizon) {
        Checks.requireNonNull(marginPerPeriod, "marginPerPeriod");
        return discounted(marginPerPeriod, share(retention, "retention"),
                rate(discountRate), requireHorizon(horizon));
    }

    /** The closed form, with checked arguments. */
    static Money discounted(Money m, BigDecimal r, BigDecimal d, int horizon) {
        BigDecimal gap = BigDecimal.ONE.add(d).subtract(r);   // 1 + d − r, exact
        if (gap.signum() == 0) {
            return estimate(m, m.amount().multiply(BigDecimal.valueOf(horizon)));
        }
        BigDecimal q = r.divide(BigDecimal.ONE.add(d), WORK);
        BigDecimal remaining = BigDecimal.ONE.subtract(power(q, horizon));
        return estimate(m, m.amount().multiply(r).multiply(remaining).divide(gap, WORK));
    }

    /**
     * Returns the discounted lifetime value over a horizon as the explicit sum
     * {@code Σ_{t=1..H} m·r^t / (1+d)^t}, term by term; it agrees with {@link #discounted}, whose
     * closed form is cheaper for long horizons.
     *
     * @throws IllegalArgumentException as {@link #discounted}
     */
    public static Money discountedSum(Money marginPerPeriod, double retention, double discountRate,
            int horizon) {
        Checks.requireNonNull(marginPerPeriod, "marginPerPeriod");
        BigDecimal r = share(retention, "retention");
        BigDecimal growth = BigDecimal.ONE.add(rate(discountRate));
        requireHorizon(horizon);
        BigDecimal sum = BigDecimal.ZERO;
        for (int t = 1; t <= horizon; t++) {
            sum = sum.add(marginPerPeriod.amount().multiply(r.pow(t, WORK))
                    .divide(growth.pow(t, WORK), WORK), WORK);
        }
        return estimate(marginPerPeriod, sum);
    }

    /**
     * Returns the discounted lifetime value over an unlimited horizon (Gupta and Lehmann's margin
     * multiple): {@code Σ_{t=1..∞} m·r^t / (1+d)^t = m·r / (1 + d − r)}. With {@code m = 100},
     * {@code r = 0.8} and {@code d = 0.1}: {@code 80 / 0.3 = 266.67}.
     *
     * @throws IllegalArgumentException if a rate is out of range, or {@code r = 1} and
     *     {@code d = 0}, where the sum does not converge
     */
    public static Money discountedPerpetual(Money marginPerPeriod, double retention,
            double discountRate) {
        Checks.requireNonNull(marginPerPeriod, "marginPerPeriod");
        BigDecimal r = share(retention, "retention");
        BigDecimal gap = BigDecimal.ONE.add(rate(discountRate)).subtract(r);
        if (gap.signum() == 0) {
            throw new IllegalArgumentException("perpetual discounted value is undefined for"
                    + " retention 1 and discount rate 0: the sum does not converge");
        }
        return estimate(marginPerPeriod, marginPerPeriod.amount().multiply(r).divide(gap, WORK));
    }

    /**
     * Returns {@code LTV / CAC}, the lifetime value earned per unit of acquisition cost; 3 or more
     * is the common rule of thumb. {@code 800 / 200 = 4}.
     *
     * @throws IllegalArgumentException if the currencies differ or the CAC is not positive
     */
    public static double ltvToCac(Money lifetimeValue, Money acquisitionCost) {
        Checks.requireNonNull(lifetimeValue, "lifetimeValue");
        Checks.requireNonNull(acquisitionCost, "acquisitionCost");
        Checks.requireSameCurrency(lifetimeValue.currency(), acquisitionCost.currency());
        if (acquisitionCost.signum() <= 0) {
            throw new IllegalArgumentException("acquisitionCost must be > 0: " + acquisitionCost);
        }
        return lifetimeValue.amount().divide(acquisitionCost.amount(), WORK).doubleValue();
    }

    /**
     * Returns the CAC payback time in months: {@code CAC / (monthly revenue × gross margin)},
     * how long a customer's margin takes to repay their acquisition. {@code 200 / (50 × 0.8) = 5}
     * months. With revenue per another period, the result is in those periods.
     *
     * @param acquisitionCost the acquisition cost, {@code >= 0}
     * @param monthlyRevenue the revenue per customer per month
     * @param grossMargin the gross margin, in [0, 1]
     * @throws IllegalArgumentException if the currencies differ, the cost is negative, or the
     *     monthly margin is not positive
     */
    public static double cacPaybackMonths(Money acquisitionCost, Money monthlyRevenue,
            double grossMargin) {
        Checks.requireNonNull(acquisitionCost, "acquisitionCost");
        Checks.requireNonNull(monthlyRevenue, "monthlyRevenue");
        return cacPayback(acquisitionCost, monthlyRevenue, share(grossMargin, "grossMargin"));
    }

    /** {@code CAC / (revenue × margin)}, with a checked margin. */
    static double cacPayback(Money acquisitionCost, Money revenuePerPeriod, BigDecimal margin) {
        Checks.requireSameCurrency(acquisitionCost.currency(), revenuePerPeriod.currency());
        if (acquisitionCost.signum() < 0) {
            throw new IllegalArgumentException("acquisitionCost must be >= 0: " + acquisitionCost);
        }
        BigDecimal perPeriod = revenuePerPeriod.amount().multiply(margin);
        if (perPeriod.signum() <= 0) {
            throw new IllegalArgumentException("revenue × gross margin per period must be > 0: "
                    + revenuePerPeriod + " × " + margin.stripTrailingZeros().toPlainString());
        }
        return acquisitionCost.amount().divide(perPeriod, WORK).doubleValue();
    }

    /** Returns {@code value} as a decimal if it lies in [0, 1]. */
    static BigDecimal share(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
        return BigDecimal.valueOf(value);
    }

    /** Returns a discount rate as a decimal if it is finite and not negative. */
    static BigDecimal rate(double discountRate) {
        return BigDecimal.valueOf(Checks.requireNonNegativeFinite(discountRate, "discountRate"));
    }

    /**
     * Returns {@code q^n} for {@code 0 <= q <= 1} in {@link #WORK} precision. A power below
     * {@code 10^-(2·precision)} is 0, as it would not change {@code 1 − q^n} in that precision;
     * so any horizon, {@link Integer#MAX_VALUE} included, is fine ({@link BigDecimal#pow} takes
     * exponents up to 999,999,999 and results within the range of a scale).
     */
    static BigDecimal power(BigDecimal q, int n) {
        if (q.signum() == 0 || q.compareTo(BigDecimal.ONE) == 0) {
            return q;
        }
        // log10(q^n) = n·log10(q), q being in (0, 1): a negative number.
        double log10 = n * Math.log10(q.doubleValue());
        if (log10 < -2.0 * WORK.getPrecision()) {
            return BigDecimal.ZERO;
        }
        if (n > 999_999_999) {
            BigDecimal half = power(q, n / 2);
            BigDecimal square = half.multiply(half, WORK);
            return n % 2 == 0 ? square : square.multiply(q, WORK);
        }
        return q.pow(n, WORK);
    }

    static int requireHorizon(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1: " + horizon);
        }
        return horizon;
    }

    private static Money estimate(Money like, BigDecimal amount) {
        return new Money(amount.round(Money.ESTIMATES), like.currency());
    }
}
