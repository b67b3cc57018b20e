package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.LatestAnswer;
import io.github.cxmetrics.internal.State;
import io.github.cxmetrics.internal.StateReader;
import io.github.cxmetrics.internal.StateWriter;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of every survey calculator: validates scores, applies reverse coding and weights,
 * keeps the latest answer per customer and question when asked, and counts into its tally, one
 * distribution ({@link Single}) or one per question ({@link PerQuestion}). Not thread-safe.
 *
 * <p>Under {@link Duplicates#KEEP_LATEST} the state holds each customer's latest answer (its id,
 * question, score, time and weight) until the snapshot, and so does its binary form: that is what
 * lets states of different machines merge to the answer one pass would give.
 *
 * @param <R> the result type
 * @param <S> the state's own type
 */
abstract class SurveyState<R, S extends SurveyState<R, S>> implements State<Response, R, S> {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyState.class);

    final SurveyOptions options;
    final ScoreScale scale;
    private final int min;
    private final int max;
    private final Set<String> reverseCoded;
    /** The latest answer per customer and question, when only the latest counts; else null. */
    private final Map<AnswerKey, Answer> latest;

    private record AnswerKey(String customerId, String question) {}

    /** An answer kept under KEEP_LATEST: only what counting and the latest-answer rule read. */
    private record Answer(int score, Instant answeredAt, double weight) {
        boolean isLaterThan(Answer other) {
            return LatestAnswer.compare(answeredAt, score, weight,
                    other.answeredAt, other.score, other.weight) > 0;
        }
    }

    /**
     * @param keepsLatest whether to keep the latest answers, as the options ask; false for a copy
     *     that only counts
     */
    SurveyState(SurveyOptions options, boolean keepsLatest) {
        this.options = options;
        this.scale = options.scale();
        this.min = scale.min();
        this.max = scale.max();
        this.reverseCoded = options.reverseCoded().isEmpty() ? null : options.reverseCoded();
        this.latest = keepsLatest && options.duplicates() == Duplicates.KEEP_LATEST
                ? new HashMap<>() : null;
    }

    /** Counts a score on the scale, already reverse-coded. */
    abstract void tally(String question, int score, double weight);

    abstract void tallyMissing(String question, double weight);

    abstract void tallyInvalid(String question);

    abstract void tallyDuplicate(String question);

    /** Adds the other state's tally. */
    abstract void mergeTally(S other);

    /** Returns a state with a copy of this tally and no kept answers. */
    abstract S copyTally();

    /** Returns the result of the tally alone. */
    abstract R build();

    abstract void writeTally(StateWriter out);

    @Override
    public final void add(Response response) {
        double weight = options.unweighted() ? 1.0 : response.weight();
        int score = response.score();
        if (latest == null || (score != Response.NO_SCORE && !fits(score))) {
            count(response.question(), score, weight, response);
        } else {
            keepLatest(new AnswerKey(response.customerId(), response.question()),
                    new Answer(score, response.answeredAt(), weight));
        }
    }

    /**
     * Counts a bare score with its weight, as {@link #add} counts a response in scope with them;
     * only for calculators whose options need nothing else of the response (see
     * {@code ScoreCalculator.addScore}).
     */
    final void addBare(int score, double weight) {
        // One answer is the bulk path with a count of 1: one classification of bare scores.
        addBare(score, 1, weight, weight * weight);
    }

    /**
     * Counts {@code count} bare answers of one score ({@link Response#NO_SCORE}: unanswered)
     * whose weights sum to {@code weight} and their squares to {@code weightSquares}, as
     * {@code count} calls of {@link #addBare(int, double)} with those weights would count them.
     */
    final void addBare(int score, long count, double weight, double weightSquares) {
        double w = options.unweighted() ? count : weight;
        double squares = options.unweighted() ? count : weightSquares;
        ScoreCounts counts = countsOf(null);
        if (fits(score)) {
            counts.add(score, count, w, squares);
        } else if (score == Response.NO_SCORE) {
            counts.addMissing(count, w, squares);
        } else {
            requireLenient(null, score, null);
            counts.addInvalid(count);
        }
    }

    /** Returns the counters of a question's answers (the one distribution when not per question). */
    abstract ScoreCounts countsOf(String question);

    private boolean fits(int score) {
        return score >= min && score <= max;
    }

    /**
     * Counts one answer; {@code response} names it in messages, null for a kept answer or a bare
     * score.
     */
    private void count(String question, int score, double weight, Response response) {
        if (fits(score)) {
            if (reverseCoded != null && reverseCoded.contains(question)) {
                score = min + max - score;
            }
            tally(question, score, weight);
        } else if (score == Response.NO_SCORE) {
            tallyMissing(question, weight);
        } else {
            skipInvalid(question, score, response);
        }
    }

    /** Refuses a score off the scale, or in lenient mode counts it as skipped; kept off the hot path. */
    private void skipInvalid(String question, int score, Response response) {
        requireLenient(question, score, response);
        if (LOG.isDebugEnabled() && response != null) {
            LOG.debug("{}: skipped a score outside [{}, {}]: {} (customer {}, question {})",
                    options.metric(), min, max, score, response.customerId(), question);
        }
        tallyInvalid(question);
    }

    /** Refuses a score off the scale unless lenient; {@code response} names it, if any. */
    private void requireLenient(String question, int score, Response response) {
        if (!options.lenient()) {
            scale.requireScore(score, () -> response == null ? options.metric()
                    : options.metric() + ", customer " + response.customerId() + ", question "
                            + question + ", answered at " + response.answeredAt());
        }
    }

    private void keepLatest(AnswerKey key, Answer answer) {
        Answer previous = latest.putIfAbsent(key, answer);
        if (previous != null) {
            tallyDuplicate(key.question());
            if (answer.isLaterThan(previous)) {
                latest.put(key, answer);
            }
        }
    }

    @Override
    public final void merge(S other) {
        mergeTally(other);
        if (latest != null) {
            ((SurveyState<R, S>) other).latest.forEach(this::keepLatest);
        }
    }

    @Override
    public final R result() {
        if (latest == null) {
            return build();
        }
        SurveyState<R, S> counted = copyTally();
        latest.forEach((key, answer) ->
                counted.count(key.question(), answer.score(), answer.weight(), null));
        return counted.build();
    }

    /**
     * Writes the tally, then under KEEP_LATEST the kept answers: the sorted table of their
     * questions, and per answer (sorted by customer, then question) the customer id, the
     * question's index in the table, the score (0 for unanswered, else {@code score − min + 1}),
     * the time, and the weight (a 0 byte for 1, else 1 and the double).
     */
    @Override
    public final void writeTo(StateWriter out) {
        writeTally(out);
        if (latest == null) {
            return;
        }
        List<String> questions = new ArrayList<>(new TreeSet<>(
                latest.keySet().stream().map(AnswerKey::question).toList()));
        out.writeCount(questions.size());
        questions.forEach(out::writeString);
        List<AnswerKey> keys = new ArrayList<>(latest.keySet());
        keys.sort((a, b) -> {
            int c = a.customerId().compareTo(b.customerId());
            return c != 0 ? c : a.question().compareTo(b.question());
        });
        out.writeCount(keys.size());
        for (AnswerKey key : keys) {
            Answer answer = latest.get(key);
            out.writeString(key.customerId());
            out.writeCount(java.util.Collections.binarySearch(questions, key.question()));
            out.writeCount(answer.score() == Response.NO_SCORE ? 0 : (long) answer.score() - min + 1);
            out.writeInstant(answer.answeredAt());
            if (answer.weight() == 1.0) {
                out.writeByte(0);
            } else {
                out.writeByte(1);
                out.writeDouble(answer.weight());
            }
        }
    }

    /** Reads the kept answers that {@link #writeTo} wrote after the tally. */
    final S readLatest(StateReader in) {
        @SuppressWarnings("unchecked")
        S self = (S) this;
        if (latest == null) {
            return self;
        }
        int questionCount = in.readLength("question count", 1);
        String[] questions = new String[questionCount];
        for (int i = 0; i < questionCount; i++) {
            questions[i] = requireQuestion(in, in.readNonBlankString("question"));
        }
        int n = in.readLength("answer count", 7);
        for (int i = 0; i < n; i++) {
            String customer = in.readNonBlankString("customer id");
            long q = in.readCount("question index");
            if (q >= questionCount) {
                throw in.malformed("question index " + q + " outside the " + questionCount
                        + " questions");
            }
            long code = in.readCount("score");
            if (code > scale.size()) {
                throw in.malformed("score code " + code + " outside the scale " + scale.name());
            }
            int score = code == 0 ? Response.NO_SCORE : (int) (code - 1 + min);
            Instant at = in.readInstant("answered at");
            double weight = in.readBoolean("weight flag")
                    ? in.readNonNegativeDouble("weight") : 1.0;
            if (latest.put(new AnswerKey(customer, questions[(int) q]),
                    new Answer(score, at, weight)) != null) {
                throw in.malformed("two answers of customer " + customer + " to question "
                        + questions[(int) q]);
            }
        }
        return self;
    }

    /** Returns a question read from bytes if the calculator could have counted it. */
    final String requireQuestion(StateReader in, String question) {
        if (options.questions() != null && !options.questions().contains(question)) {
            throw in.malformed("question " + question + " is not among the calculator's "
                    + new TreeSet<>(options.questions()));
        }
        return question;
    }

    /** One distribution for all responses: NPS and the top-box metrics. */
    static final class Single<R> extends SurveyState<R, Single<R>> {
        private final ScoreCounts counts;
        private final ResultFactory<R> factory;

        /** Builds a result from the distribution and the options that shape it. */
        interface ResultFactory<R> {
            R create(ScoreDistribution distribution, ResultPolicy policy);
        }

        Single(SurveyOptions options, ResultFactory<R> factory) {
            this(options, factory, new ScoreCounts(options.scale()), true);
        }

        private Single(SurveyOptions options, ResultFactory<R> factory, ScoreCounts counts,
                boolean keepsLatest) {
            super(options, keepsLatest);
            this.factory = factory;
            this.counts = counts;
        }

        static <R> Single<R> read(SurveyOptions options, ResultFactory<R> factory,
                StateReader in) {
            return new Single<>(options, factory, ScoreCounts.read(options.scale(), in), true)
                    .readLatest(in);
        }

        @Override
        ScoreCounts countsOf(String question) {
            return counts;
        }

        @Override
        void tally(String question, int score, double weight) {
            counts.add(score, weight);
        }

        @Override
        void tallyMissing(String question, double weight) {
            counts.addMissing(weight);
        }

        @Override
        void tallyInvalid(String question) {
            counts.addInvalid();
        }

        @Override
        void tallyDuplicate(String question) {
            counts.addDuplicate();
        }

        @Override
        void mergeTally(Single<R> other) {
            counts.merge(other.counts);
        }

        @Override
        Single<R> copyTally() {
            return new Single<>(options, factory, counts.copy(), false);
        }

        @Override
        R build() {
            return factory.create(counts.snapshot(), options.policy());
        }

        @Override
        void writeTally(StateWriter out) {
            counts.writeTo(out);
        }
    }

    /** One distribution per question: the loyalty index. */
    static final class PerQuestion extends SurveyState<LoyaltyIndexResult, PerQuestion> {
        private final Map<String, ScoreCounts> counts = new HashMap<>();

        PerQuestion(SurveyOptions options) {
            this(options, true);
        }

        private PerQuestion(SurveyOptions options, boolean keepsLatest) {
            super(options, keepsLatest);
        }

        static PerQuestion read(SurveyOptions options, StateReader in) {
            PerQuestion state = new PerQuestion(options);
            int n = in.readLength("question count", 2);
            String previous = null;
            for (int i = 0; i < n; i++) {
                String question = state.requireQuestion(in, in.readNonBlankString("question"));
                if (previous != null && question.compareTo(previous) <= 0) {
                    throw in.malformed("questions out of order: " + previous + ", " + question);
                }
                previous = question;
                state.counts.put(question, ScoreCounts.read(options.scale(), in));
            }
            return state.readLatest(in);
        }

        @Override
        ScoreCounts countsOf(String question) {
            return of(question);
        }

        private ScoreCounts of(String question) {
            ScoreCounts c = counts.get(question);
            if (c == null) {
                c = new ScoreCounts(scale);
                counts.put(question, c);
            }
            return c;
        }

        @Override
        void tally(String question, int score, double weight) {
            of(question).add(score, weight);
        }

        @Override
        void tallyMissing(String question, double weight) {
            of(question).addMissing(weight);
        }

        @Override
        void tallyInvalid(String question) {
            of(question).addInvalid();
        }

        @Override
        void tallyDuplicate(String question) {
            of(question).addDuplicate();
        }

        @Override
        void mergeTally(PerQuestion other) {
            other.counts.forEach((question, c) -> of(question).merge(c));
        }

        @Override
        PerQuestion copyTally() {
            PerQuestion copy = new PerQuestion(options, false);
            copy.mergeTally(this);
            return copy;
        }

        @Override
        LoyaltyIndexResult build() {
            Map<String, ScoreDistribution> byQuestion = new HashMap<>();
            counts.forEach((q, c) -> byQuestion.put(q, c.snapshot()));
            return new LoyaltyIndexResult(byQuestion,
                    ScoreDistribution.ofCounts(scale, new long[scale.size()]),
                    options.reverseCoded(), options.policy());
        }

        @Override
        void writeTally(StateWriter out) {
            out.writeCount(counts.size());
            for (String question : new TreeSet<>(counts.keySet())) {
                out.writeString(question);
                counts.get(question).writeTo(out);
            }
        }
    }
}
