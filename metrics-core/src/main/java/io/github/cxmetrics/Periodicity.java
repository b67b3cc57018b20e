package io.github.cxmetrics;

import io.github.cxmetrics.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How time is cut into {@link CalendarPeriod calendar periods} for trends: days, ISO weeks
 * (Monday to Sunday), months, quarters, years, or multiples of them.
 *
 * <p>Periods are aligned: months and their multiples to the calendar year (so three months are
 * the quarters January–March, April–June…), weeks to Mondays, days to 1970-01-01.
 *
 * <p>A table over consecutive periods (churn per month, a cohort's retention) holds at most
 * {@value #MAX_TABLE_PERIODS} periods: a little over 300 years of days, 10,000 years of months.
 * Data that would need more (a customer acquired in the year 1000, a churn in the year 9999) is
 * refused with an {@link IllegalArgumentException} naming the span, rather than filling memory.
 *
 * <p>Immutable and thread-safe.
 */
public final class Periodicity {

    /** The most periods a table over consecutive periods holds. */
    public static final int MAX_TABLE_PERIODS = 120_000;

    /** Calendar days. */
    public static final Periodicity DAY = new Periodicity(Kind.DAYS, 1);
    /** ISO weeks, Monday to Sunday. */
    public static final Periodicity WEEK = new Periodicity(Kind.WEEKS, 1);
    /** Calendar months. */
    public static final Periodicity MONTH = new Periodicity(Kind.MONTHS, 1);
    /** Calendar quarters: January–March, April–June, July–September, October–December. */
    public static final Periodicity QUARTER = new Periodicity(Kind.MONTHS, 3);
    /** Calendar years. */
    public static final Periodicity YEAR = new Periodicity(Kind.MONTHS, 12);

    private enum Kind { DAYS, WEEKS, MONTHS }

    /** 1969-12-29, the Monday on or before the epoch day, to which weeks are aligned. */
    private static final long MONDAY_EPOCH_DAY = -3;

    private final Kind kind;
    private final int length;

    private Periodicity(Kind kind, int length) {
        this.kind = kind;
        this.length = length;
    }

    /**
     * Returns the periodicity of a unit: {@code DAYS}, {@code WEEKS}, {@code MONTHS} or
     * {@code YEARS}.
     *
     * @throws IllegalArgumentException for any other unit
     */
    public static Periodicity of(ChronoUnit unit) {
        Checks.requireNonNull(unit, "unit");
        return switch (unit) {
            case DAYS -> DAY;
            case WEEKS -> WEEK;
            case MONTHS -> MONTH;
            case YEARS -> YEAR;
            default -> throw new IllegalArgumentException(
                    "period unit must be DAYS, WEEKS, MONTHS or YEARS: " + unit.name());
        };
    }

    /**
     * Returns the periodicity of a period of months and years (for example
     * {@code Period.ofMonths(3)}, quarters), or of days (weeks when a multiple of 7).
     *
     * @throws IllegalArgumentException if the period is zero or negative, or mixes days with
     *     months or years
     */
    public static Periodicity of(Period period) {
        Checks.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        long months = period.toTotalMonths();
        int days = period.getDays();
        if (months != 0 && days != 0) {
            throw new IllegalArgumentException(
                    "period must be in days or in months, not both: " + period);
        }
        if (months != 0) {
            return months == 1 ? MONTH : months == 3 ? QUARTER : months == 12 ? YEAR
                    : new Periodicity(Kind.MONTHS, Math.toIntExact(months));
        }
        if (days % 7 == 0) {
            return days == 7 ? WEEK : new Periodicity(Kind.WEEKS, days / 7);
        }
        return days == 1 ? DAY : new Periodicity(Kind.DAYS, days);
    }

    /**
     * Parses a name as used on command lines: {@code day}, {@code week}, {@code month},
     * {@code quarter}, {@code year} (case-insensitive), or an ISO-8601 period such as
     * {@code P2W}.
     *
     * @throws IllegalArgumentException if the text is neither
     */
    public static Periodicity parse(String period) {
        Checks.requireNonBlank(period, "period");
        String text = period;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "day", "daily" -> DAY;
            case "week", "weekly" -> WEEK;
            case "month", "monthly" -> MONTH;
            case "quarter", "quarterly" -> QUARTER;
            case "year", "yearly", "annual" -> YEAR;
            default -> {
                try {
                    yield of(Period.parse(text.strip()));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            "period must be day, week, month, quarter, year or an ISO-8601 period"
                                    + " such as P2W: " + text, e);
                }
            }
        };
    }

    /** Returns the period containing {@code date}. */
    public CalendarPeriod periodOf(LocalDate date) {
        Checks.requireNonNull(date, "date");
        return switch (kind) {
            case DAYS -> {
                long start = Math.floorDiv(date.toEpochDay(), length) * length;
                yield new CalendarPeriod(LocalDate.ofEpochDay(start),
                        LocalDate.ofEpochDay(start + length));
            }
            case WEEKS -> {
                long span = 7L * length;
                long start = MONDAY_EPOCH_DAY
                        + Math.floorDiv(date.toEpochDay() - MONDAY_EPOCH_DAY, span) * span;
                yield new CalendarPeriod(LocalDate.ofEpochDay(start),
                        LocalDate.ofEpochDay(start + span));
            }
            case MONTHS -> {
                long index = date.getYear() * 12L + date.getMonthValue() - 1;
                long first = Math.floorDiv(index, length) * length;
                LocalDate start = LocalDate.of(
                        (int) Math.floorDiv(first, 12), (int) Math.floorMod(first, 12) + 1, 1);
                yield new CalendarPeriod(start, start.plusMonths(length));
            }
        };
    }

    /** Returns the period after {@code period}, which must be one of this periodicity's. */
    public CalendarPeriod next(CalendarPeriod period) {
        return periodOf(period.end());
    }

    /** Returns the period before {@code period}, which must be one of this periodicity's. */
    public CalendarPeriod previous(CalendarPeriod period) {
        return periodOf(period.start().minusDays(1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Periodicity other && kind == other.kind && length == other.length;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + length;
    }

    @Override
    public String toString() {
        if (this.equals(QUARTER)) {
            return "QUARTER";
        }
        if (this.equals(YEAR)) {
            return "YEAR";
        }
        String unit = kind.name().substring(0, kind.name().length() - 1);
        return length == 1 ? unit : length + " " + kind.name();
    }
}
