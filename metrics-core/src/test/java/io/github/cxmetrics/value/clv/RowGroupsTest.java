package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Theories.listsOf;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The grouping of likelihood rows against a naive reference (a map of boxed keys), its edge
 * cases, and the rules that decide when grouping and tables are used on large inputs.
 */
class RowGroupsTest {

    /** Rows of few distinct values, zeros of both signs, frequencies on both sides of 2¹⁶. */
    private static Gen<List<double[]>> rows() {
        Gen<Double> x = Generate.pick(List.of(0.0, 1.0, 2.0, 65_536.0, 70_000.0));
        Gen<Double> u = Generate.pick(List.of(0.0, -0.0, 1.5, 2.0));
        Gen<Double> v = Generate.pick(List.of(0.0, -0.0, 3.0));
        return listsOf(x.zip(u, v, (a, b, c) -> new double[] {a, b, c}), 0, 40);
    }

    @Test
    void groups_areTheDistinctRowsInOrderOfFirstAppearanceWithTheirCounts() {
        qt(200).forAll(rows()).checkAssert(list -> {
            int n = list.size();
            int[] x = new int[n];
            double[] u = new double[n];
            double[] v = new double[n];
            Map<List<Double>, Integer> naive = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                double[] r = list.get(i);
                x[i] = (int) r[0];
                u[i] = r[1];
                v[i] = r[2];
                naive.merge(List.of(r[0], r[1] + 0.0, r[2] + 0.0), 1, Integer::sum);
            }
            RowGroups g = RowGroups.of(x.clone(), u.clone(), v.clone());
            assertEquals(naive.size(), g.size);
            assertEquals(n, g.totalWeight);
            List<List<Double>> keys = new ArrayList<>(naive.keySet());
            TreeSet<Integer> frequencies = new TreeSet<>();
            double[] weightOfX = new double[g.distinctX.length];
            for (int k = 0; k < g.size; k++) {
                // the zeros are +0.0 (compared by bits here)
                assertEquals(keys.get(k), List.of((double) g.x[k], g.u[k], g.v[k]));
                assertEquals((double) naive.get(keys.get(k)), g.weight[k]);
                assertEquals(g.x[k], g.distinctX[g.xIndex[k]]);
                frequencies.add(g.x[k]);
                weightOfX[g.xIndex[k]] += g.weight[k];
            }
            assertArrayEquals(frequencies.stream().mapToInt(Integer::intValue).toArray(),
                    g.distinctX);
            assertArrayEquals(weightOfX, g.weightOfX);
        });
    }

    @Test
    void noRows_makeNoGroups() {
        RowGroups g = RowGroups.of(new int[0], new double[0], new double[0]);
        assertEquals(0, g.size);
        assertEquals(0, g.totalWeight);
        assertArrayEquals(new int[0], g.distinctX);
        assertArrayEquals(new double[0], g.weightOfX);
    }

    @Test
    void keys_numberMoreThan65536DistinctRows() {
        int n = 70_000;
        int[] x = new int[n];
        double[] u = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 7;
            u[i] = i;
            v[i] = 1;
        }
        RowGroups.Keys keys = RowGroups.keys(x, u, v);
        assertEquals(n, keys.count);
        for (int i = 0; i < n; i += 999) {
            assertEquals(i, keys.id[i]);
            assertEquals(i, keys.first[i]);
        }
        assertEquals(n - 1, keys.first[n - 1]);
    }

    /** {@code n} rows, distinct where {@code distinct(i)}, else all the same row. */
    private static boolean groupingPays(int n, java.util.function.IntPredicate distinct) {
        int[] x = new int[n];
        double[] u = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            if (distinct.test(i)) {
                x[i] = i % 5;
                u[i] = i;
                v[i] = n - i;
            } else {
                x[i] = 1;
                u[i] = 0.5;
                v[i] = 0.5;
            }
        }
        return RowGroups.groupingPays(x, u, v);
    }

    @Test
    void grouping_isDecidedOnAnEvenlySpacedSampleBeyond65536Rows() {
        int sample = RowGroups.SAMPLE;
        // up to 65,536 rows: always grouped, even when every row is distinct
        assertTrue(groupingPays(sample, i -> true));
        // one more: the first 65,536 rows are the sample, all distinct, so no grouping
        assertFalse(groupingPays(sample + 1, i -> true));
        // the sample takes every third row of 3·65,536: distinct there means no grouping, even
        // though two thirds of all the rows are one row; and the other way round
        assertFalse(groupingPays(3 * sample, i -> i % 3 == 0));
        assertTrue(groupingPays(3 * sample, i -> i % 3 != 0));
        // 60 % of the sample distinct pays, 80 % and one more row do not
        assertTrue(groupingPays(3 * sample, i -> i % 3 == 0 && i / 3 % 5 > 1));
        assertFalse(groupingPays(3 * sample, i -> i % 3 == 0 && i / 3 % 5 > 0));
        // the sample is taken from every column: rows distinct by their frequency alone
        int n = 3 * sample;
        int[] x = new int[n];
        double[] same = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 3 == 0 ? i : 1;
        }
        assertFalse(RowGroups.groupingPays(x, same, same));
    }

    @Test
    void grouping_ofRowsDistinctByFrequencyAlone() {
        int[] x = {70_000, 3, 70_000, 5, 3};
        double[] same = new double[5];
        RowGroups g = RowGroups.of(x, same, same);
        assertArrayEquals(new int[] {70_000, 3, 5}, g.x);
        assertArrayEquals(new double[] {2, 2, 1}, g.weight);
        assertArrayEquals(new int[] {3, 5, 70_000}, g.distinctX);
        assertArrayEquals(new int[] {2, 0, 1}, g.xIndex);
        assertArrayEquals(new double[] {2, 1, 2}, g.weightOfX);
    }

    @Test
    void tables_ofFewDistinctValuesAreListedWhenTheSampleShowsThem() {
        // 3·65,536 distinct rows (no grouping). Ages from 20,000 values: more than an eighth of
        // the sample's rows are distinct, so no table although an eighth of all rows would do;
        // recencies from 97 values every third row (the sample sees them), distinct otherwise.
        int n = 3 * RowGroups.SAMPLE;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1;
            age[i] = 100 + (i * 7919L % 20_000) / 100.0;
            tx[i] = i % 3 == 0 ? (i / 3 % 97) / 10.0 : 1e6 + i;
        }
        RowGroups g = RowGroups.of(x, tx, age);
        assertEquals(n, g.size);
        assertNull(g.distinctV);
        assertNull(g.distinctU);                     // the whole column has too many values
        for (int i = 0; i < n; i++) {
            tx[i] = (i % 97) / 10.0;
        }
        RowGroups few = RowGroups.of(x, tx, age);
        assertNotNull(few.distinctU);
        assertEquals(97, few.distinctU.length);
        assertTrue(Arrays.stream(few.uIndex).allMatch(k -> k >= 0 && k < 97));
        assertEquals(few.u[n - 1], few.distinctU[few.uIndex[n - 1]]);
    }
}
