package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.internal.PeriodLocator;
import io.github.cxmetrics.model.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How the value metrics cut time: calendar periods of a periodicity in a zone, and where the
 * data ends. With {@code asOf} the data is known before {@code asOf}: later acquisitions,
 * churns and purchases are not seen, and tables end with the last period complete before it.
 * Without it the data is taken as complete through the period of its latest event.
 */
record Horizon(Periodicity periodicity, ZoneId zone, Instant asOf) {

    /**
     * Returns a new locator of instants in this horizon's periods: one per stream of instants
     * (acquisitions, churns, purchases), each keeping the periods it met.
     */
    PeriodLocator locator() {
        return new PeriodLocator(periodicity, zone);
    }

    /** Returns whether an event at {@code time} is seen: before {@code asOf}, if set. */
    boolean sees(Instant time) {
        return asOf == null || time.isBefore(asOf);
    }

    /** Returns when the customer churned if that is seen, else null (active as far as known). */
    Instant churnSeen(Customer customer) {
        Instant churned = customer.churnedAt();
        return churned != null && sees(churned) ? churned : null;
    }

    /**
     * Returns the last period of the tables: the last period that ends at or before
     * {@code asOf}, or, without {@code asOf}, the period of {@code latest}; null when there is
     * neither.
     */
    CalendarPeriod lastPeriod(Instant latest) {
        if (asOf != null) {
            return periodicity.previous(periodicity.periodOf(LocalDate.ofInstant(asOf, zone)));
        }
        return latest == null ? null : periodicity.periodOf(LocalDate.ofInstant(latest, zone));
    }

    /** Returns where the data ends for customer time: {@code asOf}, else {@code latest}. */
    Instant end(Instant latest) {
        return asOf != null ? asOf : latest;
    }

    @Override
    public String toString() {
        return periodicity + " in " + zone + (asOf == null ? "" : ", as of " + asOf);
    }
}
