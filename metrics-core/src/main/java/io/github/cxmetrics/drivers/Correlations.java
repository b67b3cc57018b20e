package io.github.cxmetrics.drivers;

import java.util.Arrays;

/**
 * Pearson correlation matrices of the outcome and the drivers over chosen rows, listwise or
 * pairwise, and the mid-ranks of Spearman's coefficient. Column 0 is the outcome, columns
 * {@code 1..p} the drivers; a missing answer is NaN.
 */
final class Correlations {

    private Correlations() {}

    /**
     * Returns the correlation matrix of the columns over {@code rows} (indices into
     * {@code values}, repeated for a bootstrap resample). Listwise, every row is complete and one
     * mean per column serves every pair; pairwise, each pair uses the rows where both are
     * present, with their own means. An entry is NaN where a column has no variance over the
     * pair's rows; {@code counts}, if not null, receives the rows of each pair.
     */
    static double[][] matrix(double[][] values, int[] rows, boolean pairwise, int[][] counts) {
        int k = values.length == 0 ? 0 : values[0].length;
        return pairwise ? pairwise(values, rows, k, counts) : listwise(values, rows, k, counts);
    }

    private static double[][] listwise(double[][] values, int[] rows, int k, int[][] counts) {
        double[] mean = new double[k];
        for (int row : rows) {
            for (int a = 0; a < k; a++) {
                mean[a] += values[row][a];
            }
        }
        for (int a = 0; a < k; a++) {
            mean[a] /= rows.length;
        }
        double[][] s = new double[k][k];
        double[] d = new double[k];
        for (int row : rows) {
            for (int a = 0; a < k; a++) {
                d[a] = values[row][a] - mean[a];
            }
            for (int a = 0; a < k; a++) {
                double da = d[a];
                double[] sa = s[a];
                for (int b = 0; b <= a; b++) {
                    sa[b] += da * d[b];
                }
            }
        }
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                r[a][b] = r[b][a] = a == b ? (s[a][a] > 0 ? 1 : Double.NaN)
                        : correlation(s[a][b], s[a][a], s[b][b]);
            }
            if (counts != null) {
                Arrays.fill(counts[a], rows.length);
            }
        }
        return r;
    }

    private static double[][] pairwise(double[][] values, int[] rows, int k, int[][] counts) {
        double[][] r = new double[k][k];
        int[] both = new int[rows.length];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                int n = 0;
                for (int row : rows) {
                    if (!Double.isNaN(values[row][a]) && !Double.isNaN(values[row][b])) {
                        both[n++] = row;
                    }
                }
                double ma = 0;
                double mb = 0;
                for (int i = 0; i < n; i++) {
                    ma += values[both[i]][a];
                    mb += values[both[i]][b];
                }
                ma /= n;
                mb /= n;
                double saa = 0;
                double sbb = 0;
                double sab = 0;
                for (int i = 0; i < n; i++) {
                    double x = values[both[i]][a] - ma;
                    double y = values[both[i]][b] - mb;
                    saa += x * x;
                    sbb += y * y;
                    sab += x * y;
                }
                r[a][b] = r[b][a] = a == b ? (saa > 0 ? 1 : Double.NaN)
                        : correlation(sab, saa, sbb);
                if (counts != null) {
                    counts[a][b] = counts[b][a] = n;
                }
            }
        }
        return r;
    }

    private static double correlation(double sab, double saa, double sbb) {
        if (!(saa > 0 && sbb > 0)) {
            return Double.NaN;
        }
        // Rounding may carry |r| a hair past 1 for perfectly related columns.
        return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
    }

    /** Returns the mid-ranks of {@code x} (1-based; ties share the mean of their ranks). */
    static double[] ranks(double[] x) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                ranks[order[t]] = mid;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Returns Pearson's coefficient of two complete columns (NaN if one has no variance). */
    static double pearson(double[] x, double[] y) {
        double[][] pair = new double[x.length][];
        int[] rows = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            pair[i] = new double[] {x[i], y[i]};
            rows[i] = i;
        }
        return listwise(pair, rows, 2, null)[0][1];
    }
}
