package io.github.cxmetrics.cli.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads the times of input cells. By default ISO-8601: {@code 2024-04-02T10:15:00Z},
 * {@code 2024-04-02T12:15:00+02:00}, {@code 2024-04-02T10:15:00} or {@code 2024-04-02 10:15}
 * (local time in the report's zone), or {@code 2024-04-02} (the start of the day in the zone).
 * With a pattern ({@code --time-pattern 'dd.MM.yyyy HH:mm'}) the cells must match it; a pattern
 * without an offset or zone gives local times in the report's zone.
 *
 * <p>A local time in a daylight-saving gap is moved forward by the length of the gap; one in an
 * overlap takes the earlier offset ({@link ZonedDateTime#of}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeParser {

    /** ISO-8601 date, optional time (after 'T' or a space) and optional offset. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            // Lenient "+HH": Z, +02, +02:00 and +0200 (colons decided by the text).
            .optionalStart().parseLenient().appendOffset("+HH", "Z").parseStrict().optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    /** The first plausible year by default. */
    public static final int MIN_YEAR = 1900;
    /** The last plausible year by default. */
    public static final int MAX_YEAR = 2200;

    private final ZoneId zone;
    private final DateTimeFormatter formatter;
    private final String pattern;
    private final int minYear;
    private final int maxYear;
    private final Instant plausibleFrom;
    private final Instant plausibleTo;

    /**
     * Creates a parser whose plausible years are {@value #MIN_YEAR} to {@value #MAX_YEAR}.
     *
     * @param zone the zone of local times
     * @param pattern a {@link DateTimeFormatter} pattern, or null for ISO-8601
     * @throws IllegalArgumentException if the pattern is invalid
     */
    public TimeParser(ZoneId zone, String pattern) {
        this(zone, pattern, MIN_YEAR, MAX_YEAR);
    }

    /**
     * Creates a parser.
     *
     * @param zone the zone of local times
     * @param pattern a {@link DateTimeFormatter} pattern, or null for ISO-8601
     * @param minYear the first plausible year, in the zone
     * @param maxYear the last plausible year, in the zone; {@code minYear <= maxYear}, both in
     *     {@code [1, 9999]}
     * @throws IllegalArgumentException if the pattern or the years are invalid
     */
    public TimeParser(ZoneId zone, String pattern, int minYear, int maxYear) {
        if (minYear < 1 || maxYear > 9999 || minYear > maxYear) {
            throw new IllegalArgumentException("plausible years must be within 1 to 9999, the"
                    + " first not after the last: " + minYear + "-" + maxYear);
        }
        this.zone = zone;
        this.pattern = pattern;
        this.minYear = minYear;
        this.maxYear = maxYear;
        this.plausibleFrom = LocalDate.of(minYear, 1, 1).atStartOfDay(zone).toInstant();
        this.plausibleTo = LocalDate.of(maxYear + 1, 1, 1).atStartOfDay(zone).toInstant();
        this.formatter = pattern == null ? ISO
                : DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
                        .withResolverStyle(ResolverStyle.SMART);
    }

    /** Returns the zone of local times. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns whether a time lies in the plausible years (in the zone): times outside them are
     * typing errors or placeholders (0001-01-01, 9999-12-31), refused rather than stretching
     * every table over centuries.
     */
    public boolean isPlausible(Instant time) {
        return !time.isBefore(plausibleFrom) && time.isBefore(plausibleTo);
    }

    /** Returns the plausible years for messages, such as {@code 1900 to 2200}. */
    public String plausibleYears() {
        return minYear + " to " + maxYear;
    }

    /** Returns the pattern of time cells, or null for ISO-8601. */
    public String pattern() {
        return pattern;
    }

    /** Returns what a time must look like, for messages. */
    public String expected() {
        return pattern == null ? "an ISO-8601 time" : "a time of the pattern '" + pattern + "'";
    }

    /**
     * Parses a time.
     *
     * @throws DateTimeException if the text is not a time of the expected form
     */
    public Instant parse(String text) {
        if (pattern == null && text.length() == 20 && text.charAt(19) == 'Z'
                && text.charAt(10) == 'T') {
            // The common export form 2024-04-02T10:15:00Z, without the general parser.
            return Instant.parse(text);
        }
        TemporalAccessor parsed = formatter.parseBest(text, ZonedDateTime::from,
                OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        if (parsed instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (parsed instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (parsed instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
    }

    /** Returns whether {@code text} is a date without a time, such as {@code 2024-06-30}. */
    public boolean isDateOnly(String text) {
        try {
            return formatter.parseBest(text, ZonedDateTime::from, OffsetDateTime::from,
                    LocalDateTime::from, LocalDate::from) instanceof LocalDate;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
