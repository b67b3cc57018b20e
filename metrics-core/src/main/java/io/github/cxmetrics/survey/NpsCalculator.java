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

    @Override
    NpsCalculator with(SurveyOptions newOptions) {
        return new NpsCalculator(newOptions);
    }
}
