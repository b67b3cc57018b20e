package io.github.cxmetrics.internal;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Periodicity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads what a {@link StateWriter} wrote, from untrusted bytes: every read is bounded by the
 * bytes left, every length is checked against them before anything is allocated, and every
 * failure is an {@link IllegalArgumentException} whose message starts with
 * {@code "malformed <kind> state: "}. Not thread-safe.
 */
public final class StateReader {

    /** The largest scale, either sign, of a decimal read; amounts of money need a handful. */
    static final int MAX_DECIMAL_SCALE = 1000;

    private final byte[] bytes;
    private final int end;
    private final String what;
    private int position;

    StateReader(byte[] bytes, int start, int end, String what) {
        this.bytes = bytes;
        this.position = start;
        this.end = end;
        this.what = what;
    }

    /** Returns an exception naming the state and what is wrong with it. */
    public IllegalArgumentException malformed(String detail) {
        return new IllegalArgumentException("malformed " + what + ": " + detail);
    }

    /** Returns the number of bytes not read yet. */
    public int remaining() {
        return end - position;
    }

    private void require(int n) {
        if (end - position < n) {
            throw malformed("truncated: " + n + " more bytes needed at offset " + position
                    + ", " + (end - position) + " left");
        }
    }

    /** Reads one byte, {@code 0..255}. */
    public int readByte() {
        require(1);
        return bytes[position++] & 0xFF;
    }

    /** Reads an unsigned LEB128 varint of at most ten bytes. */
    public long readVarLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            if (shift == 63 && (b & 0x7E) != 0) {
                throw malformed("varint overflows 64 bits at offset " + (position - 1));
            }
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw malformed("varint longer than 10 bytes at offset " + position);
    }

    /** Reads a count: a varint in {@code [0, Long.MAX_VALUE]}. */
    public long readCount(String name) {
        long count = readVarLong();
        if (count < 0) {
            throw malformed(name + " must be >= 0: " + Long.toUnsignedString(count));
        }
        return count;
    }

    /** Reads a varint in {@code [min, max]}. */
    public int readInt(String name, int min, int max) {
        long v = readSignedVarLong();
        if (v < min || v > max) {
            throw malformed(name + " must be in [" + min + ", " + max + "]: " + v);
        }
        return (int) v;
    }

    /**
     * Reads the number of elements that follow, each taking at least {@code minBytesEach} bytes:
     * a number the bytes left cannot hold is refused before anything is allocated for it.
     */
    public int readLength(String name, int minBytesEach) {
        long n = readVarLong();
        if (n < 0 || n > remaining() / Math.max(1, minBytesEach)) {
            throw malformed(name + " " + Long.toUnsignedString(n) + " exceeds what the "
                    + remaining() + " bytes left can hold");
        }
        return (int) n;
    }

    /** Reads a zigzag varint. */
    public long readSignedVarLong() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    /** Reads eight bytes, big-endian. */
    public long readFixedLong() {
        require(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (bytes[position++] & 0xFF);
        }
        return v;
    }

    /** Reads a double. */
    public double readDouble() {
        return Double.longBitsToDouble(readFixedLong());
    }

    /** Reads a double that must be finite and {@code >= 0}, such as a sum of weights. */
    public double readNonNegativeDouble(String name) {
        double d = readDouble();
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw malformed(name + " must be finite and >= 0: " + d);
        }
        return d;
    }

    /** Reads a length-prefixed byte string. */
    public byte[] readBytes(String name) {
        int n = readLength(name + " length", 1);
        byte[] b = new byte[n];
        System.arraycopy(bytes, position, b, 0, n);
        position += n;
        return b;
    }

    /** Reads a string of valid UTF-8. */
    public String readString(String name) {
        int n = readLength(name + " length", 1);
        if (isAscii(position, n)) {
            // The common case (ids, questions, codes): no decoder, no replacement to check for.
            String s = new String(bytes, position, n, StandardCharsets.US_ASCII);
            position += n;
            return s;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, position, n)).toString();
            position += n;
            return s;
        } catch (CharacterCodingException e) {
            throw malformed(name + " is not valid UTF-8 at offset " + position);
        }
    }

    private boolean isAscii(int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads a string that must not be blank, such as a customer id. */
    public String readNonBlankString(String name) {
        String s = readString(name);
        if (s.isBlank()) {
            throw malformed(name + " must not be blank: '" + s + "'");
        }
        return s;
    }

    /** Reads an instant written by {@link StateWriter#writeInstant}. */
    public Instant readInstant(String name) {
        long seconds = readSignedVarLong();
        long nanos = readVarLong();
        if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()
                || nanos < 0 || nanos > 999_999_999) {
            throw malformed(name + " is not an instant: " + seconds + " s + " + nanos + " ns");
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** Reads a decimal written by {@link StateWriter#writeDecimal}. */
    public BigDecimal readDecimal(String name) {
        long scale = readSignedVarLong();
        if (scale < -MAX_DECIMAL_SCALE || scale > MAX_DECIMAL_SCALE) {
            throw malformed(name + " has a scale outside [" + -MAX_DECIMAL_SCALE + ", "
                    + MAX_DECIMAL_SCALE + "]: " + scale);
        }
        byte[] unscaled = readBytes(name);
        if (unscaled.length == 0) {
            throw malformed(name + " has no digits");
        }
        return new BigDecimal(new BigInteger(unscaled), (int) scale);
    }

    /** Reads what {@link StateWriter#writeOptionalInstant} wrote. */
    public Instant readOptionalInstant(String name) {
        return readBoolean(name + " flag") ? readInstant(name) : null;
    }

    /**
     * Reads a calendar period; when {@code periodicity} is not null it must be one of its
     * periods.
     */
    public CalendarPeriod readPeriod(String name, Periodicity periodicity) {
        long start = readSignedVarLong();
        long days = readCount(name + " length");
        if (start < LocalDate.MIN.toEpochDay() || start > LocalDate.MAX.toEpochDay()
                || days < 1 || days > LocalDate.MAX.toEpochDay() - start) {
            throw malformed(name + " is not a calendar period: day " + start + " + " + days
                    + " days");
        }
        CalendarPeriod period = new CalendarPeriod(LocalDate.ofEpochDay(start),
                LocalDate.ofEpochDay(start + days));
        if (periodicity != null && !periodicity.periodOf(period.start()).equals(period)) {
            throw malformed(name + " " + period + " is not a period of " + periodicity);
        }
        return period;
    }

    /**
     * Reads what {@link StateWriter#writePeriodMap} wrote into {@code into}: periods of
     * {@code periodicity} in increasing order, each followed by a value that {@code value} reads.
     *
     * @param minBytesEach the fewest bytes a period and its value take, to bound the count
     */
    public <V> void readPeriodMap(String name, Periodicity periodicity, int minBytesEach,
            Map<CalendarPeriod, V> into, Function<CalendarPeriod, V> value) {
        int n = readLength(name + " count", minBytesEach);
        CalendarPeriod previous = null;
        for (int i = 0; i < n; i++) {
            CalendarPeriod period = readPeriod(name, periodicity);
            if (previous != null && period.compareTo(previous) <= 0) {
                throw malformed(name + "s out of order: " + previous + ", " + period);
            }
            previous = period;
            into.put(period, value.apply(period));
        }
    }

    /** Reads what {@link StateWriter#writeCurrency} wrote. */
    public Currency readCurrency(String name) {
        String code = readString(name);
        if (code.isEmpty()) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw malformed(name + " is not an ISO 4217 currency: " + code);
        }
    }

    /** Reads a flag byte, 0 or 1. */
    public boolean readBoolean(String name) {
        int b = readByte();
        if (b > 1) {
            throw malformed(name + " must be 0 or 1: " + b);
        }
        return b == 1;
    }

    /** Throws unless every byte was read. */
    public void requireEnd() {
        if (position != end) {
            throw malformed((end - position) + " bytes left after the state");
        }
    }
}
