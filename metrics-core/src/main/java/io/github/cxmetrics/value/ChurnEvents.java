package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.model.Customer;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutable counts behind churn: per period, the customers who joined, were lost, or joined and
 * left. Each customer adds one or two counts, so memory grows with the number of periods, not of
 * customers, and merging adds counts exactly. Not thread-safe.
 */
final class ChurnEvents implements State<Customer, ChurnResult, ChurnEvents> {

    static final int JOINED = 0;
    static final int LOST = 1;
    static final int JOINED_AND_LEFT = 2;

    private final JoinedAndLeft rule;
    /** The periods of acquisitions and of churns. */
    private final SeenEvents seen;
    private final TreeMap<CalendarPeriod, long[]> counts = new TreeMap<>();
    private long customers;

    ChurnEvents(Horizon horizon, JoinedAndLeft rule) {
        this.rule = rule;
        this.seen = new SeenEvents(horizon);
    }

    @Override
    public void add(Customer customer) {
        customers++;
        CalendarPeriod joinedIn = seen.acquisition(customer);
        counts(joinedIn)[JOINED]++;
        Instant churned = seen.churn(customer);
        if (churned != null) {
            CalendarPeriod lostIn = seen.periodOf(churned);
            if (lostIn.equals(joinedIn)) {
                counts(joinedIn)[JOINED_AND_LEFT]++;
            } else {
                counts(lostIn)[LOST]++;
            }
        }
    }

    /** Extends the data to an event at {@code time}, such as a purchase (without {@code asOf}). */
    void observe(Instant time) {
        seen.observe(time);
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
    public void merge(ChurnEvents that) {
        long newCustomers = Checks.addCount(customers, that.customers, "customers");
        for (Map.Entry<CalendarPeriod, long[]> e : that.counts.entrySet()) {
            long[] mine = counts.get(e.getKey());
            if (mine != null) {
                for (int i = 0; i < mine.length; i++) {
                    Checks.addCount(mine[i], e.getValue()[i], COUNTS[i]);
                }
            }
        }
        for (Map.Entry<CalendarPeriod, long[]> e : that.counts.entrySet()) {
            long[] c = counts(e.getKey());
            for (int i = 0; i < c.length; i++) {
                c[i] += e.getValue()[i];
            }
        }
        customers = newCustomers;
        seen.merge(that.seen);
    }

    /** The names of the counts of a period, in their order. */
    private static final String[] COUNTS = {"customers joined", "customers lost",
            "customers joined and left"};

    long customers() {
        return customers;
    }

    Instant latest() {
        return seen.latest();
    }

    @Override
    public ChurnResult result() {
        TreeMap<CalendarPeriod, ChurnResult.Flow> flows = new TreeMap<>();
        counts.forEach((p, c) ->
                flows.put(p, new ChurnResult.Flow(c[JOINED], c[LOST], c[JOINED_AND_LEFT])));
        return new ChurnResult(seen.horizon(), rule, flows, customers, seen.latest());
    }

    /**
     * Writes the customers, the latest event (without {@code asOf}), and per period in order the
     * period and its counts joined, lost, joined and left.
     */
    @Override
    public void writeTo(StateWriter out) {
        out.writeCount(customers);
        out.writeOptionalInstant(seen.latest());
        out.writePeriodMap(counts, (c, o) -> {
            for (long n : c) {
                o.writeCount(n);
            }
        });
    }

    static ChurnEvents read(StateReader in, Horizon horizon, JoinedAndLeft rule) {
        ChurnEvents events = new ChurnEvents(horizon, rule);
        events.customers = in.readCount("customers");
        events.seen.latest(in.readOptionalInstant("latest event"));
        if (events.seen.latest() != null && horizon.asOf() != null) {
            throw in.malformed("a latest event with an as-of instant");
        }
        in.readPeriodMap("period", horizon.periodicity(), 5, events.counts, period -> {
            long[] c = new long[3];
            for (int k = 0; k < 3; k++) {
                c[k] = in.readCount(COUNTS[k]);
            }
            return c;
        });
        long joined = 0;
        for (long[] c : events.counts.values()) {
            joined = Checks.addCount(joined, c[JOINED], "customers joined");
        }
        if (joined != events.customers) {
            throw in.malformed(joined + " customers joined, but " + events.customers + " counted");
        }
        return events;
    }
}
