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

    /**
     * Adds {@code count} bare scores of one value at once, counted exactly as {@code count} calls
     * of {@link #addScore} with that score and weights summing to {@code weight}, their squares
     * to {@code weightSquares}, would count them: the path of engines that count a histogram of
     * the scores themselves (Spark's native aggregates, a SQL {@code GROUP BY score}). Scores
     * whose weights are all 1 ({@code weight} and {@code weightSquares} equal to {@code count})
     * stay unweighted, as those responses would.
     *
     * <pre>{@code
     * // SELECT score, count(*), sum(weight), sum(weight * weight) FROM answers GROUP BY score
     * calc.addScores(acc, 9, 120, 131.5, 160.25);
     * calc.addScores(acc, Response.NO_SCORE, 14, 14, 14);     // 14 unanswered, weight 1
     * }</pre>
     *
     * <p>Only the sums of the weights are known, so a weight a response could not have (such as
     * 1e-200) is not refused here; whoever computes the sums checks them.
     *
     * @param accumulator an accumulator of this calculator, or of an equal one
     * @param score the score, or {@link Response#NO_SCORE} for unanswered questions
     * @param count the number of answers with this score, {@code >= 0}; 0 adds nothing
     * @param weight the sum of their weights, finite and {@code >= 0}; 0 when {@code count} is 0
     * @param weightSquares the sum of the squares of their weights, finite and {@code >= 0}; 0
     *     when {@code count} is 0
     * @throws IllegalArgumentException in strict mode if the score is outside the scale and the
     *     count is not 0 ({@code score must be in [1, 5]: 6 (csat)}); if a count or sum is negative or not
     *     finite, or there are weights of no scores; if {@code accumulator} is not an
     *     accumulator of an equal calculator
     * @throws IllegalStateException if the options need more of a response than its score, as
     *     for {@link #addScore}
     * @throws ArithmeticException if a count overflows a {@code long}
     * @throws NullPointerException if {@code accumulator} is null
     */
    public void addScores(Accumulator<Response, TopBoxResult> accumulator, int score, long count,
            double weight, double weightSquares) {
        addBareScores(accumulator, score, count, weight, weightSquares);
    }

    @Override
    TopBoxCalculator with(SurveyOptions newOptions) {
        return new TopBoxCalculator(newOptions);
    }
}
