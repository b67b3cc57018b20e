package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import java.time.temporal.ChronoUnit;

/**
 * How future value is discounted in a lifetime value: {@code periods} periods of one
 * {@code period} unit, each discounted at {@code rate} per period. The value of period
 * {@code k} counts at its end, {@code 1/(1+rate)^k} (the convention of {@code lifetimes}). The
 * period unit is independent of the model's unit and converted exactly: a month is 30.436875
 * days, never 30.
 *
 * <p>Example: {@code Discounting.of(12, ChronoUnit.MONTHS, 0.01)} is one year in monthly steps at
 * 1 % a month (12.68 % a year); a model in weeks sees periods of 30.436875 / 7 = 4.348 weeks.
 *
 * @param periods the number of periods, ≥ 1
 * @param period the length of one period: {@code DAYS}, {@code WEEKS}, {@code MONTHS} or
 *     {@code YEARS}
 * @param rate the discount rate per period, finite and ≥ 0
 */
public record Discounting(int periods, ChronoUnit period, double rate) {

    /**
     * Creates a discounting.
     *
     * @throws IllegalArgumentException if a component is out of range
     */
    public Discounting {
        if (periods < 1) {
            throw new IllegalArgumentException("periods must be >= 1: " + periods);
        }
        TimeUnits.require(period, "period");
        Checks.requireNonNegativeFinite(rate, "rate");
    }

    /** Creates a discounting of {@code periods} periods of {@code period} at {@code rate}. */
    public static Discounting of(int periods, ChronoUnit period, double rate) {
        return new Discounting(periods, period, rate);
    }

    /** Returns the length of one period in {@code unit}. */
    public double periodLength(ChronoUnit unit) {
        return TimeUnits.ratio(period, TimeUnits.require(unit, "unit"));
    }
}
