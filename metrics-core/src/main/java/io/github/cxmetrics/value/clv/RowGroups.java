package io.github.cxmetrics.value.clv;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * Customers grouped by identical {@code (x, u, v)} — frequency, recency and age for the purchase
 * models, frequency and mean spend for Gamma-Gamma — each group weighted by its number of
 * customers, so that a likelihood costs one term per distinct row. The CDNOW sample has 2,357
 * customers but far fewer distinct rows, and a replicated sample no more distinct rows than the
 * original.
 *
 * <p>Grouping uses an open-addressing hash table on primitive keys: no boxing, one pass. The
 * distinct frequencies are listed too, so that per-frequency terms (log-gamma, digamma) are
 * computed once per likelihood evaluation rather than once per row.
 */
final class RowGroups {

    final int size;
    final int[] x;
    final double[] u;
    final double[] v;
    final double[] weight;
    /** The distinct frequencies, ascending. */
    final int[] distinctX;
    /** For each group, the index of its frequency in {@link #distinctX}. */
    final int[] xIndex;
    final double totalWeight;

    private RowGroups(int size, int[] x, double[] u, double[] v, double[] weight) {
        this.size = size;
        this.x = x;
        this.u = u;
        this.v = v;
        this.weight = weight;
        int[] sorted = Arrays.copyOf(x, size);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        this.distinctX = Arrays.copyOf(sorted, distinct);
        this.xIndex = new int[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            xIndex[i] = Arrays.binarySearch(distinctX, x[i]);
            total += weight[i];
        }
        this.totalWeight = total;
    }

    /**
     * Groups rows {@code 0 ≤ i < n} for which {@code include} holds by their key
     * {@code (x(i), u(i), v(i))}.
     */
    static RowGroups of(int n, IntPredicate include, IntUnaryOperator xs, IntToDoubleFunction us,
            IntToDoubleFunction vs) {
        int capacity = Integer.highestOneBit(Math.min(Math.max(16, n), 1 << 29) * 2 - 1) << 1;
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        int mask = capacity - 1;
        int initial = Math.min(n, 1 << 16);
        int[] x = new int[Math.max(1, initial)];
        double[] u = new double[x.length];
        double[] v = new double[x.length];
        double[] w = new double[x.length];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (!include.test(i)) {
                continue;
            }
            int xi = xs.applyAsInt(i);
            double ui = us.applyAsDouble(i) + 0.0;
            double vi = vs.applyAsDouble(i) + 0.0;
            int slot = hash(xi, ui, vi) & mask;
            while (true) {
                int group = slots[slot];
                if (group < 0) {
                    if (size == x.length) {
                        int grown = x.length * 2;
                        x = Arrays.copyOf(x, grown);
                        u = Arrays.copyOf(u, grown);
                        v = Arrays.copyOf(v, grown);
                        w = Arrays.copyOf(w, grown);
                    }
                    x[size] = xi;
                    u[size] = ui;
                    v[size] = vi;
                    w[size] = 1;
                    slots[slot] = size++;
                    break;
                }
                if (x[group] == xi && u[group] == ui && v[group] == vi) {
                    w[group]++;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return new RowGroups(size, Arrays.copyOf(x, size), Arrays.copyOf(u, size),
                Arrays.copyOf(v, size), Arrays.copyOf(w, size));
    }

    private static int hash(int x, double u, double v) {
        long h = x * 0x9E3779B97F4A7C15L;
        h ^= Double.doubleToLongBits(u) * 0xC2B2AE3D27D4EB4FL;
        h = Long.rotateLeft(h, 31) ^ Double.doubleToLongBits(v) * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }
}
