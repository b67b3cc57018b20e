package io.github.cxmetrics.survey;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.model.Response;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The survey calculators of one score distribution (NPS and the top-box metrics), which can also
 * count bare scores: the path of engines that hold scores in columns.
 *
 * @param <R> the result type
 * @param <C> the calculator type, returned by the options
 */
abstract class ScoreCalculator<R, C extends ScoreCalculator<R, C>> extends SurveyCalculator<R, C> {

    /** The relative slack of the bounds that the sums of weights and of squares must meet. */
    private static final double SUMS_TOLERANCE = 1e-6;

    /** Why a bare score cannot be counted (what the options need of a response), or null. */
    private final String bareScoreRefusal;

    ScoreCalculator(StateKind kind, SurveyOptions options,
            Function<SurveyOptions, State<Response, R, ?>> create,
            BiFunction<SurveyOptions, StateReader, State<Response, R, ?>> read) {
        super(kind, options, create, read);
        this.bareScoreRefusal = bareScoreRefusal(options);
    }

    private static String bareScoreRefusal(SurveyOptions options) {
        if (options.questions() != null) {
            return "its questions " + new TreeSet<>(options.questions());
        }
        if (options.from() != null) {
            return "its time window";
        }
        if (options.duplicates() == Duplicates.KEEP_LATEST) {
            return "the customer of each answer (duplicates KEEP_LATEST)";
        }
        if (!options.reverseCoded().isEmpty()) {
            return "the question of each answer (reverse-coded questions)";
        }
        return null;
    }

    /**
     * Adds a bare score to an accumulator of this calculator, counted exactly as a response in
     * scope with that score and weight would be, without building the response: the path of
     * engines that hold scores in columns (Spark, a JDBC result set). Strict and lenient mode,
     * {@link #unweighted()} and the missing-answer policy apply as to responses; the result,
     * merges and the binary form are those of responses.
     *
     * <pre>{@code
     * NpsCalculator calc = CxMetrics.nps();              // or csat(), ces(), csi(), topBox(..)
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
     *     ({@code score must be in [0, 10]: 11 (nps)}, {@code score must be in [1, 5]: 6
     *     (csat)}); if the weight is not one a
     *     response may have (see {@link Response}); if {@code accumulator} is not an
     *     accumulator of an equal calculator
     * @throws IllegalStateException if the options need more of a response than its score: a
     *     question, a time window, duplicates {@link Duplicates#KEEP_LATEST}
     * @throws NullPointerException if {@code accumulator} is null
     */
    public void addScore(Accumulator<Response, R> accumulator, int score, double weight) {
        bareState(accumulator).addBare(score, Checks.requireWeight(weight));
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
     *     count is not 0 ({@code score must be in [0, 10]: 11 (nps)}); if a count or sum is
     *     negative or not finite, or the sums cannot be those of {@code count} weights and their
     *     squares ({@code weightSquares > weight²} or {@code weight² > count·weightSquares},
     *     beyond rounding: the two sums swapped, say), or there are weights of no scores; if {@code accumulator} is not an
     *     accumulator of an equal calculator
     * @throws IllegalStateException if the options need more of a response than its score, as
     *     for {@link #addScore}
     * @throws ArithmeticException if a count overflows a {@code long}
     * @throws NullPointerException if {@code accumulator} is null
     */
    public void addScores(Accumulator<Response, R> accumulator, int score, long count,
            double weight, double weightSquares) {
        SurveyState<?, ?> state = bareState(accumulator);
        Checks.requireNonNegative(count, "count");
        Checks.requireNonNegativeFinite(weight, "weight");
        Checks.requireNonNegativeFinite(weightSquares, "weightSquares");
        if (count == 0) {
            if (weight != 0 || weightSquares != 0) {
                throw new IllegalArgumentException("no scores have no weight: count 0, weight "
                        + weight + ", weightSquares " + weightSquares);
            }
            return;
        }
        // For n weights >= 0, Σw² <= (Σw)² <= n·Σw² (Cauchy–Schwarz). Rounding over many rows
        // stays well inside the tolerance; the two sums given in the wrong order do not.
        double square = weight * weight;
        if (weightSquares > square * (1 + SUMS_TOLERANCE)
                || square > count * weightSquares * (1 + SUMS_TOLERANCE)) {
            throw new IllegalArgumentException("weight and weightSquares cannot be the sums of "
                    + count + " weights and of their squares: weight " + weight
                    + ", weightSquares " + weightSquares);
        }
        state.addBare(score, count, weight, weightSquares);
    }

    /** Returns the state of an accumulator of this calculator if it may count bare scores. */
    private SurveyState<?, ?> bareState(Accumulator<Response, R> accumulator) {
        SurveyState<?, ?> state = (SurveyState<?, ?>) stateOf(accumulator);
        if (bareScoreRefusal != null) {
            throw new IllegalStateException("a bare score cannot be counted by " + this
                    + ": it needs " + bareScoreRefusal + "; add responses instead");
        }
        return state;
    }
}
