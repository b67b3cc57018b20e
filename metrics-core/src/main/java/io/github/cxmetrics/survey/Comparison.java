package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.stats.Interval;
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

    /** Returns the statistic of a difference over its standard error, 0 when both are 0. */
    static double ratio(double difference, double standardError) {
        if (standardError == 0) {
            return difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        }
        return difference / standardError;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: difference %+.2f (se %.2f, statistic %.3f, p %.4g)",
                test, difference, standardError, statistic, pValue);
    }
}
