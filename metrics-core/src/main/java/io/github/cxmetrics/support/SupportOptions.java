package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.Fingerprint;
import io.github.cxmetrics.internal.ScopedCalculator;
import io.github.cxmetrics.internal.SetOnce;
import io.github.cxmetrics.model.Interaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Function;

/**
 * The options of a support calculator, what it computes included. Immutable; each
 * {@code with…} method returns a copy and refuses to set an option twice.
 *
 * @param metric the metric's name, for messages and results
 * @param milestone the milestone a duration or an SLA ends at, or null
 * @param policy the SLA policy, or null
 * @param from the start of the time window on {@code openedAt}, or null for no window
 * @param to the end (exclusive) of the time window, or null
 * @param calendar the business calendar, or null for calendar time
 * @param calendars the business calendar of each interaction, or null for one calendar
 * @param significantDigits the histogram's precision, or 0 for exact durations
 * @param afterCallWork whether handle time includes after-call work
 * @param asOf the instant open interactions are judged at (SLA), or null
 * @param keepOpen whether open interactions are kept to be judged later (SLA)
 * @param set the options set so far
 */
record SupportOptions(
        String metric,
        Milestone milestone,
        SlaPolicy policy,
        Instant from,
        Instant to,
        BusinessCalendar calendar,
        Function<Interaction, BusinessCalendar> calendars,
        int significantDigits,
        boolean afterCallWork,
        Instant asOf,
        boolean keepOpen,
        Set<Option> set) implements ScopedCalculator.Scope<Interaction> {

    enum Option { WINDOW, CALENDAR, APPROXIMATE, AFTER_CALL_WORK, AS_OF, KEEP_OPEN, COUNTING_BOTS }

    /** The one place where combinations of options are refused. */
    SupportOptions {
        if (asOf != null && keepOpen) {
            throw new IllegalStateException("asOf and keepOpen() exclude each other: judge the"
                    + " kept interactions with SlaResult.asOf(" + asOf + ") instead");
        }
        if (calendars != null && keepOpen) {
            throw new IllegalStateException("keepOpen() and a business calendar per interaction"
                    + " exclude each other: the kept interactions are judged in one calendar;"
                    + " use asOf, or one calculator per calendar");
        }
    }

    static SupportOptions defaults(String metric, Milestone milestone, SlaPolicy policy) {
        return new SupportOptions(metric, milestone, policy, null, null, null, null, 0, false,
                null, false, Set.of());
    }

    /** Returns whether an interaction is in scope: opened inside the time window. */
    @Override
    public boolean accepts(Interaction interaction) {
        return acceptsOpenedAt(interaction.openedAt());
    }

    /** Returns when the interaction was opened: trends group interactions by that period. */
    @Override
    public Instant timeOf(Interaction interaction) {
        return interaction.openedAt();
    }

    /** Returns whether an interaction opened at {@code at} is in the time window. */
    boolean acceptsOpenedAt(Instant at) {
        return from == null || !at.isBefore(from) && at.isBefore(to);
    }

    /**
     * Returns the time from {@code start} to {@code end} in whole milliseconds, in calendar time
     * or in business time; both instants are first truncated to the millisecond.
     */
    long elapsedMillis(Interaction interaction, Instant start, Instant end) {
        return elapsedMillis(calendarOf(interaction), start, end);
    }

    /**
     * Returns the business calendar of {@code interaction}: the calculator's one, or what its
     * calendar function gives; null for calendar time.
     *
     * @throws NullPointerException if the calendar function gives null
     */
    BusinessCalendar calendarOf(Interaction interaction) {
        if (calendars == null) {
            return calendar;
        }
        BusinessCalendar c = calendars.apply(interaction);
        if (c == null) {
            throw new NullPointerException("the business calendar function must not return null:"
                    + " it did for interaction " + interaction.id());
        }
        return c;
    }

    /** {@link #elapsedMillis(Instant, Instant)} in {@code calendar}, or calendar time for null. */
    static long elapsedMillis(BusinessCalendar calendar, Instant start, Instant end) {
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
        return calendar == null && calendars == null ? metric : metric + " (business time)";
    }

    /** Adds every option to a fingerprint, in a fixed order. */
    void describe(Fingerprint f) {
        f.add("metric", metric)
                .add("milestone", milestone)
                .add("policy", policy == null ? null : policy.canonical())
                .add("from", from)
                .add("to", to)
                .add("calendar", calendar == null ? null : calendar.canonical())
                .add("significant digits", significantDigits)
                .add("after-call work", afterCallWork)
                .add("as of", asOf)
                .add("keep open", keepOpen);
        if (calendars != null) {
            // a function cannot be fingerprinted, only that one is set; the text of calculators
            // without one is unchanged
            f.add("calendar per interaction", "set");
        }
    }

    private void once(Option option, String name, Object current) {
        SetOnce.check(set, option, name, current);
    }

    /** Returns a copy with {@code option} marked as set and the given values. */
    private SupportOptions with(Option option, Instant newFrom, Instant newTo,
            BusinessCalendar newCalendar, int digits, boolean withAfterCallWork, Instant newAsOf,
            boolean newKeepOpen) {
        return new SupportOptions(metric, milestone, policy, newFrom, newTo, newCalendar,
                calendars, digits, withAfterCallWork, newAsOf, newKeepOpen,
                SetOnce.plus(set, option));
    }

    SupportOptions withWindow(Instant newFrom, Instant newTo) {
        once(Option.WINDOW, "time window", "[" + from + ", " + to + ")");
        Checks.requireWindow(newFrom, newTo);
        return with(Option.WINDOW, newFrom, newTo, calendar, significantDigits, afterCallWork,
                asOf, keepOpen);
    }

    SupportOptions withCalendar(BusinessCalendar newCalendar) {
        once(Option.CALENDAR, "business calendar", calendar);
        Checks.requireNonNull(newCalendar, "calendar");
        return with(Option.CALENDAR, from, to, newCalendar, significantDigits, afterCallWork,
                asOf, keepOpen);
    }

    SupportOptions withCalendars(Function<Interaction, BusinessCalendar> newCalendars) {
        once(Option.CALENDAR, "business calendar", calendar != null ? calendar : calendars);
        Checks.requireNonNull(newCalendars, "calendarOfInteraction");
        return new SupportOptions(metric, milestone, policy, from, to, null, newCalendars,
                significantDigits, afterCallWork, asOf, keepOpen,
                SetOnce.plus(set, Option.CALENDAR));
    }

    /** Returns the options of the first response time counting bots' replies. */
    SupportOptions withCountingBots() {
        once(Option.COUNTING_BOTS, "countingBots", true);
        if (milestone != Milestone.FIRST_REPLY) {
            throw new IllegalStateException("countingBots() applies to the first response time"
                    + " only: " + metric);
        }
        Milestone withBots = Milestone.FIRST_REPLY_OR_BOT;
        return new SupportOptions(withBots.metricName(), withBots, policy, from, to, calendar,
                calendars, significantDigits, afterCallWork, asOf, keepOpen,
                SetOnce.plus(set, Option.COUNTING_BOTS));
    }

    SupportOptions withApproximation(int digits) {
        once(Option.APPROXIMATE, "approximation", significantDigits + " significant digits");
        Checks.requireInRange(digits, 1, 5, "significant digits");
        return with(Option.APPROXIMATE, from, to, calendar, digits, afterCallWork, asOf,
                keepOpen);
    }

    SupportOptions withAfterCallWork() {
        once(Option.AFTER_CALL_WORK, "after-call work", true);
        return with(Option.AFTER_CALL_WORK, from, to, calendar, significantDigits, true, asOf,
                keepOpen);
    }

    SupportOptions withAsOf(Instant newAsOf) {
        once(Option.AS_OF, "asOf", asOf);
        Checks.requireNonNull(newAsOf, "asOf");
        return with(Option.AS_OF, from, to, calendar, significantDigits, afterCallWork, newAsOf,
                keepOpen);
    }

    SupportOptions withKeepOpen() {
        once(Option.KEEP_OPEN, "keepOpen", true);
        return with(Option.KEEP_OPEN, from, to, calendar, significantDigits, afterCallWork, asOf,
                true);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(metric);
        if (calendar != null) {
            s.append(", ").append(calendar);
        }
        if (calendars != null) {
            s.append(", a business calendar per interaction");
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
        if (keepOpen) {
            s.append(", keeping open interactions");
        }
        if (policy != null) {
            s.append(", ").append(policy);
        }
        return s.toString();
    }
}
