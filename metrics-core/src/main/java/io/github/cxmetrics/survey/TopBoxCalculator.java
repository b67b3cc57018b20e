package io.github.cxmetrics.survey;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;

/**
 * Computes a top-box share of survey responses: CSAT, CSI or CES; obtained from
 * {@link io.github.cxmetrics.CxMetrics#csat()}, {@code csi()}, {@code ces()} or
 * {@code topBox(name, scale)}. Immutable and thread-safe; every option returns a new calculator.
 *
 * <pre>{@code
 * TopBoxResult csat = CxMetrics.csat().question("csat").compute(responses);   // 1-5, 4-5 positive
 * TopBoxResult ces = CxMetrics.ces().scale(ScoreScale.SEVEN_POINT).compute(responses);
 * }</pre>
 *
 * <p>The default scale is {@link ScoreScale#FIVE_POINT}.
 *
 * @see TopBoxResult for the formula, the statistics and the empty-input rule
 */
public final class TopBoxCalculator extends SurveyCalculator<TopBoxResult, TopBoxCalculator> {

    private TopBoxCalculator(SurveyOptions options) {
        super(StateKind.TOP_BOX, options, o -> new SurveyState.Single<>(o, TopBoxResult::new),
                (o, in) -> SurveyState.Single.read(o, TopBoxResult::new, in));
    }

    /**
     * Returns a calculator of a top-box metric with the given name (used in messages) on a scale.
     *
     * @param metric the metric's name, such as {@code "csat"}
     * @param scale the scale, checked for consistency
     */
    public static TopBoxCalculator create(String metric, ScoreScale scale) {
        Checks.requireNonBlank(metric, "metric");
        return new TopBoxCalculator(
                SurveyOptions.defaults(metric, ScoreScale.requireConsistent(scale)));
    }

    /**
     * Adds a bare score to an accumulator of this calculator, counted exactly as a response in
     * scope with that score and weight would be, without building the response: the path of
     * engines that hold scores in columns (Spark, a JDBC result set). Strict and lenient mode,
     * {@link #unweighted()} and the missing-answer policy apply as to responses; the result,
     * merges and the binary form are those of responses.
     *
     * <pre>{@code
     * TopBoxCalculator calc = CxMetrics.csat();
     * Accumulator<Response, TopBoxResult> acc = calc.accumulator();
     * for (int i = 0; i < scores.length; i++) {
     *     calc.addScore(acc, scores[i], 1.0);                // or Response.NO_SCORE: unanswered
     * }
     * }</pre>
     *
     * @param accumulator an accumulator of this calculator, or of an equal one
     * @param score the score, or {@link Response#NO_SCORE} for a question shown and not answered
     * @param weight the answer's weight, finite and {@code >= 0}; 1 for an unweighted survey
     * @throws IllegalArgumentException in strict mode if the score is outside the scale
     *     ({@code score must be in [1, 5]: 6 (csat)}); if the weight is not one a
     *     response may have (see {@link Response}); if {@code accumulator} is not an
     *     accumulator of an equal calculator
     * @throws IllegalStateException if the options need more of a response than its score: a
     *     question, a time window, duplicates {@link Duplicates#KEEP_LATEST}
     * @throws NullPointerException if {@code accumulator} is null
     */
    public void addScore(Accumulator<Response, TopBoxResult> accumulator, int score, double weight) {
        addBareScore(accumulator, score, weight);
    }

    @Override
    TopBoxCalculator with(SurveyOptions newOptions) {
        return new TopBoxCalculator(newOptions);
    }
}
