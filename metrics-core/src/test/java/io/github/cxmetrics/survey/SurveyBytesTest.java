package io.github.cxmetrics.survey;

import static io.github.cxmetrics.StateBytes.assertRefused;
import static io.github.cxmetrics.StateBytes.bodyHex;
import static io.github.cxmetrics.StateBytes.seal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Expect;
import io.github.cxmetrics.MergeChecks;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The survey states' binary form, as {@code docs/wire-format.md} lays it out: the bytes of the
 * tally and of the kept answers, written by hand from the layout, round trips of every shape, and
 * every refusal of a forged body with its message.
 */
class SurveyBytesTest {

    /** The tally of an empty NPS state: flags, eleven counts, missing, invalid, duplicates. */
    private static final String EMPTY_NPS_TALLY = "00".repeat(15);

    private static final NpsCalculator LATEST = CxMetrics.nps().duplicates(Duplicates.KEEP_LATEST);

    private static Response answer(String customer, String question, int score, long second) {
        return Response.of(customer, question, score, Instant.ofEpochSecond(second), Channel.WEB);
    }

    /** Asserts that the bytes decode to the same result and encode to the same bytes again. */
    private static <R> void assertRoundTrip(Accumulator<Response, R> a,
            Calculator<Response, R> calculator) {
        Accumulator<Response, R> decoded = calculator.accumulatorFrom(a.toByteArray());
        MergeChecks.assertSameState(a, decoded);
    }

    @Test
    void keptAnswers_areWrittenSortedByCustomer_withTheirScoreCodeTimeAndWeight() {
        Accumulator<Response, NpsResult> a = MergeChecks.accumulated(LATEST, List.of(
                answer("b", "nps", 9, 1),
                answer("a", "nps", 10, 2).withWeight(0.5),
                Response.unanswered("c", "nps", Instant.ofEpochSecond(3), Channel.WEB)));
        // the tally is empty until the snapshot; one question, "nps"; three answers:
        // customer, question index, score code (score − min + 1, 0 unanswered), zigzag seconds,
        // nanoseconds, weight (00 for 1, else 01 and the double)
        assertEquals(EMPTY_NPS_TALLY + "01" + "036e7073" + "03"
                + "0161" + "00" + "0b" + "04" + "00" + "01" + "3fe0000000000000"
                + "0162" + "00" + "0a" + "02" + "00" + "00"
                + "0163" + "00" + "00" + "06" + "00" + "00", bodyHex(a));
        assertRoundTrip(a, LATEST);
    }

    @Test
    void decodedKeptAnswers_stillReplaceEarlierOnes() {
        Accumulator<Response, NpsResult> a = MergeChecks.accumulated(LATEST, List.of(
                answer("a", "nps", 10, 100), answer("b", "nps", 3, 100)));
        Accumulator<Response, NpsResult> decoded = LATEST.accumulatorFrom(a.toByteArray());
        // an earlier answer of a is dropped, a later one of b replaces the 3
        decoded.add(answer("a", "nps", 0, 50));
        decoded.add(answer("b", "nps", 9, 150));
        NpsResult r = decoded.snapshot();
        assertEquals(2, r.promoters());
        assertEquals(0, r.detractors());
        assertEquals(2, r.duplicates());
        assertEquals(MergeChecks.accumulated(LATEST, List.of(answer("a", "nps", 10, 100),
                answer("b", "nps", 3, 100), answer("a", "nps", 0, 50), answer("b", "nps", 9, 150)))
                .snapshot(), r);
    }

    @Test
    void loyaltyIndex_writesTheTallyPerQuestionThenTheKeptAnswersByCustomerAndQuestion() {
        LoyaltyIndexCalculator cli = CxMetrics.loyaltyIndex().lenient()
                .duplicates(Duplicates.KEEP_LATEST);
        Accumulator<Response, LoyaltyIndexResult> a = MergeChecks.accumulated(cli, List.of(
                answer("b", "q1", 5, 1), answer("a", "q2", 3, 1), answer("a", "q3", 2, 1),
                answer("a", "q1", 7, 1), answer("c", "q2", 12, 1)));
        // tally: one question (q2) with one invalid score; questions q1, q2, q3; answers
        // (a, q1), (a, q2), (a, q3), (b, q1)
        assertEquals("01" + "027132" + "00" + "00".repeat(11) + "00" + "01" + "00"
                + "03" + "027131" + "027132" + "027133" + "04"
                + "0161" + "00" + "08" + "02" + "00" + "00"
                + "0161" + "01" + "04" + "02" + "00" + "00"
                + "0161" + "02" + "03" + "02" + "00" + "00"
                + "0162" + "00" + "06" + "02" + "00" + "00", bodyHex(a));
        assertRoundTrip(a, cli);
        assertEquals(1, cli.accumulatorFrom(a.toByteArray()).snapshot().invalid());
    }

    @Test
    void weightedTally_writesTheWeightsAndTheirSquares_missingWeightsWhenNotAllOne() {
        NpsCalculator nps = CxMetrics.nps();
        Accumulator<Response, NpsResult> a = MergeChecks.accumulated(nps, List.of(
                answer("a", "nps", 10, 1), answer("b", "nps", 0, 1).withWeight(0.25),
                Response.unanswered("c", "nps", Instant.EPOCH, Channel.WEB).withWeight(0.5),
                Response.unanswered("d", "nps", Instant.EPOCH, Channel.WEB).withWeight(1.5)));
        // flags 3 (weighted, missing weighted); counts 1, 0 × 9, 1; weights 0.25, 0 × 9, 1;
        // Σ w² = 1 + 0.0625 = 1.0625; 2 missing of weight 0.5 + 1.5 = 2 (the count, but their
        // Σ w² = 2.5 is not), then no invalid and no duplicate answers
        assertEquals("03" + "01" + "00".repeat(9) + "01"
                + "3fd0000000000000" + "0000000000000000".repeat(9) + "3ff0000000000000"
                + "3ff1000000000000" + "02" + "4000000000000000" + "4004000000000000"
                + "00" + "00", bodyHex(a));
        assertRoundTrip(a, nps);
        NpsResult decoded = nps.accumulatorFrom(a.toByteArray()).snapshot();
        assertEquals(2.5, decoded.distribution().missingWeightSquares());
        assertEquals(1.0625, decoded.distribution().weightSquares());
    }

    @Test
    void unweightedMissingAnswers_areOnlyCounted() {
        Accumulator<Response, NpsResult> a = MergeChecks.accumulated(CxMetrics.nps(), List.of(
                Response.unanswered("c", "nps", Instant.EPOCH, Channel.WEB)));
        assertEquals("00" + "00".repeat(11) + "01" + "00" + "00", bodyHex(a));
        assertRoundTrip(a, CxMetrics.nps());
    }

    @Test
    void forgedTallies_areRefusedSayingWhatIsWrong() {
        NpsCalculator nps = CxMetrics.nps();
        String zeroCounts = "00".repeat(11);
        assertRefused("malformed nps state: unknown flags 4", nps, "04" + zeroCounts + "000000");
        String twoZeroWeights = "0000000000000000".repeat(2);
        assertRefused("malformed nps state: score 2 has weight 0.5 but no responses", nps,
                "01" + zeroCounts + twoZeroWeights + "3fe0000000000000");
        assertRefused("malformed nps state: weight of score 2 must be finite and >= 0: -1.0", nps,
                "01" + zeroCounts + twoZeroWeights + "bff0000000000000");
        assertRefused("malformed nps state: count of score 3 must be >= 0: 9223372036854775808",
                nps, "00" + "000000" + "80".repeat(9) + "01");
        for (String weights : List.of("3fe0000000000000" + "0000000000000000",
                "0000000000000000" + "3fe0000000000000")) {
            assertRefused("malformed nps state: missing answers have weight but no count", nps,
                    "02" + zeroCounts + "00" + weights + "0000");
        }
        // missing answers of weight 0 are a count, flagged
        assertEquals(1, nps.accumulatorFrom(seal(nps, "02" + zeroCounts + "01"
                + "0000000000000000" + "0000000000000000" + "0000")).snapshot().missing());
        assertRefused("malformed nps state: number of scored responses overflows a long:"
                + " 9223372036854775807 + 1", nps, "00" + "ffffffffffffffff7f" + "01"
                + "00".repeat(9) + "000000");
    }

    @Test
    void forgedKeptAnswers_areRefusedSayingWhatIsWrong() {
        String table = EMPTY_NPS_TALLY + "01" + "036e7073";
        assertRefused("malformed nps state: question index 1 outside the 1 questions", LATEST,
                table + "01" + "0161" + "01" + "0a" + "0200" + "00");
        assertRefused("malformed nps state: score code 12 outside the scale nps-0-10", LATEST,
                table + "01" + "0161" + "00" + "0c" + "0200" + "00");
        assertRefused("malformed nps state: two answers of customer a to question nps", LATEST,
                table + "02" + "0161" + "00" + "0a" + "0200" + "00"
                        + "0161" + "00" + "0b" + "0400" + "00");
        NpsCalculator onlyNps = LATEST.question("nps");
        assertRefused("malformed nps state: question csat is not among the calculator's [nps]",
                onlyNps, EMPTY_NPS_TALLY + "01" + "0463736174" + "00");
        // without kept answers, whatever follows the tally is left over
        assertRefused("malformed nps state: 1 bytes left after the state", CxMetrics.nps(),
                EMPTY_NPS_TALLY + "00");
    }

    @Test
    void forgedQuestionsOfTheLoyaltyIndex_mustBeInStrictOrder() {
        LoyaltyIndexCalculator cli = CxMetrics.loyaltyIndex();
        for (String second : List.of("0161", "0162")) {
            assertRefused("malformed loyalty index state: questions out of order: b, "
                    + (second.equals("0161") ? "a" : "b"), cli,
                    "02" + "0162" + EMPTY_NPS_TALLY + second + EMPTY_NPS_TALLY);
        }
        assertEquals(2, cli.accumulatorFrom(seal(cli, "02" + "0161" + EMPTY_NPS_TALLY
                + "0162" + EMPTY_NPS_TALLY)).snapshot().byQuestion().size());
        assertRefused("malformed loyalty index state: question c is not among the calculator's"
                + " [a, b]", cli.questions("a", "b"), "01" + "0163" + EMPTY_NPS_TALLY);
    }

    @Test
    void aMergeThatOverflows_changesNothing() {
        NpsCalculator nps = CxMetrics.nps();
        // score 0 counted 2^63 − 1 times
        byte[] full = seal(nps, "00" + "ffffffffffffffff7f" + "00".repeat(10) + "000000");
        Accumulator<Response, NpsResult> one = MergeChecks.accumulated(nps,
                List.of(answer("a", "nps", 0, 1)));
        NpsResult before = one.snapshot();
        Expect.failure(ArithmeticException.class, () -> one.merge(nps.accumulatorFrom(full)),
                "count of score 0 overflows a long: 1 + 9223372036854775807");
        assertEquals(before, one.snapshot());
        // the counts fit, the missing answers do not: the counts are not added either
        byte[] missing = seal(nps, "00" + "01" + "00".repeat(10) + "ffffffffffffffff7f" + "0000");
        Accumulator<Response, NpsResult> both = MergeChecks.accumulated(nps, List.of(
                answer("a", "nps", 0, 1),
                Response.unanswered("b", "nps", Instant.EPOCH, Channel.WEB)));
        NpsResult bothBefore = both.snapshot();
        Expect.failure(ArithmeticException.class, () -> both.merge(nps.accumulatorFrom(missing)),
                "missing answers overflows a long: 1 + 9223372036854775807");
        assertEquals(bothBefore, both.snapshot());
        assertArrayEquals(MergeChecks.accumulated(nps, List.of(answer("a", "nps", 0, 1),
                Response.unanswered("b", "nps", Instant.EPOCH, Channel.WEB))).toByteArray(),
                both.toByteArray());
        for (String tail : List.of("00" + "ffffffffffffffff7f" + "00", "00" + "00"
                + "ffffffffffffffff7f")) {
            byte[] forged = seal(nps, "00" + "00".repeat(11) + tail);
            Accumulator<Response, NpsResult> a = nps.accumulatorFrom(forged);
            Accumulator<Response, NpsResult> b = nps.accumulatorFrom(forged);
            Expect.failureStartingWith(ArithmeticException.class, () -> a.merge(b),
                    tail.startsWith("00ff") ? "invalid scores overflows" : "duplicate answers overflows");
        }
        Expect.failure(ArithmeticException.class,
                () -> ScoreDistribution.ofCounts(nps.scoreScale(), Long.MAX_VALUE, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0).plus(before.distribution()),
                "count of score 0 overflows a long: 9223372036854775807 + 1");
    }
}
