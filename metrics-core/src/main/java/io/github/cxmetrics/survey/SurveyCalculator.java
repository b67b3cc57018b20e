package io.github.cxmetrics.survey;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.internal.Blueprint;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.ScopedCalculator;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.time.Instant;
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
        extends ScopedCalculator<Response, R> {

    final SurveyOptions options;

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

}
