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
        String[][] fields = new String[rows][];
        for (int i = 0; i < rows; i++) {
            fields[i] = lines.get(i + 1).strip().split(",");
        }
        // Row by row, as a reader of an export allocates them: each id's String lies next to
        // the previous row's in memory, which is what a summary built from a user's columns
        // reads (ids made copy by copy of one CDNOW row would lie 2,357 allocations apart).
        for (int copy = 0; copy < copies; copy++) {
            for (int i = 0; i < rows; i++) {
                String[] f = fields[i];
                int row = copy * rows + i;
                frequency[row] = Integer.parseInt(f[1]);
                recency[row] = Double.parseDouble(f[2]);
                age[row] = Double.parseDouble(f[3]) + (distinct ? (row + 1) * 1e-9 : 0);
                meanSpend[row] = Double.parseDouble(f[4]);
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
