package io.github.cxmetrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.Means;
import io.github.cxmetrics.stats.Normal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a driver analysis reports besides its importances, on the worked dataset of
 * {@link DriverCalculatorTest} (R² 0.809496314368717, n 20, p 3): the adjusted R², the
 * per-driver statistics and their formulas, pairwise deletion on complete data, summaries and the
 * calculator's equality.
 */
class DriverContractsTest {

    private static final int NO = Response.NO_SCORE;

    private static final double R2 = 0.809496314368717;

    private static final DriverCalculator WORKED = worked().bootstrap(0);

    @Test
    void result_reportsItsSetUpAndTheAdjustedRSquared() {
        DriverResult r = worked().bootstrap(0).seed(7).compute(Surveys.worked());
        assertEquals("nps", r.outcome());
        assertEquals(ScoreScale.NPS, r.outcomeScale());
        assertEquals(MissingDrivers.LISTWISE, r.missingDrivers());
        assertEquals(7, r.seed());
        assertEquals(0, r.failedResamples());
        // 1 − (1 − R²)(n − 1)/(n − p − 1) = 1 − 0.190503685631283 × 19/16.
        assertEquals(0.773776873312851, r.adjustedRSquared(), 1e-12);
        assertTrue(r.toString().startsWith(
                "drivers of nps: R² 0.8095, n 20 of 20 respondents (listwise)\n  price: r 0.646,"),
                r.toString());
        assertEquals(4, r.toString().split("\n").length);
    }

    @Test
    void driver_statisticsFollowTheirFormulas() {
        DriverResult r = WORKED.compute(Surveys.worked());
        Driver quality = r.driver("quality");
        assertEquals("quality", quality.question());
        assertEquals(ScoreScale.FIVE_POINT, quality.scale());
        double rho = 0.7824632403696055;
        // t = r·sqrt((n − 2)/(1 − r²)) on n − 2 = 18 degrees of freedom.
        double t = rho * Math.sqrt(18 / (1 - rho * rho));
        assertEquals(Normal.tTwoSidedPValue(t, 18), quality.pearsonPValue(), 1e-15);
        assertTrue(quality.pearsonPValue() > 0 && quality.pearsonPValue() < 1e-4);
        assertEquals(100 * quality.shapley() / R2, quality.shapleyPercent(), 1e-9);
        assertEquals(100 * 0.27672689783790766 / R2, quality.shapleyPercent(), 1e-9);
        assertTrue(quality.standardDeviation() > 0);
        Interval mean = quality.meanInterval(0.95);
        Interval expected = Means.tInterval(quality.mean(), quality.standardDeviation(), 20, 0.95);
        assertEquals(expected.lower(), mean.lower(), 1e-15);
        assertEquals(expected.upper(), mean.upper(), 1e-15);
        assertTrue(mean.lower() < quality.mean() && quality.mean() < mean.upper());
        // The standardized coefficients of the three drivers explain R² with the correlations:
        // R² = Σ βⱼ·rⱼ for ordinary least squares.
        double sum = 0;
        for (Driver d : r.drivers()) {
            sum += d.standardizedCoefficient() * d.pearson();
        }
        assertEquals(R2, sum, 1e-12);
        assertTrue(quality.toString().startsWith("quality: r 0.782, rho 0.784, relative weight "
                + "0.2780 ("), quality.toString());
        assertTrue(quality.toString().endsWith("(n 20)"), quality.toString());
    }

    @Test
    void pairwiseDeletion_ofCompleteAnswers_isTheListwiseAnalysis() {
        DriverResult pairwise = WORKED.missing(MissingDrivers.PAIRWISE).compute(Surveys.worked());
        assertEquals(MissingDrivers.PAIRWISE, pairwise.missingDrivers());
        assertEquals(R2, pairwise.rSquared(), 1e-12);
        double[] pearson = {0.6458897484852191, 0.7824632403696055, 0.8522773256042449};
        double[] relativeWeight = {0.1596715474116726, 0.2780244639104095, 0.3718003030466346};
        for (int j = 0; j < 3; j++) {
            Driver d = pairwise.drivers().get(j);
            assertEquals(pearson[j], d.pearson(), 1e-12, d.question());
            assertEquals(relativeWeight[j], d.relativeWeight(), 1e-12, d.question());
            assertEquals(20, d.n());
        }
    }

    /**
     * Pairwise deletion with missing answers against the pairwise case of
     * src/test/python/drivers_reference.py: each correlation over the respondents who answered
     * both questions, R², coefficients and relative weights from that matrix, descriptives and
     * Spearman's rho over the respondents who answered the driver.
     */
    @Test
    void pairwiseDeletion_matchesTheReference() {
        DriverResult r = WORKED.missing(MissingDrivers.PAIRWISE).compute(Surveys.withSkips());
        assertEquals(0.836956865607331, r.rSquared(), 1e-12);
        assertEquals(20, r.n());
        double[][] expected = {
            // n, pearson, coefficient, relative weight, spearman, mean, deviation, top box
            {21, 0.6922358533865275, 0.14766894712766523, 0.1861780725702323,
                0.6372789510666066, 3.0476190476190474, 1.2835961388299078, 8},
            {21, 0.7930376317897856, 0.3101461123300197, 0.27753066875876825,
                0.7949887071468653, 3.4285714285714284, 1.2873006086935783, 11},
            {22, 0.8762240342408922, 0.5578226212045889, 0.37324812427833043,
                0.8891292729491578, 3.227272727272727, 1.2698638165386524, 10},
        };
        for (int j = 0; j < 3; j++) {
            Driver d = r.drivers().get(j);
            double[] e = expected[j];
            assertEquals((long) e[0], d.n(), d.question());
            assertEquals(22 - (long) e[0], d.missing(), d.question());
            assertEquals(e[1], d.pearson(), 1e-12, d.question());
            assertEquals(e[2], d.standardizedCoefficient(), 1e-12, d.question());
            assertEquals(e[3], d.relativeWeight(), 1e-12, d.question());
            assertEquals(e[4], d.spearman(), 1e-12, d.question());
            assertEquals(e[5], d.mean(), 1e-12, d.question());
            assertEquals(e[6], d.standardDeviation(), 1e-12, d.question());
            assertEquals(100 * (e[5] - 1) / 4, d.performance(), 1e-9, d.question());
            assertEquals(100 * e[7] / e[0], d.topBoxShare(), 1e-9, d.question());
        }
    }

    /**
     * The checks of pairwise deletion, pair by pair: enough respondents who answered both
     * questions (here p + 2 = 4), variance among them, and a correlation matrix that is positive
     * definite (pairwise matrices need not be).
     */
    @Test
    void pairwiseDeletion_checksEachPair() {
        DriverCalculator two = CxMetrics.drivers().outcome("nps", ScoreScale.NPS)
                .drivers(ScoreScale.FIVE_POINT, "price", "quality").bootstrap(0)
                .missing(MissingDrivers.PAIRWISE);
        int[][] fewBoth = {
            {9, 4, NO}, {3, 2, NO}, {7, 3, NO}, {5, 1, NO}, {8, 5, NO},
            {6, 3, 4}, {2, 1, 2}, {10, 5, 5},
            {4, NO, 1}, {7, NO, 3}, {9, NO, 5}, {5, NO, 2},
        };
        assertEquals("pairwise correlation of quality and price needs at least 4 respondents who"
                + " answered both: 3", failure(two, fewBoth, "nps", "price", "quality"));
        int[][] constantBoth = java.util.Arrays.copyOf(fewBoth, 13);
        constantBoth[5] = new int[] {6, 3, 3};
        constantBoth[6] = new int[] {2, 1, 3};
        constantBoth[7] = new int[] {10, 5, 3};
        constantBoth[12] = new int[] {8, 4, 3};
        assertEquals("quality or price has no variance among the 4 respondents who answered both",
                failure(two, constantBoth, "nps", "price", "quality"));
        // Among those who answered both, x1 = x2, x2 = x3 and x1 = 6 − x3: r12 = r23 = 1 and
        // r13 = −1, a matrix with eigenvalues −1, 2, 2 (numpy's eigvalsh).
        int[][] inconsistent = {
            {2, 1, 1, NO}, {4, 2, 2, NO}, {6, 3, 3, NO}, {8, 4, 4, NO}, {10, 5, 5, NO},
            {3, NO, 1, 1}, {5, NO, 2, 2}, {6, NO, 3, 3}, {7, NO, 4, 4}, {9, NO, 5, 5},
            {1, 1, NO, 5}, {4, 2, NO, 4}, {5, 3, NO, 3}, {8, 4, NO, 2}, {9, 5, NO, 1},
        };
        DriverCalculator three = CxMetrics.drivers().outcome("nps", ScoreScale.NPS)
                .drivers(ScoreScale.FIVE_POINT, "x1", "x2", "x3").bootstrap(0)
                .missing(MissingDrivers.PAIRWISE);
        assertEquals("drivers [x1, x2, x3] cannot be separated: the drivers' correlation matrix is"
                + " not positive definite (smallest eigenvalue -1.00); the pairwise correlations"
                + " are inconsistent, try listwise",
                failure(three, inconsistent, "nps", "x1", "x2", "x3"));
        // Pairwise deletion asks only for respondents who answered the outcome.
        assertEquals("driver analysis of 3 drivers needs at least 5 respondents who answered the"
                + " outcome: 4 (of 4 who answered nps)",
                failure(three, java.util.Arrays.copyOf(inconsistent, 4), "nps", "x1", "x2", "x3"));
    }

    /**
     * A driver whose performance equals the threshold performs well: price's 53.75 points
     * (mean 3.15) against a fixed threshold of 53.75.
     */
    @Test
    void performanceEqualToTheThreshold_performsWell() {
        DriverResult r = WORKED.performanceThreshold(53.75).compute(Surveys.worked());
        assertEquals(53.75, r.driver("price").performance());
        assertEquals(Quadrant.SECONDARY_STRENGTH, r.driver("price").quadrant());
    }

    private static String failure(DriverCalculator calculator, int[][] rows, String... questions) {
        return assertThrows(IllegalArgumentException.class,
                () -> calculator.compute(Surveys.responses(rows, questions))).getMessage();
    }

    private static DriverCalculator worked() {
        return CxMetrics.drivers().outcome("nps", ScoreScale.NPS)
                .drivers(ScoreScale.FIVE_POINT, "price", "quality", "support");
    }

    @Test
    void calculators_areEqualByEveryOption_andSayWhichTheyHave() {
        DriverCalculator base = worked().bootstrap(0).seed(7);
        DriverCalculator same = worked().seed(7).bootstrap(0);
        assertEquals(base, same);
        assertEquals(base.hashCode(), same.hashCode());
        List<DriverCalculator> others = List.of(worked().bootstrap(0).seed(8),
                worked().bootstrap(10).seed(7), base.withoutShapley(),
                base.missing(MissingDrivers.PAIRWISE), base.performanceThreshold(60),
                CxMetrics.drivers().outcome("csat", ScoreScale.NPS)
                        .drivers(ScoreScale.FIVE_POINT, "price", "quality", "support")
                        .bootstrap(0).seed(7),
                CxMetrics.drivers().outcome("nps", ScoreScale.NPS)
                        .drivers(ScoreScale.FIVE_POINT, "price", "quality").bootstrap(0).seed(7));
        for (DriverCalculator other : others) {
            assertNotEquals(base, other, other.toString());
        }
        assertNotEquals(base, "drivers");
        assertEquals("drivers of nps: [price, quality, support], LISTWISE, 0 resamples (seed 7)",
                base.toString());
        assertEquals("drivers of nps: [price, quality, support], LISTWISE, 0 resamples (seed 7),"
                + " without shapley", base.withoutShapley().toString());
        assertEquals("drivers of (no outcome): [price], LISTWISE, 0 resamples (seed 7)",
                CxMetrics.drivers().driver("price", ScoreScale.FIVE_POINT).bootstrap(0).seed(7)
                        .toString());
    }

    /** Mean, sample deviation, performance and top-box share against sums written here. */
    @Test
    void driverDescriptives_agreeWithANaiveReference() {
        DriverResult r = WORKED.compute(Surveys.worked());
        for (int j = 0; j < 3; j++) {
            double sum = 0;
            int top = 0;
            for (int[] row : Surveys.WORKED) {
                sum += row[j + 1];
                top += row[j + 1] >= 4 ? 1 : 0;
            }
            double mean = sum / 20;
            double squares = 0;
            for (int[] row : Surveys.WORKED) {
                squares += (row[j + 1] - mean) * (row[j + 1] - mean);
            }
            Driver d = r.drivers().get(j);
            assertEquals(mean, d.mean(), 1e-12, d.question());
            assertEquals(Math.sqrt(squares / 19), d.standardDeviation(), 1e-12, d.question());
            assertEquals(100 * (mean - 1) / 4, d.performance(), 1e-9, d.question());
            assertEquals(100.0 * top / 20, d.topBoxShare(), 1e-12, d.question());
        }
        // The importance-performance threshold defaults to the mean performance of the drivers.
        double meanPerformance = r.drivers().stream().mapToDouble(Driver::performance).average()
                .orElseThrow();
        assertEquals(meanPerformance, r.performanceThreshold(), 1e-9);
    }

    @Test
    void fiveRespondents_areEnoughForThreeDrivers() {
        int[][] five = java.util.Arrays.copyOf(Surveys.WORKED, 5);
        DriverResult r = WORKED.compute(Surveys.responses(five, "nps", "price", "quality",
                "support"));
        assertEquals(5, r.n());
        assertEquals(5, r.driver("price").n());
    }
}
