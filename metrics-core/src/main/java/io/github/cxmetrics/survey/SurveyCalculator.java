package io.github.cxmetrics.survey;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.internal.Blueprint;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StatefulCalculator;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.time.Instant;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The options shared by the survey calculators. Immutable: every option returns a new calculator,
 * and each option may be set once ({@link IllegalStateException} otherwise).
 *
 * @param <R> the result type
 * @param <C> the calculator type, returned by the options
 */
abstract class SurveyCalculator<R, C extends SurveyCalculator<R, C>>
        extends StatefulCalculator<Response, R> {

    final SurveyOptions options;

    /** Why a bare score cannot be counted (what the options need of a response), or null. */
    private final String bareScoreRefusal;

    /**
     * @param create makes an empty state of the options
     * @param read reads a state of the options
     */
    SurveyCalculator(StateKind kind, SurveyOptions options,
            Function<SurveyOptions, State<Response, R, ?>> create,
            BiFunction<SurveyOptions, StateReader, State<Response, R, ?>> read) {
        super(kind, "response", options, Blueprint.of(() -> create.apply(options),
                in -> read.apply(options, in), options::describe));
        this.options = options;
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
     * The one implementation of {@code addScore} of the single-distribution calculators: counts
     * a bare score into an accumulator of this calculator as a response in scope with that score
     * and weight would be counted.
     */
    final void addBareScore(Accumulator<Response, R> accumulator, int score, double weight) {
        bareState(accumulator).addBare(score, Checks.requireWeight(weight));
    }

    /**
     * The one implementation of {@code addScores}: counts {@code count} bare scores of one value
     * as {@code count} calls of {@link #addBareScore} with weights of these sums would.
     */
    final void addBareScores(Accumulator<Response, R> accumulator, int score, long count,
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

    abstract C with(SurveyOptions newOptions);

    /**
     * Returns a calculator of the responses to one question only; by default every response
     * given is used.
     *
     * @param question the question id, not blank
     * @throws IllegalStateException if the questions were already chosen
     */
    public C question(String question) {
        return with(options.withQuestions(question));
    }

    /**
     * Returns a calculator of the responses answered in {@code [from, to)}.
     *
     * @throws IllegalArgumentException if {@code from} is not before {@code to}
     * @throws IllegalStateException if the time window was already set
     */
    public C between(Instant from, Instant to) {
        return with(options.withWindow(from, to));
    }

    /**
     * Returns a calculator on another scale; the scale is checked with
     * {@link ScoreScale#requireConsistent(ScoreScale)}.
     *
     * @throws IllegalArgumentException if the scale is inconsistent
     * @throws IllegalStateException if the scale was already set
     */
    public C scale(ScoreScale scale) {
        return with(options.withScale(scale));
    }

    /**
     * Returns a lenient calculator: responses with a score outside the scale are skipped and
     * counted in the result's {@code invalid()}, and one summary line is logged. By default
     * (strict) such a response is an {@link IllegalArgumentException} naming the response, as in
     * {@code score must be in [0, 10]: 11 (nps, customer c-7, question nps, answered at …)}.
     */
    public C lenient() {
        return with(options.withLenient());
    }

    /**
     * Returns a calculator with another policy for unanswered questions; the default is
     * {@link MissingAnswers#EXCLUDE}.
     */
    public C missingAnswers(MissingAnswers policy) {
        return with(options.withMissingAnswers(policy));
    }

    /**
     * Returns a calculator with another policy for repeated answers of one customer; the default
     * is {@link Duplicates#KEEP_ALL}.
     */
    public C duplicates(Duplicates policy) {
        return with(options.withDuplicates(policy));
    }

    /** Returns a calculator that ignores the responses' weights, counting each response once. */
    public C unweighted() {
        return with(options.withUnweighted());
    }

    /**
     * Returns a calculator whose results are flagged as small samples when their effective
     * sample size is below {@code threshold}; the default is 30.
     */
    public C smallSampleBelow(int threshold) {
        return with(options.withSmallSampleThreshold(threshold));
    }

    /** Returns the scale the scores are read on. */
    public ScoreScale scoreScale() {
        return options.scale();
    }

    @Override
    public boolean accepts(Response response) {
        return options.accepts(Checks.requireNonNull(response, "response"));
    }

    /** Returns when the response was given. */
    @Override
    public Instant timeOf(Response response) {
        return Checks.requireNonNull(response, "response").answeredAt();
    }

}
