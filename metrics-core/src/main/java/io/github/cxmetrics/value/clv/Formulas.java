package io.github.cxmetrics.value.clv;

/**
 * A purchase model's formulas on checked primitives, which is all that the three models differ
 * in: the argument checks around them are written once, in {@link PurchaseModel}'s methods.
 *
 * @param alive {@code P(alive | x, tₓ, T)}
 * @param logLikelihood the log-likelihood of a history {@code (x, tₓ, T)}
 * @param expected {@code E[X(t)]} of a new customer
 * @param probability {@code P(X(t) = n)} of a new customer
 * @param givenAlive {@code E_updated[X(t)]} of a customer alive at {@code T}
 */
record Formulas(ModelChecks.OnHistory alive, ModelChecks.OnHistory logLikelihood,
        OfHorizon expected, OfCount probability, GivenAlive givenAlive) {

    /** A function of a horizon {@code t}. */
    interface OfHorizon {
        double at(double t);
    }

    /** A function of a count {@code n} and a horizon {@code t}. */
    interface OfCount {
        double at(int n, double t);
    }

    /** {@code E_updated[X(t)]} of a customer alive at {@code T}, on primitives. */
    interface GivenAlive {
        double at(int x, double age, double t);
    }

    /** Returns the formulas of one of the permitted models. */
    static Formulas of(PurchaseModel model) {
        if (model instanceof BgNbd m) {
            return m.formulas();
        }
        if (model instanceof MbgNbd m) {
            return m.formulas();
        }
        return ((ParetoNbd) model).formulas();
    }
}
