package io.github.cxmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ResponseTest {

    private static final Instant AT = Instant.parse("2024-04-02T10:15:00Z");

    @Test
    void of_setsDefaults() {
        Response r = Response.of("c-17", "nps", 9, AT, Channel.EMAIL);
        assertEquals(1.0, r.weight());
        assertEquals(Map.of(), r.attributes());
        assertTrue(r.isAnswered());
        assertEquals(OptionalInt.of(9), r.scoreIfAnswered());
    }

    @Test
    void with_methods_returnModifiedCopies() {
        Response r = Response.of("c-17", "nps", 9, AT, Channel.EMAIL);
        Response w = r.withWeight(1.5).withAttribute("segment", "smb").withScore(3);
        assertEquals(1.5, w.weight());
        assertEquals(3, w.score());
        assertEquals(Optional.of("smb"), w.attribute("segment"));
        assertEquals("smb", w.attributeOr("segment", "(none)"));
        assertEquals("(none)", w.attributeOr("region", "(none)"));
        assertEquals(9, r.score());
        assertEquals(Map.of("a", "1"), r.withAttributes(Map.of("a", "1")).attributes());
    }

    @Test
    void unanswered_hasNoScore() {
        Response r = Response.unanswered("c-1", "nps", AT, Channel.WEB);
        assertFalse(r.isAnswered());
        assertEquals(Response.NO_SCORE, r.score());
        assertEquals(OptionalInt.empty(), r.scoreIfAnswered());
    }

    @Test
    void of_noScoreSentinel_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Response.of("c", "nps", Response.NO_SCORE, AT, Channel.WEB));
        assertEquals("score must not be NO_SCORE; use Response.unanswered for a missing answer: "
                + Integer.MIN_VALUE, e.getMessage());
    }

    @Test
    void constructor_blankCustomerId_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Response.of(" ", "nps", 9, AT, Channel.EMAIL));
        assertEquals("customerId must not be blank: ' '", e.getMessage());
    }

    @Test
    void constructor_nullFields_areRejectedByName() {
        assertEquals("customerId must not be null", assertThrows(NullPointerException.class,
                () -> Response.of(null, "nps", 9, AT, Channel.EMAIL)).getMessage());
        assertEquals("question must not be null", assertThrows(NullPointerException.class,
                () -> Response.of("c", null, 9, AT, Channel.EMAIL)).getMessage());
        assertEquals("answeredAt must not be null", assertThrows(NullPointerException.class,
                () -> Response.of("c", "nps", 9, null, Channel.EMAIL)).getMessage());
        assertEquals("channel must not be null", assertThrows(NullPointerException.class,
                () -> Response.of("c", "nps", 9, AT, null)).getMessage());
    }

    @Test
    void withWeight_nanOrNegativeOrInfinite_isRejected() {
        Response r = Response.of("c", "nps", 9, AT, Channel.EMAIL);
        assertEquals("weight must be finite and >= 0: NaN", assertThrows(
                IllegalArgumentException.class, () -> r.withWeight(Double.NaN)).getMessage());
        assertEquals("weight must be finite and >= 0: -0.5", assertThrows(
                IllegalArgumentException.class, () -> r.withWeight(-0.5)).getMessage());
        assertEquals("weight must be finite and >= 0: Infinity", assertThrows(
                IllegalArgumentException.class,
                () -> r.withWeight(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals(0.0, r.withWeight(0).weight());
    }

    @Test
    void attributes_blankNameOrNullValue_areRejected() {
        Response r = Response.of("c", "nps", 9, AT, Channel.EMAIL);
        assertEquals("attribute name must not be blank: ''", assertThrows(
                IllegalArgumentException.class, () -> r.withAttribute("", "x")).getMessage());
        assertEquals("attribute value must not be null: segment", assertThrows(
                NullPointerException.class, () -> r.withAttribute("segment", null)).getMessage());
        Map<String, String> withNull = new HashMap<>();
        withNull.put("segment", null);
        assertEquals("attribute value must not be null: segment", assertThrows(
                NullPointerException.class, () -> r.withAttributes(withNull)).getMessage());
    }

    @Test
    void attributes_areCopied() {
        Map<String, String> source = new HashMap<>(Map.of("segment", "smb"));
        Response r = Response.of("c", "nps", 9, AT, Channel.EMAIL).withAttributes(source);
        source.put("segment", "enterprise");
        assertEquals("smb", r.attributeOr("segment", ""));
        assertThrows(UnsupportedOperationException.class, () -> r.attributes().put("x", "y"));
    }
}
