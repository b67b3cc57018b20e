package io.github.cxmetrics.value.clv;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * A log-likelihood over the weighted rows of {@link RowGroups} as an {@link Objective}:
 * {@code −ℓ/n} on log-parameters, {@code n} the total weight. A subclass sums, over a block of
 * rows, {@code Σ wᵢℓᵢ} and then {@code Σ wᵢ·∂ℓᵢ/∂θⱼ} in the natural parameters; the blocks run
 * in parallel ({@link RowBlocks}) and the chain rule {@code ∂/∂ ln θ = θ·∂/∂θ} turns their sums
 * into the gradient.
 */
abstract class RowLikelihood implements Objective {

    final RowGroups groups;
    final RowBlocks blocks;
    private final int dimension;

    RowLikelihood(RowGroups groups, RowBlocks blocks, int dimension) {
        this.groups = groups;
        this.blocks = blocks;
        this.dimension = dimension;
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public final double value(double[] theta, double[] gradient) {
        double[] parameters = Objective.parameters(theta);
        if (parameters == null) {
            return Double.NaN;
        }
        double[] sums = blocks.sum(groups.size, dimension + 1, rows(parameters, gradient != null));
        double n = groups.totalWeight;
        if (gradient != null) {
            for (int j = 0; j < dimension; j++) {
                gradient[j] = -sums[j + 1] * parameters[j] / n;
            }
        }
        return -sums[0] / n;
    }

    /**
     * Returns the block that writes, for its rows, {@code Σ wᵢℓᵢ} into {@code out[offset]} and,
     * if wanted, {@code Σ wᵢ·∂ℓᵢ/∂θⱼ} into {@code out[offset + 1 + j]}, at the natural
     * parameters {@code parameters}; terms that do not depend on the row are computed here, once.
     */
    abstract RowBlocks.Block rows(double[] parameters, boolean wantGradient);

    /**
     * Writes, per distinct frequency {@code xs[k]}, the count term {@code lnΓ(r+x) − lnΓ(r)} of
     * the NBD purchase process into {@code logTerms[k]} and, if wanted, its derivative in r,
     * {@code ψ(r+x) − ψ(r)}, into {@code digammaTerms[k]}.
     */
    static void countTerms(int[] xs, double r, boolean wantGradient, double[] logTerms,
            double[] digammaTerms) {
        double lgr = LogGamma.value(r);
        double psiRr = wantGradient ? Digamma.value(r) : 0;
        for (int k = 0; k < xs.length; k++) {
            logTerms[k] = LogGamma.value(r + xs[k]) - lgr;
            if (wantGradient) {
                digammaTerms[k] = Digamma.value(r + xs[k]) - psiRr;
            }
        }
    }
}
