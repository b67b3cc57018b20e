package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.PeriodLocator;
import io.github.cxmetrics.model.Customer;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutable counts behind churn: per period, the customers who joined, were lost, or joined and
 * left. Each customer adds one or two counts, so memory grows with the number of periods, not of
 * customers, and merging adds counts exactly. Not thread-safe.
 */
final class ChurnEvents implements ValueState<Customer, ChurnResult> {

    static final int JOINED = 0;
    static final int LOST = 1;
    static final int JOINED_AND_LEFT = 2;

    private final Horizon horizon;
    private final JoinedAndLeft rule;
    private final PeriodLocator acquisitions;
    private final PeriodLocator churns;
    private final TreeMap<CalendarPeriod, long[]> counts = new TreeMap<>();
    private long customers;
    /** The latest event seen, when there is no {@code asOf}; null otherwise. */
    private Instant latest;

    ChurnEvents(Horizon horizon, JoinedAndLeft rule) {
        this.horizon = horizon;
        this.rule = rule;
        this.acquisitions = new PeriodLocator(horizon.periodicity(), horizon.zone());
        this.churns = new PeriodLocator(horizon.periodicity(), horizon.zone());
    }

    @Override
    public void add(Customer customer) {
        customers++;
        CalendarPeriod joinedIn = acquisitions.periodOf(customer.acquiredAt());
        counts(joinedIn)[JOINED]++;
        observe(customer.acquiredAt());
        Instant churned = horizon.churnSeen(customer);
        if (churned != null) {
            CalendarPeriod lostIn = churns.periodOf(churned);
            if (lostIn.equals(joinedIn)) {
                counts(joinedIn)[JOINED_AND_LEFT]++;
            } else {
                counts(lostIn)[LOST]++;
            }
            observe(churned);
        }
    }

    /** Extends the data to an event at {@code time}, such as a purchase (without {@code asOf}). */
    void observe(Instant time) {
        if (horizon.asOf() == null && (latest == null || time.isAfter(latest))) {
            latest = time;
        }
    }

    private long[] counts(CalendarPeriod period) {
        long[] c = counts.get(period);
        if (c == null) {
            c = new long[3];
            counts.put(period, c);
        }
        return c;
    }

    @Override
    public void merge(ValueState<Customer, ChurnResult> other) {
        ChurnEvents that = (ChurnEvents) other;
        for (Map.Entry<CalendarPeriod, long[]> e : that.counts.entrySet()) {
            long[] c = counts(e.getKey());
            for (int i = 0; i < c.length; i++) {
                c[i] += e.getValue()[i];
            }
        }
        customers += that.customers;
        latest = Periods.later(latest, that.latest);
    }

    Instant latest() {
        return latest;
    }

    @Override
    public ChurnResult snapshot() {
        TreeMap<CalendarPeriod, ChurnResult.Flow> flows = new TreeMap<>();
        counts.forEach((p, c) ->
                flows.put(p, new ChurnResult.Flow(c[JOINED], c[LOST], c[JOINED_AND_LEFT])));
        return new ChurnResult(horizon, rule, flows, customers, latest);
    }
}
