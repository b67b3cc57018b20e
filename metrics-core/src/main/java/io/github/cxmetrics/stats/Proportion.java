package io.github.cxmetrics.stats;

import io.github.cxmetrics.internal.Checks;
import java.util.Locale;

/**
 * A share of successes among trials, with its confidence interval: the one type behind every
 * share of the library (top-box, first contact resolution, reopen rate, SLA attainment, churn
 * rate, cohort retention). Immutable.
 *
 * <p><b>Formula</b>: {@code p = successes / trials}, in [0, 1]; {@link #percent()} is
 * {@code 100 × p}. Weighted shares pass effective counts (successes and trials rescaled to the
 * effective sample size), so intervals see the right {@code n}. <b>Statistics</b>: Wilson's score
 * interval by default, {@code (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)}; see
 * {@link IntervalMethod}. Example: 6 of 10 give {@code p = 0.6}, 95 % Wilson interval
 * [0.3127, 0.8318].
 *
 * <p><b>Empty input</b>: with no trials {@link #isEmpty()} is true and the share and its intervals
 * throw {@link IllegalStateException}.
 */
public final class Proportion {

    private final double successes;
    private final double trials;

    private Proportion(double successes, double trials) {
        Checks.requireNonNegativeFinite(trials, "trials");
        if (!(successes >= 0 && successes <= trials * (1 + 1e-12))) {
            throw new IllegalArgumentException(
                    "successes must be in [0, " + trials + "]: " + successes);
        }
        this.successes = successes;
        this.trials = trials;
    }

    /**
     * Returns the share of {@code successes} among {@code trials}.
     *
     * @throws IllegalArgumentException if {@code trials < 0} or {@code successes} is outside
     *     {@code [0, trials]}
     */
    public static Proportion of(long successes, long trials) {
        if (trials < 0) {
            throw new IllegalArgumentException("trials must be >= 0: " + trials);
        }
        return new Proportion(successes, trials);
    }

    /**
     * Returns a share of weighted or effective counts, such as a weighted top-box share with
     * counts rescaled to the effective sample size.
     *
     * @throws IllegalArgumentException if {@code trials} is negative or not finite, or
     *     {@code successes} is outside {@code [0, trials]}
     */
    public static Proportion ofWeighted(double successes, double trials) {
        return new Proportion(successes, trials);
    }

    /** Returns the successes (a count, or an effective count when weighted). */
    public double successes() {
        return successes;
    }

    /** Returns the trials {@code n} (a count, or an effective sample size when weighted). */
    public double trials() {
        return trials;
    }

    /** Returns whether there are no trials: the share is then undefined. */
    public boolean isEmpty() {
        return trials == 0;
    }

    /**
     * Returns the share {@code successes / trials}, in [0, 1].
     *
     * @throws IllegalStateException if there are no trials
     */
    public double value() {
        requireTrials();
        return Math.min(1, successes / trials);
    }

    /** Returns the share in percent, {@code 100 × value()}, in [0, 100]. */
    public double percent() {
        return 100 * value();
    }

    /**
     * Returns the Wilson interval of the share, on the 0–1 scale.
     *
     * @param level the confidence level in (0, 1), for example 0.95
     * @throws IllegalStateException if there are no trials
     */
    public Interval confidenceInterval(double level) {
        return confidenceInterval(level, IntervalMethod.WILSON);
    }

    /**
     * Returns an interval of the share by any {@link IntervalMethod}, on the 0–1 scale.
     *
     * @throws IllegalStateException if there are no trials
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval confidenceInterval(double level, IntervalMethod method) {
        Checks.requireLevel(level);
        Checks.requireNonNull(method, "method");
        requireTrials();
        return Proportions.interval(successes, trials, level, method);
    }

    private void requireTrials() {
        if (trials == 0) {
            throw new IllegalStateException("a share is undefined without trials: 0 of 0");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Proportion p && Double.compare(successes, p.successes) == 0
                && Double.compare(trials, p.trials) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(successes) * 31 + Double.hashCode(trials);
    }

    /** Returns a summary such as {@code 60.0% (6 of 10)}. */
    @Override
    public String toString() {
        if (trials == 0) {
            return "undefined (0 of 0)";
        }
        return String.format(Locale.ROOT, "%.1f%% (%s of %s)", percent(), number(successes),
                number(trials));
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : String.format(Locale.ROOT, "%.2f", d);
    }
}
