package io.github.cxmetrics.internal;

import io.github.cxmetrics.CalendarPeriod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.SortedMap;
import java.util.function.BiConsumer;

/**
 * Writes the body of an accumulator's binary form: unsigned LEB128 varints for counts, zigzag
 * varints for signed numbers, IEEE 754 doubles in eight big-endian bytes, and strings as a varint
 * length and their UTF-8 bytes. See {@code docs/wire-format.md}. Not thread-safe.
 */
public final class StateWriter {

    private byte[] bytes;
    private int size;

    public StateWriter() {
        this(64);
    }

    StateWriter(int capacity) {
        bytes = new byte[capacity];
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Writes one byte, the low eight bits of {@code b}. */
    public void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    /** Writes {@code v} as an unsigned LEB128 varint: seven bits a byte, low bits first. */
    public void writeVarLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** Writes a count, {@code >= 0}, as a varint. */
    public void writeCount(long count) {
        if (count < 0) {
            throw new IllegalStateException("a count must be >= 0: " + count);
        }
        writeVarLong(count);
    }

    /** Writes a signed number as a zigzag varint: 0, -1, 1, -2 … become 0, 1, 2, 3 …. */
    public void writeSignedVarLong(long v) {
        writeVarLong((v << 1) ^ (v >> 63));
    }

    /** Writes the eight bytes of a double, big-endian. */
    public void writeDouble(double d) {
        writeFixedLong(Double.doubleToRawLongBits(d));
    }

    /** Writes eight bytes, big-endian. */
    public void writeFixedLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (v >>> shift);
        }
    }

    /** Writes a string: the varint length of its UTF-8 form, then those bytes. */
    public void writeString(String s) {
        writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a varint length, then the bytes. */
    public void writeBytes(byte[] b) {
        writeVarLong(b.length);
        writeRaw(b, 0, b.length);
    }

    /** Writes bytes as they are, without a length. */
    public void writeRaw(byte[] b, int offset, int length) {
        ensure(length);
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
    }

    /** Writes an instant: zigzag epoch seconds, then the nanoseconds as a varint. */
    public void writeInstant(Instant instant) {
        writeSignedVarLong(instant.getEpochSecond());
        writeVarLong(instant.getNano());
    }

    /** Writes an exact decimal: its zigzag scale, then its unscaled value in two's complement. */
    public void writeDecimal(BigDecimal value) {
        writeSignedVarLong(value.scale());
        writeBytes(value.unscaledValue().toByteArray());
    }

    /** Writes an instant or its absence: a 0 byte, or 1 and the instant. */
    public void writeOptionalInstant(Instant instant) {
        if (instant == null) {
            writeByte(0);
        } else {
            writeByte(1);
            writeInstant(instant);
        }
    }

    /** Writes a calendar period: the zigzag epoch day of its start, then its length in days. */
    public void writePeriod(CalendarPeriod period) {
        writeSignedVarLong(period.start().toEpochDay());
        writeCount(period.days());
    }

    /** Writes a sorted map of periods: its size, then each period and its value. */
    public <V> void writePeriodMap(SortedMap<CalendarPeriod, V> map,
            BiConsumer<V, StateWriter> value) {
        writeCount(map.size());
        map.forEach((period, v) -> {
            writePeriod(period);
            value.accept(v, this);
        });
    }

    /** Writes a currency or its absence: an empty string, or its ISO 4217 code. */
    public void writeCurrency(Currency currency) {
        writeString(currency == null ? "" : currency.getCurrencyCode());
    }

    /** Returns the number of bytes written. */
    public int size() {
        return size;
    }

    /** Returns a copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Appends everything {@code other} wrote. */
    public void writeAll(StateWriter other) {
        writeRaw(other.bytes, 0, other.size);
    }

    /** Compares what two writers wrote as unsigned bytes, lexicographically. */
    static int compare(StateWriter a, StateWriter b) {
        return Arrays.compareUnsigned(a.bytes, 0, a.size, b.bytes, 0, b.size);
    }

    byte[] buffer() {
        return bytes;
    }
}
