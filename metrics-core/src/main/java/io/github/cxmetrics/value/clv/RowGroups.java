package io.github.cxmetrics.value.clv;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * The rows a likelihood is computed on: customers grouped by identical {@code (x, u, v)} —
 * frequency, recency and age for the purchase models, frequency and mean spend for Gamma-Gamma —
 * each group weighted by its number of customers, so that a likelihood costs one term per
 * distinct row. The CDNOW sample has 2,357 customers but 1,016 distinct rows, and a replicated
 * sample no more distinct rows than the original.
 *
 * <p>Grouping uses an open-addressing hash table on primitive keys: no boxing, one pass. It is
 * skipped when it cannot pay: beyond {@value #SAMPLE} rows, a sample of that many rows (evenly
 * spaced) is grouped first, and if fewer than a fifth of its rows are duplicates the rows are
 * used as they are, each of weight 1 (exact timestamps make every row distinct, and hashing
 * millions of distinct rows would cost more than it saves).
 *
 * <p>Special functions are computed once per distinct value where that pays: the distinct
 * frequencies are always listed (log-gamma and digamma terms per frequency), and when a sample
 * shows that {@code u} or {@code v} take few distinct values (recency and age counted in whole
 * days, say), those values are listed too with an index per row, so that {@code ln(α + T)} is
 * computed once per distinct age rather than once per row.
 */
final class RowGroups {

    /** Rows grouped without a trial, and the size of the trial sample beyond. */
    static final int SAMPLE = 1 << 16;
    /** Largest share of distinct rows in the sample for which grouping pays. */
    private static final double GROUPING_PAYS = 0.8;
    /** Largest share of distinct values (in the sample and overall) for a table to pay. */
    private static final double TABLE_PAYS = 0.125;
    /** Frequencies below this are indexed through a direct table rather than a search. */
    private static final int DIRECT_X = 1 << 16;

    final int size;
    final int[] x;
    final double[] u;
    final double[] v;
    final double[] weight;
    /** The distinct frequencies, ascending. */
    final int[] distinctX;
    /** For each row, the index of its frequency in {@link #distinctX}. */
    final int[] xIndex;
    /** The total weight of the rows of each distinct frequency. */
    final double[] weightOfX;
    final double totalWeight;
    /** The distinct values of {@code u}, or null when they are not listed. */
    final double[] distinctU;
    /** For each row, the index of its {@code u} in {@link #distinctU}, or null. */
    final int[] uIndex;
    /** The distinct values of {@code v}, or null when they are not listed. */
    final double[] distinctV;
    /** For each row, the index of its {@code v} in {@link #distinctV}, or null. */
    final int[] vIndex;

    private RowGroups(int size, int[] x, double[] u, double[] v, double[] weight) {
        this.size = size;
        this.x = x;
        this.u = u;
        this.v = v;
        this.weight = weight;
        this.distinctX = distinct(x, size);
        this.xIndex = new int[size];
        this.weightOfX = new double[distinctX.length];
        int largest = distinctX.length == 0 ? 0 : distinctX[distinctX.length - 1];
        int[] direct = largest < DIRECT_X ? new int[largest + 1] : null;
        if (direct != null) {
            for (int k = 0; k < distinctX.length; k++) {
                direct[distinctX[k]] = k;
            }
        }
        CompensatedSum total = new CompensatedSum();
        for (int i = 0; i < size; i++) {
            int k = direct != null ? direct[x[i]] : Arrays.binarySearch(distinctX, x[i]);
            xIndex[i] = k;
            weightOfX[k] += weight[i];
            total.add(weight[i]);
        }
        this.totalWeight = total.value();
        int[][] uTable = new int[1][];
        this.distinctU = table(u, size, uTable);
        this.uIndex = uTable[0];
        int[][] vTable = new int[1][];
        this.distinctV = table(v, size, vTable);
        this.vIndex = vTable[0];
    }

    /** Returns the distinct values of {@code x[0 … size)}, ascending, without sorting them all. */
    private static int[] distinct(int[] x, int size) {
        int largest = 0;
        for (int i = 0; i < size; i++) {
            largest = Math.max(largest, x[i]);
        }
        if (largest >= DIRECT_X) {
            int[] sorted = Arrays.copyOf(x, size);
            Arrays.sort(sorted);
            int count = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[count++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, count);
        }
        boolean[] seen = new boolean[largest + 1];
        for (int i = 0; i < size; i++) {
            seen[x[i]] = true;
        }
        int count = 0;
        for (boolean b : seen) {
            count += b ? 1 : 0;
        }
        int[] values = new int[count];
        for (int value = 0, k = 0; value <= largest; value++) {
            if (seen[value]) {
                values[k++] = value;
            }
        }
        return values;
    }

    /**
     * Groups rows {@code 0 ≤ i < n} for which {@code include} holds by their key
     * {@code (x(i), u(i), v(i))}.
     */
    static RowGroups of(int n, IntPredicate include, IntUnaryOperator xs, IntToDoubleFunction us,
            IntToDoubleFunction vs) {
        int[] x = new int[n];
        double[] u = new double[n];
        double[] v = new double[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (include.test(i)) {
                x[size] = xs.applyAsInt(i);
                u[size] = us.applyAsDouble(i);
                v[size] = vs.applyAsDouble(i);
                size++;
            }
        }
        return of(Arrays.copyOf(x, size), Arrays.copyOf(u, size), Arrays.copyOf(v, size));
    }

    /**
     * Returns the rows {@code (x[i], u[i], v[i])}, grouped if that pays; the arrays are not
     * modified and may be kept.
     */
    static RowGroups of(int[] x, double[] u, double[] v) {
        if (!groupingPays(x, u, v)) {
            double[] ones = new double[x.length];
            Arrays.fill(ones, 1);
            return new RowGroups(x.length, x, u, v, ones);
        }
        return group(x, u, v);
    }

    private static RowGroups group(int[] xs, double[] us, double[] vs) {
        Keys keys = keys(xs, us, vs);
        int size = keys.count;
        int[] x = new int[size];
        double[] u = new double[size];
        double[] v = new double[size];
        double[] w = new double[size];
        for (int g = 0; g < size; g++) {
            int row = keys.first[g];
            x[g] = xs[row];
            u[g] = us[row] + 0.0;
            v[g] = vs[row] + 0.0;
        }
        for (int id : keys.id) {
            w[id]++;
        }
        return new RowGroups(size, x, u, v, w);
    }

    /** Rows numbered by their distinct key, in order of first appearance. */
    static final class Keys {
        /** The number of distinct keys. */
        final int count;
        /** For each row, the number of its key. */
        final int[] id;
        /** For each key, the first row that has it. */
        final int[] first;

        private Keys(int count, int[] id, int[] first) {
            this.count = count;
            this.id = id;
            this.first = first;
        }
    }

    /**
     * Numbers the distinct keys {@code (x[i], u[i], v[i])} (−0.0 and 0.0 are one value) with an
     * open-addressing hash table on primitive keys: no boxing, one pass.
     */
    static Keys keys(int[] xs, double[] us, double[] vs) {
        int n = xs.length;
        int capacity = Integer.highestOneBit(Math.min(Math.max(16, n), 1 << 29) * 2 - 1) << 1;
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        int mask = capacity - 1;
        int[] id = new int[n];
        int[] first = new int[Math.max(1, Math.min(n, 1 << 16))];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int xi = xs[i];
            double ui = us[i] + 0.0;
            double vi = vs[i] + 0.0;
            int slot = hash(xi, ui, vi) & mask;
            while (true) {
                int key = slots[slot];
                if (key < 0) {
                    if (count == first.length) {
                        first = Arrays.copyOf(first, count * 2);
                    }
                    first[count] = i;
                    slots[slot] = key = count++;
                } else {
                    int row = first[key];
                    if (xs[row] != xi || us[row] + 0.0 != ui || vs[row] + 0.0 != vi) {
                        slot = (slot + 1) & mask;
                        continue;
                    }
                }
                id[i] = key;
                break;
            }
        }
        return new Keys(count, id, Arrays.copyOf(first, count));
    }

    /**
     * Returns whether numbering the distinct keys of these rows pays: always for up to
     * {@value #SAMPLE} rows, otherwise if at least a fifth of a sample of that many evenly spaced
     * rows are duplicates.
     */
    static boolean groupingPays(int[] x, double[] u, double[] v) {
        int n = x.length;
        if (n <= SAMPLE) {
            return true;
        }
        int stride = n / SAMPLE;
        return keys(strided(x, stride, SAMPLE), strided(u, stride, SAMPLE),
                strided(v, stride, SAMPLE)).count <= GROUPING_PAYS * SAMPLE;
    }

    /** Returns {@code m} values taken every {@code stride} from the start: a row sample. */
    private static int[] strided(int[] values, int stride, int m) {
        return IntStream.range(0, m).map(j -> values[j * stride]).toArray();
    }

    /** As {@link #strided(int[], int, int)}, for doubles. */
    private static double[] strided(double[] values, int stride, int m) {
        return IntStream.range(0, m).mapToDouble(j -> values[j * stride]).toArray();
    }

    /**
     * Returns {@code rows} rows taken at an even stride, with their weights: a sample for a warm
     * start.
     */
    RowGroups sample(int rows) {
        int stride = Math.max(1, size / rows);
        int m = Math.min(rows, size);
        return new RowGroups(m, strided(x, stride, m), strided(u, stride, m),
                strided(v, stride, m), strided(weight, stride, m));
    }

    /**
     * Lists the distinct values of {@code values[0 … size)} and writes each row's index into
     * {@code index[0]}, or returns null (and leaves it null) when the values are too many for a
     * table to pay.
     */
    private static double[] table(double[] values, int size, int[][] index) {
        int limit = (int) (TABLE_PAYS * size);
        if (size > SAMPLE) {
            int stride = size / SAMPLE;
            double[] sample = strided(values, stride, SAMPLE);
            if (distinctValues(sample, SAMPLE, (int) (TABLE_PAYS * SAMPLE), null) == null) {
                return null;
            }
        }
        int[] rows = new int[size];
        double[] distinct = distinctValues(values, size, limit, rows);
        if (distinct != null) {
            index[0] = rows;
        }
        return distinct;
    }

    /**
     * Returns the distinct values among {@code values[0 … size)} in order of first appearance,
     * writing each row's index into {@code rows} if not null; null if there are more than
     * {@code limit}.
     */
    private static double[] distinctValues(double[] values, int size, int limit, int[] rows) {
        int capacity = Integer.highestOneBit(Math.max(16, limit + 1) * 2 - 1) << 1;
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        int mask = capacity - 1;
        double[] distinct = new double[Math.max(1, limit)];
        int count = 0;
        for (int i = 0; i < size; i++) {
            double value = values[i] + 0.0;
            long bits = Double.doubleToLongBits(value);
            int slot = mix(bits * 0x9E3779B97F4A7C15L) & mask;
            while (true) {
                int found = slots[slot];
                if (found < 0) {
                    if (count == limit) {
                        return null;
                    }
                    distinct[count] = value;
                    slots[slot] = found = count++;
                } else if (Double.doubleToLongBits(distinct[found]) != bits) {
                    slot = (slot + 1) & mask;
                    continue;
                }
                if (rows != null) {
                    rows[i] = found;
                }
                break;
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    private static int hash(int x, double u, double v) {
        long h = x * 0x9E3779B97F4A7C15L;
        h ^= Double.doubleToLongBits(u) * 0xC2B2AE3D27D4EB4FL;
        h = Long.rotateLeft(h, 31) ^ Double.doubleToLongBits(v) * 0x165667B19E3779F9L;
        return mix(h);
    }

    private static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }
}
