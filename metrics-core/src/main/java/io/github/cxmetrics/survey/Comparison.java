package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.Means;
import io.github.cxmetrics.stats.Normal;
import io.github.cxmetrics.stats.Proportions;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The difference between two survey results (two periods, two segments) with its test:
 * {@code difference() = this − other} in the results' units (NPS points, percentage points, scale
 * points), a standard error, a test statistic, a two-sided p-value and a confidence interval of
 * the difference. Immutable.
 *
 * <table class="striped">
 *   <caption>Tests by result</caption>
 *   <thead><tr><th>result</th><th>test</th><th>interval</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link NpsResult}</td><td>adjusted-Wald z-test (Rocks 2016):
 *       {@code se = sqrt(Var₁'/n₁' + Var₂'/n₂')}, {@code n' = n + 3}, ¾ added to promoters and
 *       detractors, {@code z = (adjusted₁ − adjusted₂) / se}</td>
 *       <td>{@code (adjusted₁ − adjusted₂) ± z·se}</td></tr>
 *   <tr><td>{@link TopBoxResult}</td><td>adjusted (Agresti–Caffo) two-proportion z-test:
 *       {@code p̃ = (x + 1) / (n + 2)}, {@code z = (p̃₁ − p̃₂) / se}</td>
 *       <td>{@code (p̃₁ − p̃₂) ± z·se}</td></tr>
 *   <tr><td>{@link LoyaltyIndexResult}</td><td>Welch's t-test</td>
 *       <td>{@code difference ± t(df)·se}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>{@link #ofShares} and {@link #ofMeans} run the same two tests on any two samples, for
 * example the churn or the spend of two groups of customers.
 */
public final class Comparison {

    private final String test;
    private final double difference;
    private final double standardError;
    private final double statistic;
    private final double pValue;
    private final DoubleFunction<Interval> interval;

    Comparison(String test, double difference, double standardError, double statistic,
            double pValue, DoubleFunction<Interval> interval) {
        this.test = test;
        this.difference = difference;
        this.standardError = standardError;
        this.statistic = statistic;
        this.pValue = pValue;
        this.interval = interval;
    }

    /**
     * Compares two shares {@code x1 / n1} and {@code x2 / n2} (successes of trials, possibly
     * effective counts) with the adjusted (Agresti–Caffo 2000) two-proportion z-test of
     * {@link Proportions#adjustedZStatistic}: one success and one failure added to each sample,
     * its adjusted standard error ({@link Proportions#differenceStandardError}, never 0), a
     * two-sided p-value, and the interval of the same test
     * ({@link Proportions#adjustedDifferenceInterval}), which leaves out 0 exactly when the test
     * is significant. The difference is the plain {@code x1/n1 − x2/n2}; it, the standard error
     * and the interval are multiplied by {@code unit} (100 for percentage points, 1 for shares).
     * The one implementation behind {@code TopBoxResult.comparedTo} and the churn comparisons
     * of the driver analysis.
     *
     * @throws IllegalArgumentException if a count is negative, not finite, or above its base, a
     *     base is not positive, or the unit is not positive and finite
     */
    public static Comparison ofShares(double x1, double n1, double x2, double n2, double unit) {
        Checks.requirePositiveFinite(unit, "unit");
        double z = Proportions.adjustedZStatistic(x1, n1, x2, n2);
        double se = unit * Proportions.differenceStandardError(x1, n1, x2, n2);
        return new Comparison("two-proportion z-test", unit * (x1 / n1 - x2 / n2), se, z,
                Normal.twoSidedPValue(z),
                level -> Proportions.adjustedDifferenceInterval(x1, n1, x2, n2, level)
                        .scaled(unit));
    }

    /**
     * Compares two means with Welch's t-test: {@code se = sqrt(sd1²/n1 + sd2²/n2)}, the
     * Welch–Satterthwaite degrees of freedom, a two-sided p-value, and the interval
     * {@code difference ± t(df)·se}.
     *
     * @param sd1 the first sample's standard deviation (with {@code n − 1})
     * @param n1 the first sample's (effective) size, above 1
     * @throws IllegalArgumentException if a size is not above 1 or a standard deviation is
     *     negative or not finite
     */
    public static Comparison ofMeans(double mean1, double sd1, double n1,
            double mean2, double sd2, double n2) {
        double difference = mean1 - mean2;
        double se = Math.sqrt(sd1 * sd1 / n1 + sd2 * sd2 / n2);
        double df = Means.welchDegreesOfFreedom(sd1, n1, sd2, n2);
        double t = Means.welchStatistic(mean1, sd1, n1, mean2, sd2, n2);
        return new Comparison("welch t-test", difference, se, t,
                Double.isInfinite(t) ? 0 : Normal.tTwoSidedPValue(t, df), level -> {
                    double half = Normal.tCriticalValue(level, df) * se;
                    return new Interval(difference - half, difference + half, level);
                });
    }

    /** Returns the name of the test, such as {@code "nps z-test"}. */
    public String test() {
        return test;
    }

    /** Returns {@code this − other}, in the results' units. */
    public double difference() {
        return difference;
    }

    /**
     * Returns the standard error of the difference (unpooled; adjusted for NPS and top-box
     * results, so never 0 for them), in the results' units.
     */
    public double standardError() {
        return standardError;
    }

    /**
     * Returns the test statistic (z or t). When the standard error is 0 it is 0 for no
     * difference and infinite otherwise.
     */
    public double statistic() {
        return statistic;
    }

    /** Returns the two-sided p-value of the test, in [0, 1]. */
    public double pValue() {
        return pValue;
    }

    /** Returns whether the p-value is below {@code alpha}. */
    public boolean isSignificant(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
        return pValue < alpha;
    }

    /** Returns the confidence interval of the difference at {@code level}, in the results' units. */
    public Interval confidenceInterval(double level) {
        return interval.apply(Checks.requireLevel(level));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: difference %+.2f (se %.2f, statistic %.3f, p %.4g)",
                test, difference, standardError, statistic, pValue);
    }
}
