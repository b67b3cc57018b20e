package io.github.cxmetrics.value.clv;

/**
 * Compensated summation: the error of a sum of n terms stays at a few ulp of the result instead
 * of growing with n, so that likelihoods over many distinct rows still resolve the small
 * differences the optimiser's line search compares near the optimum.
 *
 * <p>Each addition's rounding error is recovered exactly by Knuth's branch-free TwoSum and
 * accumulated separately (the sum Neumaier's algorithm computes, without its data-dependent
 * branch, which mispredicts on rows of mixed magnitude).
 */
final class CompensatedSum {

    private double sum;
    private double compensation;

    void add(double value) {
        double t = sum + value;
        double virtual = t - sum;
        compensation += (sum - (t - virtual)) + (value - virtual);
        sum = t;
    }

    double value() {
        return sum + compensation;
    }
}
