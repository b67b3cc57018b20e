package io.github.cxmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * Bytes for the tests of the binary forms (see {@code docs/wire-format.md}): a body sealed in a
 * calculator's valid header and checksum, so that it reaches the state's own parser; the body of
 * an encoded state; the message of a refusal.
 */
public final class StateBytes {

    private static final HexFormat HEX = HexFormat.of();
    private static final int HEADER = 12;
    private static final int TRAILER = 4;

    private StateBytes() {}

    /** The header of {@code calculator}'s states, then {@code body}, then a correct checksum. */
    public static byte[] seal(Calculator<?, ?> calculator, byte[] body) {
        return seal(calculator.accumulator().toByteArray(), body);
    }

    /** {@link #seal(Calculator, byte[])} of a body given in hex digits. */
    public static byte[] seal(Calculator<?, ?> calculator, String bodyHex) {
        return seal(calculator, HEX.parseHex(bodyHex));
    }

    /** The 12-byte header of {@code header}, then {@code body}, then a correct checksum. */
    public static byte[] seal(byte[] header, byte[] body) {
        byte[] b = new byte[HEADER + body.length + TRAILER];
        System.arraycopy(header, 0, b, 0, HEADER);
        System.arraycopy(body, 0, b, HEADER, body.length);
        CRC32C crc = new CRC32C();
        crc.update(b, 0, HEADER + body.length);
        long sum = crc.getValue();
        for (int i = 0; i < TRAILER; i++) {
            b[b.length - TRAILER + i] = (byte) (sum >>> (24 - 8 * i));
        }
        return b;
    }

    /** The body of an encoded state: its bytes between the header and the checksum. */
    public static byte[] body(byte[] bytes) {
        return Arrays.copyOfRange(bytes, HEADER, bytes.length - TRAILER);
    }

    /** {@link #body} in hex digits. */
    public static String bodyHex(Accumulator<?, ?> accumulator) {
        return HEX.formatHex(body(accumulator.toByteArray()));
    }

    /** The message of the {@link IllegalArgumentException} that decoding {@code bytes} throws. */
    public static String refusal(Calculator<?, ?> calculator, byte[] bytes) {
        return assertThrows(IllegalArgumentException.class,
                () -> calculator.accumulatorFrom(bytes)).getMessage();
    }

    /**
     * Asserts that {@code reader} refuses the (empty) state of {@code writer} for its other
     * options: their fingerprints differ, so that a stored state is never read by a calculator
     * that would count it differently.
     */
    public static void assertOtherOptions(Calculator<?, ?> writer, Calculator<?, ?> reader) {
        String message = refusal(reader, writer.accumulator().toByteArray());
        assertTrue(message.startsWith("the bytes were made by a calculator with other options"),
                () -> writer + " / " + reader + ": " + message);
    }

    /** Asserts that {@code reader} reads the (empty) state of {@code writer}: the same options. */
    public static void assertSameOptions(Calculator<?, ?> writer, Calculator<?, ?> reader) {
        assertEquals(writer.accumulator().snapshot(),
                reader.accumulatorFrom(writer.accumulator().toByteArray()).snapshot());
    }

    /** Asserts that {@code calculator} refuses a body given in hex digits with exactly {@code message}. */
    public static void assertRefused(String message, Calculator<?, ?> calculator, String bodyHex) {
        assertEquals(message, refusal(calculator, seal(calculator, bodyHex)));
    }
}
