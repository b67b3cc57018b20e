package io.github.cxmetrics.internal;

import java.util.zip.CRC32C;

/**
 * The binary form of an accumulator (see {@code docs/wire-format.md}):
 * <pre>
 * offset  size  field
 *      0     2  magic, the ASCII "CX" (0x43 0x58)
 *      2     1  format version, 1
 *      3     1  kind of state ({@link StateKind})
 *      4     8  fingerprint of the calculator's options ({@link Fingerprint}), big-endian
 *     12     n  the state, as its kind writes it
 *   12+n     4  CRC-32C of the bytes before it, big-endian
 * </pre>
 * Decoding checks the parts in that order and refuses anything else with an
 * {@link IllegalArgumentException} that says what is wrong.
 */
public final class StateFormat {

    /** The format version this library writes and reads. */
    public static final int VERSION = 1;

    static final int MAGIC_0 = 0x43;
    static final int MAGIC_1 = 0x58;
    static final int HEADER = 12;
    static final int TRAILER = 4;

    private StateFormat() {}

    static byte[] encode(StatefulCalculator<?, ?> calculator, State<?, ?, ?> state) {
        StateWriter out = new StateWriter();
        out.writeByte(MAGIC_0);
        out.writeByte(MAGIC_1);
        out.writeByte(VERSION);
        out.writeByte(calculator.stateKind().code);
        out.writeFixedLong(calculator.fingerprint());
        state.writeTo(out);
        CRC32C crc = new CRC32C();
        crc.update(out.buffer(), 0, out.size());
        long sum = crc.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.writeByte((int) (sum >>> shift));
        }
        return out.toByteArray();
    }

    static <T, R> State<T, R, ?> decode(StatefulCalculator<T, R> calculator, byte[] bytes) {
        Checks.requireNonNull(bytes, "bytes");
        StateKind expected = calculator.stateKind();
        if (bytes.length < HEADER + TRAILER) {
            throw new IllegalArgumentException("not a cxmetrics state: " + bytes.length
                    + " bytes, fewer than the " + (HEADER + TRAILER) + " of the smallest");
        }
        if ((bytes[0] & 0xFF) != MAGIC_0 || (bytes[1] & 0xFF) != MAGIC_1) {
            throw new IllegalArgumentException(String.format(
                    "not a cxmetrics state: it starts with 0x%02x%02x, not 0x%02x%02x (\"CX\")",
                    bytes[0] & 0xFF, bytes[1] & 0xFF, MAGIC_0, MAGIC_1));
        }
        int version = bytes[2] & 0xFF;
        if (version != VERSION) {
            throw new IllegalArgumentException("unsupported format version " + version
                    + ": this library reads version " + VERSION);
        }
        int end = bytes.length - TRAILER;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        long stored = 0;
        for (int i = end; i < bytes.length; i++) {
            stored = (stored << 8) | (bytes[i] & 0xFF);
        }
        if (stored != crc.getValue()) {
            throw new IllegalArgumentException(String.format(
                    "corrupted cxmetrics state: checksum %08x, but the bytes give %08x",
                    stored, crc.getValue()));
        }
        StateKind kind = StateKind.of(bytes[3] & 0xFF);
        if (kind == null) {
            throw new IllegalArgumentException("unknown kind of state " + (bytes[3] & 0xFF)
                    + ": not one that " + calculator + " reads");
        }
        if (kind != expected) {
            throw new IllegalArgumentException("the bytes hold a state of kind " + kind.label
                    + ", not of kind " + expected.label + " as " + calculator + " needs");
        }
        long fingerprint = 0;
        for (int i = 4; i < HEADER; i++) {
            fingerprint = (fingerprint << 8) | (bytes[i] & 0xFF);
        }
        if (fingerprint != calculator.fingerprint()) {
            throw new IllegalArgumentException("the bytes were made by a calculator with other"
                    + " options (fingerprint " + Fingerprint.hex(fingerprint) + ") than "
                    + calculator + " (fingerprint " + Fingerprint.hex(calculator.fingerprint())
                    + ")");
        }
        StateReader in = new StateReader(bytes, HEADER, end, expected.toString());
        State<T, R, ?> state = read(calculator, in);
        in.requireEnd();
        return state;
    }

    /**
     * Reads a state's body, turning any failure of the values read (a date out of range, an
     * overflowing sum) into the reader's {@link IllegalArgumentException}.
     */
    static <T, R> State<T, R, ?> read(StatefulCalculator<T, R> calculator, StateReader in) {
        try {
            return calculator.blueprint().readState(in);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null
                    && e.getMessage().startsWith("malformed ")) {
                throw e;
            }
            IllegalArgumentException wrapped = in.malformed(
                    e.getMessage() == null ? e.toString() : e.getMessage());
            wrapped.initCause(e);
            throw wrapped;
        }
    }
}
