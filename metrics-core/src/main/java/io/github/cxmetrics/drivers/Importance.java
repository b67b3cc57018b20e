package io.github.cxmetrics.drivers;

import org.apache.commons.math4.legacy.linear.Array2DRowRealMatrix;
import org.apache.commons.math4.legacy.linear.EigenDecomposition;
import org.apache.commons.math4.legacy.linear.RealMatrix;

/**
 * The regression of the outcome on the drivers from their correlation matrix: R², the
 * standardized coefficients, Johnson's relative weights and the Shapley (LMG) decomposition.
 * See the package documentation for the formulas.
 */
final class Importance {

    /**
     * The smallest eigenvalue of the drivers' correlation matrix taken as non-singular: below it
     * a driver is (numerically) a linear combination of the others and no decomposition of R²
     * is meaningful.
     */
    static final double MIN_EIGENVALUE = 1e-10;

    /** The fitted model: R², standardized coefficients, relative weights, Shapley values (or null). */
    record Fit(double rSquared, double[] coefficients, double[] relativeWeights, double[] shapley) {}

    /** A correlation matrix with no regression: a driver without variance, or collinear drivers. */
    static final class SingularException extends Exception {
        private static final long serialVersionUID = 1L;

        SingularException(String message) {
            super(message, null, false, false);
        }
    }

    private Importance() {}

    /**
     * Fits the model to a correlation matrix whose row and column 0 are the outcome.
     *
     * @throws SingularException if an entry is NaN (no variance) or the drivers' matrix is not
     *     positive definite
     */
    static Fit fit(double[][] correlations, boolean shapley) throws SingularException {
        int p = correlations.length - 1;
        double[][] rxx = new double[p][p];
        double[] rxy = new double[p];
        for (int i = 0; i < p; i++) {
            rxy[i] = correlations[i + 1][0];
            for (int j = 0; j < p; j++) {
                rxx[i][j] = correlations[i + 1][j + 1];
                if (Double.isNaN(rxx[i][j]) || Double.isNaN(rxy[i])) {
                    throw new SingularException("a column has no variance");
                }
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(rxx, false));
        double[] d = eigen.getRealEigenvalues();
        RealMatrix v = eigen.getV();
        double smallest = Double.POSITIVE_INFINITY;
        for (double e : d) {
            smallest = Math.min(smallest, e);
        }
        if (!(smallest > MIN_EIGENVALUE)) {
            throw new SingularException(String.format(java.util.Locale.ROOT,
                    "the drivers' correlation matrix is %s (smallest eigenvalue %.3g)",
                    smallest < -MIN_EIGENVALUE ? "not positive definite" : "singular", smallest));
        }
        // V'r, then: b = V D^-1 V'r (standardized coefficients), beta* = V D^-1/2 V'r (the
        // outcome on the orthogonal Z = X R^-1/2), Lambda = V D^1/2 V' (the drivers on Z).
        double[] vr = v.transpose().operate(rxy);
        double[] b = new double[p];
        double[] betaStar = new double[p];
        double[][] lambda = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < p; k++) {
                double vik = v.getEntry(i, k);
                b[i] += vik * vr[k] / d[k];
                betaStar[i] += vik * vr[k] / Math.sqrt(d[k]);
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int k = 0; k < p; k++) {
                    s += v.getEntry(i, k) * Math.sqrt(d[k]) * v.getEntry(j, k);
                }
                lambda[i][j] = s;
            }
        }
        double r2 = 0;
        for (int i = 0; i < p; i++) {
            r2 += b[i] * rxy[i];
        }
        double[] weights = new double[p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                weights[j] += lambda[j][k] * lambda[j][k] * betaStar[k] * betaStar[k];
            }
        }
        return new Fit(r2, b, weights, shapley ? shapley(rxx, rxy) : null);
    }

    /**
     * Returns the Shapley value of each driver in the R² game: the R² of all 2^p subsets, then
     * each driver's weighted mean gain {@code Σ_S |S|!(p−|S|−1)!/p! · (R²(S ∪ j) − R²(S))}.
     */
    static double[] shapley(double[][] rxx, double[] rxy) throws SingularException {
        int p = rxy.length;
        double[] r2 = new double[1 << p];
        new SubsetWalk(rxx, rxy, r2).visit(0, 0, 0, 0);
        double[] weight = new double[p];
        for (int k = 0; k < p; k++) {
            weight[k] = 1 / (p * binomial(p - 1, k));
        }
        double[] values = new double[p];
        for (int mask = 0; mask < r2.length; mask++) {
            double w = weight[Math.min(Integer.bitCount(mask), p - 1)];
            for (int j = 0; j < p; j++) {
                int bit = 1 << j;
                if ((mask & bit) == 0) {
                    values[j] += w * (r2[mask | bit] - r2[mask]);
                }
            }
        }
        return values;
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    /**
     * The R² of every subset of drivers, each from its parent's: subsets are walked adding
     * drivers in increasing order, so a subset's Cholesky factor is its parent's with one row
     * more ({@code l = L⁻¹ R_S,j}, {@code l_jj = sqrt(1 − l·l)}), and so is the whitened
     * outcome ({@code z_j = (r_jy − l·z) / l_jj}), with {@code R²(S ∪ j) = R²(S) + z_j²}. That is
     * O(|S|²) per subset instead of a decomposition of each.
     */
    private static final class SubsetWalk {
        private final double[][] rxx;
        private final double[] rxy;
        private final double[] r2;
        private final double[][] l;
        private final double[] z;
        private final int[] members;

        SubsetWalk(double[][] rxx, double[] rxy, double[] r2) {
            this.rxx = rxx;
            this.rxy = rxy;
            this.r2 = r2;
            int p = rxy.length;
            this.l = new double[p][p];
            this.z = new double[p];
            this.members = new int[p];
        }

        void visit(int mask, int depth, int from, double value) throws SingularException {
            r2[mask] = value;
            double[] row = l[depth < l.length ? depth : 0];
            for (int j = from; j < rxy.length; j++) {
                double norm = 0;
                for (int t = 0; t < depth; t++) {
                    double e = rxx[j][members[t]];
                    double[] lt = l[t];
                    for (int s = 0; s < t; s++) {
                        e -= row[s] * lt[s];
                    }
                    e /= lt[t];
                    row[t] = e;
                    norm += e * e;
                }
                double pivot = rxx[j][j] - norm;
                if (!(pivot > MIN_EIGENVALUE)) {
                    throw new SingularException("the drivers' correlation matrix is singular");
                }
                row[depth] = Math.sqrt(pivot);
                double zj = rxy[j];
                for (int t = 0; t < depth; t++) {
                    zj -= row[t] * z[t];
                }
                zj /= row[depth];
                z[depth] = zj;
                members[depth] = j;
                visit(mask | 1 << j, depth + 1, j + 1, value + zj * zj);
            }
        }
    }
}
