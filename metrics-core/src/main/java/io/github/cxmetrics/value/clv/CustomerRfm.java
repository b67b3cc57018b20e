package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;
import java.time.temporal.ChronoUnit;

/**
 * One customer's recency–frequency–monetary summary over a calibration period, the input of the
 * customer-base models. Time starts at the customer's first purchase.
 *
 * <p>Example (CDNOW customer 1, in weeks): first purchase 1997-01-01, repeat purchases on
 * 1997-01-18 ($29.73) and 1997-08-02 ($14.96), calibration to 1997-09-30:
 * {@code new CustomerRfm("1", 2, 30.43, 38.86, 22.35, ChronoUnit.WEEKS)} — two repeat purchases,
 * the last 213 days = 30.43 weeks after the first, observed for 272 days = 38.86 weeks, mean
 * repeat spend (29.73 + 14.96) / 2 = 22.35.
 *
 * @param customerId the customer; not blank
 * @param frequency {@code x}, the number of repeat purchases (transactions after the first); ≥ 0
 * @param recency {@code tₓ}, the time of the last purchase since the first; 0 when
 *     {@code x = 0}, in {@code [0, age]} otherwise
 * @param age {@code T}, the time from the first purchase to the end of the calibration period;
 *     finite and ≥ 0
 * @param meanSpend the mean value of the repeat purchases, 0 when {@code x = 0}; finite (it is
 *     checked to be positive only by the Gamma-Gamma spend model)
 * @param unit the unit of {@code recency} and {@code age}: {@code DAYS}, {@code WEEKS},
 *     {@code MONTHS} (30.436875 days) or {@code YEARS} (365.2425 days)
 */
public record CustomerRfm(
        String customerId, int frequency, double recency, double age, double meanSpend,
        ChronoUnit unit) {

    /**
     * Creates a summary, validating every component.
     *
     * @throws IllegalArgumentException if a component is out of range
     * @throws NullPointerException if the id or the unit is null
     */
    public CustomerRfm {
        Checks.requireNonBlank(customerId, "customerId");
        TimeUnits.require(unit, "unit");
        check(customerId, frequency, recency, age, meanSpend);
    }

    /** Validates the numbers of a row; shared with {@link RfmSummary.Builder}. */
    static void check(String customerId, int frequency, double recency, double age,
            double meanSpend) {
        Checks.requireNonNegative(frequency, "frequency");
        Checks.requireNonNegativeFinite(age, "age");
        Checks.requireNonNegativeFinite(recency, "recency");
        if (!Double.isFinite(meanSpend)) {
            throw new IllegalArgumentException("meanSpend must be finite: " + meanSpend);
        }
        if (recency > age) {
            throw new IllegalArgumentException("recency must be <= age " + age + ": " + recency
                    + " (customer " + customerId + ")");
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException("recency must be 0 when frequency is 0: "
                    + recency + " (customer " + customerId + ")");
        }
    }

    /** Returns whether the customer made at least one repeat purchase. */
    public boolean isRepeatBuyer() {
        return frequency > 0;
    }

    /**
     * Returns this summary with its times in {@code unit}, converted by the exact lengths of the
     * units; {@code this} if the unit is the same.
     */
    public CustomerRfm inUnit(ChronoUnit unit) {
        double factor = TimeUnits.conversion(this.unit, unit);
        if (unit == this.unit) {
            return this;
        }
        return new CustomerRfm(customerId, frequency, recency * factor, age * factor, meanSpend,
                unit);
    }
}
