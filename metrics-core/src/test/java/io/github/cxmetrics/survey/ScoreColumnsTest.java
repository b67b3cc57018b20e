package io.github.cxmetrics.survey;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.Theories.qt;
import static io.github.cxmetrics.Theories.sizes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Fixtures;
import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.scale.ScoreScale;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ScoreColumnsTest {

    private static final ScoreScale EFFORT = ScoreScale.builder("effort")
            .positive(1, 2).neutral(3, 3).negative(4, 5).build();
    private static final ScoreScale WIDE = ScoreScale.builder("wide")
            .negative(-20, 40).neutral(41, 99).positive(100, 200).build();

    @Test
    void count_handComputed() {
        // 9, 9, 8, 3: 2 promoters, 1 passive, 1 detractor; NPS 25, top-box 50 %, mean 7.25
        BandCounts c = ScoreColumns.of(ScoreScale.NPS).count(new byte[] {9, 9, 8, 3});
        assertEquals(new BandCounts(ScoreScale.NPS, 1, 1, 2, 29, 0), c);
        assertEquals(25.0, c.netScore(), 1e-12);
        assertEquals(50.0, c.topBoxScore(), 1e-12);
        assertEquals(7.25, c.mean(), 1e-12);
    }

    /** Forty promoters (9) but for 11 at index 21 and −1 at index 30. */
    private static byte[] promotersWithTwoOutOfRange() {
        byte[] scores = new byte[40];
        Arrays.fill(scores, (byte) 9);
        scores[21] = 11;
        scores[30] = -1;
        return scores;
    }

    @Test
    void count_strict_namesTheFirstBadIndex() {
        byte[] scores = promotersWithTwoOutOfRange();
        failure(IllegalArgumentException.class, () -> ScoreColumns.of(ScoreScale.NPS).count(scores),
                "score must be in [0, 10]: 11 (index 21)");
    }

    @Test
    void count_lenient_skipsAndCounts() {
        byte[] scores = promotersWithTwoOutOfRange();
        BandCounts c = ScoreColumns.of(ScoreScale.NPS).lenient().count(scores);
        assertEquals(38, c.positive());
        assertEquals(2, c.invalid());
    }

    @Test
    void count_empty_scoresFail() {
        BandCounts c = ScoreColumns.of(ScoreScale.NPS).count(new byte[0]);
        assertTrue(c.isEmpty());
        failure(IllegalStateException.class, c::netScore, "score is undefined for an empty column");
    }

    @Test
    void count_range_isChecked() {
        assertThrows(IndexOutOfBoundsException.class,
                () -> ScoreColumns.of(ScoreScale.NPS).count(new byte[4], 2, 5));
        BandCounts c = ScoreColumns.of(ScoreScale.NPS).count(new byte[] {0, 10, 10, 0}, 1, 3);
        assertEquals(2, c.positive());
    }

    /** The SWAR path against a plain loop, for every byte value in every lane position. */
    @Test
    void count_everyByteValueInEveryLane_agreesWithAPlainLoop() {
        for (ScoreScale scale : new ScoreScale[] {ScoreScale.NPS, ScoreScale.FIVE_POINT, EFFORT,
                ScoreScale.GOOD_BAD, ScoreScale.SEVEN_POINT}) {
            for (int value = -128; value <= 127; value++) {
                for (int length : new int[] {1, 7, 8, 9, 16, 2047, 2048, 2049}) {
                    for (int position : new int[] {0, length / 2, length - 1}) {
                        byte[] scores = new byte[length];
                        Arrays.fill(scores, (byte) scale.min());
                        scores[position] = (byte) value;
                        String where = scale.name() + " value " + value + " at " + position;
                        assertEquals(plain(scale, scores),
                                ScoreColumns.of(scale).lenient().count(scores), where);
                    }
                }
            }
        }
    }

    /**
     * Columns of up to 5000 bytes: mostly valid NPS scores, often the ends of the bands, now and
     * then any byte (invalid ones included).
     */
    static Gen<byte[]> columns() {
        Gen<Byte> score = Generate.frequency(List.of(
                Pair.of(8, Generate.bytes((byte) 0, (byte) 10, (byte) 0)),
                Pair.of(1, Generate.pick(List.of((byte) 0, (byte) 6, (byte) 7, (byte) 8, (byte) 9,
                        (byte) 10))),
                Pair.of(1, Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))));
        return Generate.byteArrays(sizes(0, 5000), score);
    }

    @Test
    void count_agreesWithThePlainLoopAndTheRecordPath() {
        qt(100).forAll(columns()).checkAssert(scores -> {
            for (ScoreScale scale : new ScoreScale[] {ScoreScale.NPS, ScoreScale.FIVE_POINT, EFFORT, WIDE}) {
                BandCounts expected = plain(scale, scores);
                assertEquals(expected, ScoreColumns.of(scale).lenient().count(scores));
                assertEquals(expected, ScoreColumns.of(scale).lenient().parallel().count(scores));
                int[] ints = new int[scores.length];
                for (int i = 0; i < scores.length; i++) {
                    ints[i] = scores[i];
                }
                assertEquals(expected, ScoreColumns.of(scale).lenient().count(ints));
            }
            // The record path: the same scores as responses.
            int[] valid = new int[scores.length];
            int n = 0;
            for (byte b : scores) {
                if (b >= 0 && b <= 10) {
                    valid[n++] = b;
                }
            }
            BandCounts column = ScoreColumns.of(ScoreScale.NPS).lenient().count(scores);
            NpsResult records = CxMetrics.nps().compute(Fixtures.responses("nps", Arrays.copyOf(valid, n)));
            assertEquals(records.promoters(), column.positive());
            assertEquals(records.passives(), column.neutral());
            assertEquals(records.detractors(), column.negative());
            if (n > 0) {
                assertEquals(records.score(), column.netScore(), 1e-9);
                assertEquals(records.mean(), column.mean(), 1e-9);
                assertEquals(records.confidenceInterval(0.95), column.netScoreInterval(0.95));
            }
        });
    }

    @Test
    void count_splitAndMerge_equalsOnePass() {
        qt(20).forAll(columns(), integers().between(0, 5000)).checkAssert((scores, cut) -> {
            int at = Math.min(cut, scores.length);
            ScoreColumns columns = ScoreColumns.of(ScoreScale.NPS).lenient();
            assertEquals(columns.count(scores),
                    columns.count(scores, 0, at).plus(columns.count(scores, at, scores.length)));
        });
    }

    @Test
    void count_largeColumnInParallel_equalsSequential() {
        byte[] scores = new byte[3_000_003];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (byte) random.nextInt(11);
        }
        ScoreColumns sequential = ScoreColumns.of(ScoreScale.NPS);
        assertEquals(sequential.count(scores), sequential.parallel().count(scores));
    }

    private static BandCounts plain(ScoreScale scale, byte[] scores) {
        long[] bands = new long[3];
        long sum = 0;
        long invalid = 0;
        for (byte b : scores) {
            if (!scale.contains(b)) {
                invalid++;
                continue;
            }
            bands[scale.band(b).ordinal()]++;
            sum += b;
        }
        return new BandCounts(scale, bands[Band.NEGATIVE.ordinal()], bands[Band.NEUTRAL.ordinal()],
                bands[Band.POSITIVE.ordinal()], sum, invalid);
    }
}
