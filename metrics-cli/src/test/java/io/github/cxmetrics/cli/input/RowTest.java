package io.github.cxmetrics.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed getters that row parsers use, on the interactions and purchases formats. */
class RowTest {

    private static Row row(InputKind kind, List<String> header, String... cells) {
        Row row = new Row(new Header("f.csv", kind, header, Map.of(), ','),
                new TimeParser(ZoneOffset.UTC, null));
        row.reset(new Fields(List.of(cells), 7));
        return row;
    }

    /** One record of given fields at a given line. */
    record Fields(List<String> cells, long line) implements RecordSource {
        @Override
        public boolean next() {
            return false;
        }

        @Override
        public int size() {
            return cells.size();
        }

        @Override
        public String field(int index) {
            return cells.get(index);
        }

        @Override
        public RowException error() {
            return null;
        }

        @Override
        public void header(List<String> names) {}

        @Override
        public void close() {}
    }

    private static final List<String> INTERACTION = List.of("id", "customer_id", "channel",
            "opened_at", "first_reply_at", "reopens", "talk_seconds", "team");

    private static void assertRejected(Reason reason, String message, Runnable call) {
        RowException e = assertThrows(RowException.class, call::run);
        assertEquals(reason, e.reason());
        assertEquals(message, e.describe());
    }

    @Test
    void getters_readTypedValues() {
        Row r = row(InputKind.INTERACTIONS, INTERACTION, "t1", " c1 ", "chat",
                "2024-04-02T10:00:00Z", "", "2", "", "tier 2");
        assertEquals(7, r.line());
        assertEquals("c1", r.text("customer_id"));
        assertEquals(Instant.parse("2024-04-02T10:00:00Z"), r.instant("opened_at"));
        assertNull(r.optionalInstant("first_reply_at"));
        assertNull(r.optionalInstant("first_solved_at"));
        assertNull(r.optionalText("agent_id"));
        assertEquals(2, r.optionalNonNegative("reopens"));
        assertEquals(-1, r.optionalNonNegative("talk_seconds"));
        assertEquals(-1, r.optionalNonNegative("hold_seconds"));
        assertEquals(Map.of("team", "tier 2"), r.attributes());
    }

    @Test
    void getters_rejectBadValuesWithTheirReason() {
        Row r = row(InputKind.INTERACTIONS, INTERACTION, "t1", "", "chat", "soon", "x", "-1",
                "1.5", "");
        assertRejected(Reason.MISSING_VALUE, "customer_id is empty", () -> r.text("customer_id"));
        assertRejected(Reason.BAD_TIME, "opened_at is not an ISO-8601 time (soon)",
                () -> r.instant("opened_at"));
        assertRejected(Reason.BAD_TIME, "first_reply_at is not an ISO-8601 time (x)",
                () -> r.optionalInstant("first_reply_at"));
        assertRejected(Reason.BAD_NUMBER, "reopens must be >= 0 (-1)",
                () -> r.optionalNonNegative("reopens"));
        assertRejected(Reason.BAD_NUMBER, "talk_seconds is not an integer (1.5)",
                () -> r.optionalNonNegative("talk_seconds"));
        assertEquals(Map.of(), r.attributes());
    }

    @Test
    void decimals_areExact() {
        List<String> header = List.of("customer_id", "at", "amount", "currency");
        Row r = row(InputKind.PURCHASES, header, "c1", "2024-04-02", "-49.90", "EUR");
        assertEquals(new BigDecimal("-49.90"), r.decimal("amount"));
        Row bad = row(InputKind.PURCHASES, header, "c1", "2024-04-02", "49,90", "");
        assertRejected(Reason.BAD_NUMBER, "amount is not a number (49,90)", () -> bad.decimal("amount"));
        assertRejected(Reason.MISSING_VALUE, "currency is empty", () -> bad.decimal("currency"));
        Row customer = row(InputKind.CUSTOMERS, List.of("customer_id", "acquired_at",
                "acquisition_cost"), "c1", "2024-01-01", "");
        assertNull(customer.optionalDecimal("acquisition_cost"));
    }

    @Test
    void display_escapesLineBreaksAndCutsLongValues() {
        assertEquals("a\\nb", RowException.display("a\nb"));
        assertEquals("empty", RowException.display(""));
        assertEquals("x".repeat(57) + "...", RowException.display("x".repeat(100)));
    }
}
