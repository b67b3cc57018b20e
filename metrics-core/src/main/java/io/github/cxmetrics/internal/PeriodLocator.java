package io.github.cxmetrics.internal;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Periodicity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the calendar period of an instant in a time zone, without allocating once the period is
 * known. The periods met so far are kept in a table of consecutive periods with their bounds in
 * epoch seconds, so an instant finds its period with two comparisons when it falls in the same
 * period as the previous one (data in time order) and with a binary search otherwise (data in any
 * order). The table grows to cover the span of the instants seen, up to {@value #MAX_PERIODS}
 * periods; an instant beyond that is placed the slow way, through {@link LocalDate}.
 *
 * <p>Period bounds are the starts of local days in the zone; zone offsets are whole seconds, so
 * comparing epoch seconds is exact. Not thread-safe: one locator per accumulator.
 */
public final class PeriodLocator {

    /** The most periods kept: 180 years of days. */
    static final int MAX_PERIODS = 65_536;

    private final Periodicity periodicity;
    private final ZoneId zone;
    /** {@code bounds[i]} is the start of {@code periods[i]}; {@code bounds[count]} the end of the last. */
    private long[] bounds = new long[17];
    private CalendarPeriod[] periods = new CalendarPeriod[16];
    private int count;
    private int last = -1;

    /** Creates a locator of the periods of {@code periodicity} in {@code zone}. */
    public PeriodLocator(Periodicity periodicity, ZoneId zone) {
        this.periodicity = Checks.requireNonNull(periodicity, "periodicity");
        this.zone = Checks.requireNonNull(zone, "zone");
    }

    /** Returns the period containing {@code time}: the period of its local date in the zone. */
    public CalendarPeriod periodOf(Instant time) {
        long s = time.getEpochSecond();
        if (last >= 0 && s >= bounds[last] && s < bounds[last + 1]) {
            return periods[last];
        }
        if (count > 0 && s >= bounds[0] && s < bounds[count]) {
            int i = Arrays.binarySearch(bounds, 0, count + 1, s);
            last = i >= 0 ? i : -i - 2;
            return periods[last];
        }
        return extended(time);
    }

    /**
     * Returns the number of consecutive periods in the table: the span of the instants seen so
     * far, or less when an instant lay beyond {@value #MAX_PERIODS} periods (for tests and
     * diagnostics).
     */
    public int periodsKept() {
        return count;
    }

    /** Places an instant outside the table, growing the table to reach it when it may. */
    private CalendarPeriod extended(Instant time) {
        CalendarPeriod period = periodicity.periodOf(LocalDate.ofInstant(time, zone));
        if (count == 0) {
            append(period);
            last = 0;
            return period;
        }
        long start = period.startIn(zone).getEpochSecond();
        long gap = start < bounds[0] ? bounds[0] - start : start - bounds[count];
        // A lower bound of the periods between: no period is longer than 32/28 of this one's
        // days plus a day (months differ by up to three days, daylight saving by an hour).
        long longest = (period.days() * 32 / 28 + 1) * 86_400L;
        if (count + gap / longest > MAX_PERIODS) {
            return period;
        }
        List<CalendarPeriod> between = new ArrayList<>();
        boolean later = start >= bounds[count];
        CalendarPeriod p = later ? periods[count - 1] : periods[0];
        do {
            p = later ? periodicity.next(p) : periodicity.previous(p);
            between.add(p);
            if (count + between.size() > MAX_PERIODS) {
                return period;
            }
        } while (!p.equals(period));
        if (later) {
            for (CalendarPeriod q : between) {
                append(q);
            }
            last = count - 1;
        } else {
            prepend(between);
            last = 0;
        }
        return period;
    }

    private void append(CalendarPeriod p) {
        ensureCapacity(count + 1);
        if (count == 0) {
            bounds[0] = p.startIn(zone).getEpochSecond();
        }
        periods[count] = p;
        bounds[count + 1] = p.endIn(zone).getEpochSecond();
        count++;
    }

    /** Puts the periods, given latest first, before the table. */
    private void prepend(List<CalendarPeriod> latestFirst) {
        int added = latestFirst.size();
        ensureCapacity(count + added);
        System.arraycopy(periods, 0, periods, added, count);
        System.arraycopy(bounds, 0, bounds, added, count + 1);
        for (int i = 0; i < added; i++) {
            CalendarPeriod q = latestFirst.get(added - 1 - i);
            periods[i] = q;
            bounds[i] = q.startIn(zone).getEpochSecond();
        }
        count += added;
    }

    private void ensureCapacity(int periodsNeeded) {
        if (periodsNeeded > periods.length) {
            int size = Math.max(periodsNeeded, 2 * periods.length);
            periods = Arrays.copyOf(periods, size);
            bounds = Arrays.copyOf(bounds, size + 1);
        }
    }
}
