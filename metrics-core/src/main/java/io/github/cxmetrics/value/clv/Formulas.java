package io.github.cxmetrics.value.clv;

/**
 * A purchase model's formulas on checked primitives, which is all that the three models differ
 * in: the argument checks around them are written once, in {@link PurchaseModel}'s methods. Each
 * model has one constant of them, whose functions take the model, so that no call allocates.
 *
 * @param <M> the model
 * @param alive {@code P(alive | x, tₓ, T)}
 * @param logLikelihood the log-likelihood of a history {@code (x, tₓ, T)}
 * @param expected {@code E[X(t)]} of a new customer
 * @param probability {@code P(X(t) = n)} of a new customer
 * @param givenAlive {@code E_updated[X(t)]} of a customer alive at {@code T}
 */
record Formulas<M extends PurchaseModel>(OnHistory<M> alive, OnHistory<M> logLikelihood,
        OfHorizon<M> expected, OfCount<M> probability, GivenAlive<M> givenAlive) {

    /** A function of a history {@code (x, tₓ, T)}. */
    interface OnHistory<M> {
        double at(M model, int x, double tx, double age);
    }

    /** A function of a horizon {@code t}. */
    interface OfHorizon<M> {
        double at(M model, double t);
    }

    /** A function of a count {@code n} and a horizon {@code t}. */
    interface OfCount<M> {
        double at(M model, int n, double t);
    }

    /** {@code E_updated[X(t)]} of a customer alive at {@code T}, on primitives. */
    interface GivenAlive<M> {
        double at(M model, int x, double age, double t);
    }

    /** Returns the formulas of one of the permitted models. */
    @SuppressWarnings("unchecked")
    static <M extends PurchaseModel> Formulas<M> of(M model) {
        // Safe: each constant is chosen by the model's class and applied to that model only.
        if (model instanceof BgNbd) {
            return (Formulas<M>) BgNbd.FORMULAS;
        }
        if (model instanceof MbgNbd) {
            return (Formulas<M>) MbgNbd.FORMULAS;
        }
        return (Formulas<M>) ParetoNbd.FORMULAS;
    }
}
