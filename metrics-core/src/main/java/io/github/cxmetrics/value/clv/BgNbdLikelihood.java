package io.github.cxmetrics.value.clv;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The BG/NBD log-likelihood (Fader, Hardie and Lee 2005, equation 6) and the MBG/NBD one
 * (Batislam, Denizel and Filiztekin 2007), in log space, with their analytic gradient. With
 * {@code y = x} for the BG/NBD and {@code y = x + 1} for the MBG/NBD, whose customers can also
 * drop out at their first purchase:
 * <pre>
 * ℓ = lnΓ(r+x) − lnΓ(r) + r·ln α − (r+x)·ln(α+T)
 *   + lnΓ(a+b) + lnΓ(b+y) − lnΓ(b) − lnΓ(a+b+y)
 *   + [y &gt; 0]·log(1 + e^d),   d = ln a − ln(b+y−1) + (r+x)·(ln(α+T) − ln(α+tₓ))
 * </pre>
 * The last term is {@code B(a+1, b+y−1)/B(a, b+y) = a/(b+y−1)} folded into a log-sum-exp, so
 * nothing overflows however large {@code x} is. (BTYDplus writes the same likelihood as
 * {@code xbgcnbd.LL} with {@code k = 1}; {@code lifetimes} as {@code ModifiedBetaGeoFitter}.)
 *
 * <p>The rows are split into blocks computed in parallel ({@link RowBlocks}); log-gamma and
 * digamma terms are computed once per distinct frequency, and {@code ln(α+T)},
 * {@code ln(α+tₓ)} and their reciprocals once per distinct age or recency when
 * {@link RowGroups} lists them.
 */
final class BgNbdLikelihood extends RowLikelihood {

    /** 0 for the BG/NBD, 1 for the MBG/NBD. */
    private final int shift;

    BgNbdLikelihood(RowGroups groups, RowBlocks blocks, boolean dropoutAtFirstPurchase) {
        super(groups, blocks, 4);
        this.shift = dropoutAtFirstPurchase ? 1 : 0;
    }

    /** The rows of {@code −ℓ/n} at log-parameters {@code (ln r, ln α, ln a, ln b)}. */
    @Override
    RowBlocks.Block rows(double[] parameters, boolean wantGradient) {
        return new Terms(parameters, wantGradient)::compute;
    }

    /** The terms of one evaluation that do not depend on the row, and the row loop. */
    private final class Terms {
        final double r;
        final double alpha;
        final double a;
        final double b;
        final boolean wantGradient;
        final double logAlpha;
        final double[] lgR;
        final double[] lgB;
        final double[] psiR;
        final double[] psiB;
        final double[] psiAB;
        final double[] logRatio;
        final double[] inverse;
        final double[] logU;
        final double[] inverseU;
        final double[] logV;
        final double[] inverseV;

        Terms(double[] p, boolean wantGradient) {
            r = p[0];
            alpha = p[1];
            a = p[2];
            b = p[3];
            this.wantGradient = wantGradient;
            logAlpha = Math.log(alpha);
            int[] xs = groups.distinctX;
            int k = xs.length;
            lgR = new double[k];
            lgB = new double[k];
            psiR = new double[k];
            psiB = new double[k];
            psiAB = new double[k];
            logRatio = new double[k];
            inverse = new double[k];
            countTerms(xs, r, wantGradient, lgR, psiR);
            double lgConst = LogGamma.value(a + b) - LogGamma.value(b);
            double psiBb = wantGradient ? Digamma.value(b) : 0;
            double psiAb = wantGradient ? Digamma.value(a + b) : 0;
            double logA = Math.log(a);
            for (int j = 0; j < k; j++) {
                int x = xs[j];
                int y = x + shift;
                lgB[j] = LogGamma.value(b + y) - LogGamma.value(a + b + y) + lgConst;
                if (wantGradient) {
                    psiAB[j] = psiAb - Digamma.value(a + b + y);
                    psiB[j] = psiAB[j] + Digamma.value(b + y) - psiBb;
                }
                if (y > 0) {
                    logRatio[j] = logA - Math.log(b + y - 1);
                    inverse[j] = 1 / (b + y - 1);
                } else {
                    logRatio[j] = Double.NEGATIVE_INFINITY;
                }
            }
            logU = logs(groups.distinctU, alpha);
            inverseU = wantGradient ? inverses(groups.distinctU, alpha) : null;
            logV = logs(groups.distinctV, alpha);
            inverseV = wantGradient ? inverses(groups.distinctV, alpha) : null;
        }

        void compute(int from, int to, double[] out, int offset) {
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
            int[] uIndex = groups.uIndex;
            int[] vIndex = groups.vIndex;
            for (int i = from; i < to; i++) {
                int k = xIndex[i];
                double rx = r + x[i];
                double logT = vIndex != null ? logV[vIndex[i]] : Math.log(alpha + age[i]);
                double ll = lgR[k] + r * logAlpha - rx * logT + lgB[k];
                double sigma = 0;
                double logTx = 0;
                double ratio = logRatio[k];
                if (ratio != Double.NEGATIVE_INFINITY) {
                    logTx = tx[i] == 0 ? logAlpha
                            : uIndex != null ? logU[uIndex[i]] : Math.log(alpha + tx[i]);
                    double d = ratio + rx * (logT - logTx);
                    // log(1 + e^d) and the logistic σ(d) from one exponential; log(1 + e)
                    // rather than log1p(e), twice as fast, errs by at most 1.1e-16 absolute,
                    // which is what counts in a sum of log-likelihoods.
                    double e = Math.exp(-Math.abs(d));
                    double onePlus = 1 + e;
                    ll += Math.max(d, 0) + Math.log(onePlus);
                    sigma = (d >= 0 ? 1 : e) / onePlus;
                }
                double wi = w[i];
                sum.add(wi * ll);
                if (wantGradient) {
                    double inT = vIndex != null ? inverseV[vIndex[i]] : 1 / (alpha + age[i]);
                    gr += wi * (psiR[k] + logAlpha - logT + sigma * (logT - logTx));
                    double dAlpha = r / alpha - rx * inT;
                    if (sigma != 0) {
                        double inTx = uIndex != null ? inverseU[uIndex[i]] : 1 / (alpha + tx[i]);
                        dAlpha += sigma * rx * (inT - inTx);
                    }
                    gAlpha += wi * dAlpha;
                    ga += wi * (psiAB[k] + sigma / a);
                    gb += wi * (psiB[k] - sigma * inverse[k]);
                }
            }
            out[offset] = sum.value();
            out[offset + 1] = gr;
            out[offset + 2] = gAlpha;
            out[offset + 3] = ga;
            out[offset + 4] = gb;
        }
    }

    /** Returns {@code ln(α + t)} for each value, or null. */
    static double[] logs(double[] values, double alpha) {
        if (values == null) {
            return null;
        }
        double[] logs = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            logs[j] = Math.log(alpha + values[j]);
        }
        return logs;
    }

    /** Returns {@code 1/(α + t)} for each value, or null. */
    static double[] inverses(double[] values, double alpha) {
        if (values == null) {
            return null;
        }
        double[] inverses = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            inverses[j] = 1 / (alpha + values[j]);
        }
        return inverses;
    }

    /** Returns the log-likelihood of one customer. */
    static double logLikelihood(double r, double alpha, double a, double b, int x, double tx,
            double age, boolean dropoutAtFirstPurchase) {
        int y = dropoutAtFirstPurchase ? x + 1 : x;
        double rx = r + x;
        double logT = Math.log(alpha + age);
        double nbd = LogGamma.value(rx) - LogGamma.value(r) + r * Math.log(alpha) - rx * logT;
        if (b == Double.POSITIVE_INFINITY) {
            return nbd;     // no dropout: the NBD likelihood, the limit of the beta terms
        }
        double ll = nbd + LogGamma.value(a + b) + LogGamma.value(b + y) - LogGamma.value(b)
                - LogGamma.value(a + b + y);
        if (y > 0) {
            ll += Special.log1pExp(logOdds(r, alpha, a, b, x, tx, age, dropoutAtFirstPurchase));
        }
        return ll;
    }

    /**
     * Returns {@code d = ln(a/(b+y−1)) + (r+x)·ln((α+T)/(α+tₓ))}, the log-odds of having dropped
     * out at the last purchase against being alive; {@code P(alive) = 1/(1 + e^d)}. For the
     * BG/NBD {@code y = x ≥ 1}, for the MBG/NBD {@code y = x + 1}.
     */
    static double logOdds(double r, double alpha, double a, double b, int x, double tx,
            double age, boolean dropoutAtFirstPurchase) {
        int y = dropoutAtFirstPurchase ? x + 1 : x;
        return Math.log(a) - Math.log(b + y - 1)
                + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    }
}
