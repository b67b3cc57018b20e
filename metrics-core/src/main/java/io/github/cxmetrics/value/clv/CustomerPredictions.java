package io.github.cxmetrics.value.clv;

import io.github.cxmetrics.internal.Checks;

/**
 * Per-customer predictions for a whole {@link RfmSummary}, one value per customer in a column:
 * no object per customer, rows computed in parallel blocks ({@link RowBlocks}; each value
 * depends on its own row only, so the columns are the same on any number of threads).
 *
 * <p>The expensive part of a conditional expectation, the hypergeometric series of
 * {@code E_updated[X(t)]}, depends on the customer's frequency and age only, not on the
 * recency: it is computed once per distinct {@code (x, T)} when a sample shows that this pays
 * (ages in whole days, say), and multiplied by each customer's {@code P(alive | x, tₓ, T)}. The
 * same holds for the discounted sum of a lifetime value:
 * <pre>
 * CLV = E[spend | x, m] · P(alive | x, tₓ, T) · Σ over k = 1..K of
 *       (E_updated[X(kΔ)] − E_updated[X((k−1)Δ)]) / (1 + d)^k
 * </pre>
 */
final class CustomerPredictions {

    private CustomerPredictions() {}

    /** A function of {@code (x, T)}: the part of a prediction that does not depend on tₓ. */
    private interface OfFrequencyAndAge {
        double value(int x, double age);
    }

    private static void check(PurchaseModel model, RfmSummary summary) {
        Checks.requireNonNull(summary, "summary");
        TimeUnits.requireSame(summary.unit(), model.unit());
    }

    static double[] probabilityAlive(PurchaseModel model, RfmSummary summary) {
        check(model, summary);
        Formulas.OnHistory<PurchaseModel> formula = Formulas.of(model).alive();
        int[] x = summary.frequencyColumn();
        double[] tx = summary.recencyColumn();
        double[] age = summary.ageColumn();
        double[] alive = new double[x.length];
        forEachRow(x.length, i -> alive[i] = formula.at(model, x[i], tx[i], age[i]));
        return alive;
    }

    static double[] expectedPurchases(PurchaseModel model, RfmSummary summary, double horizon) {
        check(model, summary);
        double t = TimeUnits.requireHorizon(horizon);
        Formulas.GivenAlive<PurchaseModel> updated = Formulas.of(model).givenAlive();
        return timesAlive(model, summary, (x, age) -> updated.at(model, x, age, t), null);
    }

    static double[] lifetimeValue(PurchaseModel model, RfmSummary summary, GammaGamma spend,
            Discounting discounting) {
        check(model, summary);
        Checks.requireNonNull(spend, "spend");
        Checks.requireNonNull(discounting, "discounting");
        double[] meanSpend = spend.expectedMeanSpend(summary);
        Formulas.GivenAlive<PurchaseModel> updated = Formulas.of(model).givenAlive();
        double step = discounting.periodLength(model.unit());
        double factor = 1 / (1 + discounting.rate());
        int periods = discounting.periods();
        return timesAlive(model, summary, (x, age) -> {
            double discount = 1;
            double previous = 0;
            double value = 0;
            for (int k = 1; k <= periods; k++) {
                double expected = updated.at(model, x, age, k * step);
                discount *= factor;
                value += (expected - previous) * discount;
                previous = expected;
            }
            return value;
        }, meanSpend);
    }

    /**
     * Returns {@code P(alive)·f(x, T)} per customer, times {@code weight[i]} if not null;
     * {@code f} computed once per distinct {@code (x, T)} where that pays.
     */
    private static double[] timesAlive(PurchaseModel model, RfmSummary summary,
            OfFrequencyAndAge f, double[] weight) {
        Formulas.OnHistory<PurchaseModel> alive = Formulas.of(model).alive();
        int[] x = summary.frequencyColumn();
        double[] tx = summary.recencyColumn();
        double[] age = summary.ageColumn();
        int n = x.length;
        double[] out = new double[n];
        if (RowGroups.groupingPays(x, age, age)) {
            RowGroups.Keys keys = RowGroups.keys(x, age, age);
            double[] perKey = new double[keys.count];
            forEachRow(keys.count, k -> {
                int row = keys.first[k];
                perKey[k] = f.value(x[row], age[row]);
            });
            int[] id = keys.id;
            forEachRow(n, i -> out[i] = alive.at(model, x[i], tx[i], age[i]) * perKey[id[i]]
                    * (weight == null ? 1 : weight[i]));
        } else {
            forEachRow(n, i -> out[i] = alive.at(model, x[i], tx[i], age[i])
                    * f.value(x[i], age[i])
                    * (weight == null ? 1 : weight[i]));
        }
        return out;
    }

    private interface RowTask {
        void run(int row);
    }

    private static void forEachRow(int rows, RowTask task) {
        RowBlocks.common().forEach(RowBlocks.blocks(rows), b -> {
            int to = Math.min(rows, (b + 1) * RowBlocks.BLOCK);
            for (int i = b * RowBlocks.BLOCK; i < to; i++) {
                task.run(i);
            }
        });
    }
}
