package io.github.cxmetrics.support;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The business-time fixture of the support tests: a Berlin office open Monday to Friday,
 * 09:00–18:00, and an email that arrives on Friday 2024-04-05 at 17:30 and is answered on Monday
 * 2024-04-08 at 09:30 (64 calendar hours, 1 business hour).
 */
final class BerlinOffice {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
    static final Instant FRIDAY_EVENING = at(LocalDate.of(2024, 4, 5), 17, 30);
    static final Instant MONDAY_MORNING = at(LocalDate.of(2024, 4, 8), 9, 30);

    private BerlinOffice() {}

    /** Returns {@code hour:minute} of {@code date} in Berlin. */
    static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    /** Returns an email opened on Friday evening and first answered on Monday morning. */
    static Interaction answeredOverTheWeekend(String id) {
        return Interaction.builder(id, "c", Channel.EMAIL, FRIDAY_EVENING)
                .firstReplyAt(MONDAY_MORNING).build();
    }
}
