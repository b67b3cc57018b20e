package io.github.cxmetrics.survey;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.Expect.failureStartingWith;
import static io.github.cxmetrics.survey.Comparisons.assertTest;
import static io.github.cxmetrics.Fixtures.nps;
import static io.github.cxmetrics.Fixtures.repeat;
import static io.github.cxmetrics.Fixtures.responses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The tests of a change between two survey results on samples so small that the plain formulas
 * have no variance: the adjusted standard errors keep them from looking certain.
 */
class ComparisonTest {

    @Test
    void nps_changeBetweenZeroVarianceSamples_isNotSignificant() {
        // {7} (NPS 0) against {10, 9} (NPS 100): both plain variances are 0. Adjusted:
        // {7}: n' = 4, p₊' = p₋' = 0.75/4, Var' = 0.375, adjusted 0;
        // {10, 9}: n' = 5, p₊' = 2.75/5, p₋' = 0.75/5, Var' = 0.54, adjusted 40.
        // se = 100 × sqrt(0.375/4 + 0.54/5) = 44.916589, z = (0 − 40) / se = −0.890540,
        // p = 0.373176, interval −40 ± 1.959964 × 44.916589 = [−128.034897, 48.034897]
        NpsResult one = CxMetrics.nps().compute(responses("nps", 7));
        NpsResult two = CxMetrics.nps().compute(responses("nps", 10, 9));
        Comparison change = one.comparedTo(two);
        assertTest(change, -100.0, 44.916589, -0.890540, 0.373176);
        assertFalse(change.isSignificant(0.05));
        Interval ci = change.confidenceInterval(0.95);
        assertEquals(-128.034897, ci.lower(), 1e-6);
        assertEquals(48.034897, ci.upper(), 1e-6);
        assertEquals("nps z-test: difference -100.00 (se 44.92, statistic -0.891, p 0.3732)",
                change.toString());
        // and the other way round: the same test, mirrored
        Comparison back = two.comparedTo(one);
        assertEquals(100.0, back.difference(), 1e-12);
        assertEquals(change.standardError(), back.standardError(), 1e-12);
        assertEquals(-change.statistic(), back.statistic(), 1e-12);
        assertEquals(128.034897, back.confidenceInterval(0.95).upper(), 1e-6);
    }

    @Test
    void nps_intervalOfAChange_isClippedToTheRangeOfADifference() {
        // 3 promoters against 3 detractors: adjusted 50 and −50, se = 100 × sqrt(2 × 0.5/6)
        // = 40.824829; at 99.99 % the interval 100 ± 3.890592 × 40.824829 passes 200
        NpsResult high = CxMetrics.nps().compute(nps(3, 0, 0));
        NpsResult low = CxMetrics.nps().compute(nps(0, 0, 3));
        Comparison change = high.comparedTo(low);
        assertEquals(40.824829, change.standardError(), 1e-6);
        assertEquals(2.449490, change.statistic(), 1e-6);
        Interval wide = change.confidenceInterval(0.9999);
        assertEquals(-58.832748, wide.lower(), 1e-6);
        assertEquals(200.0, wide.upper(), 0.0);
    }

    @Test
    void topBox_changeBetweenZeroVarianceSamples_isNotSignificant() {
        // 4 of 4 against 0 of 1: the plain standard error is 0 and the pooled test says
        // z = 2.236068 (p = 0.025). Agresti–Caffo: p̃ = 5/6 and 1/3,
        // se = 100 × sqrt((5/6)(1/6)/6 + (1/3)(2/3)/3) = 31.180478, z = 0.5 / 0.31180478
        // = 1.603567, p = 0.108809
        TopBoxResult all = CxMetrics.csat().compute(repeat("csat", 5, 4, "p"));
        TopBoxResult none = CxMetrics.csat().compute(repeat("csat", 1, 1, "n"));
        Comparison change = all.comparedTo(none);
        assertTest(change, 100.0, 31.180478, 1.603567, 0.108809);
        assertFalse(change.isSignificant(0.05));
        // 100 × (0.5 ± 1.959964 × 0.31180478), clipped: [−11.112614, 100]; it holds 0 as the
        // test says
        Interval ci = change.confidenceInterval(0.95);
        assertEquals(-11.112614, ci.lower(), 1e-6);
        assertEquals(100.0, ci.upper(), 0.0);
        assertEquals("two-proportion z-test: difference +100.00 (se 31.18, statistic 1.604, p 0.1088)",
                change.toString());
    }

    @Test
    void topBox_identicalSamples_haveNoDifferenceButAStandardError() {
        // 2 of 2 against 2 of 2: p̃ = 3/4 each, se = 100 × sqrt(2 × 0.1875/4) = 30.618622
        TopBoxResult a = CxMetrics.csat().compute(repeat("csat", 5, 2, "p"));
        Comparison change = a.comparedTo(a);
        assertEquals(0.0, change.difference());
        assertEquals(30.618622, change.standardError(), 1e-6);
        assertEquals(0.0, change.statistic());
        assertEquals(1.0, change.pValue(), 1e-15);
    }

    /** Every split of at most four answers into two samples, every mix of bands in each. */
    @Test
    void changesFromFourAnswersOrFewer_areNeverSignificant() {
        for (int n1 = 1; n1 <= 3; n1++) {
            for (int n2 = 1; n1 + n2 <= 4; n2++) {
                for (int[] a : mixes(n1)) {
                    for (int[] b : mixes(n2)) {
                        NpsResult x = CxMetrics.nps().compute(nps(a[0], a[1], a[2]));
                        NpsResult y = CxMetrics.nps().compute(nps(b[0], b[1], b[2]));
                        Comparison nps = x.comparedTo(y);
                        assertFalse(nps.isSignificant(0.05), () -> x + " vs " + y + ": " + nps);
                        assertTrue(nps.standardError() > 0);
                        TopBoxResult s = CxMetrics.csat().compute(topBox(a[0], n1 - a[0]));
                        TopBoxResult t = CxMetrics.csat().compute(topBox(b[0], n2 - b[0]));
                        Comparison share = s.comparedTo(t);
                        assertFalse(share.isSignificant(0.05), () -> s + " vs " + t + ": " + share);
                        assertTrue(share.confidenceInterval(0.95).contains(0));
                        assertTrue(nps.confidenceInterval(0.95).contains(0));
                        assertTrue(share.standardError() > 0);
                    }
                }
            }
        }
    }

    @Test
    void comparedToOrPlus_resultsOfDifferentOptions_isRejected() {
        NpsResult a = CxMetrics.nps().compute(nps(5, 0, 0));
        NpsResult b = CxMetrics.nps().smallSampleBelow(10).compute(nps(5, 0, 0));
        for (Executable combined : List.<Executable>of(() -> a.comparedTo(b), () -> a.plus(b))) {
            failureStartingWith(IllegalArgumentException.class, combined,
                    "cannot combine results computed with different options");
        }
        TopBoxResult c = CxMetrics.csat().compute(topBox(3, 1));
        TopBoxResult d = CxMetrics.ces().compute(topBox(3, 1));
        failureStartingWith(IllegalArgumentException.class, () -> c.comparedTo(d),
                "cannot combine results computed with different options");
        LoyaltyIndexResult f = CxMetrics.loyaltyIndex().compute(responses("nps", 9, 8));
        LoyaltyIndexResult g = CxMetrics.loyaltyIndex().reverseCoded("nps")
                .compute(responses("nps", 9, 8));
        failure(IllegalArgumentException.class, () -> f.comparedTo(g),
                "cannot compare results with different reverse-coded questions: [] and [nps]");
    }

    /** Promoter, passive and detractor counts of every sample of {@code n} answers. */
    private static List<int[]> mixes(int n) {
        List<int[]> all = new ArrayList<>();
        for (int promoters = 0; promoters <= n; promoters++) {
            for (int passives = 0; promoters + passives <= n; passives++) {
                all.add(new int[] {promoters, passives, n - promoters - passives});
            }
        }
        return all;
    }

    private static List<Response> topBox(int positive, int negative) {
        List<Response> list = new ArrayList<>(repeat("csat", 5, positive, "p"));
        list.addAll(repeat("csat", 1, negative, "n"));
        return list;
    }
}
