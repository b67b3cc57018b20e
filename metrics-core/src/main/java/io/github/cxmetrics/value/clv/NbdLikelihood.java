package io.github.cxmetrics.value.clv;

/**
 * The NBD log-likelihood, the BG/NBD's and MBG/NBD's limit without dropout ({@code b = ∞}):
 * Poisson purchases of a gamma(r, α) rate over the whole age {@code T} of each customer,
 * <pre>
 * ℓ = lnΓ(r+x) − lnΓ(r) + r·ln α − (r+x)·ln(α+T)
 * ∂ℓ/∂r = ψ(r+x) − ψ(r) + ln α − ln(α+T),   ∂ℓ/∂α = r/α − (r+x)/(α+T)
 * </pre>
 * (Ehrenberg 1959; the first line of FHL 2005 eq. 6, the beta terms tending to 1). Recency
 * plays no part.
 */
final class NbdLikelihood extends RowLikelihood {

    NbdLikelihood(RowGroups groups, RowBlocks blocks) {
        super(groups, blocks, 2);
    }

    @Override
    RowBlocks.Block rows(double[] parameters, boolean wantGradient) {
        double r = parameters[0];
        double alpha = parameters[1];
        double logAlpha = Math.log(alpha);
        int k = groups.distinctX.length;
        double[] lgR = new double[k];
        double[] psiR = new double[k];
        countTerms(groups.distinctX, r, wantGradient, lgR, psiR);
        double[] logV = BgNbdLikelihood.logs(groups.distinctV, alpha);
        return (from, to, out, offset) -> {
            CompensatedSum sum = new CompensatedSum();
            double gr = 0;
            double gAlpha = 0;
            for (int i = from; i < to; i++) {
                int j = groups.xIndex[i];
                double age = groups.v[i];
                double rx = r + groups.x[i];
                double logT = logV != null ? logV[groups.vIndex[i]] : Math.log(alpha + age);
                double w = groups.weight[i];
                sum.add(w * (lgR[j] + r * logAlpha - rx * logT));
                if (wantGradient) {
                    gr += w * (psiR[j] + logAlpha - logT);
                    gAlpha += w * (r / alpha - rx / (alpha + age));
                }
            }
            out[offset] = sum.value();
            out[offset + 1] = gr;
            out[offset + 2] = gAlpha;
        };
    }
}
