package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.time.Instant;
import java.util.EnumSet;
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
        Set<Option> set) {

    /** The default effective sample size below which results are flagged as small. */
    static final int DEFAULT_SMALL_SAMPLE = 30;

    enum Option { QUESTIONS, WINDOW, SCALE, LENIENT, MISSING, DUPLICATES, UNWEIGHTED, SMALL_SAMPLE, REVERSE }

    static SurveyOptions defaults(String metric, ScoreScale scale) {
        return new SurveyOptions(metric, scale, null, null, null, false, MissingAnswers.EXCLUDE,
                Duplicates.KEEP_ALL, false, DEFAULT_SMALL_SAMPLE, Set.of(), Set.of());
    }

    /** Returns whether a response is in scope: one of the questions, inside the time window. */
    boolean accepts(Response r) {
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
        return new ResultPolicy(metric, missingAnswers == MissingAnswers.COUNT_IN_BASE,
                smallSampleThreshold);
    }

    private SurveyOptions once(Option option, String name, Object current) {
        if (set.contains(option)) {
            throw new IllegalStateException(name + " was already set to " + current);
        }
        return this;
    }

    /** Checks that every reverse-coded question is among the chosen questions. */
    private SurveyOptions checked() {
        if (questions != null) {
            for (String question : reverseCoded) {
                if (!questions.contains(question)) {
                    throw new IllegalArgumentException("reverse-coded question '" + question
                            + "' is not among the questions " + new java.util.TreeSet<>(questions));
                }
            }
        }
        return this;
    }

    private Set<Option> plus(Option option) {
        EnumSet<Option> copy = EnumSet.of(option);
        copy.addAll(set);
        return Set.copyOf(copy);
    }

    SurveyOptions withQuestions(String... names) {
        once(Option.QUESTIONS, "questions", questions);
        if (names.length == 0) {
            throw new IllegalArgumentException("questions must not be empty");
        }
        Set<String> copy = new LinkedHashSet<>();
        for (String name : names) {
            copy.add(Checks.requireNonBlank(name, "question"));
        }
        return new SurveyOptions(metric, scale, Set.copyOf(copy), from, to, lenient, missingAnswers,
                duplicates, unweighted, smallSampleThreshold, reverseCoded, plus(Option.QUESTIONS))
                .checked();
    }

    SurveyOptions withWindow(Instant newFrom, Instant newTo) {
        once(Option.WINDOW, "time window", "[" + from + ", " + to + ")");
        Checks.requireNonNull(newFrom, "from");
        Checks.requireNonNull(newTo, "to");
        if (!newFrom.isBefore(newTo)) {
            throw new IllegalArgumentException(
                    "from must be before to: [" + newFrom + ", " + newTo + ")");
        }
        return new SurveyOptions(metric, scale, questions, newFrom, newTo, lenient, missingAnswers,
                duplicates, unweighted, smallSampleThreshold, reverseCoded, plus(Option.WINDOW));
    }

    SurveyOptions withScale(ScoreScale newScale) {
        once(Option.SCALE, "scale", scale == null ? null : scale.name());
        ScoreScale.requireConsistent(newScale);
        return new SurveyOptions(metric, newScale, questions, from, to, lenient, missingAnswers,
                duplicates, unweighted, smallSampleThreshold, reverseCoded, plus(Option.SCALE));
    }

    SurveyOptions withLenient() {
        once(Option.LENIENT, "lenient", true);
        return new SurveyOptions(metric, scale, questions, from, to, true, missingAnswers,
                duplicates, unweighted, smallSampleThreshold, reverseCoded, plus(Option.LENIENT));
    }

    SurveyOptions withMissingAnswers(MissingAnswers policy) {
        once(Option.MISSING, "missing answers policy", missingAnswers);
        Checks.requireNonNull(policy, "missing answers policy");
        return new SurveyOptions(metric, scale, questions, from, to, lenient, policy,
                duplicates, unweighted, smallSampleThreshold, reverseCoded, plus(Option.MISSING));
    }

    SurveyOptions withDuplicates(Duplicates policy) {
        once(Option.DUPLICATES, "duplicates policy", duplicates);
        Checks.requireNonNull(policy, "duplicates policy");
        return new SurveyOptions(metric, scale, questions, from, to, lenient, missingAnswers,
                policy, unweighted, smallSampleThreshold, reverseCoded, plus(Option.DUPLICATES));
    }

    SurveyOptions withUnweighted() {
        once(Option.UNWEIGHTED, "unweighted", true);
        return new SurveyOptions(metric, scale, questions, from, to, lenient, missingAnswers,
                duplicates, true, smallSampleThreshold, reverseCoded, plus(Option.UNWEIGHTED));
    }

    SurveyOptions withSmallSampleThreshold(int threshold) {
        once(Option.SMALL_SAMPLE, "small-sample threshold", smallSampleThreshold);
        Checks.requireNonNegative(threshold, "small-sample threshold");
        return new SurveyOptions(metric, scale, questions, from, to, lenient, missingAnswers,
                duplicates, unweighted, threshold, reverseCoded, plus(Option.SMALL_SAMPLE));
    }

    SurveyOptions withReverseCoded(String... names) {
        once(Option.REVERSE, "reverse-coded questions", reverseCoded);
        if (names.length == 0) {
            throw new IllegalArgumentException("reverse-coded questions must not be empty");
        }
        Set<String> copy = new LinkedHashSet<>();
        for (String name : names) {
            copy.add(Checks.requireNonBlank(name, "reverse-coded question"));
        }
        return new SurveyOptions(metric, scale, questions, from, to, lenient, missingAnswers,
                duplicates, unweighted, smallSampleThreshold, Set.copyOf(copy), plus(Option.REVERSE))
                .checked();
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
