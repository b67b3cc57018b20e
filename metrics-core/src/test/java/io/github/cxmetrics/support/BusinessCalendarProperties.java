package io.github.cxmetrics.support;

import static io.github.cxmetrics.Theories.listsOf;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of business durations over generated calendars (zones with and without daylight
 * saving, split days, overnight shifts, whole and partial holidays) and instants around the
 * daylight-saving changes of 2024.
 */
class BusinessCalendarProperties {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"),
            ZoneId.of("America/Santiago"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));
    /** 2024-03-01T00:00Z: the generated instants fall in March–November 2024. */
    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final long SPAN_SECONDS = 270L * 24 * 3600;

    /** A working interval: day, start minute, end minute (end <= start is overnight). */
    private record Shift(DayOfWeek day, int start, int end) {}

    /** A closed range: day offset from START's date, start minute, end minute (1440 = 24:00). */
    private record Closure(int dayOffset, int from, int to) {}

    /** A generated calendar and the description it was built from, for the naive reference. */
    record Spec(ZoneId zone, List<Shift> shifts, List<Closure> closures, BusinessCalendar calendar) {

        static Spec of(ZoneId zone, List<Shift> shifts, List<Closure> closures) {
            return new Spec(zone, shifts, closures, build(zone, shifts, closures));
        }

        LocalDate firstDate() {
            return LocalDate.ofInstant(START, zone);
        }

        Spec withHoliday(int dayOffset) {
            List<Closure> more = new ArrayList<>(closures);
            more.add(new Closure(dayOffset, 0, 24 * 60));
            return of(zone, shifts, more);
        }

        /** Whether {@code t} is working time, decided from the description alone. */
        boolean naiveIsOpen(Instant t) {
            LocalDate date = LocalDate.ofInstant(t, zone);
            boolean inShift = false;
            for (LocalDate d = date.minusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
                for (Shift s : shifts) {
                    if (s.day() != d.getDayOfWeek()) {
                        continue;
                    }
                    Instant from = at(d, s.start());
                    Instant to = at(s.end() <= s.start() ? d.plusDays(1) : d, s.end());
                    inShift |= !t.isBefore(from) && t.isBefore(to);
                }
            }
            if (!inShift) {
                return false;
            }
            for (Closure c : closures) {
                LocalDate d = firstDate().plusDays(c.dayOffset());
                Instant from = at(d, c.from());
                Instant to = c.to() == 24 * 60 ? at(d.plusDays(1), 0) : at(d, c.to());
                if (!t.isBefore(from) && t.isBefore(to)) {
                    return false;
                }
            }
            return true;
        }

        private Instant at(LocalDate date, int minute) {
            return firstInstantAtOrAfter(date.atTime(minute(minute)), zone);
        }

        @Override
        public String toString() {
            return zone + " " + shifts + " closed " + closures;
        }
    }

    static Gen<Spec> calendars() {
        Gen<Shift> shift = arbitrary().enumValues(DayOfWeek.class).zip(
                integers().between(0, 24 * 4 - 1).map(q -> q * 15),
                integers().between(0, 24 * 4 - 1).map(q -> q * 15),
                Shift::new);
        Gen<Closure> closure = integers().between(0, 269).zip(
                integers().between(0, 23 * 60),
                integers().between(0, 24 * 60),
                Closure::new);
        return arbitrary().pick(ZONES).zip(listsOf(shift, 1, 12), listsOf(closure, 0, 20),
                BusinessCalendarProperties::spec);
    }

    /**
     * Keeps the shifts that do not overlap those accepted before them, and turns closures that
     * end before they start into whole-day holidays.
     */
    private static Spec spec(ZoneId zone, List<Shift> candidates, List<Closure> closures) {
        List<Shift> accepted = new ArrayList<>();
        for (Shift c : candidates) {
            List<Shift> trial = new ArrayList<>(accepted);
            trial.add(c);
            try {
                build(zone, trial, List.of());
                accepted.add(c);
            } catch (IllegalArgumentException overlapping) {
                // skip it
            }
        }
        List<Closure> valid = new ArrayList<>();
        for (Closure c : closures) {
            valid.add(c.to() > c.from() ? c : new Closure(c.dayOffset(), 0, 24 * 60));
        }
        return Spec.of(zone, accepted, valid);
    }

    private static BusinessCalendar build(ZoneId zone, List<Shift> shifts, List<Closure> closures) {
        BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
        for (Shift s : shifts) {
            b.hours(s.day(), minute(s.start()), minute(s.end()));
        }
        LocalDate first = LocalDate.ofInstant(START, zone);
        for (Closure c : closures) {
            LocalTime to = c.to() == 24 * 60 ? LocalTime.MIDNIGHT : minute(c.to());
            b.closed(first.plusDays(c.dayOffset()), minute(c.from()), to);
        }
        return b.build();
    }

    private static LocalTime minute(int m) {
        return LocalTime.of(m / 60, m % 60);
    }

    static Gen<Instant> instants() {
        return longs().between(0, SPAN_SECONDS).map(START::plusSeconds);
    }

    /** Instants near the daylight-saving changes, so that spans cross them often. */
    static Gen<Instant> nearChanges() {
        List<Instant> changes = List.of(Instant.parse("2024-03-10T07:00:00Z"),
                Instant.parse("2024-03-31T01:00:00Z"), Instant.parse("2024-04-07T03:00:00Z"),
                Instant.parse("2024-09-08T04:00:00Z"), Instant.parse("2024-10-06T02:00:00Z"),
                Instant.parse("2024-10-27T01:00:00Z"), Instant.parse("2024-11-03T06:00:00Z"));
        return arbitrary().pick(changes).zip(longs().between(-3 * 24 * 3600, 3 * 24 * 3600),
                Instant::plusSeconds);
    }

    @Test
    void businessDuration_isAdditive() {
        qt().forAll(calendars(), nearChanges(), nearChanges(), nearChanges())
                .checkAssert((spec, x, y, z) -> {
            BusinessCalendar calendar = spec.calendar();
            List<Instant> sorted = new ArrayList<>(List.of(x, y, z));
            sorted.sort(null);
            Instant a = sorted.get(0);
            Instant b = sorted.get(1);
            Instant c = sorted.get(2);
            assertEquals(calendar.businessDuration(a, c),
                    calendar.businessDuration(a, b).plus(calendar.businessDuration(b, c)));
        });
    }

    @Test
    void businessDuration_isBetweenZeroAndCalendarTime() {
        qt().forAll(calendars(), instants(), instants()).checkAssert((spec, x, y) -> {
            BusinessCalendar calendar = spec.calendar();
            Instant a = x.isBefore(y) ? x : y;
            Instant b = x.isBefore(y) ? y : x;
            Duration d = calendar.businessDuration(a, b);
            assertTrue(!d.isNegative() && d.compareTo(Duration.between(a, b)) <= 0, d::toString);
        });
    }

    @Test
    void businessDuration_isMonotoneInTo() {
        qt().forAll(calendars(), nearChanges(), integers().between(0, 200_000),
                integers().between(0, 200_000)).checkAssert((spec, a, step1, step2) -> {
            BusinessCalendar calendar = spec.calendar();
            Instant b = a.plusSeconds(step1);
            Instant c = b.plusSeconds(step2);
            assertTrue(calendar.businessDuration(a, b).compareTo(calendar.businessDuration(a, c)) <= 0);
        });
    }

    @Test
    void businessDuration_insideAHoliday_isZero() {
        qt().forAll(calendars(), integers().between(0, 269), integers().between(0, 10_000),
                integers().between(0, 10_000)).checkAssert((spec, dayOffset, from, to) -> {
            ZoneId zone = spec.zone();
            BusinessCalendar withHoliday = spec.withHoliday(dayOffset).calendar();
            LocalDate date = spec.firstDate().plusDays(dayOffset);
            Instant dayStart = firstInstantAtOrAfter(date.atStartOfDay(), zone);
            Instant dayEnd = firstInstantAtOrAfter(date.plusDays(1).atStartOfDay(), zone);
            long length = Duration.between(dayStart, dayEnd).getSeconds();
            Instant a = dayStart.plusSeconds(length * Math.min(from, to) / 10_000);
            Instant b = dayStart.plusSeconds(length * Math.max(from, to) / 10_000);
            assertEquals(Duration.ZERO, withHoliday.businessDuration(a, b));
            assertEquals(Duration.ZERO, withHoliday.businessDuration(dayStart, dayEnd));
        });
    }

    @Test
    void alwaysOpen_equalsCalendarTime() {
        qt().forAll(nearChanges(), nearChanges(), integers().between(0, 5))
                .checkAssert((x, y, zone) -> {
            Instant a = x.isBefore(y) ? x : y;
            Instant b = x.isBefore(y) ? y : x;
            assertEquals(Duration.between(a, b),
                    BusinessCalendar.alwaysOpen(ZONES.get(zone)).businessDuration(a, b));
        });
    }

    @Test
    void businessDuration_agreesWithMinuteByMinuteCount() {
        qt().forAll(calendars(), nearChanges(), integers().between(0, 2 * 24 * 60))
                .checkAssert((spec, x, minutes) -> {
            BusinessCalendar calendar = spec.calendar();
            // Working hours and closures are on whole minutes (and every zone's offsets too), so a
            // whole-minute span can be counted one minute at a time: the minute [m, m+1) is working
            // time if its start is, decided by a naive check of the description.
            Instant a = x.truncatedTo(ChronoUnit.MINUTES);
            Instant b = a.plusSeconds(60L * minutes);
            long open = 0;
            for (Instant m = a; m.isBefore(b); m = m.plusSeconds(60)) {
                if (spec.naiveIsOpen(m)) {
                    open++;
                }
                assertEquals(spec.naiveIsOpen(m), calendar.isOpen(m), m::toString);
            }
            assertEquals(Duration.ofMinutes(open), calendar.businessDuration(a, b));
        });
    }

    private static Instant firstInstantAtOrAfter(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition t = zone.getRules().getTransition(local);
        return t != null && t.isGap() ? t.getInstant() : local.atZone(zone).toInstant();
    }
}
