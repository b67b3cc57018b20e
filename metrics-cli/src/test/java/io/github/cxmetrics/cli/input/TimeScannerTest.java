package io.github.cxmetrics.cli.input;

import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Times read from bytes (the scanner, then the formatter for what it does not read) are the
 * instants or the errors of {@link TimeParser#parse(String)} (java.time) for every text: random
 * near-valid and broken times, in zones with and without daylight saving, in ISO-8601 and with
 * patterns; and the scanner does read the usual forms itself.
 */
class TimeScannerTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("+05:30"), ZoneId.of("America/St_Johns"),
            ZoneId.of("Pacific/Apia"));

    private static final List<String> PATTERNS = List.of("dd.MM.yyyy HH:mm",
            "yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyyMMddHHmmss", "MM/dd/uuuu", "dd.MM.yyyy HH:mm:ss",
            "uuuu-MM-dd HH:mm:ss.SSSSSSSSS", "yyyy-MM-dd' at 'HH:mm", "dd/MM/yyyy HH:mm XXX",
            "d.M.yyyy H:mm", "yyyy-MM-dd['T'HH:mm]", "yyyy''MM''dd");

    private static final String[] OFFSETS = {"Z", "z", "+02", "-05", "+0200", "+02:00", "-03:30",
        "+18:00", "+18:01", "+19", "-00:00", "+2", "+02:0", "+020", "+02:00:00", "+020000",
        "+14:45", "GMT", "+24:00", ""};

    @Test
    void iso_agreesWithJavaTime() {
        qt(20_000).forAll(integers().between(0, ZONES.size() - 1), longs().all())
                .checkAssert((zone, seed) -> agree(ZONES.get(zone), null,
                        isoLike(new Random(seed))));
    }

    @Test
    void patterns_agreeWithJavaTime() {
        qt(20_000).forAll(integers().between(0, ZONES.size() - 1),
                        integers().between(0, PATTERNS.size() - 1), longs().all())
                .checkAssert((zone, pattern, seed) -> agree(ZONES.get(zone),
                        PATTERNS.get(pattern), patternLike(PATTERNS.get(pattern), new Random(seed))));
    }

    @Test
    void bytes_inTheMiddleOfABuffer() {
        TimeParser parser = new TimeParser(ZoneId.of("Europe/Berlin"), null);
        qt(2_000).forAll(longs().all()).checkAssert(seed -> {
            String text = isoLike(new Random(seed));
            byte[] cell = ("x," + text + ",y").getBytes(StandardCharsets.UTF_8);
            int to = cell.length - 2;
            assertEquals(outcome(() -> parser.parse(text)),
                    outcome(() -> parser.parse(cell, 2, to)), text);
        });
    }

    @Test
    void scan_readsTheUsualFormsItself() {
        TimeScanner utc = new TimeScanner(ZoneId.of("UTC"), null);
        for (String text : new String[] {"2024-04-02T10:15:00Z", "2024-04-02 10:15",
                "2024-04-02T10:15:00.123456789+02:00", "2024-04-02", "2024-02-29T00:00-0530",
                "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z"}) {
            assertNotNull(scan(utc, text), text);
            assertEquals(new TimeParser(ZoneId.of("UTC"), null).parse(text), scan(utc, text));
        }
        TimeScanner pattern = new TimeScanner(ZoneId.of("Europe/Berlin"), "dd.MM.yyyy HH:mm");
        assertEquals(Instant.parse("2024-04-02T08:15:00Z"), scan(pattern, "02.04.2024 10:15"));
        TimeScanner berlin = new TimeScanner(ZoneId.of("Europe/Berlin"), null);
        // The gap of 31 March 2024 and the overlap of 27 October, as ZonedDateTime.of.
        assertEquals(Instant.parse("2024-03-31T01:30:00Z"), scan(berlin, "2024-03-31 02:30"));
        assertEquals(Instant.parse("2024-10-27T00:30:00Z"), scan(berlin, "2024-10-27 02:30"));
    }

    @Test
    void scan_leavesOtherFormsToTheFormatter() {
        TimeScanner utc = new TimeScanner(ZoneId.of("UTC"), null);
        for (String text : new String[] {"2024-04-02t10:15:00z", "+2024-04-02", "2024-04-31",
                "2024-04-02T24:00:00Z", "2024-06-30T23:59:60Z", "2024-04-02T10:15:00.Z",
                "2024-04-02T 10:15", "2024-04-0210:15", "2024-04-02T10:15+2"}) {
            assertNull(scan(utc, text), text);
        }
        assertTrue(TimeScanner.tokens("d MMM uuuu").isEmpty());
        assertTrue(TimeScanner.tokens("yyyy-MM-dd[ HH:mm]").isEmpty());
        assertTrue(TimeScanner.tokens("dd.MM.yyyy HH").isEmpty());
        assertTrue(TimeScanner.tokens("dd.MM.yyyy 'ü'").isEmpty());
        assertFalse(TimeScanner.tokens("yyyy-MM-dd'T'HH:mm:ss.SSSX".replace("X", "")).isEmpty());
    }

    @Test
    void parse_keepsTheFormattersErrors() {
        TimeParser utc = new TimeParser(ZoneId.of("UTC"), null);
        for (String text : new String[] {"", "yesterday", "2024-13-01", "2024-02-30T10:00:00Z",
                "2024-04-02T25:00", "02.04.2024", "2024-04-02T10:15:00ZZ", "2024-04-02T10:1é"}) {
            DateTimeException expected = assertThrows(DateTimeException.class,
                    () -> utc.parse(text));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            DateTimeException actual = assertThrows(DateTimeException.class,
                    () -> utc.parse(bytes, 0, bytes.length));
            assertEquals(expected.getMessage(), actual.getMessage());
        }
    }

    @Test
    void epochDay_isLocalDates() {
        qt(5_000).forAll(integers().between(-1_000_000, 3_000_000)).checkAssert(day -> {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertEquals(date.toEpochDay(), TimeScanner.epochDay(date.getYear(),
                    date.getMonthValue(), date.getDayOfMonth()));
            assertEquals(date.lengthOfMonth(), TimeScanner.lengthOfMonth(date.getYear(),
                    date.getMonthValue()));
        });
    }

    private static Instant scan(TimeScanner scanner, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        return scanner.scan(b, 0, b.length);
    }

    /** The outcome of the bytes equals java.time's: the same instant, or the same error. */
    private static void agree(ZoneId zone, String pattern, String text) {
        TimeParser parser = new TimeParser(zone, pattern);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String expected = outcome(() -> parser.parse(text));
        assertEquals(expected, outcome(() -> parser.parse(bytes, 0, bytes.length)),
                () -> "'" + text + "' in " + zone + " with pattern " + pattern);
    }

    private static String outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** ISO-8601 texts, mostly valid, with values at and past their limits and broken forms. */
    static String isoLike(Random r) {
        StringBuilder s = new StringBuilder();
        s.append(year(r)).append('-').append(number(r, 0, 13, 2)).append('-')
                .append(number(r, 0, 32, 2));
        if (r.nextInt(8) > 0) {
            s.append(pick(r, "T", "T", " ", "t", "", "T ", "_"));
            s.append(number(r, 0, 25, 2)).append(':').append(number(r, 0, 60, 2));
            if (r.nextInt(4) > 0) {
                s.append(':').append(number(r, 0, 61, 2));
                if (r.nextBoolean()) {
                    s.append('.').append(digits(r, r.nextInt(11)));
                }
            }
            if (r.nextInt(3) > 0) {
                s.append(OFFSETS[r.nextInt(OFFSETS.length)]);
            }
        }
        return mutate(r, s.toString());
    }

    /** Texts of a pattern: each letter run replaced by digits of about its width. */
    static String patternLike(String pattern, Random r) {
        StringBuilder s = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    s.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && Character.isLetter(c)) {
                int end = i;
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
                int width = end - i;
                s.append(switch (c) {
                    case 'y', 'u' -> year(r);
                    case 'M' -> number(r, 0, 13, width);
                    case 'd' -> number(r, 0, 32, width);
                    case 'H' -> number(r, 0, 25, width);
                    case 'm' -> number(r, 0, 60, width);
                    case 's' -> number(r, 0, 61, width);
                    case 'S' -> digits(r, r.nextInt(4) > 0 ? width : width + r.nextInt(3) - 1);
                    case 'X' -> OFFSETS[r.nextInt(OFFSETS.length)];
                    default -> "?";
                });
                i = end - 1;
            } else if (c != '[' && c != ']') {
                s.append(c);
            }
        }
        return mutate(r, s.toString());
    }

    private static String digits(Random r, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    private static String year(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> String.valueOf(r.nextInt(10));
            case 1 -> "+" + number(r, 0, 99_999, 5);
            case 2 -> "-" + number(r, 0, 9999, 4);
            case 3 -> number(r, 10_000, 99_999, 5);
            case 4 -> pick(r, "0000", "0001", "9999", "1900", "2000", "2100");
            default -> number(r, 1960, 2040, 4);
        };
    }

    /** A number in [low, high], usually padded to {@code width} digits. */
    private static String number(Random r, int low, int high, int width) {
        int value = r.nextInt(5) == 0 ? r.nextInt(high - low + 1) + low
                : r.nextInt(Math.max(1, Math.min(high, 59) - Math.max(low, 1) + 1)) + Math.max(low, 1);
        String digits = String.valueOf(value);
        if (r.nextInt(20) > 0) {
            while (digits.length() < width) {
                digits = "0" + digits;
            }
        }
        return digits;
    }

    /** Leaves most texts as they are; else drops, replaces or inserts a character. */
    private static String mutate(Random r, String text) {
        if (r.nextInt(6) > 0 || text.isEmpty()) {
            return text;
        }
        int at = r.nextInt(text.length());
        String any = pick(r, "0", "9", ":", "-", ".", " ", "Z", "T", "+", "x", "١", "\u00e9");
        return switch (r.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + any + text.substring(at + 1);
            default -> text.substring(0, at) + any + text.substring(at);
        };
    }

    private static String pick(Random r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
