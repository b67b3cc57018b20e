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
 * Rows are the groups of {@link RowGroups} with {@code u} the mean spend.
 */
final class GammaGammaLikelihood implements Objective {

    private final RowGroups groups;

    GammaGammaLikelihood(RowGroups groups) {
        this.groups = groups;
    }

    @Override
    public int dimension() {
        return 3;
    }

    /** Returns {@code −ℓ/n} at log-parameters {@code (ln p, ln q, ln γ)}. */
    @Override
    public double value(double[] theta, double[] gradient) {
        double[] parameters = Objective.parameters(theta);
        if (parameters == null) {
            return Double.NaN;
        }
        double p = parameters[0];
        double q = parameters[1];
        double gamma = parameters[2];
        boolean wantGradient = gradient != null;
        double lgq = LogGamma.value(q);
        double psiQ = wantGradient ? Digamma.value(q) : 0;
        double logGamma = Math.log(gamma);
        CompensatedSum sum = new CompensatedSum();
        double gp = 0;
        double gq = 0;
        double gg = 0;
        for (int i = 0; i < groups.size; i++) {
            int x = groups.x[i];
            double m = groups.u[i];
            double px = p * x;
            double logX = Math.log(x);
            double logM = Math.log(m);
            double logTotal = Math.log(gamma + x * m);
            double ll = LogGamma.value(px + q) - LogGamma.value(px) - lgq + q * logGamma
                    + px * logX + (px - 1) * logM - (px + q) * logTotal;
            double w = groups.weight[i];
            sum.add(w * ll);
            if (wantGradient) {
                double psiSum = Digamma.value(px + q);
                gp += w * x * (psiSum - Digamma.value(px) + logX + logM - logTotal);
                gq += w * (psiSum - psiQ + logGamma - logTotal);
                gg += w * (q / gamma - (px + q) / (gamma + x * m));
            }
        }
        double n = groups.totalWeight;
        if (wantGradient) {
            gradient[0] = -gp * p / n;
            gradient[1] = -gq * q / n;
            gradient[2] = -gg * gamma / n;
        }
        return -sum.value() / n;
    }

    /** Returns the log-likelihood of one repeat buyer, {@code x ≥ 1}, {@code m > 0}. */
    static double logLikelihood(double p, double q, double gamma, int x, double m) {
        double px = p * x;
        return LogGamma.value(px + q) - LogGamma.value(px) - LogGamma.value(q)
                + q * Math.log(gamma) + px * Math.log(x) + (px - 1) * Math.log(m)
                - (px + q) * Math.log(gamma + x * m);
    }
}
