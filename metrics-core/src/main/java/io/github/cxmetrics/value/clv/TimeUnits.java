package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import java.time.temporal.ChronoUnit;

/**
 * The time units of the customer-base models and their exact conversions. A unit has the length
 * of {@link ChronoUnit#getDuration()}: a day is 86,400 s, a week 7 days, a month the average
 * Gregorian month of 30.436875 days and a year 365.2425 days. No conversion assumes 30-day
 * months.
 */
final class TimeUnits {

    private TimeUnits() {}

    /**
     * Returns {@code unit} if it is {@code DAYS}, {@code WEEKS}, {@code MONTHS} or {@code YEARS}.
     *
     * @throws IllegalArgumentException for another unit
     */
    static ChronoUnit require(ChronoUnit unit, String name) {
        Checks.requireNonNull(unit, name);
        return switch (unit) {
            case DAYS, WEEKS, MONTHS, YEARS -> unit;
            default -> throw new IllegalArgumentException(
                    name + " must be DAYS, WEEKS, MONTHS or YEARS: " + unit.name());
        };
    }

    /**
     * Returns the factor that converts times in {@code from} into {@code other}, after checking
     * {@code other} as {@link #require} does for the parameter {@code unit}.
     */
    static double conversion(ChronoUnit from, ChronoUnit other) {
        return ratio(from, require(other, "unit"));
    }

    /** Returns the length of one {@code from} in units of {@code to}, e.g. 7 for weeks in days. */
    static double ratio(ChronoUnit from, ChronoUnit to) {
        return (double) from.getDuration().getSeconds() / to.getDuration().getSeconds();
    }

    /** Returns the length of {@code days} days in {@code unit}, rounded once. */
    static double fromDays(long days, ChronoUnit unit) {
        return days * 86_400.0 / unit.getDuration().getSeconds();
    }

    /** Checks that a customer's unit is the model's. */
    static void requireSame(ChronoUnit customer, ChronoUnit model) {
        if (customer != model) {
            throw new IllegalArgumentException("customer is in " + customer.name()
                    + " but the model is in " + model.name()
                    + ": convert one of them with inUnit");
        }
    }

    /** Returns {@code t} if it is finite and not negative. */
    static double requireHorizon(double t) {
        return Checks.requireNonNegativeFinite(t, "horizon");
    }
}
