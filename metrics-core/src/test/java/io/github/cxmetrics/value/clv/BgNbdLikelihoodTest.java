package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grouped BG/NBD and MBG/NBD likelihood where recency and age take few values, so that
 * {@code ln(α + tₓ)}, {@code ln(α + T)} and their reciprocals come from tables: its value and
 * gradient against the sum of the per-customer log-likelihoods and central differences of it.
 */
class BgNbdLikelihoodTest {

    /** Log-parameters (ln r, ln α, ln a, ln b) of the check. */
    private static final double[] THETA =
            {Math.log(0.8), Math.log(4), Math.log(0.6), Math.log(2.2)};

    /**
     * Customers with frequencies 0–9, recencies 5, 10, 15 or 20 (0 without repeat purchases)
     * and ages 25, 30, 35 or 40: 148 distinct rows, a third of them twice.
     */
    private static List<double[]> customers() {
        List<double[]> rows = new ArrayList<>();
        for (int x = 0; x <= 9; x++) {
            for (int age = 25; age <= 40; age += 5) {
                for (int tx = x == 0 ? 0 : 5; tx <= (x == 0 ? 0 : 20); tx += 5) {
                    int copies = (x + tx + age) % 3 == 0 ? 2 : 1;
                    for (int c = 0; c < copies; c++) {
                        rows.add(new double[] {x, tx, age});
                    }
                }
            }
        }
        return rows;
    }

    /** {@code −ℓ/n} summed customer by customer with the closed form of one customer. */
    private static double reference(List<double[]> customers, double[] theta, boolean mbg) {
        double sum = 0;
        for (double[] c : customers) {
            sum += BgNbdLikelihood.logLikelihood(Math.exp(theta[0]), Math.exp(theta[1]),
                    Math.exp(theta[2]), Math.exp(theta[3]), (int) c[0], c[1], c[2], mbg);
        }
        return -sum / customers.size();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void tabledRows_giveTheSumOverCustomersAndItsGradient(boolean mbg) {
        List<double[]> customers = customers();
        int n = customers.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (int) customers.get(i)[0];
            tx[i] = customers.get(i)[1];
            age[i] = customers.get(i)[2];
        }
        RowGroups groups = RowGroups.of(x, tx, age);
        assertEquals(148, groups.size);
        assertNotNull(groups.distinctU, "recencies tabled");
        assertNotNull(groups.distinctV, "ages tabled");
        assertEquals(5, groups.distinctU.length);
        assertEquals(4, groups.distinctV.length);

        Objective f = new BgNbdLikelihood(groups, RowBlocks.SEQUENTIAL, mbg);
        double[] gradient = new double[4];
        double value = f.value(THETA, gradient);
        double expected = reference(customers, THETA, mbg);
        assertEquals(expected, value, 1e-13 * Math.abs(expected));
        assertEquals(value, f.value(THETA, null), "the value does not depend on the gradient");

        // central differences of the reference, step 10⁻⁵: error about 10⁻¹⁰
        double[] numeric = new double[4];
        Objective.centralDifferences(Objectives.of(4, (t, g) -> reference(customers, t, mbg)),
                1e-5).value(THETA, numeric);
        assertArrayEquals(numeric, gradient, 1e-8);
    }
}
