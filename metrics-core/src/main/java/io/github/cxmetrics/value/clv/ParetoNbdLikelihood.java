package io.github.cxmetrics.value.clv;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Pareto/NBD log-likelihood (Schmittlein, Morrison and Colombo 1987; Fader and Hardie 2005,
 * "A Note on Deriving the Pareto/NBD Model and Related Expressions", equation 22) in a form
 * without cancellation.
 *
 * <p>Given λ and μ the likelihood is {@code λˣe^(−(λ+μ)T) + ∫ from tₓ to T of λˣe^(−λτ)·μe^(−μτ) dτ};
 * mixing over the gamma heterogeneity gives
 * <pre>
 * L = Γ(r+x)·αʳ·βˢ / Γ(r) · [ (α+T)^−(r+x)·(β+T)^−s + s·(K(tₓ) − K(T)) ],
 * K(t) = K_{r+x, s+1}(t),   K_{p,q}(t) = ∫ from t to ∞ of (α+τ)^−p·(β+τ)^−q dτ.
 * </pre>
 * The published form writes {@code K(tₓ) − K(T)} as a difference of two hypergeometric terms,
 * which cancel when {@code tₓ} is close to {@code T}. Integrating {@code d/dτ[(α+τ)^−p(β+τ)^−s]}
 * from {@code T} to ∞ gives {@code (α+T)^−p(β+T)^−s = p·K_{p+1,s}(T) + s·K_{p,s+1}(T)}, hence
 * the bracket is the sum of two positive terms (the rearrangement also used by PyMC-Marketing):
 * <pre>
 * L = Γ(r+x)·αʳ·βˢ / Γ(r) · [ s·K_{r+x, s+1}(tₓ) + (r+x)·K_{r+x+1, s}(T) ]
 * </pre>
 * and each {@code K} is a Gauss hypergeometric function with argument in {@code [0, 1)}:
 * <pre>
 * α ≥ β:  K_{p,q}(t) = (α+t)^−p·(β+t)^(1−q) / (p+q−1) · ₂F₁(1, p; p+q; (α−β)/(α+t))
 * α &lt; β:  K_{p,q}(t) = (β+t)^−q·(α+t)^(1−p) / (p+q−1) · ₂F₁(1, q; p+q; (β−α)/(β+t))
 * </pre>
 * (substitute {@code τ = t + (α+t)·w} and apply Euler's transformation). {@code ₂F₁(1, b; c; z)}
 * comes from its continued fraction, which converges on all of {@code [0, 1)}: when one of
 * α, β is much larger than the other the argument approaches 1 and the power series would need
 * thousands of terms.
 */
final class ParetoNbdLikelihood extends RowLikelihood {

    /** Per integral: its logarithm, then its derivatives in p, q, α and β. */
    private static final int TERMS = 5;

    /** The distinct {@code (x, tₓ)} where that pays (null otherwise): {@code K(tₓ)} once each. */
    private final RowGroups.Keys recencyKeys;
    /** The distinct {@code (x, T)} where that pays (null otherwise): {@code K(T)} once each. */
    private final RowGroups.Keys ageKeys;

    ParetoNbdLikelihood(RowGroups groups, RowBlocks blocks) {
        super(groups, blocks, 4);
        int[] x = groups.x;
        this.recencyKeys = keysIfTheyPay(x, groups.u);
        this.ageKeys = keysIfTheyPay(x, groups.v);
    }

    private static RowGroups.Keys keysIfTheyPay(int[] x, double[] t) {
        if (!RowGroups.groupingPays(x, t, t)) {
            return null;
        }
        RowGroups.Keys keys = RowGroups.keys(x, t, t);
        return keys.count <= x.length / 2 ? keys : null;
    }

    /**
     * The rows of {@code −ℓ/n} at log-parameters {@code (ln r, ln α, ln s, ln β)}, and of its
     * analytic gradient: the derivatives of each hypergeometric integral come with its value
     * from {@link Special#logHyp2f1OneB}.
     */
    @Override
    RowBlocks.Block rows(double[] parameters, boolean wantGradient) {
        double r = parameters[0];
        double alpha = parameters[1];
        double s = parameters[2];
        double beta = parameters[3];
        int[] xs = groups.distinctX;
        double[] lgR = new double[xs.length];
        double[] psiR = new double[xs.length];
        countTerms(xs, r, wantGradient, lgR, psiR);
        double logAlpha = Math.log(alpha);
        double logBeta = Math.log(beta);
        double logS = Math.log(s);
        double constant = r * logAlpha + s * logBeta;
        // K_{r+x, s+1}(tₓ) and K_{r+x+1, s}(T), per distinct (x, t) where that pays.
        double[] recencyTerms = terms(recencyKeys, groups.u, 0, s + 1, r, alpha, beta,
                wantGradient);
        double[] ageTerms = terms(ageKeys, groups.v, 1, s, r, alpha, beta, wantGradient);
        return (from, to, out, offset) -> {
            CompensatedSum sum = new CompensatedSum();
            double[] k1 = new double[TERMS];
            double[] k2 = new double[TERMS];
            double[] scratch = new double[3];
            double gr = 0;
            double gAlpha = 0;
            double gs = 0;
            double gBeta = 0;
            for (int i = from; i < to; i++) {
                int x = groups.x[i];
                double p = r + x;
                // Each integral from its key's terms where there are keys, else computed here.
                double[] t1 = recencyTerms != null ? recencyTerms
                        : integral(p, s + 1, alpha, beta, groups.u[i], wantGradient, k1, scratch);
                int o1 = offset(recencyKeys, i);
                double[] t2 = ageTerms != null ? ageTerms
                        : integral(p + 1, s, alpha, beta, groups.v[i], wantGradient, k2, scratch);
                int o2 = offset(ageKeys, i);
                double u1 = logS + t1[o1];
                double u2 = Math.log(p) + t2[o2];
                double logBracket = Special.logAddExp(u1, u2);
                double ll = lgR[groups.xIndex[i]] + constant + logBracket;
                double w = groups.weight[i];
                sum.add(w * ll);
                if (wantGradient) {
                    double w1 = Math.exp(u1 - logBracket);
                    double w2 = Math.exp(u2 - logBracket);
                    gr += w * (psiR[groups.xIndex[i]] + logAlpha + w1 * t1[o1 + 1]
                            + w2 * (1 / p + t2[o2 + 1]));
                    gAlpha += w * (r / alpha + w1 * t1[o1 + 3] + w2 * t2[o2 + 3]);
                    gs += w * (logBeta + w1 * (1 / s + t1[o1 + 2]) + w2 * t2[o2 + 2]);
                    gBeta += w * (s / beta + w1 * t1[o1 + 4] + w2 * t2[o2 + 4]);
                }
            }
            out[offset] = sum.value();
            out[offset + 1] = gr;
            out[offset + 2] = gAlpha;
            out[offset + 3] = gs;
            out[offset + 4] = gBeta;
        };
    }

    /**
     * Returns {@code K_{r+x+shift, q}(t)} and its derivatives for every distinct key, or null when
     * there are no keys (the integrals are then computed row by row).
     */
    private double[] terms(RowGroups.Keys keys, double[] t, int shift, double q, double r,
            double alpha, double beta, boolean wantGradient) {
        if (keys == null) {
            return null;
        }
        double[] terms = new double[keys.count * TERMS];
        blocks.forEach(RowBlocks.blocks(keys.count), b -> {
            double[] one = new double[TERMS];
            double[] scratch = new double[3];
            int to = Math.min(keys.count, (b + 1) * RowBlocks.BLOCK);
            for (int k = b * RowBlocks.BLOCK; k < to; k++) {
                int row = keys.first[k];
                integral(r + groups.x[row] + shift, q, alpha, beta, t[row], wantGradient, one,
                        scratch);
                System.arraycopy(one, 0, terms, k * TERMS, TERMS);
            }
        });
        return terms;
    }

    /**
     * Writes {@code ln K_{p,q}(t)} into {@code out[0]} and, if wanted, its derivatives in p, q, α
     * and β into {@code out[1 … 4]}; returns {@code out}.
     */
    private static double[] integral(double p, double q, double alpha, double beta, double t,
            boolean wantGradient, double[] out, double[] scratch) {
        if (wantGradient) {
            out[0] = logK(p, q, alpha, beta, t, out, scratch);
        } else {
            out[0] = logK(p, q, alpha, beta, t);
        }
        return out;
    }

    /** Returns where row {@code i}'s terms start: in its key's terms, or 0 in the row's own. */
    private static int offset(RowGroups.Keys keys, int i) {
        return keys == null ? 0 : keys.id[i] * TERMS;
    }

    /** Returns the log-likelihood of one customer. */
    static double logLikelihood(double r, double alpha, double s, double beta, int x, double tx,
            double age) {
        return LogGamma.value(r + x) - LogGamma.value(r) + r * Math.log(alpha)
                + s * Math.log(beta) + logBracket(r, alpha, s, beta, x, tx, age);
    }

    /**
     * Returns {@code ln[s·K_{r+x,s+1}(tₓ) + (r+x)·K_{r+x+1,s}(T)]}, the logarithm of the
     * likelihood without its constant factor.
     */
    static double logBracket(double r, double alpha, double s, double beta, int x, double tx,
            double age) {
        double p = r + x;
        return Special.logAddExp(Math.log(s) + logK(p, s + 1, alpha, beta, tx),
                Math.log(p) + logK(p + 1, s, alpha, beta, age));
    }

    /**
     * Returns {@code ln P(alive at T) = −(r+x)·ln(α+T) − s·ln(β+T) − logBracket}: the share of
     * the likelihood that comes from being alive at {@code T}.
     */
    static double logProbabilityAlive(double r, double alpha, double s, double beta, int x,
            double tx, double age) {
        double p = r + x;
        double logAlive = -p * Math.log(alpha + age) - s * Math.log(beta + age);
        return Math.min(0, logAlive - logBracket(r, alpha, s, beta, x, tx, age));
    }

    /** Returns {@code ln K_{p,q}(t)}, {@code p, q > 0}, {@code p + q > 1}. */
    static double logK(double p, double q, double alpha, double beta, double t) {
        double c = p + q - 1;
        double logAlpha = Math.log(alpha + t);
        double logBeta = Math.log(beta + t);
        double f;
        double log;
        if (alpha >= beta) {
            f = Special.hyp2f1OneB(p, p + q, (alpha - beta) / (alpha + t));
            log = -p * logAlpha + (1 - q) * logBeta;
        } else {
            f = Special.hyp2f1OneB(q, p + q, (beta - alpha) / (beta + t));
            log = -q * logBeta + (1 - p) * logAlpha;
        }
        return log - Math.log(c) + Math.log(f);
    }

    /**
     * Returns {@code ln K_{p,q}(t)} as {@link #logK(double, double, double, double, double)} and
     * writes its derivatives in p, q, α and β into {@code out[1 … 4]}; {@code scratch} holds
     * three doubles. With {@code G = ln ₂F₁} and its partials {@code G_b, G_c, G_z}:
     * <pre>
     * α ≥ β:  ∂p = −ln(α+t) − 1/(p+q−1) + G_b + G_c    ∂q = −ln(β+t) − 1/(p+q−1) + G_c
     *         ∂α = −p/(α+t) + G_z·(β+t)/(α+t)²           ∂β = (1−q)/(β+t) − G_z/(α+t)
     * α &lt; β:  ∂p = −ln(α+t) − 1/(p+q−1) + G_c          ∂q = −ln(β+t) − 1/(p+q−1) + G_b + G_c
     *         ∂α = (1−p)/(α+t) − G_z/(β+t)               ∂β = −q/(β+t) + G_z·(α+t)/(β+t)²
     * </pre>
     */
    static double logK(double p, double q, double alpha, double beta, double t, double[] out,
            double[] scratch) {
        double c = p + q - 1;
        double a = alpha + t;
        double b = beta + t;
        double logA = Math.log(a);
        double logB = Math.log(b);
        double log;
        if (alpha >= beta) {
            log = -p * logA + (1 - q) * logB
                    + Special.logHyp2f1OneB(p, p + q, (alpha - beta) / a, scratch);
            out[1] = -logA - 1 / c + scratch[0] + scratch[1];
            out[2] = -logB - 1 / c + scratch[1];
            out[3] = -p / a + scratch[2] * b / (a * a);
            out[4] = (1 - q) / b - scratch[2] / a;
        } else {
            log = -q * logB + (1 - p) * logA
                    + Special.logHyp2f1OneB(q, p + q, (beta - alpha) / b, scratch);
            out[1] = -logA - 1 / c + scratch[1];
            out[2] = -logB - 1 / c + scratch[0] + scratch[1];
            out[3] = (1 - p) / a - scratch[2] / b;
            out[4] = -q / b + scratch[2] * a / (b * b);
        }
        return log - Math.log(c);
    }
}
