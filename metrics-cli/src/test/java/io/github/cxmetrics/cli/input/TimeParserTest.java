package io.github.cxmetrics.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeParserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final TimeParser iso = new TimeParser(BERLIN, null);

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void parse_isoWithOffsets() {
        assertEquals(at("2024-04-02T10:15:00Z"), iso.parse("2024-04-02T10:15:00Z"));
        assertEquals(at("2024-04-02T10:15:00Z"), iso.parse("2024-04-02T12:15:00+02:00"));
        assertEquals(at("2024-04-02T10:15:00Z"), iso.parse("2024-04-02T12:15:00+0200"));
        assertEquals(at("2024-04-02T10:15:00.250Z"), iso.parse("2024-04-02T10:15:00.25Z"));
        assertEquals(at("2024-04-02T10:15:00Z"), iso.parse("2024-04-02t10:15:00z"));
    }

    @Test
    void parse_localTimesInTheZone() {
        // Berlin is on summer time (+02:00) in April.
        assertEquals(at("2024-04-02T08:15:00Z"), iso.parse("2024-04-02T10:15:00"));
        assertEquals(at("2024-04-02T08:15:00Z"), iso.parse("2024-04-02 10:15"));
        assertEquals(at("2024-01-02T09:15:00Z"), iso.parse("2024-01-02 10:15:00"));
        assertEquals(at("2024-04-01T22:00:00Z"), iso.parse("2024-04-02"));
        // 02:30 on 31 March 2024 does not exist in Berlin: moved forward by the hour of the gap.
        assertEquals(at("2024-03-31T01:30:00Z"), iso.parse("2024-03-31 02:30"));
        // 02:30 on 27 October 2024 happens twice: the earlier offset (+02:00).
        assertEquals(at("2024-10-27T00:30:00Z"), iso.parse("2024-10-27 02:30"));
    }

    @Test
    void parse_rejectsNonTimes() {
        for (String bad : new String[] {"", "yesterday", "2024-13-01", "2024-02-30T10:00:00Z",
                "2024-04-02T25:00", "02.04.2024", "2024-04-02T10:15:00ZZ"}) {
            assertThrows(DateTimeException.class, () -> iso.parse(bad), bad);
        }
    }

    @Test
    void parse_withPattern() {
        TimeParser p = new TimeParser(BERLIN, "dd.MM.yyyy HH:mm");
        assertEquals(at("2024-04-02T08:15:00Z"), p.parse("02.04.2024 10:15"));
        assertThrows(DateTimeException.class, () -> p.parse("2024-04-02T10:15:00Z"));
        TimeParser withOffset = new TimeParser(BERLIN, "dd/MM/yyyy HH:mm XXX");
        assertEquals(at("2024-04-02T10:15:00Z"), withOffset.parse("02/04/2024 10:15 Z"));
        TimeParser dateOnly = new TimeParser(BERLIN, "M/d/yyyy");
        assertEquals(at("2024-04-01T22:00:00Z"), dateOnly.parse("4/2/2024"));
    }

    @Test
    void isDateOnly_tellsDatesFromTimes() {
        assertTrue(iso.isDateOnly("2024-06-30"));
        assertFalse(iso.isDateOnly("2024-06-30T00:00:00Z"));
        assertFalse(iso.isDateOnly("June"));
    }

    @Test
    void expected_describesTheForm() {
        assertEquals("an ISO-8601 time", iso.expected());
        assertEquals("a time of the pattern 'dd.MM.yyyy'", new TimeParser(BERLIN, "dd.MM.yyyy").expected());
    }
}
