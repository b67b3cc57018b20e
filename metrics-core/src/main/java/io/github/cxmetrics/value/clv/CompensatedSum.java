package io.github.cxmetrics.value.clv;

/**
 * Neumaier's compensated summation: the error of a sum of n terms stays at a few ulp of the
 * result instead of growing with n, so that likelihoods over many distinct rows still resolve
 * the small differences the optimiser's line search compares near the optimum.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;

    void add(double value) {
        double t = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - t) + value;
        } else {
            compensation += (value - t) + sum;
        }
        sum = t;
    }

    double value() {
        return sum + compensation;
    }
}
