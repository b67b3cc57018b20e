package io.github.cxmetrics.value.clv;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Gamma-Gamma log-likelihood of a repeat buyer's mean spend {@code m} over {@code x}
 * transactions (Fader and Hardie 2013, "The Gamma-Gamma Model of Monetary Value", equation 3),
 * with its analytic gradient:
 * <pre>
 * ℓ = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q·ln γ + px·ln x + (px−1)·ln m − (px+q)·ln(γ + x·m)
 * </pre>
 * Rows are the groups of {@link RowGroups} with {@code u} the mean spend, computed in parallel
 * blocks ({@link RowBlocks}); the log-gamma and digamma terms depend on the frequency only and
 * are computed once per distinct frequency.
 */
final class GammaGammaLikelihood extends RowLikelihood {

    /** {@code ln m} per row: it does not depend on the parameters. */
    private final double[] logM;

    GammaGammaLikelihood(RowGroups groups, RowBlocks blocks) {
        super(groups, blocks, 3);
        this.logM = new double[groups.size];
        for (int i = 0; i < groups.size; i++) {
            logM[i] = Math.log(groups.u[i]);
        }
    }

    /** The rows of {@code −ℓ/n} at log-parameters {@code (ln p, ln q, ln γ)}. */
    @Override
    RowBlocks.Block rows(double[] parameters, boolean wantGradient) {
        double p = parameters[0];
        double q = parameters[1];
        double gamma = parameters[2];
        double lgq = LogGamma.value(q);
        double psiQ = wantGradient ? Digamma.value(q) : 0;
        double logGamma = Math.log(gamma);
        int[] xs = groups.distinctX;
        double[] lgDiff = new double[xs.length];
        double[] logX = new double[xs.length];
        double[] psiSum = new double[xs.length];
        double[] psiPx = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            double px = p * xs[k];
            lgDiff[k] = LogGamma.value(px + q) - LogGamma.value(px);
            logX[k] = Math.log(xs[k]);
            if (wantGradient) {
                psiSum[k] = Digamma.value(px + q);
                psiPx[k] = Digamma.value(px);
            }
        }
        return (from, to, out, offset) -> {
            CompensatedSum sum = new CompensatedSum();
            double gp = 0;
            double gq = 0;
            double gg = 0;
            for (int i = from; i < to; i++) {
                int k = groups.xIndex[i];
                int x = groups.x[i];
                double m = groups.u[i];
                double px = p * x;
                double logTotal = Math.log(gamma + x * m);
                double ll = lgDiff[k] - lgq + q * logGamma + px * logX[k] + (px - 1) * logM[i]
                        - (px + q) * logTotal;
                double w = groups.weight[i];
                sum.add(w * ll);
                if (wantGradient) {
                    gp += w * x * (psiSum[k] - psiPx[k] + logX[k] + logM[i] - logTotal);
                    gq += w * (psiSum[k] - psiQ + logGamma - logTotal);
                    gg += w * (q / gamma - (px + q) / (gamma + x * m));
                }
            }
            out[offset] = sum.value();
            out[offset + 1] = gp;
            out[offset + 2] = gq;
            out[offset + 3] = gg;
        };
    }

    /** Returns the log-likelihood of one repeat buyer, {@code x ≥ 1}, {@code m > 0}. */
    static double logLikelihood(double p, double q, double gamma, int x, double m) {
        double px = p * x;
        return LogGamma.value(px + q) - LogGamma.value(px) - LogGamma.value(q)
                + q * Math.log(gamma) + px * Math.log(x) + (px - 1) * Math.log(m)
                - (px + q) * Math.log(gamma + x * m);
    }
}
