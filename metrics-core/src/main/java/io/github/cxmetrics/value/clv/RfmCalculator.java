package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Blueprint;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.Fingerprint;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StatefulCalculator;
import io.github.cxmetrics.model.Purchase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Summarises purchases into a {@link RfmSummary}: per customer the frequency, recency, age and
 * mean repeat spend in a calibration period, and optionally the transactions and spend of a
 * holdout period. Immutable and thread-safe; options return new calculators and may each be set
 * once.
 *
 * <p><b>Definitions</b> (the convention of Fader, Hardie and Lee 2005 and of the CDNOW summary
 * files). Time is counted in whole local days in the calculator's zone (UTC by default):
 * <ul>
 *   <li>a <em>transaction</em> is a day with at least one purchase; several purchases on one day
 *       are one transaction whose value is their sum;
 *   <li>a customer's time starts at the day of the first transaction; customers whose first
 *       transaction falls after the calibration period are left out and counted in
 *       {@link RfmSummary#customersAfterCalibration()};
 *   <li>the calibration period ends with (and includes) the day {@code calibrationEnd};
 *   <li>{@code x} = transactions in the calibration period − 1; {@code tₓ} = days from the first
 *       to the last of them; {@code T} = days from the first to {@code calibrationEnd}; mean
 *       spend = the mean value of the {@code x} repeat transactions;
 *   <li>the holdout period is the days after {@code calibrationEnd} up to and including
 *       {@code holdoutEnd}; its length is {@code holdoutEnd − calibrationEnd} days;
 *   <li>days become the unit by exact lengths: 7 days a week, 30.436875 days a month,
 *       365.2425 days a year.
 * </ul>
 * A refund (negative amount) is not a transaction: it is left out and counted in
 * {@link RfmSummary#skippedRefunds()}. Purchases after the last day of interest (the holdout end,
 * or the calibration end without a holdout) are out of scope. All purchases must be in one
 * currency.
 *
 * <p>Example: purchases on 1997-01-01 ($29.33), 1997-01-18 ($29.73), 1997-08-02 ($14.96) and
 * 1997-12-12 with a calibration end of 1997-09-30, in weeks, give {@code x = 2},
 * {@code tₓ = 213/7 = 30.43}, {@code T = 272/7 = 38.86}, mean spend 22.345; with a holdout end
 * of 1998-06-30 the holdout has 1 transaction in {@code 273/7 = 39} weeks.
 */
public final class RfmCalculator extends StatefulCalculator<Purchase, RfmSummary> {

    /** The options as used (the zone is UTC when none was set); they decide equality. */
    record Options(ChronoUnit unit, LocalDate calibrationEnd, ZoneId zone, LocalDate holdoutEnd) {

        LocalDate holdoutEndOrNull() {
            return holdoutEnd;
        }

        /** Returns the last day of interest: the holdout end, or the calibration end. */
        LocalDate lastDay() {
            return holdoutEnd == null ? calibrationEnd : holdoutEnd;
        }

        long dayOf(Purchase purchase) {
            return LocalDate.ofInstant(purchase.at(), zone).toEpochDay();
        }

        void describe(Fingerprint f) {
            f.add("unit", unit).add("calibration end", calibrationEnd).add("zone", zone.getId())
                    .add("holdout end", holdoutEnd);
        }

        @Override
        public String toString() {
            return "RfmCalculator(" + unit.name() + ", calibration to " + calibrationEnd
                    + (holdoutEnd == null ? "" : ", holdout to " + holdoutEnd) + ", zone "
                    + zone + ")";
        }
    }

    private final Options options;
    /** The zone as set, or null when none was: it may then be set once. */
    private final ZoneId zone;

    private RfmCalculator(ChronoUnit unit, LocalDate calibrationEnd, ZoneId zone,
            LocalDate holdoutEnd) {
        this(new Options(unit, calibrationEnd, zone == null ? ZoneOffset.UTC : zone, holdoutEnd),
                zone);
    }

    private RfmCalculator(Options options, ZoneId zone) {
        super(StateKind.RFM, "purchase", options, Blueprint.of(() -> new RfmState(options),
                in -> RfmState.read(options, in), options::describe));
        this.options = options;
        this.zone = zone;
    }

    /**
     * Returns a calculator in {@code unit} with a calibration period ending with the day
     * {@code calibrationEnd}, in UTC, without holdout.
     *
     * @throws IllegalArgumentException if the unit is not DAYS, WEEKS, MONTHS or YEARS
     */
    static RfmCalculator create(ChronoUnit unit, LocalDate calibrationEnd) {
        return new RfmCalculator(TimeUnits.require(unit, "unit"),
                Checks.requireNonNull(calibrationEnd, "calibrationEnd"), null, null);
    }

    /**
     * Returns a calculator that reads the day of a purchase in {@code zone}; UTC by default.
     *
     * @throws IllegalStateException if the zone was already set
     */
    public RfmCalculator zone(ZoneId zone) {
        Checks.requireNonNull(zone, "zone");
        if (this.zone != null) {
            throw new IllegalStateException("zone was already set to " + this.zone);
        }
        return new RfmCalculator(options.unit(), options.calibrationEnd(), zone,
                options.holdoutEnd());
    }

    /**
     * Returns a calculator that also counts each customer's transactions and spend in the
     * holdout period, the days after the calibration end up to and including {@code holdoutEnd}.
     *
     * @throws IllegalArgumentException if {@code holdoutEnd} is not after the calibration end
     * @throws IllegalStateException if the holdout end was already set
     */
    public RfmCalculator holdoutEnd(LocalDate holdoutEnd) {
        Checks.requireNonNull(holdoutEnd, "holdoutEnd");
        if (options.holdoutEnd() != null) {
            throw new IllegalStateException(
                    "holdoutEnd was already set to " + options.holdoutEnd());
        }
        if (!holdoutEnd.isAfter(options.calibrationEnd())) {
            throw new IllegalArgumentException("holdoutEnd must be after the calibration end "
                    + options.calibrationEnd() + ": " + holdoutEnd);
        }
        return new RfmCalculator(options.unit(), options.calibrationEnd(), zone, holdoutEnd);
    }

    /** Returns the time unit of the summaries. */
    public ChronoUnit unit() {
        return options.unit();
    }

    /** Returns the last day of the calibration period. */
    public LocalDate calibrationEnd() {
        return options.calibrationEnd();
    }

    @Override
    public boolean accepts(Purchase purchase) {
        return options.dayOf(Checks.requireNonNull(purchase, "purchase")) <= options.lastDay().toEpochDay();
    }

    @Override
    public Instant timeOf(Purchase purchase) {
        return Checks.requireNonNull(purchase, "purchase").at();
    }
}
