package io.github.cxmetrics.survey;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;

/**
 * Computes the Net Promoter Score of survey responses; obtained from
 * {@link io.github.cxmetrics.CxMetrics#nps()}. Immutable and thread-safe; every option returns a
 * new calculator.
 *
 * <pre>{@code
 * NpsResult nps = CxMetrics.nps().question("nps").compute(responses);
 * Map<Channel, NpsResult> byChannel = CxMetrics.nps().groupBy(Response::channel).compute(responses);
 * }</pre>
 *
 * <p>The default scale is {@link ScoreScale#NPS} (0–10); a scale with the same bands under
 * another range (say 1–11) can be given with {@link #scale(ScoreScale)}.
 *
 * @see NpsResult for the formula, the statistics and the empty-input rule
 */
public final class NpsCalculator extends SurveyCalculator<NpsResult, NpsCalculator> {

    private NpsCalculator(SurveyOptions options) {
        super(StateKind.NPS, options, o -> new SurveyState.Single<>(o, NpsResult::new),
                (o, in) -> SurveyState.Single.read(o, NpsResult::new, in));
    }

    /** Returns the default calculator: every response, on the 0–10 scale, strict. */
    public static NpsCalculator create() {
        return new NpsCalculator(SurveyOptions.defaults("nps", ScoreScale.NPS));
    }

    /**
     * Adds a bare score to an accumulator of this calculator, counted exactly as a response in
     * scope with that score and weight would be, without building the response: the path of
     * engines that hold scores in columns (Spark, a JDBC result set). Strict and lenient mode,
     * {@link #unweighted()} and the missing-answer policy apply as to responses; the result,
     * merges and the binary form are those of responses.
     *
     * <pre>{@code
     * NpsCalculator calc = CxMetrics.nps();
     * Accumulator<Response, NpsResult> acc = calc.accumulator();
     * for (int i = 0; i < scores.length; i++) {
     *     calc.addScore(acc, scores[i], 1.0);                // or Response.NO_SCORE: unanswered
     * }
     * }</pre>
     *
     * @param accumulator an accumulator of this calculator, or of an equal one
     * @param score the score, or {@link Response#NO_SCORE} for a question shown and not answered
     * @param weight the answer's weight, finite and {@code >= 0}; 1 for an unweighted survey
     * @throws IllegalArgumentException in strict mode if the score is outside the scale
     *     ({@code score must be in [0, 10]: 11 (nps)}); if the weight is not one a
     *     response may have (see {@link Response}); if {@code accumulator} is not an
     *     accumulator of an equal calculator
     * @throws IllegalStateException if the options need more of a response than its score: a
     *     question, a time window, duplicates {@link Duplicates#KEEP_LATEST}
     * @throws NullPointerException if {@code accumulator} is null
     */
    public void addScore(Accumulator<Response, NpsResult> accumulator, int score, double weight) {
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
     *     count is not 0 ({@code score must be in [0, 10]: 11 (nps)}); if a count or sum is negative or not
     *     finite, or there are weights of no scores; if {@code accumulator} is not an
     *     accumulator of an equal calculator
     * @throws IllegalStateException if the options need more of a response than its score, as
     *     for {@link #addScore}
     * @throws ArithmeticException if a count overflows a {@code long}
     * @throws NullPointerException if {@code accumulator} is null
     */
    public void addScores(Accumulator<Response, NpsResult> accumulator, int score, long count,
            double weight, double weightSquares) {
        addBareScores(accumulator, score, count, weight, weightSquares);
    }

    @Override
    NpsCalculator with(SurveyOptions newOptions) {
        return new NpsCalculator(newOptions);
    }
}
