package io.github.cxmetrics.value.clv;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the fitter needs to know about one model: its parameters, the data it accepts, its
 * likelihood and a starting point.
 *
 * @param <M> the model type
 */
abstract class ModelSpec<M> {

    private final String name;
    private final List<String> parameters;

    ModelSpec(String name, List<String> parameters) {
        this.name = name;
        this.parameters = parameters;
    }

    String name() {
        return name;
    }

    List<String> parameters() {
        return parameters;
    }

    /** Groups the customers the model is fitted to, rejecting data it cannot fit. */
    abstract RowGroups groups(RfmSummary summary);

    /**
     * Returns the objective, {@code −ℓ/n} on log-parameters, with a gradient, computed on the
     * calling thread and the common pool.
     */
    final Objective objective(RowGroups groups) {
        return objective(groups, RowBlocks.common());
    }

    /** Returns the objective, its rows computed by {@code blocks}. */
    abstract Objective objective(RowGroups groups, RowBlocks blocks);

    /** Returns a starting point on the natural scale. */
    abstract double[] start(RowGroups groups);

    /** Returns the model with the given natural parameters. */
    abstract M model(double[] parameters, ChronoUnit unit);

    /**
     * Returns the fit, or the limit of the model's parameter space where the likelihood is at
     * least as high (a fit that runs off to a boundary); by default the fit itself.
     */
    ModelFit<M> limit(ModelFit<M> fit, RowGroups groups, ChronoUnit unit, int maxIterations,
            double tolerance, RowBlocks blocks) {
        return fit;
    }

    /** A purchase model's constructor from its four natural parameters, in order. */
    interface PurchaseModelOf<M> {
        M of(double first, double second, double third, double fourth, ChronoUnit unit);
    }

    /** A likelihood's constructor from the groups and the blocks that compute them. */
    interface ObjectiveOf {
        Objective of(RowGroups groups, RowBlocks blocks);
    }

    /** The BG/NBD, MBG/NBD and Pareto/NBD: all customers, grouped by (x, tₓ, T). */
    static class PurchaseSpec<M> extends ModelSpec<M> {

        final PurchaseModelOf<M> model;
        private final ObjectiveOf objective;

        PurchaseSpec(String name, List<String> parameters, PurchaseModelOf<M> model,
                ObjectiveOf objective) {
            super(name, parameters);
            this.model = model;
            this.objective = objective;
        }

        @Override
        RowGroups groups(RfmSummary summary) {
            if (summary.isEmpty()) {
                throw new IllegalArgumentException(
                        "cannot fit " + name() + " to an empty summary");
            }
            if (summary.repeatBuyers() == 0) {
                throw withoutRepeatBuyers(name(), summary);
            }
            return RowGroups.of(summary.frequencyColumn(), summary.recencyColumn(),
                    summary.ageColumn());
        }

        @Override
        Objective objective(RowGroups groups, RowBlocks blocks) {
            return objective.of(groups, blocks);
        }

        /** Starts from {@code r = 1, a = b = 1} (BG/NBD, MBG/NBD) with α at the rate scale. */
        @Override
        double[] start(RowGroups groups) {
            return new double[] {1, rateScale(groups), 1, 1};
        }

        @Override
        M model(double[] p, ChronoUnit unit) {
            return model.of(p[0], p[1], p[2], p[3], unit);
        }

        /**
         * Returns a scale for α (and β) that makes {@code r/α} the observed purchase rate, so
         * that the start does not depend on the time unit.
         */
        static double rateScale(RowGroups g) {
            double time = 0;
            double purchases = 0;
            for (int i = 0; i < g.size; i++) {
                time += g.weight[i] * g.v[i];
                purchases += g.weight[i] * (g.x[i] + 1);
            }
            return time > 0 ? time / purchases : 1;
        }
    }

    /** The error for data without a repeat purchase, which no model here can fit. */
    static IllegalArgumentException withoutRepeatBuyers(String model, RfmSummary summary) {
        return new IllegalArgumentException("cannot fit " + model + " without repeat buyers: none"
                + " of the " + summary.size() + " customers made a repeat purchase");
    }

    /**
     * The BG/NBD and MBG/NBD, whose likelihood tends to the NBD's as {@code b → ∞} (no dropout).
     * On data without dropout the optimiser runs off towards that limit, and stops at some large
     * {@code a} and {@code b}; where the fitted mean dropout probability {@code a/(a+b)} is
     * below {@value #NEAR_NO_DROPOUT} (whether or not the fit converged: the maximum may lie at
     * infinity), the NBD is fitted too, and if its
     * likelihood is as high (within a relative {@value #SAME_LIKELIHOOD}), the limit
     * {@code b = ∞} is the estimate.
     */
    static final class DropoutSpec<M> extends PurchaseSpec<M> {

        static final double NEAR_NO_DROPOUT = 1e-2;
        static final double SAME_LIKELIHOOD = 1e-9;

        DropoutSpec(String name, PurchaseModelOf<M> model, boolean dropoutAtFirstPurchase) {
            super(name, List.of("r", "alpha", "a", "b"), model,
                    (groups, blocks) -> new BgNbdLikelihood(groups, blocks,
                            dropoutAtFirstPurchase));
        }

        @Override
        ModelFit<M> limit(ModelFit<M> fit, RowGroups groups, ChronoUnit unit, int maxIterations,
                double tolerance, RowBlocks blocks) {
            FitDiagnostics d = fit.diagnostics();
            double a = d.estimate("a").value();
            double b = d.estimate("b").value();
            // Only a fit that headed for the limit may be taken for it: a fit that stopped short
            // (iteration cap, failed line search) elsewhere is reported as it is, not converged.
            if (a / (a + b) >= NEAR_NO_DROPOUT) {
                return fit;
            }
            FitDiagnostics nbd = MaximumLikelihood.fit(NBD, groups, unit, maxIterations,
                    tolerance, blocks, true).diagnostics();
            if (!(nbd.logLikelihood()
                    >= d.logLikelihood() - SAME_LIKELIHOOD * Math.abs(d.logLikelihood()))) {
                return fit;
            }
            Estimate r = nbd.estimate("r");
            Estimate alpha = nbd.estimate("alpha");
            List<Estimate> estimates = List.of(r, alpha, new Estimate("a", 1, Double.NaN),
                    new Estimate("b", Double.POSITIVE_INFINITY, Double.NaN));
            String message = "no dropout in the data: the likelihood is highest in the limit"
                    + " b = infinity (dropout probability 0, where a plays no part), the NBD"
                    + " model; the " + name() + " fit had stopped at a = " + a + ", b = " + b
                    + "; NBD fit: " + nbd.message();
            FitDiagnostics diagnostics = new FitDiagnostics(name(), estimates,
                    nbd.logLikelihood(), nbd.converged(), message,
                    d.iterations() + nbd.iterations(), d.evaluations() + nbd.evaluations(),
                    nbd.gradientNorm(), d.customers(), d.distinctRows());
            // The no-dropout limit b = ∞, where a plays no part.
            M limit = model.of(r.value(), alpha.value(), 1, Double.POSITIVE_INFINITY, unit);
            return new ModelFit<>(limit, diagnostics);
        }
    }

    /** The NBD, the no-dropout limit; its "model" is the natural parameters {@code (r, α)}. */
    static final ModelSpec<double[]> NBD = new ModelSpec<>("nbd", List.of("r", "alpha")) {
        @Override
        RowGroups groups(RfmSummary summary) {
            throw new UnsupportedOperationException("the NBD is fitted to grouped rows only");
        }

        @Override
        Objective objective(RowGroups groups, RowBlocks blocks) {
            return new NbdLikelihood(groups, blocks);
        }

        @Override
        double[] start(RowGroups groups) {
            return new double[] {1, PurchaseSpec.rateScale(groups)};
        }

        @Override
        double[] model(double[] parameters, ChronoUnit unit) {
            return parameters.clone();
        }
    };

    static final ModelSpec<BgNbd> BG_NBD = new DropoutSpec<>("bg/nbd", BgNbd::new, false);

    static final ModelSpec<MbgNbd> MBG_NBD = new DropoutSpec<>("mbg/nbd", MbgNbd::new, true);

    static final ModelSpec<ParetoNbd> PARETO_NBD = new PurchaseSpec<>("pareto/nbd",
            List.of("r", "alpha", "s", "beta"), ParetoNbd::new, ParetoNbdLikelihood::new) {
        @Override
        double[] start(RowGroups groups) {
            double scale = rateScale(groups);
            return new double[] {1, scale, 1, scale};
        }
    };

    static final ModelSpec<GammaGamma> GAMMA_GAMMA = new ModelSpec<>("gamma-gamma",
            List.of("p", "q", "gamma")) {
        @Override
        RowGroups groups(RfmSummary summary) {
            int[] frequency = summary.frequencyColumn();
            double[] spend = summary.meanSpendColumn();
            int buyers = 0;
            for (int i = 0; i < frequency.length; i++) {
                if (frequency[i] > 0) {
                    buyers++;
                    if (!(spend[i] > 0)) {
                        throw new IllegalArgumentException("cannot fit gamma-gamma: every repeat"
                                + " buyer needs a positive mean spend, customer "
                                + summary.customerId(i) + " has " + summary.meanSpend(i));
                    }
                }
            }
            if (buyers == 0) {
                throw withoutRepeatBuyers(name(), summary);
            }
            int[] x = new int[buyers];
            double[] m = new double[buyers];
            for (int i = 0, j = 0; i < frequency.length; i++) {
                if (frequency[i] > 0) {
                    x[j] = frequency[i];
                    m[j++] = spend[i];
                }
            }
            return RowGroups.of(x, m, new double[buyers]);
        }

        @Override
        Objective objective(RowGroups groups, RowBlocks blocks) {
            return new GammaGammaLikelihood(groups, blocks);
        }

        @Override
        double[] start(RowGroups g) {
            double spend = 0;
            for (int i = 0; i < g.size; i++) {
                spend += g.weight[i] * g.u[i];
            }
            return new double[] {1, 2, spend / g.totalWeight};
        }

        @Override
        GammaGamma model(double[] p, ChronoUnit unit) {
            return new GammaGamma(p[0], p[1], p[2]);
        }
    };
}
