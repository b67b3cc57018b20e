package io.github.cxmetrics.survey;

import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.scale.ScoreScale;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Band counts of scores held in primitive columns ({@code byte[]} or {@code int[]}, as loaded
 * from a database or a Parquet/Arrow column): the columnar path of NPS, top-box shares and mean
 * scores, at memory-bandwidth speed. Immutable and thread-safe.
 *
 * <pre>{@code
 * byte[] scores = ...;                                           // one byte per answer, 0..10
 * BandCounts counts = ScoreColumns.of(ScoreScale.NPS).count(scores);
 * double nps = counts.netScore();
 * BandCounts fast = ScoreColumns.of(ScoreScale.NPS).parallel().count(scores);
 * }</pre>
 *
 * <h2>How</h2>
 * For a {@code byte[]} on a scale within 0..127 the bands are counted eight bytes at a time
 * (SWAR: "SIMD within a register"): each {@code long} word read through a {@link VarHandle} is
 * compared with the band thresholds in all eight byte lanes at once, the 0/1 results are summed in
 * byte lanes for up to 255 words and then added up; the sum of the scores is kept in 16-bit lanes.
 * A score outside the scale is detected per block of words, and the block is then re-counted one
 * score at a time: strict mode throws, naming the index; lenient mode skips and counts it. Other
 * scales and {@code int[]} columns use a branch-free loop.
 *
 * <p>Results agree exactly with {@link NpsCalculator} and {@link TopBoxCalculator} over
 * responses with the same scores.
 */
public final class ScoreColumns {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;
    /** Words per block: byte lanes of 0/1 flags hold at most 255. */
    private static final int BLOCK_WORDS = 255;
    /** Scores per task of a parallel count. */
    private static final int PARALLEL_CHUNK = 1 << 20;

    private final ScoreScale scale;
    private final boolean lenient;
    private final boolean parallel;
    /** The first score of the second and the third band, in score order (or max + 1 if none). */
    private final int secondBandStart;
    private final int thirdBandStart;
    private final Band lowBand;
    private final Band middleBand;
    private final Band highBand;

    private ScoreColumns(ScoreScale scale, boolean lenient, boolean parallel) {
        this.scale = scale;
        this.lenient = lenient;
        this.parallel = parallel;
        this.lowBand = scale.band(scale.min());
        this.highBand = scale.band(scale.max());
        int second = scale.max() + 1;
        int third = scale.max() + 1;
        Band middle = null;
        for (int s = scale.min() + 1; s <= scale.max(); s++) {
            Band band = scale.band(s);
            if (band != scale.band(s - 1)) {
                if (second > scale.max()) {
                    second = s;
                    middle = band;
                } else {
                    third = s;
                }
            }
        }
        if (third > scale.max()) {
            // Two bands: the second band is the high one; the "middle" band is empty.
            third = second;
            middle = Band.NEUTRAL;
        }
        this.secondBandStart = second;
        this.thirdBandStart = third;
        this.middleBand = middle;
    }

    /**
     * Returns a strict, sequential counter of scores on {@code scale}.
     *
     * @throws IllegalArgumentException if the scale is inconsistent
     */
    public static ScoreColumns of(ScoreScale scale) {
        return new ScoreColumns(ScoreScale.requireConsistent(scale), false, false);
    }

    /** Returns a counter that skips and counts scores outside the scale instead of throwing. */
    public ScoreColumns lenient() {
        return new ScoreColumns(scale, true, parallel);
    }

    /**
     * Returns a counter that splits large columns into chunks counted in the common fork-join
     * pool and merges them; the result is the same as a sequential count.
     */
    public ScoreColumns parallel() {
        return new ScoreColumns(scale, lenient, true);
    }

    /**
     * Counts a whole column.
     *
     * @throws IllegalArgumentException in strict mode, for the first score outside the scale:
     *     {@code score must be in [0, 10]: 11 (index 5)}
     */
    public BandCounts count(byte[] scores) {
        return count(scores, 0, Objects.requireNonNull(scores, "scores must not be null").length);
    }

    /**
     * Counts the scores at indexes {@code [from, to)}.
     *
     * @throws IndexOutOfBoundsException if the range is not within the array
     * @throws IllegalArgumentException in strict mode, for the first score outside the scale
     */
    public BandCounts count(byte[] scores, int from, int to) {
        Objects.requireNonNull(scores, "scores must not be null");
        Objects.checkFromToIndex(from, to, scores.length);
        if (parallel && to - from > PARALLEL_CHUNK) {
            int chunks = (to - from + PARALLEL_CHUNK - 1) / PARALLEL_CHUNK;
            return IntStream.range(0, chunks).parallel()
                    .mapToObj(c -> counted(scores, from + c * PARALLEL_CHUNK,
                            Math.min(to, from + (c + 1) * PARALLEL_CHUNK)))
                    .reduce(Tallies::plus).map(this::result).orElseThrow();
        }
        return result(counted(scores, from, to));
    }

    /**
     * Counts a whole column of {@code int} scores.
     *
     * @throws IllegalArgumentException in strict mode, for the first score outside the scale
     */
    public BandCounts count(int[] scores) {
        Objects.requireNonNull(scores, "scores must not be null");
        if (parallel && scores.length > PARALLEL_CHUNK) {
            int chunks = (scores.length + PARALLEL_CHUNK - 1) / PARALLEL_CHUNK;
            return IntStream.range(0, chunks).parallel()
                    .mapToObj(c -> countedInts(scores, c * PARALLEL_CHUNK,
                            Math.min(scores.length, (c + 1) * PARALLEL_CHUNK)))
                    .reduce(Tallies::plus).map(this::result).orElseThrow();
        }
        return result(countedInts(scores, 0, scores.length));
    }

    /** Counts in score order: below the second band, from the second band, from the third. */
    private record Tallies(long all, long fromSecond, long fromThird, long sum, long invalid) {
        Tallies plus(Tallies o) {
            return new Tallies(all + o.all, fromSecond + o.fromSecond, fromThird + o.fromThird,
                    sum + o.sum, invalid + o.invalid);
        }
    }

    private BandCounts result(Tallies t) {
        long[] byBand = new long[Band.values().length];
        byBand[lowBand.ordinal()] += t.all - t.fromSecond;
        byBand[middleBand.ordinal()] += t.fromSecond - t.fromThird;
        byBand[highBand.ordinal()] += t.fromThird;
        return new BandCounts(scale, byBand[Band.NEGATIVE.ordinal()],
                byBand[Band.NEUTRAL.ordinal()], byBand[Band.POSITIVE.ordinal()], t.sum, t.invalid);
    }

    private Tallies counted(byte[] scores, int from, int to) {
        if (scale.min() < 0 || scale.max() > 127) {
            return countedOneByOne(scores, from, to);
        }
        long secondThreshold = secondBandStart * ONES;
        long thirdThreshold = thirdBandStart * ONES;
        long minThreshold = scale.min() * ONES;
        long aboveMax = (scale.max() + 1) * ONES;
        long fromSecond = 0;
        long fromThird = 0;
        long sum = 0;
        long all = 0;
        long invalid = 0;
        int words = (to - from) >>> 3;
        int word = 0;
        while (word < words) {
            int end = Math.min(words, word + BLOCK_WORDS);
            int blockStart = from + (word << 3);
            long second = 0;
            long third = 0;
            long evenSum = 0;
            long oddSum = 0;
            long bad = 0;
            for (; word < end; word++) {
                long x = (long) LONGS.get(scores, from + (word << 3));
                long lifted = x | HIGH;
                // Bit 7 of each lane of (lifted − t) is set exactly when that byte is >= t.
                second += ((lifted - secondThreshold) & HIGH) >>> 7;
                third += ((lifted - thirdThreshold) & HIGH) >>> 7;
                evenSum += x & EVEN_BYTES;
                oddSum += (x >>> 8) & EVEN_BYTES;
                // A byte is bad if negative, below the minimum, or above the maximum.
                bad |= (x & HIGH) | (~(lifted - minThreshold) & HIGH) | ((lifted - aboveMax) & HIGH);
            }
            int blockEnd = from + (word << 3);
            if (bad != 0) {
                Tallies slow = countedOneByOne(scores, blockStart, blockEnd);
                fromSecond += slow.fromSecond;
                fromThird += slow.fromThird;
                sum += slow.sum;
                all += slow.all;
                invalid += slow.invalid;
            } else {
                fromSecond += laneSum(second);
                fromThird += laneSum(third);
                sum += laneSum16(evenSum) + laneSum16(oddSum);
                all += blockEnd - blockStart;
            }
        }
        Tallies tail = countedOneByOne(scores, from + (words << 3), to);
        return new Tallies(all + tail.all, fromSecond + tail.fromSecond,
                fromThird + tail.fromThird, sum + tail.sum, invalid + tail.invalid);
    }

    private Tallies countedOneByOne(byte[] scores, int from, int to) {
        OneByOne counter = new OneByOne();
        for (int i = from; i < to; i++) {
            counter.add(scores[i], i);
        }
        return counter.tallies();
    }

    private Tallies countedInts(int[] scores, int from, int to) {
        OneByOne counter = new OneByOne();
        for (int i = from; i < to; i++) {
            counter.add(scores[i], i);
        }
        return counter.tallies();
    }

    /** Counts one score at a time, branch-free but for scores outside the scale. */
    private final class OneByOne {
        private final int min = scale.min();
        private final int size = scale.size();
        private long fromSecond;
        private long fromThird;
        private long sum;
        private long all;
        private long invalid;

        void add(int s, int index) {
            if (Integer.compareUnsigned(s - min, size) >= 0) {
                invalid += invalid(s, index);
                return;
            }
            all++;
            sum += s;
            // (t − 1 − s) >>> 31 is 1 exactly when s >= t; scales are small, so no overflow.
            fromSecond += (secondBandStart - 1 - s) >>> 31;
            fromThird += (thirdBandStart - 1 - s) >>> 31;
        }

        Tallies tallies() {
            return new Tallies(all, fromSecond, fromThird, sum, invalid);
        }
    }

    private int invalid(int score, int index) {
        if (!lenient) {
            scale.requireScore(score, () -> "index " + index);
        }
        return 1;
    }

    /** Returns the sum of the eight byte lanes of {@code v}. */
    static long laneSum(long v) {
        v = (v & EVEN_BYTES) + ((v >>> 8) & EVEN_BYTES);
        return laneSum16(v);
    }

    /** Returns the sum of the four 16-bit lanes of {@code v}. */
    static long laneSum16(long v) {
        v = (v & 0x0000FFFF0000FFFFL) + ((v >>> 16) & 0x0000FFFF0000FFFFL);
        return (v & 0xFFFFFFFFL) + (v >>> 32);
    }

    @Override
    public String toString() {
        return "score columns on " + scale.name() + (lenient ? ", lenient" : "")
                + (parallel ? ", parallel" : "");
    }
}
