package io.github.cxmetrics.drivers;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.value.ChurnCalculator;
import io.github.cxmetrics.value.ChurnResult;
import io.github.cxmetrics.value.CustomerPurchases;
import io.github.cxmetrics.value.LifetimeValueCalculator;
import io.github.cxmetrics.value.LifetimeValueResult;
import io.github.cxmetrics.value.ServiceBand;
import io.github.cxmetrics.value.ServiceBands;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Key driver analysis: which of the questions asked beside an outcome (NPS, CSAT or any scale)
 * go with it, how much of it they explain, and how well each performs. Obtained from
 * {@link io.github.cxmetrics.CxMetrics#drivers()}; immutable and thread-safe, every option
 * returns a new calculator and may be set once ({@link IllegalStateException} otherwise).
 *
 * <pre>{@code
 * DriverResult kda = CxMetrics.drivers()
 *         .outcome("nps", ScoreScale.NPS)
 *         .drivers(ScoreScale.FIVE_POINT, "price", "quality", "support")
 *         .compute(responses);
 * double r2 = kda.rSquared();
 * for (Driver d : kda.byImportance()) {
 *     System.out.println(d.question() + " " + d.relativeWeightPercent() + "% " + d.quadrant());
 * }
 * }</pre>
 *
 * <p><b>Respondents.</b> A respondent is a customer id: a customer's answers to the outcome and
 * the drivers are joined by {@link Response#customerId()}. When a customer answered one question
 * more than once, their latest answer counts, by the same rule as
 * {@link io.github.cxmetrics.survey.Duplicates#KEEP_LATEST} (the later time, then the higher
 * score, then the higher weight); the answers replaced are counted in
 * {@link DriverResult#duplicates()}. To analyse one survey wave, pass its responses only.
 * Unanswered responses are not answers; responses to other questions are ignored; survey
 * weights are not used (each respondent counts once); a score outside its question's scale is
 * an {@link IllegalArgumentException} naming the response.
 *
 * <p><b>Defaults.</b> Respondents missing a driver answer are left out
 * ({@link MissingDrivers#LISTWISE}, counted); {@value #DEFAULT_RESAMPLES} bootstrap resamples
 * with seed {@value #DEFAULT_SEED}; relative weights and Shapley values both (the Shapley values
 * are exact and limited to {@value #MAX_SHAPLEY_DRIVERS} drivers); the performance threshold of
 * the quadrants at the drivers' mean performance.
 *
 * <p>The analysis keeps every respondent's answers in memory (the bootstrap resamples them), so
 * it is not a mergeable accumulator. Its cost is {@code O(n·p²)} per resample for the
 * correlations plus {@code O(2^p·p²)} for the Shapley values; see {@code docs/drivers.md}.
 */
public final class DriverCalculator {

    /** The most drivers whose Shapley values are computed: their 2^p subsets are all fitted. */
    public static final int MAX_SHAPLEY_DRIVERS = 15;
    /** The number of bootstrap resamples by default. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** The most bootstrap resamples allowed. */
    public static final int MAX_RESAMPLES = 100_000;
    /** The seed of the bootstrap by default. */
    public static final long DEFAULT_SEED = 18L;

    private static final DriverCalculator DEFAULT = new DriverCalculator(null, List.of(),
            MissingDrivers.LISTWISE, DEFAULT_RESAMPLES, DEFAULT_SEED, true, Double.NaN, List.of());

    private final Question outcome;
    private final List<Question> drivers;
    private final MissingDrivers missing;
    private final int resamples;
    private final long seed;
    private final boolean shapley;
    private final double performanceThreshold;
    private final List<String> set;

    private DriverCalculator(Question outcome, List<Question> drivers, MissingDrivers missing,
            int resamples, long seed, boolean shapley, double performanceThreshold,
            List<String> set) {
        this.outcome = outcome;
        this.drivers = List.copyOf(drivers);
        this.missing = missing;
        this.resamples = resamples;
        this.seed = seed;
        this.shapley = shapley;
        this.performanceThreshold = performanceThreshold;
        this.set = List.copyOf(set);
    }

    /** Returns the default calculator, without an outcome or drivers yet. */
    public static DriverCalculator create() {
        return DEFAULT;
    }

    private List<String> once(String option, Object current) {
        if (set.contains(option)) {
            throw new IllegalStateException(option + " was already set to " + current);
        }
        List<String> more = new ArrayList<>(set);
        more.add(option);
        return more;
    }

    /**
     * Returns a calculator of the drivers of {@code question}, answered on {@code scale}, for
     * example {@code outcome("nps", ScoreScale.NPS)}.
     *
     * @throws IllegalArgumentException if the question is blank, the scale inconsistent, or
     *     the question is already a driver
     * @throws IllegalStateException if the outcome was already set
     */
    public DriverCalculator outcome(String question, ScoreScale scale) {
        Checks.requireNonNull(question, "question");
        Checks.requireNonNull(scale, "scale");
        List<String> now = once("outcome", outcome == null ? null : outcome.name());
        Question q = new Question(question, scale);
        requireNew(q.name());
        return new DriverCalculator(q, drivers, missing, resamples, seed, shapley,
                performanceThreshold, now);
    }

    /**
     * Returns a calculator with one more driver, {@code question} answered on {@code scale}.
     *
     * @throws IllegalArgumentException if the question is blank, the scale inconsistent, or
     *     the question is already the outcome or a driver
     */
    public DriverCalculator driver(String question, ScoreScale scale) {
        Question q = new Question(question, scale);
        requireNew(q.name());
        List<Question> more = new ArrayList<>(drivers);
        more.add(q);
        return new DriverCalculator(outcome, more, missing, resamples, seed, shapley,
                performanceThreshold, set);
    }

    /**
     * Returns a calculator with more drivers, all answered on {@code scale}.
     *
     * @throws IllegalArgumentException if no question is given, or as {@link #driver}
     */
    public DriverCalculator drivers(ScoreScale scale, String... questions) {
        Checks.requireNonNull(questions, "questions");
        if (questions.length == 0) {
            throw new IllegalArgumentException("questions must not be empty");
        }
        DriverCalculator c = this;
        for (String question : questions) {
            c = c.driver(question, scale);
        }
        return c;
    }

    private void requireNew(String question) {
        if (outcome != null && outcome.name().equals(question)) {
            throw new IllegalArgumentException("question is already the outcome: " + question);
        }
        for (Question d : drivers) {
            if (d.name().equals(question)) {
                throw new IllegalArgumentException("question is already a driver: " + question);
            }
        }
    }

    /**
     * Returns a calculator with another policy for respondents missing a driver answer; the
     * default is {@link MissingDrivers#LISTWISE}.
     *
     * @throws IllegalStateException if the policy was already set
     */
    public DriverCalculator missing(MissingDrivers policy) {
        List<String> now = once("missing drivers", missing);
        return new DriverCalculator(outcome, drivers, Checks.requireNonNull(policy, "policy"),
                resamples, seed, shapley, performanceThreshold, now);
    }

    /**
     * Returns a calculator with {@code resamples} bootstrap resamples of the respondents for the
     * intervals of R² and the importances; 0 computes no interval. The default is
     * {@value #DEFAULT_RESAMPLES}.
     *
     * @throws IllegalArgumentException if {@code resamples} is not in [0, 100000]
     * @throws IllegalStateException if the resamples were already set
     */
    public DriverCalculator bootstrap(int resamples) {
        List<String> now = once("resamples", this.resamples);
        Checks.requireInRange(resamples, 0, MAX_RESAMPLES, "resamples");
        return new DriverCalculator(outcome, drivers, missing, resamples, seed, shapley,
                performanceThreshold, now);
    }

    /**
     * Returns a calculator whose bootstrap draws from {@code seed}: the same seed and the same
     * responses, in any order, give the same intervals. The default is {@value #DEFAULT_SEED}.
     *
     * @throws IllegalStateException if the seed was already set
     */
    public DriverCalculator seed(long seed) {
        List<String> now = once("seed", this.seed);
        return new DriverCalculator(outcome, drivers, missing, resamples, seed, shapley,
                performanceThreshold, now);
    }

    /**
     * Returns a calculator that computes relative weights only, not Shapley values: for more
     * than {@value #MAX_SHAPLEY_DRIVERS} drivers, or to save time.
     *
     * @throws IllegalStateException if it was already set
     */
    public DriverCalculator withoutShapley() {
        List<String> now = once("without shapley", true);
        return new DriverCalculator(outcome, drivers, missing, resamples, seed, false,
                performanceThreshold, now);
    }

    /**
     * Returns a calculator whose quadrants put a driver's performance high from {@code points}
     * (0–100, for example 75) rather than from the mean performance of the drivers.
     *
     * @throws IllegalArgumentException if {@code points} is not in [0, 100]
     * @throws IllegalStateException if the threshold was already set
     */
    public DriverCalculator performanceThreshold(double points) {
        List<String> now = once("performance threshold", performanceThreshold);
        if (!(points >= 0 && points <= 100)) {
            throw new IllegalArgumentException("performance threshold must be in [0, 100]: "
                    + points);
        }
        return new DriverCalculator(outcome, drivers, missing, resamples, seed, shapley, points,
                now);
    }

    /**
     * Runs the analysis.
     *
     * @throws IllegalStateException if the outcome or the drivers are not set, or Shapley
     *     values are asked for more than {@value #MAX_SHAPLEY_DRIVERS} drivers
     * @throws IllegalArgumentException if a score is outside its scale, fewer than
     *     {@code max(4, p + 2)} respondents can be analysed, a question has no variance, or the
     *     drivers are collinear
     */
    public DriverResult compute(Iterable<? extends Response> responses) {
        Checks.requireNonNull(responses, "responses");
        requireModel();
        return Analysis.run(outcome, drivers, missing, resamples, seed, shapley,
                performanceThreshold, responses);
    }

    private void requireModel() {
        if (outcome == null) {
            throw new IllegalStateException("outcome is not set: call outcome(question, scale)");
        }
        if (drivers.isEmpty()) {
            throw new IllegalStateException("no drivers: call driver(question, scale)");
        }
        if (shapley && drivers.size() > MAX_SHAPLEY_DRIVERS) {
            throw new IllegalStateException("shapley values are exact and limited to "
                    + MAX_SHAPLEY_DRIVERS + " drivers: " + drivers.size()
                    + "; call withoutShapley() for relative weights only");
        }
    }

    /**
     * Returns, for each driver in order, the churn of the customers by their band on it (their
     * latest answer read on the driver's scale; see {@link ServiceBands}), with the test of the
     * difference between the best and the worst band.
     *
     * @param responses the survey responses, for the bands
     * @param customers the customers, joined to the responses by id
     * @param churn the churn calculator, for example {@code CxMetrics.churn().asOf(julyFirst)}
     * @throws IllegalStateException if no drivers are set
     * @throws IllegalArgumentException if an answer to a driver is outside its scale
     */
    public List<DriverChurn> churnByBand(Iterable<? extends Response> responses,
            Iterable<Customer> customers, ChurnCalculator churn) {
        Checks.requireNonNull(responses, "responses");
        Checks.requireNonNull(customers, "customers");
        Checks.requireNonNull(churn, "churn");
        List<DriverChurn> result = new ArrayList<>();
        for (Question d : requireDrivers()) {
            ServiceBands bands = bands(responses, d);
            Map<ServiceBand, ChurnResult> byBand =
                    churn.groupBy(bands::bandOf).compute(customers);
            result.add(new DriverChurn(d.name(), bands.bands(), byBand));
        }
        return List.copyOf(result);
    }

    /**
     * Returns, for each driver in order, the lifetime value and churn of the customers by their
     * band on it, with the tests of the differences between the best and the worst band.
     *
     * @param responses the survey responses, for the bands
     * @param histories the customers with their purchases, joined to the responses by id
     * @param value the lifetime-value calculator, for example
     *     {@code CxMetrics.lifetimeValue().asOf(julyFirst)}
     * @throws IllegalStateException if no drivers are set
     * @throws IllegalArgumentException if an answer to a driver is outside its scale, or the
     *     purchases mix currencies
     */
    public List<DriverValue> valueByBand(Iterable<? extends Response> responses,
            Iterable<CustomerPurchases> histories, LifetimeValueCalculator value) {
        Checks.requireNonNull(responses, "responses");
        Checks.requireNonNull(histories, "histories");
        Checks.requireNonNull(value, "value");
        Map<String, LifetimeValueResult> perCustomer =
                value.groupBy(CustomerPurchases::id).compute(histories);
        List<DriverValue> result = new ArrayList<>();
        for (Question d : requireDrivers()) {
            ServiceBands bands = bands(responses, d);
            Map<ServiceBand, LifetimeValueResult> byBand =
                    value.groupBy(bands::bandOf).compute(histories);
            Map<ServiceBand, List<Double>> spent = new HashMap<>();
            perCustomer.forEach((id, r) -> spent.computeIfAbsent(bands.bandOf(id),
                    b -> new ArrayList<>()).add(historicalValue(r)));
            Map<ServiceBand, double[]> spend = new HashMap<>();
            spent.forEach((band, list) -> spend.put(band,
                    list.stream().mapToDouble(Double::doubleValue).toArray()));
            result.add(new DriverValue(d.name(), bands.bands(), byBand, spend));
        }
        return List.copyOf(result);
    }

    private static double historicalValue(LifetimeValueResult customer) {
        // A customer with no purchase and no currency given has spent nothing, in no currency.
        return customer.currency().isEmpty() ? 0
                : customer.historicalValue().amount().doubleValue();
    }

    private List<Question> requireDrivers() {
        if (drivers.isEmpty()) {
            throw new IllegalStateException("no drivers: call driver(question, scale)");
        }
        return drivers;
    }

    private static ServiceBands bands(Iterable<? extends Response> responses, Question driver) {
        Checks.requireNonNull(responses, "responses");
        @SuppressWarnings("unchecked")
        Iterable<Response> answers = (Iterable<Response>) responses;
        return driver.scale().equals(ScoreScale.NPS)
                ? ServiceBands.nps(answers, driver.name())
                : ServiceBands.survey(answers, driver.name(), driver.scale());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DriverCalculator c && Objects.equals(outcome, c.outcome)
                && drivers.equals(c.drivers) && missing == c.missing
                && resamples == c.resamples && seed == c.seed && shapley == c.shapley
                && Double.compare(performanceThreshold, c.performanceThreshold) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, drivers, missing, resamples, seed, shapley,
                performanceThreshold);
    }

    @Override
    public String toString() {
        return "drivers of " + (outcome == null ? "(no outcome)" : outcome.name()) + ": "
                + drivers.stream().map(Question::name).toList() + ", " + missing + ", "
                + resamples + " resamples (seed " + seed + ")"
                + (shapley ? "" : ", without shapley");
    }
}
