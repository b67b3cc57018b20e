package io.github.cxmetrics.drivers;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import io.github.cxmetrics.stats.Means;
import io.github.cxmetrics.stats.Normal;
import io.github.cxmetrics.stats.Proportions;
import java.util.Locale;

/**
 * One driver of a {@link DriverResult}: how strongly it goes with the outcome (Pearson and
 * Spearman correlations), how much of the outcome's explained variance it accounts for (Johnson's
 * relative weight and the Shapley/LMG share of R²), how well it performs (its mean and top-box
 * share on its own scale), and its {@link Quadrant}. Immutable.
 *
 * <p>Scores are oriented so that higher is better before anything is computed: on a
 * lower-is-better scale a score {@code x} counts as {@code min + max − x}, so that a positive
 * correlation always means "better on this driver, better outcome". {@link #mean()} is on the
 * driver's own scale, as answered.
 */
public final class Driver {

    private final Question question;
    private final long n;
    private final long missing;
    private final double pearson;
    private final double spearman;
    private final double coefficient;
    private final double relativeWeight;
    private final Replicates relativeWeights;
    private final double shapley;
    private final Replicates shapleys;
    private final double rSquared;
    private final double mean;
    private final double standardDeviation;
    private final double performance;
    private final long topBox;
    private final Quadrant quadrant;

    Driver(Question question, long n, long missing, double pearson, double spearman,
            double coefficient, double relativeWeight, Replicates relativeWeights, double shapley,
            Replicates shapleys, double rSquared, double mean, double standardDeviation,
            double performance, long topBox, Quadrant quadrant) {
        this.question = question;
        this.n = n;
        this.missing = missing;
        this.pearson = pearson;
        this.spearman = spearman;
        this.coefficient = coefficient;
        this.relativeWeight = relativeWeight;
        this.relativeWeights = relativeWeights;
        this.shapley = shapley;
        this.shapleys = shapleys;
        this.rSquared = rSquared;
        this.mean = mean;
        this.standardDeviation = standardDeviation;
        this.performance = performance;
        this.topBox = topBox;
        this.quadrant = quadrant;
    }

    /** Returns the driver's question. */
    public String question() {
        return question.name();
    }

    /** Returns the driver's scale. */
    public ScoreScale scale() {
        return question.scale();
    }

    /**
     * Returns the number of respondents behind this driver's correlations and performance: the
     * model's {@code n} listwise, those who answered this driver (and the outcome) pairwise.
     */
    public long n() {
        return n;
    }

    /** Returns how many respondents who answered the outcome did not answer this driver. */
    public long missing() {
        return missing;
    }

    /** Returns Pearson's correlation of the driver with the outcome, in [−1, 1]. */
    public double pearson() {
        return pearson;
    }

    /**
     * Returns the Fisher z interval of Pearson's correlation:
     * {@code tanh(atanh(r) ± z / sqrt(n − 3))}.
     */
    public Interval pearsonInterval(double level) {
        return fisher(pearson, 1 / Math.sqrt(n - 3.0), level);
    }

    /**
     * Returns the two-sided p-value of Pearson's correlation against 0:
     * {@code t = r·sqrt((n − 2) / (1 − r²))} on {@code n − 2} degrees of freedom.
     */
    public double pearsonPValue() {
        if (Math.abs(pearson) == 1) {
            return 0;
        }
        double t = pearson * Math.sqrt((n - 2.0) / (1 - pearson * pearson));
        return Normal.tTwoSidedPValue(t, n - 2.0);
    }

    /** Returns Spearman's rank correlation (Pearson's of the mid-ranks), in [−1, 1]. */
    public double spearman() {
        return spearman;
    }

    /**
     * Returns the Fisher z interval of Spearman's correlation with the standard error of Bonett
     * and Wright (2000), {@code sqrt((1 + r²/2) / (n − 3))}.
     */
    public Interval spearmanInterval(double level) {
        return fisher(spearman, Math.sqrt((1 + spearman * spearman / 2) / (n - 3.0)), level);
    }

    private static Interval fisher(double r, double se, double level) {
        Checks.requireLevel(level);
        if (Math.abs(r) == 1) {
            return new Interval(r, r, level);
        }
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = Normal.criticalValue(level) * se;
        return new Interval(Math.tanh(z - half), Math.tanh(z + half), level);
    }

    /**
     * Returns the driver's standardized coefficient in the multiple regression of the outcome on
     * all the drivers (the change in the outcome, in standard deviations, per standard
     * deviation of the driver with the others held fixed). Unlike the importances it may be
     * negative, or large, when drivers are correlated.
     */
    public double standardizedCoefficient() {
        return coefficient;
    }

    /**
     * Returns Johnson's relative weight: the part of the model's R² this driver accounts for,
     * in [0, R²]; the relative weights of all the drivers sum to R².
     */
    public double relativeWeight() {
        return relativeWeight;
    }

    /** Returns the relative weight as a percentage of R², {@code 100 × weight / R²}. */
    public double relativeWeightPercent() {
        return percentOfRSquared(relativeWeight);
    }

    /**
     * Returns the bootstrap percentile interval of the relative weight.
     *
     * @throws IllegalStateException if the analysis ran no bootstrap
     */
    public Interval relativeWeightInterval(double level) {
        return relativeWeights.interval(level, "relative weight of " + question.name());
    }

    /** Returns whether the Shapley (LMG) share was computed (not with {@code withoutShapley()}). */
    public boolean hasShapley() {
        return !Double.isNaN(shapley);
    }

    /**
     * Returns the Shapley value (LMG) of the driver in the R² game: its gain in R², averaged
     * over every order of entering the drivers into the model, in [0, R²]; the Shapley values of
     * all the drivers sum to R².
     *
     * @throws IllegalStateException if it was not computed
     */
    public double shapley() {
        if (!hasShapley()) {
            throw new IllegalStateException("the shapley value of " + question.name()
                    + " was not computed: the calculator was built withoutShapley()");
        }
        return shapley;
    }

    /** Returns the Shapley value as a percentage of R². */
    public double shapleyPercent() {
        return percentOfRSquared(shapley());
    }

    /**
     * Returns the bootstrap percentile interval of the Shapley value.
     *
     * @throws IllegalStateException if it was not computed or the analysis ran no bootstrap
     */
    public Interval shapleyInterval(double level) {
        shapley();
        return shapleys.interval(level, "shapley value of " + question.name());
    }

    private double percentOfRSquared(double part) {
        return rSquared == 0 ? 0 : 100 * part / rSquared;
    }

    /** Returns the mean score on the driver's own scale, as answered. */
    public double mean() {
        return mean;
    }

    /** Returns the sample standard deviation of the scores (divisor {@code n − 1}). */
    public double standardDeviation() {
        return standardDeviation;
    }

    /** Returns the t-interval of the mean score, on the driver's own scale. */
    public Interval meanInterval(double level) {
        return Means.tInterval(mean, standardDeviation, n, level);
    }

    /**
     * Returns the performance: the mean normalised to 0–100 points with the better end at 100,
     * {@code 100 × (mean − min) / (max − min)} of the oriented scores (4.2 on one to five is 80).
     */
    public double performance() {
        return performance;
    }

    /** Returns the top-box share: the percentage of answers in the scale's positive band. */
    public double topBoxShare() {
        return 100.0 * topBox / n;
    }

    /** Returns the Wilson interval of the top-box share, in percent. */
    public Interval topBoxInterval(double level) {
        return Proportions.interval(topBox, n, level, IntervalMethod.WILSON).scaled(100);
    }

    /** Returns where the driver falls on the importance-performance chart. */
    public Quadrant quadrant() {
        return quadrant;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "%s: r %.3f, rho %.3f, relative weight %.4f (%.1f%%), shapley %s, performance "
                        + "%.1f, top box %.1f%%, %s (n %d)",
                question.name(), pearson, spearman, relativeWeight, relativeWeightPercent(),
                hasShapley() ? String.format(Locale.ROOT, "%.4f", shapley) : "-", performance,
                topBoxShare(), quadrant, n);
    }
}
