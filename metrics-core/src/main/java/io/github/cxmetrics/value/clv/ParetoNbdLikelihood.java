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
final class ParetoNbdLikelihood implements Objective {

    private final RowGroups groups;
    private final RowBlocks blocks;

    ParetoNbdLikelihood(RowGroups groups, RowBlocks blocks) {
        this.groups = groups;
        this.blocks = blocks;
    }

    @Override
    public int dimension() {
        return 4;
    }

    /**
     * Returns {@code −ℓ/n} at log-parameters {@code (ln r, ln α, ln s, ln β)}; the gradient, if
     * asked for, is left to {@link Objective#centralDifferences}.
     */
    @Override
    public double value(double[] theta, double[] gradient) {
        double[] parameters = Objective.parameters(theta);
        if (parameters == null) {
            return Double.NaN;
        }
        double r = parameters[0];
        double alpha = parameters[1];
        double s = parameters[2];
        double beta = parameters[3];
        double lgr = LogGamma.value(r);
        int[] xs = groups.distinctX;
        double[] lgR = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            lgR[k] = LogGamma.value(r + xs[k]) - lgr;
        }
        double constant = r * Math.log(alpha) + s * Math.log(beta);
        double[] sums = blocks.sum(groups.size, 1, (from, to, out, offset) -> {
            CompensatedSum sum = new CompensatedSum();
            for (int i = from; i < to; i++) {
                double ll = lgR[groups.xIndex[i]] + constant
                        + logBracket(r, alpha, s, beta, groups.x[i], groups.u[i], groups.v[i]);
                sum.add(groups.weight[i] * ll);
            }
            out[offset] = sum.value();
        });
        return -sums[0] / groups.totalWeight;
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
}
