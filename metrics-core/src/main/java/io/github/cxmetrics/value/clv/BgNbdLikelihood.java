package io.github.cxmetrics.value.clv;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The BG/NBD log-likelihood (Fader, Hardie and Lee 2005, equation 6) in log space, with its
 * analytic gradient:
 * <pre>
 * ℓ = lnΓ(r+x) − lnΓ(r) + r·ln α − (r+x)·ln(α+T)
 *   + lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
 *   + [x &gt; 0]·log(1 + e^d),   d = ln a − ln(b+x−1) + (r+x)·(ln(α+T) − ln(α+tₓ))
 * </pre>
 * The last term is {@code B(a+1, b+x−1)/B(a, b+x) = a/(b+x−1)} folded into a log-sum-exp, so
 * nothing overflows however large {@code x} is.
 */
final class BgNbdLikelihood implements Objective {

    private final RowGroups groups;
    private final double[] lgR;
    private final double[] lgB;
    private final double[] psiR;
    private final double[] psiB;
    private final double[] psiAB;
    private final double[] logRatio;
    private final double[] inverse;

    BgNbdLikelihood(RowGroups groups) {
        this.groups = groups;
        int k = groups.distinctX.length;
        lgR = new double[k];
        lgB = new double[k];
        psiR = new double[k];
        psiB = new double[k];
        psiAB = new double[k];
        logRatio = new double[k];
        inverse = new double[k];
    }

    @Override
    public int dimension() {
        return 4;
    }

    /** Returns {@code −ℓ/n} at log-parameters {@code (ln r, ln α, ln a, ln b)}. */
    @Override
    public double value(double[] theta, double[] gradient) {
        double[] parameters = Objective.parameters(theta);
        if (parameters == null) {
            return Double.NaN;
        }
        double r = parameters[0];
        double alpha = parameters[1];
        double a = parameters[2];
        double b = parameters[3];
        boolean wantGradient = gradient != null;
        double lgr = LogGamma.value(r);
        double lgConst = LogGamma.value(a + b) - LogGamma.value(b);
        double psiRr = wantGradient ? Digamma.value(r) : 0;
        double psiBb = wantGradient ? Digamma.value(b) : 0;
        double psiAb = wantGradient ? Digamma.value(a + b) : 0;
        int[] xs = groups.distinctX;
        double logA = Math.log(a);
        for (int k = 0; k < xs.length; k++) {
            int x = xs[k];
            lgR[k] = LogGamma.value(r + x) - lgr;
            lgB[k] = LogGamma.value(b + x) - LogGamma.value(a + b + x) + lgConst;
            if (wantGradient) {
                psiR[k] = Digamma.value(r + x) - psiRr;
                psiAB[k] = psiAb - Digamma.value(a + b + x);
                psiB[k] = psiAB[k] + Digamma.value(b + x) - psiBb;
            }
            if (x > 0) {
                logRatio[k] = logA - Math.log(b + x - 1);
                inverse[k] = 1 / (b + x - 1);
            }
        }
        double logAlpha = Math.log(alpha);
        CompensatedSum sum = new CompensatedSum();
        double gr = 0;
        double gAlpha = 0;
        double ga = 0;
        double gb = 0;
        int[] xIndex = groups.xIndex;
        int[] x = groups.x;
        double[] tx = groups.u;
        double[] age = groups.v;
        double[] w = groups.weight;
        for (int i = 0; i < groups.size; i++) {
            int k = xIndex[i];
            int xi = x[i];
            double rx = r + xi;
            double logT = Math.log(alpha + age[i]);
            double ll = lgR[k] + r * logAlpha - rx * logT + lgB[k];
            double sigma = 0;
            double logTx = 0;
            if (xi > 0) {
                logTx = Math.log(alpha + tx[i]);
                double d = logRatio[k] + rx * (logT - logTx);
                ll += Special.log1pExp(d);
                sigma = Special.logistic(d);
            }
            double wi = w[i];
            sum.add(wi * ll);
            if (wantGradient) {
                double inT = 1 / (alpha + age[i]);
                gr += wi * (psiR[k] + logAlpha - logT + sigma * (logT - logTx));
                double dAlpha = r / alpha - rx * inT;
                if (xi > 0) {
                    dAlpha += sigma * rx * (inT - 1 / (alpha + tx[i]));
                }
                gAlpha += wi * dAlpha;
                ga += wi * (psiAB[k] + sigma / a);
                gb += wi * (psiB[k] - sigma * (xi > 0 ? inverse[k] : 0));
            }
        }
        double n = groups.totalWeight;
        if (wantGradient) {
            gradient[0] = -gr * r / n;
            gradient[1] = -gAlpha * alpha / n;
            gradient[2] = -ga * a / n;
            gradient[3] = -gb * b / n;
        }
        return -sum.value() / n;
    }

    /** Returns the log-likelihood of one customer. */
    static double logLikelihood(double r, double alpha, double a, double b, int x, double tx,
            double age) {
        double rx = r + x;
        double logT = Math.log(alpha + age);
        double ll = LogGamma.value(rx) - LogGamma.value(r) + r * Math.log(alpha) - rx * logT
                + LogGamma.value(a + b) + LogGamma.value(b + x) - LogGamma.value(b)
                - LogGamma.value(a + b + x);
        if (x > 0) {
            ll += Special.log1pExp(logOdds(r, alpha, a, b, x, tx, age));
        }
        return ll;
    }

    /**
     * Returns {@code d = ln(a/(b+x−1)) + (r+x)·ln((α+T)/(α+tₓ))}, the log-odds of having dropped
     * out after the last purchase against being alive; {@code P(alive) = 1/(1 + e^d)}.
     */
    static double logOdds(double r, double alpha, double a, double b, int x, double tx,
            double age) {
        return Math.log(a) - Math.log(b + x - 1)
                + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    }
}
