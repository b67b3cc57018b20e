package io.github.cxmetrics.drivers;

import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.Band;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One run of the key driver analysis over joined respondents. */
final class Analysis {

    private Analysis() {}

    static DriverResult run(Question outcome, List<Question> drivers, MissingDrivers missing,
            int resamples, long seed, boolean withShapley, double fixedThreshold,
            Iterable<? extends Response> responses) {
        List<Question> questions = new ArrayList<>();
        questions.add(outcome);
        questions.addAll(drivers);
        Respondents data = Respondents.join(responses, questions);
        int p = drivers.size();
        boolean pairwise = missing == MissingDrivers.PAIRWISE;
        int[] rows = pairwise ? data.allRows() : data.completeRows();
        int minimum = Math.max(4, p + 2);
        if (rows.length < minimum) {
            throw new IllegalArgumentException("driver analysis of " + p + " drivers needs at least "
                    + minimum + " respondents who answered the outcome"
                    + (pairwise ? "" : " and every driver") + ": " + rows.length + " (of "
                    + data.size() + " who answered " + outcome.name() + ")");
        }
        int[][] counts = new int[p + 1][p + 1];
        double[][] correlations = Correlations.matrix(data.values, rows, pairwise, counts);
        long n = Long.MAX_VALUE;
        for (int a = 0; a <= p; a++) {
            if (Double.isNaN(correlations[a][a])) {
                throw new IllegalArgumentException(questions.get(a).name()
                        + " has no variance among the " + counts[a][a] + " respondents: "
                        + constantAnswer(data, rows, a));
            }
            for (int b = 0; b < a; b++) {
                if (counts[a][b] < minimum) {
                    throw new IllegalArgumentException("pairwise correlation of "
                            + questions.get(a).name() + " and " + questions.get(b).name()
                            + " needs at least " + minimum + " respondents who answered both: "
                            + counts[a][b]);
                }
                if (Double.isNaN(correlations[a][b])) {
                    throw new IllegalArgumentException(questions.get(a).name() + " or "
                            + questions.get(b).name() + " has no variance among the "
                            + counts[a][b] + " respondents who answered both");
                }
                n = Math.min(n, counts[a][b]);
            }
        }
        Importance.Fit fit;
        try {
            fit = Importance.fit(correlations, withShapley);
        } catch (Importance.SingularException e) {
            throw new IllegalArgumentException("drivers " + names(drivers)
                    + " cannot be separated: " + e.getMessage()
                    + (pairwise ? "; the pairwise correlations are inconsistent, try listwise"
                            : "; some driver is a linear combination of others, drop one"));
        }

        double[] r2 = new double[resamples];
        double[][] weights = new double[p][resamples];
        double[][] shapleys = new double[p][withShapley ? resamples : 0];
        int fitted = 0;
        SplittableRandom random = new SplittableRandom(seed);
        int[] sample = new int[rows.length];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = rows[random.nextInt(rows.length)];
            }
            try {
                Importance.Fit f = Importance.fit(
                        Correlations.matrix(data.values, sample, pairwise, null), withShapley);
                r2[fitted] = f.rSquared();
                for (int j = 0; j < p; j++) {
                    weights[j][fitted] = f.relativeWeights()[j];
                    if (withShapley) {
                        shapleys[j][fitted] = f.shapley()[j];
                    }
                }
                fitted++;
            } catch (Importance.SingularException e) {
                // counted below: the resample is left out of the intervals
            }
        }
        String noBootstrap = resamples == 0 ? "the calculator was built with bootstrap(0)" : null;

        double[] performance = new double[p];
        long[][] stats = new long[p][];
        double[][] moments = new double[p][];
        for (int j = 0; j < p; j++) {
            int column = j + 1;
            Question q = drivers.get(j);
            int[] own = pairwise ? answered(data, column) : rows;
            double[] x = new double[own.length];
            double[] y = new double[own.length];
            double sum = 0;
            double oriented = 0;
            long top = 0;
            for (int i = 0; i < own.length; i++) {
                int score = data.scores[own[i]][column];
                x[i] = data.values[own[i]][column];
                y[i] = data.values[own[i]][0];
                sum += score;
                oriented += x[i];
                top += q.scale().band(score) == Band.POSITIVE ? 1 : 0;
            }
            double mean = sum / own.length;
            double squares = 0;
            for (int i = 0; i < own.length; i++) {
                double d = data.scores[own[i]][column] - mean;
                squares += d * d;
            }
            double spearman = Correlations.pearson(Correlations.ranks(x), Correlations.ranks(y));
            performance[j] = q.points(oriented / own.length);
            stats[j] = new long[] {own.length, top};
            moments[j] = new double[] {mean, Math.sqrt(squares / (own.length - 1)), spearman};
        }
        double threshold = fixedThreshold;
        if (Double.isNaN(threshold)) {
            // Summed in sorted order so that the order of the drivers cannot move the threshold.
            double[] sorted = performance.clone();
            java.util.Arrays.sort(sorted);
            threshold = 0;
            for (double v : sorted) {
                threshold += v;
            }
            threshold /= p;
        }
        double importanceThreshold = fit.rSquared() / p;
        List<Driver> results = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            Question q = drivers.get(j);
            double weight = fit.relativeWeights()[j];
            results.add(new Driver(q, stats[j][0], data.missing(j + 1), correlations[j + 1][0],
                    moments[j][2], fit.coefficients()[j], weight,
                    replicates(weights[j], fitted, noBootstrap),
                    withShapley ? fit.shapley()[j] : Double.NaN,
                    withShapley ? replicates(shapleys[j], fitted, noBootstrap)
                            : Replicates.none("the calculator was built withoutShapley()"),
                    fit.rSquared(), moments[j][0], moments[j][1], performance[j], stats[j][1],
                    Quadrant.of(atLeast(weight, importanceThreshold),
                            atLeast(performance[j], threshold))));
        }
        return new DriverResult(outcome, missing, data.size(), pairwise ? n : rows.length,
                data.withoutOutcome, data.duplicates, fit.rSquared(),
                replicates(r2, fitted, noBootstrap), resamples, resamples - fitted, seed,
                threshold, results);
    }

    /**
     * Returns whether {@code value >= threshold} up to rounding (a relative 1e-9): a tie stays a
     * tie whatever the order in which the drivers were given.
     */
    private static boolean atLeast(double value, double threshold) {
        return value >= threshold - 1e-9 * Math.max(1, Math.abs(threshold));
    }

    private static Replicates replicates(double[] values, int count, String none) {
        return none != null ? Replicates.none(none) : Replicates.of(values, count);
    }

    private static int[] answered(Respondents data, int column) {
        return java.util.stream.IntStream.range(0, data.size())
                .filter(i -> !Double.isNaN(data.values[i][column])).toArray();
    }

    private static String constantAnswer(Respondents data, int[] rows, int column) {
        for (int row : rows) {
            if (data.scores[row][column] != Response.NO_SCORE) {
                return "every answer is " + data.scores[row][column];
            }
        }
        return "no answers";
    }

    private static List<String> names(List<Question> questions) {
        return questions.stream().map(Question::name).toList();
    }
}
