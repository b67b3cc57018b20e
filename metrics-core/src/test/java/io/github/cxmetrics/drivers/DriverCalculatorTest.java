package io.github.cxmetrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DriverCalculatorTest {

    private static final int NO = Response.NO_SCORE;

    private static final DriverCalculator WORKED = CxMetrics.drivers()
            .outcome("nps", ScoreScale.NPS)
            .drivers(ScoreScale.FIVE_POINT, "price", "quality", "support");

    /**
     * The worked dataset against src/test/python/drivers_reference.py (numpy 2.4): OLS R² of
     * the raw scores, relative weights from numpy's eigh, Shapley values averaged over all 3!
     * orders of entry, Pearson and Spearman from numpy's corrcoef.
     */
    @Test
    void workedDataset_matchesTheIndependentReference() {
        DriverResult r = WORKED.bootstrap(0).compute(Surveys.worked());
        assertEquals(0.809496314368717, r.rSquared(), 1e-12);
        assertEquals(20, r.n());
        double[][] expected = {
            // relative weight, shapley, pearson, spearman
            {0.1596715474116726, 0.15655310147249749, 0.6458897484852191, 0.5793190898628453},
            {0.2780244639104095, 0.27672689783790766, 0.7824632403696055, 0.7841052735105984},
            {0.3718003030466346, 0.37621631505831193, 0.8522773256042449, 0.8791319106565394},
        };
        for (int j = 0; j < 3; j++) {
            Driver d = r.drivers().get(j);
            assertEquals(expected[j][0], d.relativeWeight(), 1e-12, d.question());
            assertEquals(expected[j][1], d.shapley(), 1e-12, d.question());
            assertEquals(expected[j][2], d.pearson(), 1e-12, d.question());
            assertEquals(expected[j][3], d.spearman(), 1e-12, d.question());
            assertEquals(20, d.n());
        }
        assertEquals(100, r.drivers().stream().mapToDouble(Driver::relativeWeightPercent).sum(),
                1e-9);
        assertEquals(List.of("support", "quality", "price"),
                r.byImportance().stream().map(Driver::question).toList());
    }

    /** Fisher z intervals, computed with Python's math module for r and n = 20. */
    @Test
    void correlationIntervals_fisherZ_andBonettWrightForSpearman() {
        Driver quality = WORKED.bootstrap(0).compute(Surveys.worked()).driver("quality");
        Interval pearson = quality.pearsonInterval(0.95);
        assertEquals(0.519993431198965, pearson.lower(), 1e-9);
        assertEquals(0.909918915473588, pearson.upper(), 1e-9);
        Interval spearman = quality.spearmanInterval(0.95);
        assertEquals(0.4718154379197979, spearman.lower(), 1e-9);
        assertEquals(0.9215899928258935, spearman.upper(), 1e-9);
        assertTrue(quality.pearsonPValue() < 1e-4);
    }

    /**
     * Performance by hand: price answers sum to 63 over 20 respondents, mean 3.15, which is
     * 100 × (3.15 − 1) / 4 = 53.75 points; 8 of 20 are 4 or 5, a top-box share of 40 %.
     * Quality 58.75 and support 56.25 points: the mean threshold is 56.25. Support's relative
     * weight 0.372 and quality's 0.278 are above R² / 3 = 0.270, price's 0.160 below.
     */
    @Test
    void performanceAndQuadrants_byHand() {
        DriverResult r = WORKED.bootstrap(0).compute(Surveys.worked());
        Driver price = r.driver("price");
        assertEquals(3.15, price.mean(), 1e-12);
        assertEquals(53.75, price.performance(), 1e-12);
        assertEquals(40, price.topBoxShare(), 1e-12);
        assertEquals(56.25, r.performanceThreshold(), 1e-12);
        assertEquals(0.809496314368717 / 3, r.importanceThreshold(), 1e-12);
        assertEquals(Quadrant.SECONDARY_WEAKNESS, price.quadrant());
        assertEquals(Quadrant.KEY_STRENGTH, r.driver("quality").quadrant());
        assertEquals(Quadrant.KEY_STRENGTH, r.driver("support").quadrant());
        DriverResult fixed = WORKED.bootstrap(0).performanceThreshold(57).compute(Surveys.worked());
        assertEquals(Quadrant.KEY_WEAKNESS, fixed.driver("support").quadrant());
        // Wilson interval of 8 of 20 at 95 %: [0.2188, 0.6134] (Newcombe 1998's formula).
        Interval topBox = price.topBoxInterval(0.95);
        assertEquals(21.88, topBox.lower(), 0.01);
        assertEquals(61.34, topBox.upper(), 0.01);
    }

    /**
     * Two drivers, by hand: the Shapley value of x1 is the mean of its gain entering first
     * (r1²) and second (R² − r2²), so φ1 = (r1² + R² − r2²) / 2.
     */
    @Test
    void twoDrivers_shapleyIsTheMeanOfBothOrders() {
        DriverResult r = CxMetrics.drivers().outcome("nps", ScoreScale.NPS)
                .drivers(ScoreScale.FIVE_POINT, "price", "quality").bootstrap(0)
                .compute(Surveys.worked());
        double r1 = r.driver("price").pearson();
        double r2 = r.driver("quality").pearson();
        double full = r.rSquared();
        assertEquals((r1 * r1 + full - r2 * r2) / 2, r.driver("price").shapley(), 1e-12);
        assertEquals((r2 * r2 + full - r1 * r1) / 2, r.driver("quality").shapley(), 1e-12);
    }

    @Test
    void lowerIsBetterDriver_isOriented() {
        ScoreScale effort = ScoreScale.builder("effort-1-5").positive(1, 2).neutral(3, 3)
                .negative(4, 5).build();
        int[][] rows = new int[Surveys.WORKED.length][];
        for (int i = 0; i < rows.length; i++) {
            int[] w = Surveys.WORKED[i];
            rows[i] = new int[] {w[0], w[1], w[2], 6 - w[3]};
        }
        DriverResult reversed = CxMetrics.drivers().outcome("nps", ScoreScale.NPS)
                .drivers(ScoreScale.FIVE_POINT, "price", "quality").driver("effort", effort)
                .bootstrap(0).compute(Surveys.responses(rows, "nps", "price", "quality", "effort"));
        DriverResult plain = WORKED.bootstrap(0).compute(Surveys.worked());
        Driver e = reversed.driver("effort");
        Driver s = plain.driver("support");
        assertEquals(s.pearson(), e.pearson(), 1e-12);
        assertEquals(s.relativeWeight(), e.relativeWeight(), 1e-12);
        assertEquals(s.performance(), e.performance(), 1e-12);
        assertEquals(s.topBoxShare(), e.topBoxShare(), 1e-12);
        assertEquals(6 - s.mean(), e.mean(), 1e-12);
    }

    @Test
    void respondents_latestAnswerCounts_andCountsAddUp() {
        List<Response> responses = new ArrayList<>(Surveys.worked());
        // c0 answered price again later: 1 replaces 4; an earlier answer of c1 is replaced.
        responses.add(Response.of("c0", "price", 1, Surveys.T0.plusSeconds(60), Channel.WEB));
        responses.add(Response.of("c1", "price", 5, Surveys.T0.minusSeconds(60), Channel.WEB));
        // x answered drivers only; y answered the outcome and one driver; z left nps unanswered.
        responses.add(Response.of("x", "price", 3, Surveys.T0, Channel.WEB));
        responses.add(Response.of("y", "nps", 8, Surveys.T0, Channel.WEB));
        responses.add(Response.of("y", "quality", 4, Surveys.T0, Channel.WEB));
        responses.add(Response.unanswered("z", "nps", Surveys.T0, Channel.WEB));
        responses.add(Response.of("z", "support", 2, Surveys.T0, Channel.WEB));
        responses.add(Response.of("c2", "other", 1, Surveys.T0, Channel.WEB));
        DriverResult r = WORKED.bootstrap(0).compute(responses);
        assertEquals(21, r.respondents());
        assertEquals(20, r.n());
        assertEquals(1, r.incomplete());
        assertEquals(2, r.withoutOutcome());
        assertEquals(2, r.duplicates());
        assertEquals(1, r.driver("price").missing());
        assertEquals(0, r.driver("quality").missing());
        assertEquals((63 - 4 + 1) / 20.0, r.driver("price").mean(), 1e-12);
    }

    @Test
    void result_doesNotDependOnInputOrder_bootstrapIncluded() {
        List<Response> shuffled = new ArrayList<>(Surveys.worked());
        Collections.shuffle(shuffled, new Random(7));
        DriverCalculator c = WORKED.bootstrap(200);
        DriverResult a = c.compute(Surveys.worked());
        DriverResult b = c.compute(shuffled);
        assertEquals(a.rSquaredInterval(0.9), b.rSquaredInterval(0.9));
        assertEquals(a.driver("price").shapleyInterval(0.9), b.driver("price").shapleyInterval(0.9));
        DriverResult other = WORKED.bootstrap(200).seed(99).compute(Surveys.worked());
        assertFalse(a.rSquaredInterval(0.9).equals(other.rSquaredInterval(0.9)));
    }

    @Test
    void bootstrap_intervalsHoldTheEstimates() {
        DriverResult r = WORKED.bootstrap(500).compute(Surveys.worked());
        assertEquals(500, r.resamples());
        assertTrue(r.rSquaredInterval(0.95).contains(r.rSquared()));
        for (Driver d : r.drivers()) {
            Interval rw = d.relativeWeightInterval(0.95);
            assertTrue(rw.contains(d.relativeWeight()), d.question() + " " + rw);
            assertTrue(rw.lower() >= 0);
            assertTrue(d.shapleyInterval(0.95).contains(d.shapley()), d.question());
            assertTrue(d.shapleyInterval(0.5).width() < d.shapleyInterval(0.95).width());
        }
        assertTrue(r.failedResamples() >= 0 && r.failedResamples() < 50);
    }

    @Test
    void pairwise_usesEveryAnswer() {
        List<Response> responses = Surveys.withSkips();
        DriverResult listwise = WORKED.bootstrap(0).compute(responses);
        assertEquals(20, listwise.n());
        assertEquals(2, listwise.incomplete());
        DriverResult pairwise = WORKED.bootstrap(0).missing(MissingDrivers.PAIRWISE)
                .compute(responses);
        assertEquals(22, pairwise.respondents());
        assertEquals(0, pairwise.incomplete());
        assertEquals(20, pairwise.n());  // price and quality were both answered by 20
        assertEquals(21, pairwise.driver("price").n());
        assertEquals(22, pairwise.driver("support").n());
        assertEquals(1, pairwise.driver("price").missing());
        double sum = pairwise.drivers().stream().mapToDouble(Driver::relativeWeight).sum();
        assertEquals(pairwise.rSquared(), sum, 1e-12);
        assertFalse(pairwise.rSquared() == listwise.rSquared());
    }

    @Test
    void errors_nameTheProblem() {
        assertEquals("outcome is not set: call outcome(question, scale)",
                assertThrows(IllegalStateException.class, () -> CxMetrics.drivers()
                        .driver("price", ScoreScale.FIVE_POINT).compute(List.of())).getMessage());
        assertEquals("no drivers: call driver(question, scale)",
                assertThrows(IllegalStateException.class, () -> CxMetrics.drivers()
                        .outcome("nps", ScoreScale.NPS).compute(List.of())).getMessage());
        assertEquals("question is already the outcome: nps",
                assertThrows(IllegalArgumentException.class,
                        () -> WORKED.driver("nps", ScoreScale.NPS)).getMessage());
        assertEquals("question is already a driver: price",
                assertThrows(IllegalArgumentException.class,
                        () -> WORKED.driver("price", ScoreScale.FIVE_POINT)).getMessage());
        assertEquals("resamples must be in [0, 100000]: -1",
                assertThrows(IllegalArgumentException.class, () -> WORKED.bootstrap(-1))
                        .getMessage());
        assertEquals("resamples was already set to 10",
                assertThrows(IllegalStateException.class,
                        () -> WORKED.bootstrap(10).bootstrap(20)).getMessage());
        assertEquals("performance threshold must be in [0, 100]: 101.0",
                assertThrows(IllegalArgumentException.class,
                        () -> WORKED.performanceThreshold(101)).getMessage());
        assertEquals("score must be in [1, 5]: 6 (customer c0, question price, answered at "
                        + "2024-04-02T10:00:00Z)",
                assertThrows(IllegalArgumentException.class, () -> WORKED.compute(
                        Surveys.responses(new int[][] {{9, 6, 4, 4}}, "nps", "price", "quality",
                                "support"))).getMessage());
        assertEquals("driver analysis of 3 drivers needs at least 5 respondents who answered the"
                        + " outcome and every driver: 4 (of 5 who answered nps)",
                assertThrows(IllegalArgumentException.class, () -> WORKED.compute(
                        Surveys.responses(new int[][] {{9, 4, 4, 4}, {5, 2, 3, 1}, {7, 3, 3, 3},
                            {3, 1, 2, 2}, {8, NO, 4, 4}}, "nps", "price", "quality", "support")))
                        .getMessage());
        DriverResult none = WORKED.bootstrap(0).compute(Surveys.worked());
        assertEquals("the r squared has no bootstrap interval: the calculator was built with"
                        + " bootstrap(0)",
                assertThrows(IllegalStateException.class, () -> none.rSquaredInterval(0.95))
                        .getMessage());
        DriverResult noShapley = WORKED.bootstrap(0).withoutShapley().compute(Surveys.worked());
        assertFalse(noShapley.driver("price").hasShapley());
        assertEquals("the shapley value of price was not computed: the calculator was built"
                        + " withoutShapley()",
                assertThrows(IllegalStateException.class,
                        () -> noShapley.driver("price").shapley()).getMessage());
        assertEquals("question is not a driver of this analysis: nps (drivers [price, quality,"
                        + " support])",
                assertThrows(IllegalArgumentException.class, () -> none.driver("nps"))
                        .getMessage());
    }

    @Test
    void constantOrCollinearDrivers_areClearErrors() {
        int[][] constant = new int[Surveys.WORKED.length][];
        int[][] collinear = new int[Surveys.WORKED.length][];
        for (int i = 0; i < constant.length; i++) {
            int[] w = Surveys.WORKED[i];
            constant[i] = new int[] {w[0], w[1], w[2], 3};
            collinear[i] = new int[] {w[0], w[1], w[2], w[1]};
        }
        assertEquals("support has no variance among the 20 respondents: every answer is 3",
                assertThrows(IllegalArgumentException.class, () -> WORKED.compute(
                        Surveys.responses(constant, "nps", "price", "quality", "support")))
                        .getMessage());
        String message = assertThrows(IllegalArgumentException.class, () -> WORKED.compute(
                Surveys.responses(collinear, "nps", "price", "quality", "support"))).getMessage();
        assertTrue(message.startsWith("drivers [price, quality, support] cannot be separated: the"
                + " drivers' correlation matrix is singular (smallest eigenvalue "), message);
        assertTrue(message.endsWith("; some driver is a linear combination of others, drop one"),
                message);
    }

    @Test
    void shapley_isLimitedTo15Drivers() {
        DriverCalculator c = CxMetrics.drivers().outcome("nps", ScoreScale.NPS);
        for (int j = 0; j < 16; j++) {
            c = c.driver("q" + j, ScoreScale.FIVE_POINT);
        }
        DriverCalculator sixteen = c;
        assertEquals("shapley values are exact and limited to 15 drivers: 16; call"
                        + " withoutShapley() for relative weights only",
                assertThrows(IllegalStateException.class, () -> sixteen.compute(List.of()))
                        .getMessage());
    }

    /** Fifteen drivers: the subsets' R² are all fitted, and the Shapley values add up. */
    @Test
    void fifteenDrivers_shapleyAddsUp() {
        Random random = new Random(15);
        int p = 15;
        int[][] rows = new int[300][p + 1];
        String[] questions = new String[p + 1];
        questions[0] = "nps";
        for (int j = 1; j <= p; j++) {
            questions[j] = "q" + j;
        }
        for (int[] row : rows) {
            double y = 0;
            for (int j = 1; j <= p; j++) {
                row[j] = 1 + random.nextInt(5);
                y += row[j] * (j % 3 == 0 ? 0.4 : 0.1);
            }
            row[0] = (int) Math.max(0, Math.min(10, Math.round(y / 2.5 + random.nextGaussian())));
        }
        DriverCalculator c = CxMetrics.drivers().outcome("nps", ScoreScale.NPS)
                .drivers(ScoreScale.FIVE_POINT, java.util.Arrays.copyOfRange(questions, 1, p + 1))
                .bootstrap(20);
        DriverResult r = c.compute(Surveys.responses(rows, questions));
        assertEquals(r.rSquared(), r.drivers().stream().mapToDouble(Driver::shapley).sum(), 1e-12);
        assertEquals(r.rSquared(), r.drivers().stream().mapToDouble(Driver::relativeWeight).sum(),
                1e-12);
        assertEquals(Quadrant.KEY_STRENGTH.ordinal() / 2, r.driver("q3").quadrant().ordinal() / 2);
    }
}
