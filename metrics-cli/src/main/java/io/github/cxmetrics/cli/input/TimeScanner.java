package io.github.cxmetrics.cli.input;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The times {@link TimeParser} reads without a {@code DateTimeFormatter}: the forms found in
 * exports, scanned byte by byte, so that a cell needs neither a formatter's parse nor a string.
 * {@link #scan} returns null for any other text, which the parser then gives to its formatter:
 * every text gives the same instant or the same error either way (a property test compares them
 * on random valid and invalid texts).
 *
 * <p>Scanned, in ISO-8601 mode: {@code yyyy-MM-dd}, then optionally {@code T} or a space,
 * {@code HH:mm}, {@code :ss} and a fraction of 1 to 9 digits, and an offset {@code Z},
 * {@code +HH}, {@code +HHmm} or {@code +HH:mm}; with a pattern, patterns made of {@code yyyy} or
 * {@code uuuu}, {@code MM}, {@code dd}, {@code HH}, {@code mm}, {@code ss}, {@code S} to
 * {@code SSSSSSSSS} and literals. Everything else, including values the formatter would resolve
 * or reject (day 31 of April, hour 24, second 60, years beyond 9999, lower-case letters), is the
 * formatter's.
 *
 * <p>Local times in a zone with a fixed offset are converted arithmetically; in a zone with
 * daylight saving by {@link LocalDateTime#atZone}, as the parser does. Immutable and
 * thread-safe.
 */
final class TimeScanner {

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000,
        10_000_000, 100_000_000, 1_000_000_000};

    private final ZoneId zone;
    /** The offset of every local time, or null when the zone's offset changes. */
    private final ZoneOffset fixedOffset;
    /** The fields of the pattern, or null for ISO-8601; empty when the pattern is not scanned. */
    private final List<Token> pattern;

    /**
     * Creates a scanner.
     *
     * @param zone the zone of local times
     * @param pattern a {@code DateTimeFormatter} pattern, or null for ISO-8601
     */
    TimeScanner(ZoneId zone, String pattern) {
        this.zone = zone;
        this.fixedOffset = zone.getRules().isFixedOffset() ? zone.getRules().getOffset(Instant.EPOCH)
                : null;
        this.pattern = pattern == null ? null : tokens(pattern);
    }

    /**
     * Returns the time of the ASCII bytes {@code [from, to)} when they are of a form the scanner
     * reads, else null (the text may still be a time the formatter reads, or not a time).
     */
    Instant scan(byte[] b, int from, int to) {
        return pattern == null ? scanIso(b, from, to) : scanPattern(b, from, to);
    }

    private Instant scanIso(byte[] b, int from, int to) {
        int length = to - from;
        if (length < 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return null;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return null;
        }
        if (length == 10) {
            return startOfDay(year, month, day);
        }
        int p = from + 10;
        if ((b[p] != 'T' && b[p] != ' ') || length < 16 || b[p + 3] != ':') {
            return null;
        }
        int hour = digits(b, p + 1, 2);
        int minute = digits(b, p + 4, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        p += 6;
        int second = 0;
        int nano = 0;
        if (p < to && b[p] == ':') {
            second = p + 3 <= to ? digits(b, p + 1, 2) : -1;
            if (second < 0 || second > 59) {
                return null;
            }
            p += 3;
            if (p < to && b[p] == '.') {
                int start = ++p;
                int fraction = 0;
                while (p < to && p - start < 9 && isDigit(b[p])) {
                    fraction = fraction * 10 + (b[p++] - '0');
                }
                int count = p - start;
                if (count == 0 || (p < to && isDigit(b[p]))) {
                    return null;
                }
                nano = fraction * POWERS_OF_TEN[9 - count];
            }
        }
        if (p == to) {
            return local(year, month, day, hour, minute, second, nano);
        }
        int offset = offsetSeconds(b, p, to);
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        return Instant.ofEpochSecond(localEpochSecond(year, month, day, hour, minute, second)
                - offset, nano);
    }

    /**
     * Returns the seconds of {@code Z}, {@code ±HH}, {@code ±HHmm} or {@code ±HH:mm} filling
     * {@code [p, to)}, within ±18:00; {@link Integer#MIN_VALUE} for anything else.
     */
    private static int offsetSeconds(byte[] b, int p, int to) {
        int length = to - p;
        if (length == 1 && b[p] == 'Z') {
            return 0;
        }
        if (length != 3 && length != 5 && length != 6 || (b[p] != '+' && b[p] != '-')) {
            return Integer.MIN_VALUE;
        }
        int hours = digits(b, p + 1, 2);
        int minutes = 0;
        if (length == 5) {
            minutes = digits(b, p + 3, 2);
        } else if (length == 6) {
            minutes = b[p + 3] == ':' ? digits(b, p + 4, 2) : -1;
        }
        if (hours < 0 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (seconds > 18 * 3600) {
            return Integer.MIN_VALUE;
        }
        return b[p] == '-' ? -seconds : seconds;
    }

    private Instant scanPattern(byte[] b, int from, int to) {
        if (pattern.isEmpty()) {
            return null;
        }
        int year = -1;
        int month = -1;
        int day = -1;
        int hour = -1;
        int minute = 0;
        int second = 0;
        int nano = 0;
        int p = from;
        for (Token token : pattern) {
            if (token.field == Field.LITERAL) {
                int n = token.literal.length;
                if (to - p < n) {
                    return null;
                }
                for (int i = 0; i < n; i++) {
                    if (b[p + i] != token.literal[i]) {
                        return null;
                    }
                }
                p += n;
                continue;
            }
            int width = token.width;
            int value = p + width <= to ? digits(b, p, width) : -1;
            if (value < 0) {
                return null;
            }
            p += width;
            switch (token.field) {
                case YEAR -> year = value;
                case MONTH -> month = value;
                case DAY -> day = value;
                case HOUR -> hour = value;
                case MINUTE -> minute = value;
                case SECOND -> second = value;
                case FRACTION -> nano = value * POWERS_OF_TEN[9 - width];
                default -> throw new AssertionError(token.field);
            }
        }
        // Year 0 of the era, day 31 of April, hour 24 and second 60 are the formatter's to
        // resolve or reject.
        if (p != to || year < 1 || month < 1 || month > 12 || day < 1
                || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return hour < 0 ? startOfDay(year, month, day)
                : local(year, month, day, hour, minute, second, nano);
    }

    private Instant startOfDay(int year, int month, int day) {
        if (fixedOffset != null) {
            return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400
                    - fixedOffset.getTotalSeconds());
        }
        return LocalDate.of(year, month, day).atStartOfDay(zone).toInstant();
    }

    private Instant local(int year, int month, int day, int hour, int minute, int second,
            int nano) {
        if (fixedOffset != null) {
            return Instant.ofEpochSecond(localEpochSecond(year, month, day, hour, minute, second)
                    - fixedOffset.getTotalSeconds(), nano);
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nano).atZone(zone)
                .toInstant();
    }

    private static long localEpochSecond(int year, int month, int day, int hour, int minute,
            int second) {
        return epochDay(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int shiftedMonth = month > 2 ? month - 3 : month + 9;
        long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Returns the value of {@code count} ASCII digits at {@code p}, or -1 if one is not. */
    private static int digits(byte[] b, int p, int count) {
        int value = 0;
        for (int i = p; i < p + count; i++) {
            if (!isDigit(b[i])) {
                return -1;
            }
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private enum Field { LITERAL, YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, FRACTION }

    /** A fixed-width field or a literal of a scanned pattern. */
    private record Token(Field field, int width, byte[] literal) {}

    /**
     * Returns the tokens of a pattern the scanner reads, or an empty list for a pattern it
     * leaves to the formatter: letters other than the fields above, optional sections, reserved
     * characters, non-ASCII literals, a field given twice, or fields that do not make a date
     * with an optional time.
     */
    static List<Token> tokens(String pattern) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int seen = 0;
        for (int i = 0; i < pattern.length(); ) {
            char c = pattern.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                int end = i;
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
                Field field = field(c, end - i);
                if (field == null || (seen & (1 << field.ordinal())) != 0) {
                    return List.of();
                }
                seen |= 1 << field.ordinal();
                addLiteral(tokens, literal);
                tokens.add(new Token(field, end - i, null));
                i = end;
            } else if (c == '\'') {
                int end = i + 1;
                while (true) {
                    if (end >= pattern.length()) {
                        return List.of();
                    }
                    if (pattern.charAt(end) == '\'') {
                        if (end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') {
                            literal.append('\'');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    if (pattern.charAt(end) >= 0x80) {
                        return List.of();
                    }
                    literal.append(pattern.charAt(end++));
                }
                if (end == i + 1) {
                    literal.append('\'');
                }
                i = end + 1;
            } else if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#' || c >= 0x80) {
                return List.of();
            } else {
                literal.append(c);
                i++;
            }
        }
        addLiteral(tokens, literal);
        boolean date = has(seen, Field.YEAR) && has(seen, Field.MONTH) && has(seen, Field.DAY);
        boolean time = has(seen, Field.HOUR) == has(seen, Field.MINUTE)
                && (!has(seen, Field.SECOND) || has(seen, Field.MINUTE))
                && (!has(seen, Field.FRACTION) || has(seen, Field.SECOND));
        return date && time ? List.copyOf(tokens) : List.of();
    }

    private static boolean has(int seen, Field field) {
        return (seen & (1 << field.ordinal())) != 0;
    }

    private static Field field(char letter, int count) {
        return switch (letter) {
            case 'y', 'u' -> count == 4 ? Field.YEAR : null;
            case 'M' -> count == 2 ? Field.MONTH : null;
            case 'd' -> count == 2 ? Field.DAY : null;
            case 'H' -> count == 2 ? Field.HOUR : null;
            case 'm' -> count == 2 ? Field.MINUTE : null;
            case 's' -> count == 2 ? Field.SECOND : null;
            case 'S' -> count <= 9 ? Field.FRACTION : null;
            default -> null;
        };
    }

    private static void addLiteral(List<Token> tokens, StringBuilder literal) {
        if (literal.length() > 0) {
            tokens.add(new Token(Field.LITERAL, 0,
                    literal.toString().getBytes(StandardCharsets.US_ASCII)));
            literal.setLength(0);
        }
    }
}
