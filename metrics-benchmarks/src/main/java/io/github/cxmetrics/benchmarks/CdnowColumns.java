package io.github.cxmetrics.benchmarks;

import io.github.cxmetrics.value.clv.RfmSummary;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The CDNOW summary (2,357 customers, weeks) repeated {@code copies} times in primitive columns,
 * optionally with every row made distinct: each age shifted by a different billionth of a week,
 * which defeats the grouping of identical rows as exact timestamps would. Read once from the
 * shared CDNOW file (see {@link ClvFitBenchmark#cdnowDirectory()}).
 */
final class CdnowColumns {

    final int[] frequency;
    final double[] recency;
    final double[] age;
    final double[] meanSpend;
    final String[] ids;

    CdnowColumns(int copies, boolean distinct) {
        List<String> lines = ClvFitBenchmark.cdnowSummary();
        int rows = lines.size() - 1;
        int n = rows * copies;
        frequency = new int[n];
        recency = new double[n];
        age = new double[n];
        meanSpend = new double[n];
        ids = new String[n];
        for (int i = 1; i <= rows; i++) {
            String[] f = lines.get(i).strip().split(",");
            int x = Integer.parseInt(f[1]);
            double tx = Double.parseDouble(f[2]);
            double t = Double.parseDouble(f[3]);
            double m = Double.parseDouble(f[4]);
            for (int copy = 0; copy < copies; copy++) {
                int row = copy * rows + i - 1;
                frequency[row] = x;
                recency[row] = tx;
                age[row] = t + (distinct ? (copy * 2357 + i) * 1e-9 : 0);
                meanSpend[row] = m;
                ids[row] = copy + "-" + f[0];
            }
        }
    }

    int size() {
        return frequency.length;
    }

    RfmSummary summary() {
        return RfmSummary.of(ChronoUnit.WEEKS, ids, frequency, recency, age, meanSpend);
    }
}
