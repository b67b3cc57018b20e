package io.github.cxmetrics;

import static io.github.cxmetrics.StateBytes.refusal;
import static io.github.cxmetrics.StateBytes.seal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.SlaPolicy;
import io.github.cxmetrics.support.SlaResult;
import io.github.cxmetrics.survey.Duplicates;
import io.github.cxmetrics.survey.LoyaltyIndexResult;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.TopBoxResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/** The binary form of accumulators: the documented bytes, round trips, and every refusal. */
class WireFormatTest {

    private static final Instant T = Instant.parse("2024-04-02T10:15:00Z");
    private static final HexFormat HEX = HexFormat.of();

    private static List<Response> five() {
        List<Response> list = new ArrayList<>();
        for (int s : new int[] {10, 9, 8, 6, 3}) {
            list.add(Response.of("c-" + s, "nps", s, T, Channel.EMAIL));
        }
        return list;
    }

    private static <T, R> Accumulator<T, R> filled(Calculator<T, R> calculator, List<T> items) {
        Accumulator<T, R> a = calculator.accumulator();
        a.addAll(items);
        return a;
    }

    /** The worked example of docs/wire-format.md, byte for byte. */
    @Test
    void npsState_isTheDocumentedBytes() {
        byte[] bytes = filled(CxMetrics.nps(), five()).toByteArray();
        assertEquals("4358" + "01" + "01" + "adb1c7db071ec1b4"
                + "00" + "0000000100000100010101" + "00" + "00" + "00"
                + "748a576e", HEX.formatHex(bytes));
        assertEquals(31, bytes.length);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, 27);
        assertEquals(String.format("%08x", crc.getValue()), HEX.formatHex(bytes, 27, 31));
    }

    @Test
    void weightedNpsState_isWellUnder200Bytes() {
        List<Response> weighted = new ArrayList<>();
        for (int s = 0; s <= 10; s++) {
            weighted.add(Response.of("c" + s, "nps", s, T, Channel.CHAT).withWeight(0.1 + s));
            weighted.add(Response.unanswered("u" + s, "nps", T, Channel.CHAT).withWeight(2.5));
        }
        Accumulator<Response, NpsResult> a = filled(CxMetrics.nps(), weighted);
        byte[] bytes = a.toByteArray();
        assertTrue(bytes.length < 150, () -> bytes.length + " bytes");
        assertEquals(a.snapshot(), CxMetrics.nps().accumulatorFrom(bytes).snapshot());
    }

    @Test
    void decoded_goesOnAddingAndMerging() {
        NpsResult expected = CxMetrics.nps().compute(
                concat(five(), Fixtures.nps(3, 2, 1), Fixtures.nps(1, 1, 1)));
        Accumulator<Response, NpsResult> decoded =
                CxMetrics.nps().accumulatorFrom(filled(CxMetrics.nps(), five()).toByteArray());
        decoded.addAll(Fixtures.nps(3, 2, 1));
        decoded.merge(filled(CxMetrics.nps(), Fixtures.nps(1, 1, 1)));
        assertEquals(expected, decoded.snapshot());
        Accumulator<Response, NpsResult> live = filled(CxMetrics.nps(), Fixtures.nps(1, 1, 1));
        live.merge(CxMetrics.nps().accumulatorFrom(
                filled(CxMetrics.nps(), concat(five(), Fixtures.nps(3, 2, 1))).toByteArray()));
        assertEquals(expected, live.snapshot());
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... parts) {
        List<T> all = new ArrayList<>();
        for (List<T> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    @Test
    void everySurveyCalculator_roundTrips() {
        List<Response> responses = concat(five(), Fixtures.responses("csat", 5, 4, 1, 3),
                Fixtures.responses("cli_competitor", 2, 9));
        assertRoundTrip(CxMetrics.nps().question("nps"), responses);
        assertRoundTrip(CxMetrics.csat().question("csat"), responses);
        assertRoundTrip(CxMetrics.nps().lenient(), concat(responses,
                List.of(Response.of("x", "nps", 11, T, Channel.WEB))));
        assertRoundTrip(CxMetrics.loyaltyIndex().questions("nps", "cli_competitor")
                .reverseCoded("cli_competitor"), responses);
        assertRoundTrip(CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST),
                concat(five(), five(), List.of(Response.of("c-9", "nps", 2, T.plusSeconds(5),
                        Channel.CHAT).withWeight(3))));
        assertRoundTrip(CxMetrics.nps().groupBy(Response::channel), responses);
        assertRoundTrip(CxMetrics.nps().byPeriod(ChronoUnit.MONTHS, ZoneOffset.UTC), responses);
        assertRoundTrip(CxMetrics.nps().groupBy(Response::channel)
                .byPeriod(ChronoUnit.WEEKS, ZoneOffset.UTC), responses);
        assertRoundTrip(CxMetrics.nps().groupBy(Response::question), responses);
    }

    private static <T, R> void assertRoundTrip(Calculator<T, R> calculator, List<T> items) {
        Accumulator<T, R> a = filled(calculator, items);
        byte[] bytes = a.toByteArray();
        Accumulator<T, R> back = calculator.accumulatorFrom(bytes);
        assertEquals(a.snapshot(), back.snapshot(), calculator::toString);
        assertArrayEquals(bytes, back.toByteArray(), calculator::toString);
        Accumulator<T, R> empty = calculator.accumulator();
        assertEquals(empty.snapshot(),
                calculator.accumulatorFrom(empty.toByteArray()).snapshot());
    }

    private static Interaction ticket(int i, Long replyMinutes, Channel channel) {
        Instant opened = T.plus(i, ChronoUnit.HOURS);
        Interaction.Builder b = Interaction.builder("t" + i, "c" + i, channel, opened);
        if (replyMinutes != null) {
            b.firstReplyAt(opened.plus(replyMinutes, ChronoUnit.MINUTES)).publicReplies(1);
        }
        return b.build();
    }

    private static List<Interaction> tickets() {
        List<Interaction> list = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            list.add(ticket(i, i % 7 == 0 ? null : (long) (i * 37 % 400), i % 2 == 0
                    ? Channel.CHAT : Channel.EMAIL));
        }
        return list;
    }

    @Test
    void everySupportCalculator_roundTrips() {
        List<Interaction> tickets = tickets();
        assertRoundTrip(CxMetrics.firstResponseTime(), tickets);
        assertRoundTrip(CxMetrics.firstResponseTime().approximate(2), tickets);
        assertRoundTrip(CxMetrics.firstResponseTime().approximate(5), tickets);
        assertRoundTrip(CxMetrics.firstResponseTime().approximate(3)
                .groupBy(Interaction::channel), tickets);
        assertRoundTrip(CxMetrics.firstResponseTime().byPeriod(ChronoUnit.DAYS, ZoneOffset.UTC),
                tickets);
        assertRoundTrip(CxMetrics.firstContactResolution(), tickets);
        SlaPolicy policy = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .forChannel(Channel.CHAT, Duration.ofHours(1)).otherwise(Duration.ofHours(4))
                .build();
        assertRoundTrip(CxMetrics.slaAttainment(policy), tickets);
        assertRoundTrip(CxMetrics.slaAttainment(policy).keepOpen(), tickets);
    }

    @Test
    void exactDurations_areDeltaCoded() {
        List<Interaction> tickets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tickets.add(ticket(i, (long) (i % 120), Channel.CHAT));
        }
        byte[] bytes = filled(CxMetrics.firstResponseTime(), tickets).toByteArray();
        // 1000 values of up to two hours in whole minutes: about 2 bytes a value, not 8.
        assertTrue(bytes.length < 2200, () -> bytes.length + " bytes");
        byte[] approx = filled(CxMetrics.firstResponseTime().approximate(2), tickets).toByteArray();
        assertTrue(approx.length < 600, () -> approx.length + " bytes");
    }

    @Test
    void keptOpenInteractions_judgedLater_equalAsOfOnTheCalculator() {
        SlaPolicy policy = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .otherwise(Duration.ofHours(2)).build();
        List<Interaction> tickets = tickets();
        Instant report = T.plus(3, ChronoUnit.DAYS);
        SlaResult direct = CxMetrics.slaAttainment(policy).asOf(report).compute(tickets);
        Accumulator<Interaction, SlaResult> kept = filled(
                CxMetrics.slaAttainment(policy).keepOpen(), tickets);
        SlaResult later = CxMetrics.slaAttainment(policy).keepOpen()
                .accumulatorFrom(kept.toByteArray()).snapshot().asOf(report);
        assertEquals(direct.met(), later.met());
        assertEquals(direct.breached(), later.breached());
        assertEquals(direct.openBreached(), later.openBreached());
        assertEquals(direct.openWithinTarget(), later.openWithinTarget());
        assertEquals(0, later.openUnknown());
        var early = assertThrows(IllegalArgumentException.class,
                () -> kept.snapshot().asOf(T));
        assertTrue(early.getMessage().startsWith("asOf must not be before the latest event"),
                early::getMessage);
        var none = assertThrows(IllegalStateException.class,
                () -> CxMetrics.slaAttainment(policy).compute(tickets).asOf(report));
        assertTrue(none.getMessage().contains("keepOpen()"), none::getMessage);
        assertEquals("asOf and keepOpen() exclude each other: judge the kept interactions with"
                + " SlaResult.asOf(" + report + ") instead",
                assertThrows(IllegalStateException.class, () -> CxMetrics.slaAttainment(policy)
                        .asOf(report).keepOpen()).getMessage());
    }

    @Test
    void refusals_sayWhatIsWrong() {
        byte[] good = filled(CxMetrics.nps(), five()).toByteArray();
        assertMessage("not a cxmetrics state: 3 bytes, fewer than the 16 of the smallest",
                CxMetrics.nps(), new byte[3]);
        byte[] magic = good.clone();
        magic[0] = 0x50;
        assertMessage("not a cxmetrics state: it starts with 0x5058, not 0x4358 (\"CX\")",
                CxMetrics.nps(), magic);
        byte[] secondByte = good.clone();
        secondByte[1] = 0x59;
        assertMessage("not a cxmetrics state: it starts with 0x4359, not 0x4358 (\"CX\")",
                CxMetrics.nps(), secondByte);
        byte[] version = good.clone();
        version[2] = 9;
        assertMessage("unsupported format version 9: this library reads version 1",
                CxMetrics.nps(), version);
        byte[] flipped = good.clone();
        flipped[14] ^= 0x04;
        assertTrue(refusal(CxMetrics.nps(), flipped).startsWith(
                "corrupted cxmetrics state: checksum 748a576e, but the bytes give "));
        assertMessage("the bytes hold a state of kind nps, not of kind top-box as csat on"
                + " five-point needs",
                CxMetrics.csat(), good);
        String other = refusal(CxMetrics.nps().question("nps"), good);
        assertEquals("the bytes were made by a calculator with other options (fingerprint"
                + " adb1c7db071ec1b4) than nps on nps-0-10, questions [nps] (fingerprint "
                + other.substring(other.length() - 17), other);
        assertMessage("the bytes hold a state of kind nps, not of kind grouped as nps on"
                + " nps-0-10 grouped by " + CHANNEL + " needs", CxMetrics.nps().groupBy(CHANNEL),
                good);
        assertEquals("bytes must not be null", assertThrows(NullPointerException.class,
                () -> CxMetrics.nps().accumulatorFrom(null)).getMessage());
    }

    @Test
    void unknownKinds_andBytesAfterTheState_areRefused() {
        byte[] good = filled(CxMetrics.nps(), five()).toByteArray();
        byte[] body = StateBytes.body(good);
        for (int code : new int[] {0, 200}) {
            byte[] header = good.clone();
            header[3] = (byte) code;
            assertMessage("unknown kind of state " + code + ": not one that nps on nps-0-10 reads",
                    CxMetrics.nps(), seal(header, body));
        }
        byte[] longer = java.util.Arrays.copyOf(body, body.length + 2);
        assertMessage("malformed nps state: 2 bytes left after the state", CxMetrics.nps(),
                seal(good, longer));
    }

    private static final java.util.function.Function<Response, Channel> CHANNEL =
            Response::channel;

    @Test
    void forgedBodies_areMalformed() {
        assertMessage("malformed nps state: truncated: 1 more bytes needed at offset 12, 0 left",
                CxMetrics.nps(), seal(CxMetrics.nps(), new byte[0]));
        assertTrue(refusal(CxMetrics.nps().groupBy(CHANNEL),
                seal(CxMetrics.nps().groupBy(CHANNEL), new byte[] {(byte) 0x80, (byte) 0x80,
                        (byte) 0x80, (byte) 0x80, 0x08}))
                .startsWith("malformed grouped state: group count 2147483648 exceeds what the"));
        assertTrue(refusal(CxMetrics.firstResponseTime(), seal(CxMetrics.firstResponseTime(),
                new byte[] {0, 0, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08}))
                .startsWith("malformed durations state: duration count 2147483648 exceeds"));
    }


    @Test
    void keptAnswers_ofShortIdsNearTheEpoch_roundTrip() {
        var latest = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST);
        List<Response> early = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            early.add(Response.of(Integer.toString(i % 10), "q", i % 11, Instant.ofEpochSecond(i),
                    Channel.WEB));
        }
        assertRoundTrip(latest, early);
    }

    @Test
    void counts_neverWrap() {
        byte[] body = new byte[1 + 10 + 9 + 3];
        for (int i = 11; i < 19; i++) {
            body[i] = (byte) 0x80;
        }
        body[19] = 0x40;   // the count of score 10: 2^62, as a varint
        byte[] huge = seal(CxMetrics.nps(), body);
        Accumulator<Response, NpsResult> a = CxMetrics.nps().accumulatorFrom(huge);
        assertEquals(1L << 62, a.snapshot().promoters());
        assertEquals("count of score 10 overflows a long: 4611686018427387904 + 4611686018427387904",
                assertThrows(ArithmeticException.class,
                        () -> a.merge(CxMetrics.nps().accumulatorFrom(huge))).getMessage());
        assertEquals(1L << 62, a.snapshot().promoters(), "a refused merge changes nothing");
        assertEquals(1L << 62, a.snapshot().count());
    }

    @Test
    void nulls_areRefusedNamingTheParameter() {
        Accumulator<Response, NpsResult> a = CxMetrics.nps().accumulator();
        assertEquals("other must not be null",
                assertThrows(NullPointerException.class, () -> a.merge(null)).getMessage());
        assertEquals("response must not be null",
                assertThrows(NullPointerException.class, () -> a.add(null)).getMessage());
        assertEquals("items must not be null",
                assertThrows(NullPointerException.class, () -> a.addAll(null)).getMessage());
        assertEquals("items must not be null", assertThrows(NullPointerException.class,
                () -> CxMetrics.nps().compute(null)).getMessage());
        assertEquals("other result must not be null", assertThrows(NullPointerException.class,
                () -> a.snapshot().plus(null)).getMessage());
        assertEquals("interaction must not be null", assertThrows(NullPointerException.class,
                () -> Milestone.FIRST_REPLY.reachedAt(null)).getMessage());
    }

    @Test
    void resultsOfAnotherQuestion_doNotAdd() {
        NpsResult nps = CxMetrics.nps().question("nps").compute(five());
        NpsResult other = CxMetrics.nps().question("nps2").compute(List.of());
        assertEquals("cannot combine results computed with different options: nps of questions"
                + " [nps], small sample below 30 and nps of questions [nps2], small sample below 30",
                assertThrows(IllegalArgumentException.class, () -> nps.plus(other)).getMessage());
        assertEquals(nps, nps.plus(CxMetrics.nps().question("nps").compute(List.of())));
    }

    @Test
    void groupKeysOfOtherTypes_areRefusedNamingTheType() {
        Accumulator<Response, Map<LocalDate, NpsResult>> a = CxMetrics.nps()
                .groupBy((Response r) -> LocalDate.ofInstant(r.answeredAt(), ZoneOffset.UTC))
                .accumulator();
        a.addAll(five());
        assertEquals("cannot write a group key of type java.time.LocalDate: keys must be"
                + " String, Channel, an enum, Integer, Long, CalendarPeriod or ServiceBand",
                assertThrows(IllegalStateException.class, a::toByteArray).getMessage());
    }

    @Test
    void enumAndNumberKeys_roundTrip() {
        List<Response> responses = concat(five(), Fixtures.nps(4, 2, 3));
        assertRoundTrip(CxMetrics.nps().groupBy(r -> r.score() >= 9 ? Duplicates.KEEP_ALL
                : Duplicates.KEEP_LATEST), responses);
        assertRoundTrip(CxMetrics.nps().groupBy(Response::score), responses);
        assertRoundTrip(CxMetrics.nps().groupBy(r -> (long) r.customerId().length()), responses);
    }

    @Test
    void calculatorsWrittenElsewhere_sayTheyHaveNoBinaryForm() {
        Calculator<Response, Long> counting = new Calculator<>() {
            @Override
            public Accumulator<Response, Long> accumulator() {
                return new Accumulator<>() {
                    long n;

                    @Override
                    public void add(Response item) {
                        n++;
                    }

                    @Override
                    public void merge(Accumulator<Response, Long> other) {
                        n += other.snapshot();
                    }

                    @Override
                    public Long snapshot() {
                        return n;
                    }
                };
            }

            @Override
            public boolean accepts(Response item) {
                return true;
            }

            @Override
            public Instant timeOf(Response item) {
                return item.answeredAt();
            }

            @Override
            public String toString() {
                return "counting";
            }
        };
        assertEquals("calculator counting has no binary form", assertThrows(
                UnsupportedOperationException.class, () -> counting.accumulatorFrom(new byte[0]))
                .getMessage());
        Accumulator<Response, Map<Channel, Long>> grouped =
                counting.groupBy(Response::channel).accumulator();
        grouped.addAll(five());
        assertEquals("calculator counting has no binary form", assertThrows(
                UnsupportedOperationException.class, grouped::toByteArray).getMessage());
        assertEquals(Map.of(Channel.EMAIL, 5L), grouped.snapshot());
    }

    @Test
    void customScales_roundTrip() {
        ScoreScale effort = ScoreScale.builder("effort-1-5")
                .positive(1, 2).neutral(3, 3).negative(4, 5).build();
        assertRoundTrip(CxMetrics.ces().scale(effort), Fixtures.responses("ces", 1, 2, 5, 3));
        Accumulator<Response, TopBoxResult> a =
                filled(CxMetrics.ces().scale(effort), Fixtures.responses("ces", 1));
        assertTrue(refusal(CxMetrics.ces(), a.toByteArray()).startsWith(
                "the bytes were made by a calculator with other options"));
    }

    @Test
    void loyaltyIndex_keepsEachQuestion() {
        var cli = CxMetrics.loyaltyIndex();
        Accumulator<Response, LoyaltyIndexResult> a = filled(cli,
                concat(Fixtures.responses("a", 9, 10), Fixtures.responses("b", 3)));
        assertEquals(a.snapshot(), cli.accumulatorFrom(a.toByteArray()).snapshot());
    }

    @Test
    void approximateDurations_stayWithinTheirPrecisionAfterTravel() {
        List<Interaction> tickets = tickets();
        DurationResult exact = CxMetrics.firstResponseTime().compute(tickets);
        var approximate = CxMetrics.firstResponseTime().approximate(3);
        DurationResult travelled = approximate.accumulatorFrom(
                filled(approximate, tickets).toByteArray()).snapshot();
        for (double p : new double[] {10, 50, 90, 99}) {
            double e = exact.percentile(p).toMillis();
            assertEquals(e, travelled.percentile(p).toMillis(), e * 1e-3 + 1e-9, "p" + p);
        }
        assertEquals(exact.sum(), travelled.sum());
        assertEquals(exact.max(), travelled.max());
    }

    @Test
    void perPeriodKeys_mustBePeriodsOfThePeriodicity() {
        var monthly = CxMetrics.nps().byPeriod(ChronoUnit.MONTHS, ZoneOffset.UTC);
        var weekly = CxMetrics.nps().byPeriod(ChronoUnit.WEEKS, ZoneOffset.UTC);
        Accumulator<Response, SortedMap<CalendarPeriod, NpsResult>> w = filled(weekly, five());
        byte[] body = java.util.Arrays.copyOfRange(w.toByteArray(), 12, w.toByteArray().length - 4);
        assertTrue(refusal(monthly, seal(monthly, body))
                .startsWith("malformed per-period state: group key 2024-W14 is not a period of"),
                () -> refusal(monthly, seal(monthly, body)));
    }

    private static void assertMessage(String expected, Calculator<?, ?> calculator, byte[] bytes) {
        assertEquals(expected, refusal(calculator, bytes));
    }
}
