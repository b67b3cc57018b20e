package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.SetOnce;
import io.github.cxmetrics.model.Interaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The options of a support calculator. Immutable; each {@code with…} method returns a copy and
 * refuses to set an option twice.
 *
 * @param metric the metric's name, for messages and results
 * @param from the start of the time window on {@code openedAt}, or null for no window
 * @param to the end (exclusive) of the time window, or null
 * @param calendar the business calendar, or null for calendar time
 * @param significantDigits the histogram's precision, or 0 for exact durations
 * @param afterCallWork whether handle time includes after-call work
 * @param asOf the instant open interactions are judged at (SLA), or null
 * @param set the options set so far
 */
record SupportOptions(
        String metric,
        Instant from,
        Instant to,
        BusinessCalendar calendar,
        int significantDigits,
        boolean afterCallWork,
        Instant asOf,
        Set<Option> set) {

    enum Option { WINDOW, CALENDAR, APPROXIMATE, AFTER_CALL_WORK, AS_OF }

    static SupportOptions defaults(String metric) {
        return new SupportOptions(metric, null, null, null, 0, false, null, Set.of());
    }

    /** Returns whether an interaction is in scope: opened inside the time window. */
    boolean accepts(Interaction interaction) {
        if (from == null) {
            return true;
        }
        Instant at = interaction.openedAt();
        return !at.isBefore(from) && at.isBefore(to);
    }

    /**
     * Returns the time from {@code start} to {@code end} in whole milliseconds, in calendar time
     * or in business time; both instants are first truncated to the millisecond.
     */
    long elapsedMillis(Instant start, Instant end) {
        if (calendar == null) {
            return end.toEpochMilli() - start.toEpochMilli();
        }
        return calendar.businessDuration(start.truncatedTo(ChronoUnit.MILLIS),
                end.truncatedTo(ChronoUnit.MILLIS)).toMillis();
    }

    /** Returns the name of the metric with its clock, as results show it. */
    String label() {
        if (afterCallWork) {
            return metric + " (with after-call work)";
        }
        return calendar == null ? metric : metric + " (business time)";
    }

    private void once(Option option, String name, Object current) {
        SetOnce.check(set, option, name, current);
    }

    private Set<Option> plus(Option option) {
        return SetOnce.plus(set, option);
    }

    SupportOptions withWindow(Instant newFrom, Instant newTo) {
        once(Option.WINDOW, "time window", "[" + from + ", " + to + ")");
        Checks.requireWindow(newFrom, newTo);
        return new SupportOptions(metric, newFrom, newTo, calendar, significantDigits,
                afterCallWork, asOf, plus(Option.WINDOW));
    }

    SupportOptions withCalendar(BusinessCalendar newCalendar) {
        once(Option.CALENDAR, "business calendar", calendar);
        Checks.requireNonNull(newCalendar, "calendar");
        return new SupportOptions(metric, from, to, newCalendar, significantDigits,
                afterCallWork, asOf, plus(Option.CALENDAR));
    }

    SupportOptions withApproximation(int digits) {
        once(Option.APPROXIMATE, "approximation", significantDigits + " significant digits");
        Checks.requireInRange(digits, 1, 5, "significant digits");
        return new SupportOptions(metric, from, to, calendar, digits, afterCallWork, asOf,
                plus(Option.APPROXIMATE));
    }

    SupportOptions withAfterCallWork() {
        once(Option.AFTER_CALL_WORK, "after-call work", true);
        return new SupportOptions(metric, from, to, calendar, significantDigits, true, asOf,
                plus(Option.AFTER_CALL_WORK));
    }

    SupportOptions withAsOf(Instant newAsOf) {
        once(Option.AS_OF, "asOf", asOf);
        Checks.requireNonNull(newAsOf, "asOf");
        return new SupportOptions(metric, from, to, calendar, significantDigits, afterCallWork,
                newAsOf, plus(Option.AS_OF));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(metric);
        if (calendar != null) {
            s.append(", ").append(calendar);
        }
        if (from != null) {
            s.append(", opened in [").append(from).append(", ").append(to).append(')');
        }
        if (significantDigits > 0) {
            s.append(", approximate to ").append(significantDigits).append(" significant digits");
        }
        if (afterCallWork) {
            s.append(", with after-call work");
        }
        if (asOf != null) {
            s.append(", as of ").append(asOf);
        }
        return s.toString();
    }
}
