package io.github.cxmetrics.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Expect;
import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.value.ServiceBand;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The pieces of every binary form (see {@code docs/wire-format.md}): the bytes each writer call
 * gives, worked out by hand from the encodings (LEB128 varints, zigzag, big-endian doubles,
 * UTF-8), and the reader's refusal of each kind of bad value, with its message.
 */
class StateCodecTest {

    private static final HexFormat HEX = HexFormat.of();

    private static String written(Consumer<StateWriter> write) {
        StateWriter out = new StateWriter(1);
        write.accept(out);
        assertEquals(out.size(), out.toByteArray().length);
        return HEX.formatHex(out.toByteArray());
    }

    private static StateReader reader(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        return new StateReader(bytes, 0, bytes.length, "test state");
    }

    private static void assertMalformed(String detail, String hex, Consumer<StateReader> read) {
        Expect.failure(IllegalArgumentException.class, () -> read.accept(reader(hex)),
                "malformed test state: " + detail);
    }

    @Test
    void varints_takeSevenBitsAByte_lowBitsFirst() {
        assertEquals("00", written(out -> out.writeVarLong(0)));
        assertEquals("7f", written(out -> out.writeVarLong(127)));
        assertEquals("8001", written(out -> out.writeVarLong(128)));
        // 300 = 0b10_0101100: 0x2c with the continuation bit, then 2
        assertEquals("ac02", written(out -> out.writeVarLong(300)));
        assertEquals("ffffffffffffffff7f", written(out -> out.writeVarLong(Long.MAX_VALUE)));
        assertEquals("ffffffffffffffffff01", written(out -> out.writeVarLong(-1)));
        assertEquals("ac02", written(out -> out.writeCount(300)));
        Expect.failure(IllegalStateException.class, () -> new StateWriter().writeCount(-1),
                "a count must be >= 0: -1");
        assertEquals(300, reader("ac02").readVarLong());
        assertEquals(-1, reader("ffffffffffffffffff01").readVarLong());
        assertEquals(Long.MAX_VALUE, reader("ffffffffffffffff7f").readCount("n"));
    }

    @Test
    void zigzag_interleavesTheSigns() {
        assertEquals("00" + "01" + "02" + "03" + "7e" + "7f" + "8001", written(out -> {
            for (long v : new long[] {0, -1, 1, -2, 63, -64, 64}) {
                out.writeSignedVarLong(v);
            }
        }));
        assertEquals("ffffffffffffffffff01", written(out -> out.writeSignedVarLong(Long.MIN_VALUE)));
        assertEquals("feffffffffffffffff01", written(out -> out.writeSignedVarLong(Long.MAX_VALUE)));
        StateReader in = reader("0001027f8001feffffffffffffffff01ffffffffffffffffff01");
        for (long v : new long[] {0, -1, 1, -64, 64, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(v, in.readSignedVarLong());
        }
        assertEquals(0, in.remaining());
    }

    @Test
    void varints_longerThan64Bits_areRefused() {
        // ten bytes: the tenth may only carry the 64th bit
        assertEquals(Long.MIN_VALUE, reader("80".repeat(9) + "01").readVarLong());
        assertMalformed("varint overflows 64 bits at offset 9", "80".repeat(9) + "02",
                StateReader::readVarLong);
        assertMalformed("varint overflows 64 bits at offset 9", "80".repeat(9) + "7f",
                StateReader::readVarLong);
        assertMalformed("varint longer than 10 bytes at offset 10", "80".repeat(9) + "81",
                StateReader::readVarLong);
        assertMalformed("truncated: 1 more bytes needed at offset 2, 0 left", "8080",
                StateReader::readVarLong);
        assertMalformed("n must be >= 0: 9223372036854775808", "80".repeat(9) + "01",
                in -> in.readCount("n"));
    }

    @Test
    void fixedLongsAndDoubles_areEightBytesBigEndian() {
        assertEquals("0102030405060708", written(out -> out.writeFixedLong(0x0102030405060708L)));
        assertEquals("8000000000000000" + "3ff8000000000000" + "7ff8000000000000",
                written(out -> {
                    out.writeDouble(-0.0);
                    out.writeDouble(1.5);
                    out.writeDouble(Double.NaN);
                }));
        StateReader in = reader("0102030405060708" + "ff00000000000001" + "3ff8000000000000");
        assertEquals(0x0102030405060708L, in.readFixedLong());
        assertEquals(0xff00000000000001L, in.readFixedLong());
        assertEquals(1.5, in.readDouble());
        assertMalformed("truncated: 8 more bytes needed at offset 0, 7 left", "01".repeat(7),
                StateReader::readFixedLong);
    }

    @Test
    void nonNegativeDoubles_mustBeFiniteAndAtLeastZero() {
        assertEquals(0.0, reader("0000000000000000").readNonNegativeDouble("w"));
        assertEquals(Double.MAX_VALUE, reader("7fefffffffffffff").readNonNegativeDouble("w"));
        assertMalformed("w must be finite and >= 0: -1.0", "bff0000000000000",
                in -> in.readNonNegativeDouble("w"));
        assertMalformed("w must be finite and >= 0: NaN", "7ff8000000000000",
                in -> in.readNonNegativeDouble("w"));
        assertMalformed("w must be finite and >= 0: Infinity", "7ff0000000000000",
                in -> in.readNonNegativeDouble("w"));
    }

    @Test
    void ints_areZigzagVarintsInTheirRange() {
        assertEquals(5, reader("0a").readInt("n", 0, 5));
        assertEquals(0, reader("00").readInt("n", 0, 5));
        assertMalformed("n must be in [0, 5]: 6", "0c", in -> in.readInt("n", 0, 5));
        assertMalformed("n must be in [0, 5]: -1", "01", in -> in.readInt("n", 0, 5));
    }

    @Test
    void lengths_areBoundedByTheBytesLeft() {
        // three elements of two bytes fit in six bytes, four do not
        assertEquals(3, reader("03" + "00".repeat(6)).readLength("items", 2));
        assertMalformed("items 4 exceeds what the 6 bytes left can hold", "04" + "00".repeat(6),
                in -> in.readLength("items", 2));
        assertMalformed("items 9223372036854775808 exceeds what the 0 bytes left can hold",
                "80".repeat(9) + "01", in -> in.readLength("items", 1));
        // elements said to take no bytes count as one byte each
        assertEquals(2, reader("02" + "0000").readLength("items", 0));
        assertMalformed("items 3 exceeds what the 2 bytes left can hold", "03" + "0000",
                in -> in.readLength("items", 0));
    }

    @Test
    void stringsAndBytes_areALengthThenTheBytes() {
        assertEquals("00" + "03616263" + "02c3a9", written(out -> {
            out.writeString("");
            out.writeString("abc");
            out.writeString("é");
        }));
        assertEquals("02aabb" + "bbcc", written(out -> {
            out.writeBytes(HEX.parseHex("aabb"));
            out.writeRaw(HEX.parseHex("aabbccdd"), 1, 2);
        }));
        StateReader in = reader("03616263" + "02c3a9" + "0161" + "02aabb" + "0161");
        assertEquals("abc", in.readString("s"));
        assertEquals("é", in.readString("s"));
        assertEquals("a", in.readNonBlankString("s"));
        assertArrayEquals(HEX.parseHex("aabb"), in.readBytes("b"));
        // an ASCII string that ends the bytes
        assertEquals("a", in.readString("s"));
        in.requireEnd();
        assertMalformed("s is not valid UTF-8 at offset 1", "02c328", in2 -> in2.readString("s"));
        assertMalformed("s is not valid UTF-8 at offset 1", "0261ff", in2 -> in2.readString("s"));
        assertMalformed("s must not be blank: ' '", "0120", in2 -> in2.readNonBlankString("s"));
        assertMalformed("s length 3 exceeds what the 2 bytes left can hold", "036162",
                in2 -> in2.readString("s"));
    }

    @Test
    void instants_areZigzagSecondsThenNanoseconds() {
        assertEquals("0105", written(out -> out.writeInstant(Instant.ofEpochSecond(-1, 5))));
        assertEquals("00" + "01" + "0000", written(out -> {
            out.writeOptionalInstant(null);
            out.writeOptionalInstant(Instant.EPOCH);
        }));
        assertEquals(Instant.ofEpochSecond(-1, 5), reader("0105").readInstant("t"));
        assertNull(reader("00").readOptionalInstant("t"));
        assertEquals(Instant.EPOCH, reader("010000").readOptionalInstant("t"));
        for (Instant edge : List.of(Instant.MIN, Instant.MAX)) {
            StateWriter out = new StateWriter();
            out.writeInstant(edge);
            assertEquals(edge, reader(HEX.formatHex(out.toByteArray())).readInstant("t"));
        }
        assertMalformed("t is not an instant: 31556889864403200 s + 0 ns",
                hexOf(out -> out.writeSignedVarLong(Instant.MAX.getEpochSecond() + 1), "00"),
                in -> in.readInstant("t"));
        assertMalformed("t is not an instant: -31557014167219201 s + 0 ns",
                hexOf(out -> out.writeSignedVarLong(Instant.MIN.getEpochSecond() - 1), "00"),
                in -> in.readInstant("t"));
        assertMalformed("t is not an instant: 0 s + 1000000000 ns",
                hexOf(out -> {
                    out.writeSignedVarLong(0);
                    out.writeVarLong(1_000_000_000);
                }, ""), in -> in.readInstant("t"));
        assertMalformed("t is not an instant: 0 s + -1 ns", "00" + "ffffffffffffffffff01",
                in -> in.readInstant("t"));
        assertMalformed("t flag must be 0 or 1: 2", "02", in -> in.readOptionalInstant("t"));
    }

    private static String hexOf(Consumer<StateWriter> write, String tail) {
        StateWriter out = new StateWriter();
        write.accept(out);
        return HEX.formatHex(out.toByteArray()) + tail;
    }

    @Test
    void decimals_areTheirScaleThenTheirUnscaledTwosComplement() {
        // −1.5: scale 1 (zigzag 2), unscaled −15 = 0xf1
        assertEquals("02" + "01f1", written(out -> out.writeDecimal(new BigDecimal("-1.5"))));
        assertEquals(new BigDecimal("-1.5"), reader("0201f1").readDecimal("d"));
        assertEquals(new BigDecimal("1E+1000"), reader(hexOf(out -> out.writeSignedVarLong(-1000),
                "0101")).readDecimal("d"));
        assertEquals(new BigDecimal("1E-1000"), reader(hexOf(out -> out.writeSignedVarLong(1000),
                "0101")).readDecimal("d"));
        assertMalformed("d has a scale outside [-1000, 1000]: 1001",
                hexOf(out -> out.writeSignedVarLong(1001), "0101"), in -> in.readDecimal("d"));
        assertMalformed("d has a scale outside [-1000, 1000]: -1001",
                hexOf(out -> out.writeSignedVarLong(-1001), "0101"), in -> in.readDecimal("d"));
        assertMalformed("d has no digits", "0000", in -> in.readDecimal("d"));
    }

    @Test
    void periods_areTheirStartDayThenTheirDays() {
        CalendarPeriod week = Periodicity.WEEK.periodOf(LocalDate.of(1970, 1, 1));
        // Monday 1969-12-29 is epoch day −3 (zigzag 5), seven days
        assertEquals("0507", written(out -> out.writePeriod(week)));
        assertEquals(week, reader("0507").readPeriod("p", Periodicity.WEEK));
        assertEquals(week, reader("0507").readPeriod("p", null));
        assertMalformed("p 1969-12-30..1970-01-06 is not a period of WEEK", "0307",
                in -> in.readPeriod("p", Periodicity.WEEK));
        assertMalformed("p is not a calendar period: day 0 + 0 days", "0000",
                in -> in.readPeriod("p", null));
        long max = LocalDate.MAX.toEpochDay();
        long min = LocalDate.MIN.toEpochDay();
        assertEquals(new CalendarPeriod(LocalDate.MAX.minusDays(1), LocalDate.MAX),
                reader(hexOf(out -> out.writeSignedVarLong(max - 1), "01")).readPeriod("p", null));
        assertEquals(new CalendarPeriod(LocalDate.MIN, LocalDate.MIN.plusDays(1)),
                reader(hexOf(out -> out.writeSignedVarLong(min), "01")).readPeriod("p", null));
        assertMalformed("p is not a calendar period: day " + (max - 1) + " + 2 days",
                hexOf(out -> out.writeSignedVarLong(max - 1), "02"), in -> in.readPeriod("p", null));
        assertMalformed("p is not a calendar period: day " + (max + 1) + " + 1 days",
                hexOf(out -> out.writeSignedVarLong(max + 1), "01"), in -> in.readPeriod("p", null));
        assertMalformed("p is not a calendar period: day " + (min - 1) + " + 1 days",
                hexOf(out -> out.writeSignedVarLong(min - 1), "01"), in -> in.readPeriod("p", null));
    }

    @Test
    void periodMaps_areTheirSizeThenEachPeriodAndValue_inIncreasingOrder() {
        TreeMap<CalendarPeriod, Long> map = new TreeMap<>();
        map.put(Periodicity.DAY.periodOf(LocalDate.of(1970, 1, 3)), 7L);
        map.put(Periodicity.DAY.periodOf(LocalDate.of(1970, 1, 2)), 5L);
        // days 1 and 2 (zigzag 2 and 4), one day each
        String hex = "02" + "0201" + "05" + "0401" + "07";
        assertEquals(hex, written(out -> out.writePeriodMap(map, (v, w) -> w.writeCount(v))));
        TreeMap<CalendarPeriod, Long> read = new TreeMap<>();
        StateReader in = reader(hex);
        in.readPeriodMap("day", Periodicity.DAY, 3, read, p -> in.readCount("value"));
        in.requireEnd();
        assertEquals(map, read);
        // periods, without values here: day 2 before day 1, day 1 twice
        assertMalformed("days out of order: 1970-01-03, 1970-01-02", "02" + "0401" + "0201",
                in2 -> in2.readPeriodMap("day", Periodicity.DAY, 2, new TreeMap<>(), p -> 0L));
        assertMalformed("days out of order: 1970-01-02, 1970-01-02", "02" + "0201" + "0201",
                in2 -> in2.readPeriodMap("day", Periodicity.DAY, 2, new TreeMap<>(), p -> 0L));
        assertMalformed("day count 2 exceeds what the 4 bytes left can hold", "02" + "0201" + "0401",
                in2 -> in2.readPeriodMap("day", Periodicity.DAY, 3, new TreeMap<>(), p -> 0L));
    }

    @Test
    void currencies_areTheirCodeOrNothing() {
        assertEquals("00" + "03455552", written(out -> {
            out.writeCurrency(null);
            out.writeCurrency(Currency.getInstance("EUR"));
        }));
        StateReader in = reader("00" + "03455552");
        assertNull(in.readCurrency("c"));
        assertEquals(Currency.getInstance("EUR"), in.readCurrency("c"));
        assertMalformed("c is not an ISO 4217 currency: EURO", "044555524f",
                in2 -> in2.readCurrency("c"));
    }

    @Test
    void flagsAndTheEnd_areChecked() {
        StateReader in = reader("000102");
        assertEquals(3, in.remaining());
        assertFalse(in.readBoolean("f"));
        assertTrue(in.readBoolean("f"));
        assertEquals(1, in.remaining());
        assertMalformed("f must be 0 or 1: 2", "02", in2 -> in2.readBoolean("f"));
        assertMalformed("3 bytes left after the state", "000000", StateReader::requireEnd);
        assertEquals(255, reader("ff").readByte());
        // a reader of a slice reads only the slice
        StateReader slice = new StateReader(HEX.parseHex("aa0bcc"), 1, 2, "test state");
        assertEquals(11, slice.readByte());
        slice.requireEnd();
        Expect.failure(IllegalArgumentException.class, slice::readByte,
                "malformed test state: truncated: 1 more bytes needed at offset 2, 0 left");
    }

    @Test
    void writers_growAndCompareAsUnsignedBytes() {
        StateWriter a = new StateWriter(1);
        for (int i = 0; i < 100; i++) {
            a.writeByte(i);
        }
        a.writeFixedLong(-1);
        assertEquals(108, a.size());
        byte[] bytes = a.toByteArray();
        assertEquals(99, bytes[99]);
        assertEquals(-1, bytes[107]);
        StateWriter all = new StateWriter();
        all.writeByte(0x42);
        all.writeAll(a);
        assertEquals(109, all.size());
        assertEquals(0x42, all.toByteArray()[0]);
        assertArrayEquals(bytes, java.util.Arrays.copyOfRange(all.toByteArray(), 1, 109));
        StateWriter high = oneByte(0x80);
        StateWriter low = oneByte(0x7f);
        assertTrue(StateWriter.compare(high, low) > 0);
        assertTrue(StateWriter.compare(low, high) < 0);
        assertEquals(0, StateWriter.compare(low, oneByte(0x7f)));
        StateWriter longer = oneByte(0x7f);
        longer.writeByte(0);
        assertTrue(StateWriter.compare(low, longer) < 0);
    }

    private static StateWriter oneByte(int b) {
        StateWriter out = new StateWriter();
        out.writeByte(b);
        return out;
    }

    @Test
    void fingerprints_areTheSha256OfTheCanonicalText() {
        Fingerprint f = new Fingerprint(StateKind.NPS).add("a", "xy").add("b", null)
                .addSorted("c", List.of("z", "y")).addSorted("d", null);
        assertEquals("kind=3:nps;a=2:xy;b=1:-;c=3:y,z;d=1:-;", f.text());
        // printf 'kind=3:nps;a=2:xy;b=1:-;c=3:y,z;d=1:-;' | sha256sum: 49f4586ec261c5ce…
        assertEquals(0x49f4586ec261c5ceL, f.hash());
        assertEquals("49f4586ec261c5ce", Fingerprint.hex(f.hash()));
        assertEquals("0000000000000001", Fingerprint.hex(1));
    }

    @Test
    void groupKeys_areATagThenTheKey() {
        assertEquals("01" + "0161", keyHex("a"));
        assertEquals("02" + "0463686174", keyHex(Channel.CHAT));
        assertEquals("04" + "0a", keyHex(5));
        assertEquals("05" + "01", keyHex(-1L));
        assertEquals("06" + "0507", keyHex(Periodicity.WEEK.periodOf(LocalDate.of(1970, 1, 1))));
        assertEquals("07" + "0474657374" + "04", keyHex(new ServiceBand("test", 2)));
        assertEquals("03" + "13" + HEX.formatHex("java.time.DayOfWeek".getBytes(StandardCharsets.US_ASCII))
                + "06" + HEX.formatHex("FRIDAY".getBytes(StandardCharsets.US_ASCII)), keyHex(DayOfWeek.FRIDAY));
        for (Object key : List.of("a", "", Channel.CHAT, Channel.of("fax"), 5, Integer.MIN_VALUE,
                -1L, Long.MAX_VALUE, new ServiceBand("test", 2), DayOfWeek.FRIDAY,
                Periodicity.WEEK.periodOf(LocalDate.of(1970, 1, 1)))) {
            assertEquals(key, KeyCodec.read(reader(keyHex(key))), key::toString);
        }
        assertSame(Channel.CHAT, KeyCodec.read(reader(keyHex(Channel.CHAT))));
        Expect.failure(IllegalStateException.class, () -> KeyCodec.write(1.5, new StateWriter()),
                "cannot write a group key of type java.lang.Double: keys must be String, Channel,"
                        + " an enum, Integer, Long, CalendarPeriod or ServiceBand");
        assertMalformed("unknown type of group key 8", "08", KeyCodec::read);
        assertMalformed("unknown type of group key 0", "00", KeyCodec::read);
        assertMalformed("group key must be in [-2147483648, 2147483647]: 2147483648",
                hexOf(out -> {
                    out.writeByte(4);
                    out.writeSignedVarLong(1L << 31);
                }, ""), KeyCodec::read);
    }

    private static String keyHex(Object key) {
        StateWriter out = new StateWriter();
        KeyCodec.write(key, out);
        return HEX.formatHex(out.toByteArray());
    }

    @Test
    void enumKeys_areLookedUpByNameAndMustBeEnums() {
        assertMalformed("unknown enum class of a group key: no.Such", enumKey("no.Such", "A"),
                KeyCodec::read);
        assertMalformed("group key class java.lang.String is not an enum",
                enumKey("java.lang.String", "A"), KeyCodec::read);
        assertMalformed("enum java.time.DayOfWeek has no constant FUNDAY",
                enumKey("java.time.DayOfWeek", "FUNDAY"), KeyCodec::read);
        // without a context class loader, the library's own finds the class
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(null);
        try {
            assertEquals(DayOfWeek.MONDAY,
                    KeyCodec.read(reader(enumKey("java.time.DayOfWeek", "MONDAY"))));
        } finally {
            thread.setContextClassLoader(context);
        }
        // a context class loader that knows nothing: the library's loader is asked next
        thread.setContextClassLoader(new ClassLoader(null) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve)
                    throws ClassNotFoundException {
                throw new ClassNotFoundException(name);
            }
        });
        try {
            assertEquals(StateKind.SLA,
                    KeyCodec.read(reader(enumKey(StateKind.class.getName(), "SLA"))));
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    private static String enumKey(String className, String constant) {
        return hexOf(out -> {
            out.writeByte(3);
            out.writeString(className);
            out.writeString(constant);
        }, "");
    }

    @Test
    void stateKinds_haveFixedCodes() {
        assertSame(StateKind.NPS, StateKind.of(1));
        assertSame(StateKind.STATUS_TIME, StateKind.of(14));
        assertNull(StateKind.of(0));
        assertNull(StateKind.of(15));
        assertNull(StateKind.of(-1));
        for (StateKind kind : StateKind.values()) {
            assertSame(kind, StateKind.of(kind.code));
        }
        assertEquals("loyalty index state", StateKind.LOYALTY_INDEX.toString());
    }
}
