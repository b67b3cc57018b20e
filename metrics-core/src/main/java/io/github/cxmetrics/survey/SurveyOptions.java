package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.Fingerprint;
import io.github.cxmetrics.internal.ScopedCalculator;
import io.github.cxmetrics.internal.SetOnce;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The options of a survey calculator. Immutable; each {@code with…} method returns a copy and
 * refuses to set an option twice.
 */
record SurveyOptions(
        String metric,
        ScoreScale scale,
        Set<String> questions,
        Instant from,
        Instant to,
        boolean lenient,
        MissingAnswers missingAnswers,
        Duplicates duplicates,
        boolean unweighted,
        int smallSampleThreshold,
        Set<String> reverseCoded,
        Set<Option> set) implements ScopedCalculator.Scope<Response> {

    /** The one place where combinations of options are refused. */
    SurveyOptions {
        if (questions != null) {
            for (String question : reverseCoded) {
                if (!questions.contains(question)) {
                    throw new IllegalArgumentException("reverse-coded question '" + question
                            + "' is not among the questions " + new java.util.TreeSet<>(questions));
                }
            }
        }
    }

    /** The default effective sample size below which results are flagged as small. */
    static final int DEFAULT_SMALL_SAMPLE = 30;

    enum Option { QUESTIONS, WINDOW, SCALE, LENIENT, MISSING, DUPLICATES, UNWEIGHTED, SMALL_SAMPLE, REVERSE }

    static SurveyOptions defaults(String metric, ScoreScale scale) {
        return new SurveyOptions(metric, scale, null, null, null, false, MissingAnswers.EXCLUDE,
                Duplicates.KEEP_ALL, false, DEFAULT_SMALL_SAMPLE, Set.of(), Set.of());
    }

    /** Returns when the response was given. */
    @Override
    public Instant timeOf(Response r) {
        return r.answeredAt();
    }

    /** Returns whether a response is in scope: one of the questions, inside the time window. */
    @Override
    public boolean accepts(Response r) {
        if (questions != null && !questions.contains(r.question())) {
            return false;
        }
        if (from != null) {
            Instant at = r.answeredAt();
            return !at.isBefore(from) && at.isBefore(to);
        }
        return true;
    }

    ResultPolicy policy() {
        return new ResultPolicy(metric,
                questions == null ? null : new java.util.TreeSet<>(questions).toString(),
                missingAnswers == MissingAnswers.COUNT_IN_BASE, smallSampleThreshold);
    }

    /** Adds every option to a fingerprint, in a fixed order. */
    void describe(Fingerprint f) {
        f.add("metric", metric)
                .add("scale", canonical(scale))
                .addSorted("questions", questions)
                .add("from", from)
                .add("to", to)
                .add("lenient", lenient)
                .add("missing answers", missingAnswers)
                .add("duplicates", duplicates)
                .add("unweighted", unweighted)
                .add("small sample", smallSampleThreshold)
                .addSorted("reverse coded", reverseCoded);
    }

    /**
     * Returns everything a scale is: its name, range, direction and a letter per score
     * ({@code N}, {@code U}, {@code P}), as in {@code nps-0-10[0,10]HIGHER_IS_BETTER:NNNNNNNUUPP}.
     */
    static String canonical(ScoreScale scale) {
        StringBuilder s = new StringBuilder(scale.name()).append('[').append(scale.min())
                .append(',').append(scale.max()).append(']').append(scale.direction()).append(':');
        for (int score = scale.min(); score <= scale.max(); score++) {
            s.append(switch (scale.band(score)) {
                case NEGATIVE -> 'N';
                case NEUTRAL -> 'U';
                case POSITIVE -> 'P';
            });
        }
        return s.toString();
    }

    /** The mutable copy of the options that one {@code with…} method changes. */
    private static final class Draft {
        Set<String> questions;
        Instant from;
        Instant to;
        ScoreScale scale;
        boolean lenient;
        MissingAnswers missingAnswers;
        Duplicates duplicates;
        boolean unweighted;
        int smallSampleThreshold;
        Set<String> reverseCoded;
    }

    /**
     * Returns a copy with one option changed, refusing to set an option twice; the new options'
     * combination is checked by the constructor.
     */
    private SurveyOptions with(Option option, String name, Object current,
            java.util.function.Consumer<Draft> change) {
        SetOnce.check(set, option, name, current);
        Draft d = new Draft();
        d.questions = questions;
        d.from = from;
        d.to = to;
        d.scale = scale;
        d.lenient = lenient;
        d.missingAnswers = missingAnswers;
        d.duplicates = duplicates;
        d.unweighted = unweighted;
        d.smallSampleThreshold = smallSampleThreshold;
        d.reverseCoded = reverseCoded;
        change.accept(d);
        return new SurveyOptions(metric, d.scale, d.questions, d.from, d.to, d.lenient,
                d.missingAnswers, d.duplicates, d.unweighted, d.smallSampleThreshold,
                d.reverseCoded, SetOnce.plus(set, option));
    }

    SurveyOptions withQuestions(String... names) {
        Set<String> chosen = names("questions", "question", names);
        return with(Option.QUESTIONS, "questions", questions, d -> d.questions = chosen);
    }

    SurveyOptions withWindow(Instant newFrom, Instant newTo) {
        Checks.requireWindow(newFrom, newTo);
        return with(Option.WINDOW, "time window", "[" + from + ", " + to + ")", d -> {
            d.from = newFrom;
            d.to = newTo;
        });
    }

    SurveyOptions withScale(ScoreScale newScale) {
        ScoreScale.requireConsistent(newScale);
        return with(Option.SCALE, "scale", scale.name(), d -> d.scale = newScale);
    }

    SurveyOptions withLenient() {
        return with(Option.LENIENT, "lenient", true, d -> d.lenient = true);
    }

    SurveyOptions withMissingAnswers(MissingAnswers policy) {
        Checks.requireNonNull(policy, "missing answers policy");
        return with(Option.MISSING, "missing answers policy", missingAnswers,
                d -> d.missingAnswers = policy);
    }

    SurveyOptions withDuplicates(Duplicates policy) {
        Checks.requireNonNull(policy, "duplicates policy");
        return with(Option.DUPLICATES, "duplicates policy", duplicates, d -> d.duplicates = policy);
    }

    SurveyOptions withUnweighted() {
        return with(Option.UNWEIGHTED, "unweighted", true, d -> d.unweighted = true);
    }

    SurveyOptions withSmallSampleThreshold(int threshold) {
        Checks.requireNonNegative(threshold, "small-sample threshold");
        return with(Option.SMALL_SAMPLE, "small-sample threshold", smallSampleThreshold,
                d -> d.smallSampleThreshold = threshold);
    }

    SurveyOptions withReverseCoded(String... names) {
        Set<String> chosen = names("reverse-coded questions", "reverse-coded question", names);
        return with(Option.REVERSE, "reverse-coded questions", reverseCoded,
                d -> d.reverseCoded = chosen);
    }

    private static Set<String> names(String what, String each, String... names) {
        if (Checks.requireNonNull(names, what).length == 0) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        Set<String> copy = new LinkedHashSet<>();
        for (String name : names) {
            copy.add(Checks.requireNonBlank(name, each));
        }
        return Set.copyOf(copy);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(metric).append(" on ").append(scale.name());
        if (questions != null) {
            s.append(", questions ").append(new java.util.TreeSet<>(questions));
        }
        if (from != null) {
            s.append(", [").append(from).append(", ").append(to).append(')');
        }
        if (lenient) {
            s.append(", lenient");
        }
        if (missingAnswers != MissingAnswers.EXCLUDE) {
            s.append(", missing answers ").append(missingAnswers);
        }
        if (duplicates != Duplicates.KEEP_ALL) {
            s.append(", duplicates ").append(duplicates);
        }
        if (unweighted) {
            s.append(", unweighted");
        }
        if (!reverseCoded.isEmpty()) {
            s.append(", reverse-coded ").append(new java.util.TreeSet<>(reverseCoded));
        }
        return s.toString();
    }
}
