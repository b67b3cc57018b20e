package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.PeriodLocator;
import io.github.cxmetrics.model.Customer;
import java.time.Instant;

/**
 * The one rule by which the period states place what they see in a {@link Horizon}: an
 * acquisition always counts, a churn or other event only if the horizon sees it, each in the
 * period of its own stream, and without {@code asOf} every event counted extends the data to it.
 * Acquisitions and the other stream (churns, purchases) keep one locator each because a locator
 * keeps the periods it met. Not thread-safe.
 */
final class SeenEvents {

    private final Horizon horizon;
    private final PeriodLocator acquisitions;
    private final PeriodLocator others;
    /** The latest event seen, when there is no {@code asOf}; null otherwise. */
    private Instant latest;

    SeenEvents(Horizon horizon) {
        this.horizon = horizon;
        this.acquisitions = horizon.locator();
        this.others = horizon.locator();
    }

    Horizon horizon() {
        return horizon;
    }

    /** Returns the period the customer was acquired in, and extends the data to it. */
    CalendarPeriod acquisition(Customer customer) {
        CalendarPeriod period = acquisitions.periodOf(customer.acquiredAt());
        observe(customer.acquiredAt());
        return period;
    }

    /**
     * Returns when the customer churned if the horizon sees it, and extends the data to it;
     * null otherwise.
     */
    Instant churn(Customer customer) {
        Instant churned = horizon.churnSeen(customer);
        if (churned != null) {
            observe(churned);
        }
        return churned;
    }

    /** Returns the period of an event of the other stream; it does not extend the data. */
    CalendarPeriod periodOf(Instant event) {
        return others.periodOf(event);
    }

    /** Extends the data to an event at {@code time} (without {@code asOf}). */
    void observe(Instant time) {
        if (horizon.asOf() == null) {
            latest = Periods.later(latest, time);
        }
    }

    Instant latest() {
        return latest;
    }

    /** Sets the latest event, as read from a state's binary form. */
    void latest(Instant latest) {
        this.latest = latest;
    }

    void merge(SeenEvents that) {
        latest = Periods.later(latest, that.latest);
    }
}
