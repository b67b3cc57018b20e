package io.github.cxmetrics.value.clv;

/**
 * A smooth function to minimise over log-parameters: for the models, the negative
 * log-likelihood per customer, {@code −ℓ(e^θ) / n}.
 */
interface Objective {

    /** Returns the number of parameters. */
    int dimension();

    /**
     * Returns the value at {@code theta} and, when {@code gradient} is not null, writes the
     * gradient into it. A value that is not finite marks a point outside the usable domain.
     */
    double value(double[] theta, double[] gradient);

    /** Returns whether the gradient is analytic, accurate enough to differentiate again. */
    default boolean analyticGradient() {
        return true;
    }

    /**
     * Returns {@code e^θ} for every log-parameter, or null if one of them is not a finite,
     * positive number (the point is outside the models' domain).
     */
    static double[] parameters(double[] theta) {
        double[] values = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            values[i] = Math.exp(theta[i]);
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                return null;
            }
        }
        return values;
    }

    /**
     * Returns an objective whose gradient is computed by central differences of {@code f} with
     * step {@code h}: for functions whose analytic gradient is impractical (Pareto/NBD). The error
     * is {@code O(h²)} from truncation plus {@code O(ε·|f| / h)} from rounding.
     */
    static Objective centralDifferences(Objective f, double h) {
        return new Objective() {
            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public boolean analyticGradient() {
                return false;
            }

            @Override
            public double value(double[] theta, double[] gradient) {
                double value = f.value(theta, null);
                if (gradient != null) {
                    double[] point = theta.clone();
                    for (int i = 0; i < theta.length; i++) {
                        point[i] = theta[i] + h;
                        double up = f.value(point, null);
                        point[i] = theta[i] - h;
                        double down = f.value(point, null);
                        point[i] = theta[i];
                        gradient[i] = (up - down) / (2 * h);
                    }
                }
                return value;
            }
        };
    }
}
