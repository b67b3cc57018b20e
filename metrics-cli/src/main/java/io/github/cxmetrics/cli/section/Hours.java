package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.BusinessCalendar;
import io.github.cxmetrics.support.ElapsedTimeCalculator;
import io.github.cxmetrics.support.SlaCalculator;
import io.github.cxmetrics.support.StatusTimeCalculator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The business hours of the support section: one {@code --calendar}, or with
 * {@code --calendar-column} one calendar per value of that column of the interactions
 * ({@code --calendar EU=...}) and a default for the other values, given to the library's
 * {@code inBusinessTime(Function)}.
 */
final class Hours {

    private final BusinessCalendar single;
    private final String column;
    private final Map<String, BusinessCalendar> byValue;
    private final BusinessCalendar fallback;

    private Hours(BusinessCalendar single, String column, Map<String, BusinessCalendar> byValue,
            BusinessCalendar fallback) {
        this.single = single;
        this.column = column;
        this.byValue = byValue;
        this.fallback = fallback;
    }

    /** Returns the hours of one calendar for every interaction. */
    static Hours of(BusinessCalendar calendar) {
        return new Hours(calendar, null, Map.of(), null);
    }

    /** Returns the hours of a calendar per value of {@code column}, and a default. */
    static Hours byColumn(String column, Map<String, BusinessCalendar> byValue,
            BusinessCalendar fallback) {
        return new Hours(null, column, Map.copyOf(new LinkedHashMap<>(byValue)), fallback);
    }

    /** Returns the calendar of an interaction. */
    BusinessCalendar of(Interaction interaction) {
        if (single != null) {
            return single;
        }
        String value = interaction.attributeOr(column, null);
        return value == null ? fallback : byValue.getOrDefault(value, fallback);
    }

    ElapsedTimeCalculator apply(ElapsedTimeCalculator c) {
        return single != null ? c.inBusinessTime(single) : c.inBusinessTime(this::of);
    }

    SlaCalculator apply(SlaCalculator c) {
        return single != null ? c.inBusinessTime(single) : c.inBusinessTime(this::of);
    }

    StatusTimeCalculator apply(StatusTimeCalculator c) {
        return single != null ? c.inBusinessTime(single) : c.inBusinessTime(this::of);
    }

    /**
     * Returns the hours as the report's parameters show them: the calendar's canonical form,
     * or {@code column: VALUE=HOURS | ... | default=HOURS}.
     */
    String spec() {
        if (single != null) {
            return single.spec();
        }
        StringBuilder s = new StringBuilder(column).append(": ");
        new java.util.TreeMap<>(byValue).forEach((value, calendar) ->
                s.append(value).append('=').append(calendar.spec()).append(" | "));
        return s.append("default=").append(fallback.spec()).toString();
    }
}
