package io.github.cxmetrics.value.clv;

/** Objectives for the optimiser's tests, from their dimension and value. */
final class Objectives {

    private Objectives() {}

    /** An objective's value at {@code x}, writing its gradient into {@code g} unless null. */
    interface Value {
        double at(double[] x, double[] g);
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
}
