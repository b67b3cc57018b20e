package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import java.time.temporal.ChronoUnit;

/**
 * How future value is discounted in a lifetime value: {@code periods} periods, each
 * {@code length} {@code unit}s long, discounted at {@code rate} per period. The value of period
 * {@code k} counts at its end, {@code 1/(1+rate)^k} (the convention of {@code lifetimes}), so the
 * horizon is {@code periods · length} units. The period need not be a whole {@code ChronoUnit}:
 * it is converted to the model's unit by the exact lengths of the units (a month is 30.436875
 * days, never 30).
 *
 * <p>Examples:
 * <ul>
 *   <li>{@code Discounting.of(12, ChronoUnit.MONTHS, 0.01)}: one year in monthly steps at 1 % a
 *       month (12.68 % a year); a model in weeks sees periods of 30.436875 / 7 = 4.348 weeks.
 *   <li>{@code Discounting.of(12, 4.345, ChronoUnit.WEEKS, 0.01)}: the same as {@code lifetimes}'
 *       {@code customer_lifetime_value(..., time=12, discount_rate=0.01, freq="W")}, whose month
 *       is 4.345 weeks (30.415 days).
 *   <li>{@code Discounting.of(8, 13, ChronoUnit.WEEKS, 0.02)}: two years in quarters of 13 weeks
 *       at 2 % a quarter.
 *   <li>{@code Discounting.of(1, 39, ChronoUnit.WEEKS, 0)}: the undiscounted value of the next
 *       39 weeks, {@code E[spend] · E[Y(39)]}.
 * </ul>
 *
 * @param periods the number of periods, ≥ 1
 * @param length the length of one period in {@code unit}, finite and &gt; 0
 * @param unit the unit of {@code length}: {@code DAYS}, {@code WEEKS}, {@code MONTHS} or
 *     {@code YEARS}
 * @param rate the discount rate per period, finite and ≥ 0
 */
public record Discounting(int periods, double length, ChronoUnit unit, double rate) {

    /**
     * Creates a discounting.
     *
     * @throws IllegalArgumentException if a component is out of range
     */
    public Discounting {
        if (periods < 1) {
            throw new IllegalArgumentException("periods must be >= 1: " + periods);
        }
        Checks.requirePositiveFinite(length, "length");
        TimeUnits.require(unit, "unit");
        Checks.requireNonNegativeFinite(rate, "rate");
    }

    /**
     * Creates a discounting of {@code periods} periods of one {@code unit} each, at
     * {@code rate} per period.
     *
     * @throws IllegalArgumentException if a component is out of range
     */
    public static Discounting of(int periods, ChronoUnit unit, double rate) {
        return new Discounting(periods, 1, unit, rate);
    }

    /**
     * Creates a discounting of {@code periods} periods of {@code length} {@code unit}s each, at
     * {@code rate} per period.
     *
     * @throws IllegalArgumentException if a component is out of range
     */
    public static Discounting of(int periods, double length, ChronoUnit unit, double rate) {
        return new Discounting(periods, length, unit, rate);
    }

    /** Returns the length of one period in {@code unit}. */
    public double periodLength(ChronoUnit unit) {
        return length * TimeUnits.ratio(this.unit, TimeUnits.require(unit, "unit"));
    }

    /** Returns the horizon, {@code periods} periods, in {@code unit}. */
    public double horizon(ChronoUnit unit) {
        return periods * periodLength(unit);
    }
}
