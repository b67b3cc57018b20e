package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.PeriodLocator;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.model.Customer;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutable counts behind a cohort retention table: the churn counts of each acquisition
 * cohort. Memory grows with cohorts × periods, not with customers. Not thread-safe.
 */
final class RetentionState implements State<Customer, RetentionTable, RetentionState> {

    private final Horizon horizon;
    private final PeriodLocator cohortOf;
    private final TreeMap<CalendarPeriod, ChurnEvents> cohorts = new TreeMap<>();

    RetentionState(Horizon horizon) {
        this.horizon = horizon;
        this.cohortOf = horizon.locator();
    }

    @Override
    public void add(Customer customer) {
        cohort(cohortOf.periodOf(customer.acquiredAt())).add(customer);
    }

    private ChurnEvents cohort(CalendarPeriod period) {
        ChurnEvents events = cohorts.get(period);
        if (events == null) {
            events = new ChurnEvents(horizon, JoinedAndLeft.EXCLUDE);
            cohorts.put(period, events);
        }
        return events;
    }

    @Override
    public void merge(RetentionState other) {
        for (Map.Entry<CalendarPeriod, ChurnEvents> e : other.cohorts.entrySet()) {
            cohort(e.getKey()).merge(e.getValue());
        }
    }

    @Override
    public RetentionTable result() {
        TreeMap<CalendarPeriod, ChurnResult> churn = new TreeMap<>();
        cohorts.forEach((period, events) -> churn.put(period, events.result()));
        return RetentionTable.of(horizon, churn);
    }

    /** Writes the number of cohorts, then per cohort in order its period and its churn events. */
    @Override
    public void writeTo(StateWriter out) {
        out.writePeriodMap(cohorts, ChurnEvents::writeTo);
    }

    static RetentionState read(StateReader in, Horizon horizon) {
        RetentionState state = new RetentionState(horizon);
        in.readPeriodMap("cohort", horizon.periodicity(), 4, state.cohorts,
                cohort -> ChurnEvents.read(in, horizon, JoinedAndLeft.EXCLUDE));
        return state;
    }
}
