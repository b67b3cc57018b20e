package io.github.cxmetrics.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A small streaming JSON writer: keys in the order written, strings escaped as RFC 8259 requires
 * (quotes, backslashes and control characters; U+2028 and U+2029 too, for JavaScript), numbers
 * written from their exact decimal value and independent of the default locale, two-space
 * indentation (or none, {@link #compact}). It checks that names and values alternate inside
 * objects.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Appendable out;
    private final boolean indent;
    /** Per open container: 'o' object or 'a' array; upper case once it has a member. */
    private final StringBuilder stack = new StringBuilder();
    private boolean afterName;

    public JsonWriter(Appendable out) {
        this(out, true);
    }

    private JsonWriter(Appendable out, boolean indent) {
        this.out = out;
        this.indent = indent;
    }

    /** Returns a writer without line breaks and indentation, for JSON embedded in a page. */
    public static JsonWriter compact(Appendable out) {
        return new JsonWriter(out, false);
    }

    public JsonWriter beginObject() {
        return begin('o', "{");
    }

    public JsonWriter endObject() {
        return end('o', "}");
    }

    public JsonWriter beginArray() {
        return begin('a', "[");
    }

    public JsonWriter endArray() {
        return end('a', "]");
    }

    private JsonWriter begin(char kind, String open) {
        beforeValue();
        stack.append(kind);
        write(open);
        return this;
    }

    private JsonWriter end(char kind, String close) {
        int top = stack.length() - 1;
        if (top < 0 || Character.toLowerCase(stack.charAt(top)) != kind || afterName) {
            throw new IllegalStateException("cannot close " + close + " here");
        }
        boolean hasMembers = Character.isUpperCase(stack.charAt(top));
        stack.setLength(top);
        if (hasMembers) {
            newline();
        }
        write(close);
        if (stack.length() == 0) {
            write("\n");
        }
        return this;
    }

    /** Writes the name of the next member of an object. */
    public JsonWriter name(String name) {
        int top = stack.length() - 1;
        if (top < 0 || Character.toLowerCase(stack.charAt(top)) != 'o' || afterName) {
            throw new IllegalStateException("a name must be inside an object, before its value: "
                    + name);
        }
        member(top);
        string(name);
        write(indent ? ": " : ":");
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(value);
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        write(Long.toString(value));
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        write(value ? "true" : "false");
        return this;
    }

    /** Writes a number rounded half-even to {@code decimals} places, without trailing zeros. */
    public JsonWriter value(double value, int decimals) {
        beforeValue();
        write(fixed(value, decimals));
        return this;
    }

    /** Writes a number rounded half-even to {@code digits} significant digits. */
    public JsonWriter significant(double value, int digits) {
        beforeValue();
        write(significantDigits(value, digits));
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        write("null");
        return this;
    }

    /** Returns a finite double rounded to {@code decimals} places, as JSON and CSV write it. */
    public static String fixed(double value, int decimals) {
        requireFinite(value);
        BigDecimal d = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
        return plain(d);
    }

    /** Returns a finite double rounded to {@code digits} significant digits. */
    public static String significantDigits(double value, int digits) {
        requireFinite(value);
        BigDecimal d = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (d.signum() != 0 && d.abs().compareTo(new BigDecimal("1e-6")) < 0) {
            return d.stripTrailingZeros().toString();
        }
        return plain(d);
    }

    private static String plain(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON numbers must be finite: " + value);
        }
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        int top = stack.length() - 1;
        if (top >= 0) {
            if (Character.toLowerCase(stack.charAt(top)) == 'o') {
                throw new IllegalStateException("a value inside an object needs a name");
            }
            member(top);
        }
    }

    private void member(int top) {
        if (Character.isUpperCase(stack.charAt(top))) {
            write(",");
        } else {
            stack.setCharAt(top, Character.toUpperCase(stack.charAt(top)));
        }
        newline();
    }

    private void newline() {
        if (indent) {
            write("\n");
            write("  ".repeat(stack.length()));
        }
    }

    private void string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        write(b.append('"').toString());
    }

    private void write(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
