package io.github.cxmetrics.value.clv;

import java.util.ArrayList;
import java.util.List;

/** Objectives for the optimiser's tests, from their dimension and value. */
final class Objectives {

    private Objectives() {}

    /** An objective's value at {@code x}, writing its gradient into {@code g} unless null. */
    interface Value {
        double at(double[] x, double[] g);
    }

    /**
     * The Rosenbrock function {@code (1 − x₀)² + 100 (x₁ − x₀²)²}, minimum 0 at (1, 1): a
     * {@link Value} of two parameters.
     */
    static double rosenbrock(double[] x, double[] g) {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        if (g != null) {
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
        }
        return a * a + 100 * b * b;
    }

    /** Returns the objective of {@code dimension} parameters with the given value. */
    static Objective of(int dimension, Value value) {
        return new Objective() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public double value(double[] x, double[] g) {
                return value.at(x, g);
            }
        };
    }

    /**
     * An objective that records every point it is evaluated at and the value there, and says
     * whether its gradient is analytic (by default it is). A record, so that its components are
     * the {@link Objective}'s {@code dimension()} and {@code analyticGradient()}.
     */
    record Recorded(int dimension, Value f, boolean analyticGradient, List<double[]> points,
            List<Double> values) implements Objective {

        Recorded(int dimension, Value f) {
            this(dimension, f, true);
        }

        Recorded(int dimension, Value f, boolean analyticGradient) {
            this(dimension, f, analyticGradient, new ArrayList<>(), new ArrayList<>());
        }

        @Override
        public double value(double[] x, double[] g) {
            double v = f.at(x, g);
            points.add(x.clone());
            values.add(v);
            return v;
        }

        /** Returns the number of evaluations so far. */
        int evaluations() {
            return points.size();
        }

        /** Value and gradient at {@code x}, without recording. */
        double[] gradientAt(double[] x) {
            double[] g = new double[dimension];
            f.at(x, g);
            return g;
        }
    }
}
