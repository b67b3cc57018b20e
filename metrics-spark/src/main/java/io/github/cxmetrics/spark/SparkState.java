package io.github.cxmetrics.spark;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The binary form of a state in Spark: the function's {@link MetricSpec} in front of the core's
 * own binary form of the accumulator, so that {@code cx_merge} and the result functions know
 * which calculator reads the bytes. Layout (docs/spark.md):
 *
 * <pre>
 * "CXS"  version 01  varint n  n × (string name, string value)  the core's state ("CX" …)
 * </pre>
 *
 * where the first pair is {@code metric} and its name, a string is a varint byte length and
 * that much UTF-8, and a varint is unsigned LEB128. The core's part has its own header,
 * fingerprint of the calculator's options and checksum: a spec that names another calculator
 * than the one that wrote the state is refused by the core when it reads the state.
 */
final class SparkState {

    private static final byte[] MAGIC = {'C', 'X', 'S'};
    private static final int VERSION = 1;
    /** More options than any metric has: a bound on what untrusted bytes make us read. */
    private static final int MAX_OPTIONS = 16;

    private SparkState() {
    }

    /** A decoded state: its spec and the core's bytes. */
    record Parts(MetricSpec spec, byte[] core) {}

    static byte[] encode(MetricSpec spec, byte[] core) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(core.length + 32);
        out.writeBytes(MAGIC);
        out.write(VERSION);
        writeVarint(out, spec.options().size() + 1);
        writeString(out, "metric");
        writeString(out, spec.metric());
        for (Map.Entry<String, String> option : spec.options().entrySet()) {
            writeString(out, option.getKey());
            writeString(out, option.getValue());
        }
        out.writeBytes(core);
        return out.toByteArray();
    }

    /**
     * Splits untrusted bytes into their spec and the core's part.
     *
     * @throws IllegalArgumentException if the bytes are not a state of this layout
     */
    static Parts decode(byte[] bytes) {
        if (bytes.length < MAGIC.length + 1
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalArgumentException("not a cxmetrics Spark state: " + bytes.length
                    + " bytes that do not start with \"CXS\" (states come from the cx_…_state"
                    + " functions and cx_merge)");
        }
        if (bytes[3] != VERSION) {
            throw new IllegalArgumentException("unsupported cxmetrics Spark state version "
                    + (bytes[3] & 0xff) + ": this library reads version " + VERSION);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 4, bytes.length - 4);
        long n = readVarint(in);
        if (n < 1 || n > MAX_OPTIONS) {
            throw malformed("option count " + n + " outside [1, " + MAX_OPTIONS + "]");
        }
        String first = readString(in);
        if (!first.equals("metric")) {
            throw malformed("the first option is '" + first + "', not 'metric'");
        }
        String metric = readString(in);
        TreeMap<String, String> options = new TreeMap<>();
        for (long i = 1; i < n; i++) {
            String name = readString(in);
            String value = readString(in);
            if (name.equals("metric") || options.put(name, value) != null) {
                throw malformed("option '" + name + "' given twice");
            }
        }
        byte[] core = Arrays.copyOfRange(bytes, in.position(), bytes.length);
        return new Parts(new MetricSpec(metric, options), core);
    }

    private static IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("malformed cxmetrics Spark state: " + why);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static void writeString(ByteArrayOutputStream out, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarint(out, utf8.length);
        out.writeBytes(utf8);
    }

    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!in.hasRemaining()) {
                throw malformed("the bytes end inside a number");
            }
            int b = in.get() & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw malformed("a number longer than ten bytes");
    }

    private static String readString(ByteBuffer in) {
        long length = readVarint(in);
        if (length > in.remaining()) {
            throw malformed("a text of " + length + " bytes, more than the " + in.remaining()
                    + " left");
        }
        ByteBuffer slice = in.slice(in.position(), (int) length);
        in.position(in.position() + (int) length);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw malformed("a text that is not UTF-8");
        }
    }
}
