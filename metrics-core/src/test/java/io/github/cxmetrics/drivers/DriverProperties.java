package io.github.cxmetrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.scale.ScoreScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of the key driver analysis, over random surveys (QuickTheories). */
class DriverProperties {

    private static final double EPS = 1e-10;

    /** Scores 1–5 mapped by {@code 2x + 1}: the same answers on another scale, 3–11. */
    private static final ScoreScale STRETCHED = ScoreScale.builder("stretched-3-11")
            .negative(3, 6).neutral(7, 7).positive(8, 11).build();

    /**
     * A random survey: {@code p} drivers on 1–5 sharing a latent factor, and an NPS outcome that
     * depends on the first ones, for {@code n} respondents.
     */
    static int[][] survey(long seed, int p, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] loading = new double[p];
        double[] effect = new double[p];
        for (int j = 0; j < p; j++) {
            loading[j] = random.nextDouble(-0.8, 0.8);
            effect[j] = random.nextDouble(-0.5, 1.0);
        }
        int[][] rows = new int[n][p + 1];
        for (int[] row : rows) {
            double f = random.nextDouble(-1.5, 1.5);
            double y = 5;
            for (int j = 0; j < p; j++) {
                row[j + 1] = clamp(3 + loading[j] * f + random.nextDouble(-2.5, 2.5), 1, 5);
                y += effect[j] * (row[j + 1] - 3);
            }
            row[0] = clamp(y + random.nextDouble(-3, 3), 0, 10);
        }
        return rows;
    }

    private static int clamp(double v, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(v)));
    }

    private static String[] questions(int p) {
        String[] q = new String[p + 1];
        q[0] = "nps";
        for (int j = 1; j <= p; j++) {
            q[j] = "d" + j;
        }
        return q;
    }

    private static DriverResult analyse(int[][] rows, List<String> drivers,
            List<ScoreScale> scales) {
        DriverCalculator c = CxMetrics.drivers().outcome("nps", ScoreScale.NPS).bootstrap(0);
        for (int j = 0; j < drivers.size(); j++) {
            c = c.driver(drivers.get(j), scales.get(j));
        }
        String[] q = new String[drivers.size() + 1];
        q[0] = "nps";
        for (int j = 0; j < drivers.size(); j++) {
            q[j + 1] = drivers.get(j);
        }
        return c.compute(Surveys.responses(rows, q));
    }

    private static DriverResult analyse(int[][] rows, int p) {
        List<String> drivers = List.of(questions(p)).subList(1, p + 1);
        return analyse(rows, drivers, Collections.nCopies(p, ScoreScale.FIVE_POINT));
    }

    @Test
    void importances_sumToRSquared_andLieInItsRange() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 7),
                integers().between(30, 150)).checkAssert((seed, p, n) -> {
                    DriverResult r = analyse(survey(seed, p, n), p);
                    assertTrue(r.rSquared() >= 0 && r.rSquared() <= 1, "R² " + r.rSquared());
                    double weights = 0;
                    double shapleys = 0;
                    for (Driver d : r.drivers()) {
                        weights += d.relativeWeight();
                        shapleys += d.shapley();
                        assertTrue(d.relativeWeight() >= -EPS
                                && d.relativeWeight() <= r.rSquared() + EPS, d.toString());
                        assertTrue(d.shapley() >= -EPS && d.shapley() <= r.rSquared() + EPS,
                                d.toString());
                    }
                    assertEquals(r.rSquared(), weights, EPS);
                    assertEquals(r.rSquared(), shapleys, EPS);
                });
    }

    @Test
    void permutingDrivers_permutesImportances() {
        qt().withExamples(40).forAll(longs().all(), integers().between(2, 6),
                integers().between(30, 120)).checkAssert(DriverProperties::permutes);
    }

    /** A tie on the performance threshold that rounding once broke differently per order. */
    @Test
    void permutingDrivers_keepsTiesOnTheThresholds() {
        permutes(-42L, 3, 30);
    }

    private static void permutes(long seed, int p, int n) {
        int[][] rows = survey(seed, p, n);
        List<String> order = new ArrayList<>(List.of(questions(p)).subList(1, p + 1));
        DriverResult straight = analyse(rows, order,
                Collections.nCopies(p, ScoreScale.FIVE_POINT));
        Collections.shuffle(order, new java.util.Random(seed));
        int[][] permuted = new int[n][p + 1];
        for (int i = 0; i < n; i++) {
            permuted[i][0] = rows[i][0];
            for (int j = 0; j < p; j++) {
                permuted[i][j + 1] = rows[i][Integer.parseInt(
                        order.get(j).substring(1))];
            }
        }
        DriverResult shuffled = analyse(permuted, order,
                Collections.nCopies(p, ScoreScale.FIVE_POINT));
        assertEquals(straight.rSquared(), shuffled.rSquared(), EPS);
        for (Driver d : straight.drivers()) {
            Driver e = shuffled.driver(d.question());
            assertEquals(d.relativeWeight(), e.relativeWeight(), EPS);
            assertEquals(d.shapley(), e.shapley(), EPS);
            assertEquals(d.quadrant(), e.quadrant());
        }
    }

    @Test
    void driverIndependentOfTheOutcome_getsAnImportanceNearZero() {
        qt().withExamples(15).forAll(longs().all(), integers().between(1, 4))
                .checkAssert((seed, p) -> {
                    int n = 3000;
                    int[][] rows = survey(seed, p, n);
                    SplittableRandom noise = new SplittableRandom(~seed);
                    int[][] more = new int[n][];
                    for (int i = 0; i < n; i++) {
                        more[i] = java.util.Arrays.copyOf(rows[i], p + 2);
                        more[i][p + 1] = 1 + noise.nextInt(5);
                    }
                    Driver independent = analyse(more, p + 1).driver("d" + (p + 1));
                    assertTrue(independent.relativeWeight() < 0.01, independent.toString());
                    assertTrue(independent.shapley() < 0.01, independent.toString());
                });
    }

    @Test
    void scalingADriver_changesNothing() {
        qt().withExamples(40).forAll(longs().all(), integers().between(1, 6),
                integers().between(30, 120)).checkAssert((seed, p, n) -> {
                    int[][] rows = survey(seed, p, n);
                    int[][] stretched = new int[n][];
                    for (int i = 0; i < n; i++) {
                        stretched[i] = rows[i].clone();
                        stretched[i][1] = 2 * rows[i][1] + 1;
                    }
                    List<String> names = List.of(questions(p)).subList(1, p + 1);
                    List<ScoreScale> scales = new ArrayList<>(
                            Collections.nCopies(p, ScoreScale.FIVE_POINT));
                    DriverResult plain = analyse(rows, names, scales);
                    scales.set(0, STRETCHED);
                    DriverResult scaled = analyse(stretched, names, scales);
                    assertEquals(plain.rSquared(), scaled.rSquared(), EPS);
                    Driver a = plain.driver("d1");
                    Driver b = scaled.driver("d1");
                    assertEquals(a.pearson(), b.pearson(), EPS);
                    assertEquals(a.spearman(), b.spearman(), EPS);
                    assertEquals(a.relativeWeight(), b.relativeWeight(), EPS);
                    assertEquals(a.shapley(), b.shapley(), EPS);
                    assertEquals(a.performance(), b.performance(), EPS);
                    assertEquals(2 * a.mean() + 1, b.mean(), EPS);
                });
    }

    /**
     * Shapley values against the definition, computed naively: the mean over all p! orders of
     * each driver's gain in the R² of an ordinary least-squares fit of the raw scores (normal
     * equations solved by Gaussian elimination), independent of the library's subset walk.
     */
    @Test
    void shapley_agreesWithTheMeanOverAllOrders() {
        qt().withExamples(30).forAll(longs().all(), integers().between(1, 5),
                integers().between(20, 80)).checkAssert((seed, p, n) -> {
                    int[][] rows = survey(seed, p, n);
                    DriverResult r = analyse(rows, p);
                    double[] expected = NaiveShapley.values(rows, p);
                    assertEquals(NaiveShapley.rSquared(rows, allOf(p)), r.rSquared(), 1e-9);
                    for (int j = 0; j < p; j++) {
                        assertEquals(expected[j], r.drivers().get(j).shapley(), 1e-9);
                    }
                });
    }

    private static List<Integer> allOf(int p) {
        List<Integer> all = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            all.add(j);
        }
        return all;
    }

    /** The naive reference: OLS by normal equations, Shapley values by enumerating orders. */
    static final class NaiveShapley {

        static double[] values(int[][] rows, int p) {
            double[] values = new double[p];
            List<List<Integer>> orders = new ArrayList<>();
            permutations(new ArrayList<>(), allOf(p), orders);
            for (List<Integer> order : orders) {
                List<Integer> before = new ArrayList<>();
                double previous = 0;
                for (int j : order) {
                    before.add(j);
                    double now = rSquared(rows, before);
                    values[j] += (now - previous) / orders.size();
                    previous = now;
                }
            }
            return values;
        }

        private static void permutations(List<Integer> prefix, List<Integer> rest,
                List<List<Integer>> out) {
            if (rest.isEmpty()) {
                out.add(List.copyOf(prefix));
            }
            for (int i = 0; i < rest.size(); i++) {
                List<Integer> next = new ArrayList<>(rest);
                prefix.add(next.remove(i));
                permutations(prefix, next, out);
                prefix.remove(prefix.size() - 1);
            }
        }

        /** R² of the OLS fit of the outcome (column 0) on drivers {@code columns} (0-based). */
        static double rSquared(int[][] rows, List<Integer> columns) {
            int k = columns.size() + 1;
            double[][] a = new double[k][k + 1];
            for (int[] row : rows) {
                double[] x = new double[k];
                x[0] = 1;
                for (int c = 1; c < k; c++) {
                    x[c] = row[columns.get(c - 1) + 1];
                }
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        a[i][j] += x[i] * x[j];
                    }
                    a[i][k] += x[i] * row[0];
                }
            }
            double[] b = solve(a, k);
            double mean = 0;
            for (int[] row : rows) {
                mean += row[0] / (double) rows.length;
            }
            double residual = 0;
            double total = 0;
            for (int[] row : rows) {
                double fit = b[0];
                for (int c = 1; c < k; c++) {
                    fit += b[c] * row[columns.get(c - 1) + 1];
                }
                residual += (row[0] - fit) * (row[0] - fit);
                total += (row[0] - mean) * (row[0] - mean);
            }
            return 1 - residual / total;
        }

        private static double[] solve(double[][] a, int k) {
            for (int col = 0; col < k; col++) {
                int pivot = col;
                for (int r = col + 1; r < k; r++) {
                    if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                        pivot = r;
                    }
                }
                double[] t = a[col];
                a[col] = a[pivot];
                a[pivot] = t;
                for (int r = 0; r < k; r++) {
                    if (r != col) {
                        double f = a[r][col] / a[col][col];
                        for (int c = col; c <= k; c++) {
                            a[r][c] -= f * a[col][c];
                        }
                    }
                }
            }
            double[] b = new double[k];
            for (int i = 0; i < k; i++) {
                b[i] = a[i][k] / a[i][i];
            }
            return b;
        }
    }
}
