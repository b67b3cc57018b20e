package io.github.cxmetrics.spark;

import io.github.cxmetrics.support.BusinessCalendar;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.spark.sql.internal.SQLConf;

/**
 * The calendar argument of the business-time functions: the text form of the core's
 * {@link BusinessCalendar#parse(String, ZoneId)} (the command line's {@code --calendar}), such as
 * {@code 'mon-fri 09:00-18:00; holidays 2024-12-25; zone Europe/Berlin'}. A text without a
 * {@code zone} clause is in the session's time zone ({@code spark.sql.session.timeZone}) when the
 * query is planned; states carry the canonical text of {@link BusinessCalendar#spec()}, zone
 * included, so they mean the same in any session.
 */
final class Calendars {

    private Calendars() {
    }

    /**
     * Returns the canonical text of a calendar text, in the session's time zone if it names none.
     *
     * @throws IllegalArgumentException if the text is not a calendar, with the core's message
     */
    static String canonical(String text) {
        return BusinessCalendar.parse(text, sessionZone()).spec();
    }

    /** Reads a canonical text, which names its zone. */
    static BusinessCalendar parse(String canonical) {
        return BusinessCalendar.parse(canonical, ZoneOffset.UTC);
    }

    private static ZoneId sessionZone() {
        return ZoneId.of(SQLConf.get().sessionLocalTimeZone());
    }
}
