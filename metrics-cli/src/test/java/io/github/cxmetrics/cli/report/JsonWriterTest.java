package io.github.cxmetrics.cli.report;

import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class JsonWriterTest {

    private static String write(java.util.function.Consumer<JsonWriter> body) {
        StringBuilder s = new StringBuilder();
        body.accept(new JsonWriter(s));
        return s.toString();
    }

    @Test
    void object_keepsKeyOrderAndIndents() {
        String json = write(w -> w.beginObject().name("b").value(1).name("a").beginArray()
                .value("x").value(true).nullValue().endArray().name("e").beginObject().endObject()
                .name("f").beginArray().endArray().endObject());
        assertEquals("{\n  \"b\": 1,\n  \"a\": [\n    \"x\",\n    true,\n    null\n  ],\n"
                + "  \"e\": {},\n  \"f\": []\n}\n", json);
    }

    @Test
    void compact_writesTheSameJsonWithoutLineBreaks() {
        StringBuilder s = new StringBuilder();
        JsonWriter.compact(s).beginObject().name("b").value(1).name("a").beginArray().value("x")
                .value(true).nullValue().endArray().name("e").beginObject().endObject().endObject();
        assertEquals("{\"b\":1,\"a\":[\"x\",true,null],\"e\":{}}\n", s.toString());
    }

    @Test
    void string_escapesQuotesBackslashesAndControlCharacters() {
        String json = write(w -> w.beginArray().value("a\"b\\c\nd\re\tf\bg\fh\u0001i\u001fj\u2028k"
                + "é€😀").endArray());
        assertEquals("[\n  \"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001fj\\u2028ké€😀\"\n]\n",
                json);
    }

    @Test
    void numbers_areRoundedHalfEvenWithoutTrailingZeros() {
        assertEquals("0.125", JsonWriter.fixed(0.125, 6));
        assertEquals("0.12", JsonWriter.fixed(0.125, 2));
        assertEquals("-39.051233", JsonWriter.fixed(-39.0512331, 6));
        assertEquals("50", JsonWriter.fixed(50.0, 6));
        assertEquals("0", JsonWriter.fixed(-0.0000001, 6));
        assertEquals("1234567.5", JsonWriter.fixed(1234567.5, 6));
        assertEquals("0.0338949", JsonWriter.significantDigits(0.033894912, 6));
        assertEquals("1.23457E-9", JsonWriter.significantDigits(1.234567e-9, 6));
        assertEquals("0", JsonWriter.significantDigits(0, 6));
        assertEquals("1", JsonWriter.significantDigits(1, 6));
    }

    @Test
    void numbers_doNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("[\n  1.5\n]\n", write(w -> w.beginArray().value(1.5, 6).endArray()));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void nonFiniteNumber_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonWriter.fixed(Double.NaN, 6));
        assertEquals("JSON numbers must be finite: NaN", e.getMessage());
    }

    @Test
    void valueWithoutName_insideObject_isRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> write(w -> w.beginObject().value(1)));
        assertEquals("a value inside an object needs a name", e.getMessage());
    }

    @Test
    void nameInsideArray_isRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> write(w -> w.beginArray().name("x")));
        assertEquals("a name must be inside an object, before its value: x", e.getMessage());
    }

    @Test
    void mismatchedClose_isRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> write(w -> w.beginArray().endObject()));
        assertEquals("cannot close } here", e.getMessage());
    }

    /** A string round-trips through a naive unescaper written here, character for character. */
    /**
     * Strings of up to 255 characters: any code point, the first 128 (control characters,
     * quotes, backslashes) often, and the characters JSON treats specially.
     */
    private static Gen<String> texts() {
        return Generate.frequency(List.of(
                Pair.of(3, strings().allPossible().ofLengthBetween(0, 255)),
                Pair.of(3, strings().betweenCodePoints(0, 0x7f).ofLengthBetween(0, 255)),
                Pair.of(1, strings().betweenCodePoints(0, 0xffff).ofLengthBetween(0, 20)),
                Pair.of(1, Generate.pick(List.of("", "\"", "\\", "\u0000", "\u001f", "\u007f",
                        "\u2028\u2029", "\ud83d\ude00", "\ud800", "</script>")))));
    }

    @Test
    void string_roundTrips() {
        qt(300).forAll(texts()).checkAssert(text -> {
            String json = write(w -> w.beginArray().value(text).endArray());
            String literal = json.substring(json.indexOf('"') + 1, json.lastIndexOf('"'));
            for (char c : literal.toCharArray()) {
                if (c < 0x20) {
                    throw new AssertionError("raw control character in " + json);
                }
            }
            assertEquals(text, unescape(literal));
        });
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    /** Fixed-point output parses back to the value within half a unit of the last place. */
    /**
     * Finite values up to 10¹² in magnitude, of every scale: large, around one, tiny, and the
     * edges of rounding to six decimals.
     */
    private static Gen<Double> finiteValues() {
        return Generate.frequency(List.of(
                Pair.of(2, doubles().between(-1e12, 1e12)),
                Pair.of(2, doubles().between(-1000, 1000)),
                Pair.of(2, doubles().between(-1e-3, 1e-3)),
                Pair.of(1, Generate.pick(List.of(0.0, -0.0, 0.5e-6, -0.5e-6, 1.5e-6, 2.5e-7,
                        0.9999995, 999_999.9999995, 1e12, -1e12, Double.MIN_VALUE)))));
    }

    @Test
    void fixed_isWithinHalfAUnit() {
        qt(300).forAll(finiteValues()).checkAssert(value -> {
            double parsed = Double.parseDouble(JsonWriter.fixed(value, 6));
            assertEquals(value, parsed, 0.5e-6 + Math.ulp(value) * 4);
        });
    }
}
