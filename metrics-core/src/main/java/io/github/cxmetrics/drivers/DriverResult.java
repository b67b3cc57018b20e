package io.github.cxmetrics.drivers;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The key driver analysis of one outcome: the model's R² and n, and per {@link Driver} its
 * correlations, importances, performance and quadrant, with the counts of the respondents left
 * out. Immutable.
 *
 * <p><b>Counts add up</b>: {@link #respondents()} (customers who answered the outcome) is
 * {@link #n()} plus {@link #incomplete()} listwise; customers who answered only drivers are
 * {@link #withoutOutcome()}; {@link #duplicates()} answers were replaced by a later answer of
 * the same customer to the same question.
 */
public final class DriverResult {

    private final Question outcome;
    private final MissingDrivers missing;
    private final long respondents;
    private final long n;
    private final long withoutOutcome;
    private final long duplicates;
    private final double rSquared;
    private final Replicates rSquareds;
    private final int resamplesRequested;
    private final int resamplesFailed;
    private final long seed;
    private final double performanceThreshold;
    private final List<Driver> drivers;

    DriverResult(Question outcome, MissingDrivers missing, long respondents, long n,
            long withoutOutcome, long duplicates, double rSquared, Replicates rSquareds,
            int resamplesRequested, int resamplesFailed, long seed, double performanceThreshold,
            List<Driver> drivers) {
        this.outcome = outcome;
        this.missing = missing;
        this.respondents = respondents;
        this.n = n;
        this.withoutOutcome = withoutOutcome;
        this.duplicates = duplicates;
        this.rSquared = rSquared;
        this.rSquareds = rSquareds;
        this.resamplesRequested = resamplesRequested;
        this.resamplesFailed = resamplesFailed;
        this.seed = seed;
        this.performanceThreshold = performanceThreshold;
        this.drivers = List.copyOf(drivers);
    }

    /** Returns the outcome's question. */
    public String outcome() {
        return outcome.name();
    }

    /** Returns the outcome's scale. */
    public ScoreScale outcomeScale() {
        return outcome.scale();
    }

    /** Returns the policy for respondents with a missing driver answer. */
    public MissingDrivers missingDrivers() {
        return missing;
    }

    /** Returns the number of customers who answered the outcome. */
    public long respondents() {
        return respondents;
    }

    /**
     * Returns the number of respondents the model was fitted to: those who answered the outcome
     * and every driver (listwise), or the smallest number behind any correlation (pairwise).
     */
    public long n() {
        return n;
    }

    /**
     * Returns how many respondents who answered the outcome were left out for a missing driver
     * answer: {@code respondents − n} listwise, 0 pairwise (see each driver's
     * {@link Driver#missing()}).
     */
    public long incomplete() {
        return missing == MissingDrivers.LISTWISE ? respondents - n : 0;
    }

    /** Returns the number of customers who answered some driver but not the outcome. */
    public long withoutOutcome() {
        return withoutOutcome;
    }

    /** Returns the number of answers replaced by a later answer of the same customer. */
    public long duplicates() {
        return duplicates;
    }

    /**
     * Returns the model's R², the share of the outcome's variance explained by a linear
     * regression on all the drivers, in [0, 1].
     */
    public double rSquared() {
        return rSquared;
    }

    /** Returns the adjusted R², {@code 1 − (1 − R²)(n − 1)/(n − p − 1)}. */
    public double adjustedRSquared() {
        int p = drivers.size();
        return 1 - (1 - rSquared) * (n - 1.0) / (n - p - 1.0);
    }

    /**
     * Returns the bootstrap percentile interval of R².
     *
     * @throws IllegalStateException if the analysis ran no bootstrap
     */
    public Interval rSquaredInterval(double level) {
        return rSquareds.interval(level, "r squared");
    }

    /** Returns the number of bootstrap resamples asked for (0 for none). */
    public int resamples() {
        return resamplesRequested;
    }

    /**
     * Returns the number of resamples that could not be fitted (a driver without variance in
     * the resample, or collinear drivers) and were left out of the intervals.
     */
    public int failedResamples() {
        return resamplesFailed;
    }

    /** Returns the seed of the bootstrap. */
    public long seed() {
        return seed;
    }

    /** Returns the relative weight from which a driver counts as important: {@code R² / p}. */
    public double importanceThreshold() {
        return rSquared / drivers.size();
    }

    /** Returns the performance (0–100) from which a driver counts as performing well. */
    public double performanceThreshold() {
        return performanceThreshold;
    }

    /** Returns the drivers in the order they were given. */
    public List<Driver> drivers() {
        return drivers;
    }

    /** Returns the drivers by decreasing relative weight (ties in the order given). */
    public List<Driver> byImportance() {
        return drivers.stream()
                .sorted(Comparator.comparingDouble(Driver::relativeWeight).reversed()).toList();
    }

    /**
     * Returns the driver of a question.
     *
     * @throws IllegalArgumentException if the question is not a driver of this analysis
     */
    public Driver driver(String question) {
        Checks.requireNonNull(question, "question");
        for (Driver d : drivers) {
            if (d.question().equals(question)) {
                return d;
            }
        }
        throw new IllegalArgumentException("question is not a driver of this analysis: "
                + question + " (drivers " + drivers.stream().map(Driver::question).toList() + ")");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "drivers of %s: R² %.4f, n %d of %d respondents (%s)", outcome.name(), rSquared,
                n, respondents, missing.name().toLowerCase(Locale.ROOT)));
        for (Driver d : drivers) {
            s.append("\n  ").append(d);
        }
        return s.toString();
    }
}
