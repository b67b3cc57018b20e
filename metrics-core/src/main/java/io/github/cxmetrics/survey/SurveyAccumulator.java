package io.github.cxmetrics.survey;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.internal.LatestAnswer;
import io.github.cxmetrics.model.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accumulator of every survey calculator: filters responses to the calculator's scope,
 * validates scores, applies reverse coding and weights, keeps the latest answer per customer when
 * asked, and counts into a {@link Tally}. Not thread-safe.
 */
final class SurveyAccumulator<R> implements Accumulator<Response, R> {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyAccumulator.class);

    private final SurveyCalculator<R, ?> calculator;
    private final SurveyOptions options;
    private final Tally tally;
    private final int min;
    private final int max;
    private final Set<String> reverseCoded;
    /** The latest response per customer and question, when only the latest counts; else null. */
    private final Map<AnswerKey, Response> latest;

    private record AnswerKey(String customerId, String question) {}

    SurveyAccumulator(SurveyCalculator<R, ?> calculator) {
        this.calculator = calculator;
        this.options = calculator.options;
        this.tally = calculator.newTally();
        this.min = options.scale().min();
        this.max = options.scale().max();
        this.reverseCoded = options.reverseCoded().isEmpty() ? null : options.reverseCoded();
        this.latest = options.duplicates() == Duplicates.KEEP_LATEST ? new HashMap<>() : null;
    }

    @Override
    public void add(Response response) {
        Objects.requireNonNull(response, "response must not be null");
        if (!options.accepts(response)) {
            return;
        }
        if (latest == null) {
            count(tally, response);
        } else if (response.isAnswered() && !fits(response.score())) {
            count(tally, response);
        } else {
            keepLatest(latest, response);
        }
    }

    private boolean fits(int score) {
        return score >= min && score <= max;
    }

    private void count(Tally into, Response response) {
        int score = response.score();
        double weight = options.unweighted() ? 1.0 : response.weight();
        if (score == Response.NO_SCORE) {
            into.addMissing(response.question(), weight);
        } else if (!fits(score)) {
            if (!options.lenient()) {
                throw new IllegalArgumentException("score must be in [" + min + ", " + max + "]: "
                        + score + " (" + options.metric() + ", customer " + response.customerId()
                        + ", question " + response.question() + ", answered at "
                        + response.answeredAt() + ")");
            }
            into.addInvalid(response.question());
        } else {
            if (reverseCoded != null && reverseCoded.contains(response.question())) {
                score = min + max - score;
            }
            into.add(response.question(), score, weight);
        }
    }

    private void keepLatest(Map<AnswerKey, Response> into, Response response) {
        AnswerKey key = new AnswerKey(response.customerId(), response.question());
        Response previous = into.get(key);
        if (previous == null) {
            into.put(key, response);
            return;
        }
        tally.addDuplicate(response.question());
        if (LatestAnswer.isLater(response, previous)) {
            into.put(key, response);
        }
    }

    @Override
    public void merge(Accumulator<Response, R> other) {
        if (!(other instanceof SurveyAccumulator<?> that) || !calculator.equals(that.calculator)) {
            throw new IllegalArgumentException("cannot merge accumulators of different calculators: "
                    + calculator + " and " + (other instanceof SurveyAccumulator<?> s
                            ? s.calculator : other));
        }
        if (that == this) {
            throw new IllegalArgumentException("cannot merge an accumulator into itself");
        }
        tally.merge(that.tally);
        if (latest != null) {
            for (Response response : that.latest.values()) {
                keepLatest(latest, response);
            }
        }
    }

    @Override
    public R snapshot() {
        Tally result = tally;
        if (latest != null) {
            result = tally.copy();
            for (Response response : latest.values()) {
                count(result, response);
            }
        }
        long invalid = result.invalid();
        if (invalid > 0) {
            LOG.info("{}: skipped {} responses with scores outside [{}, {}]",
                    options.metric(), invalid, min, max);
        }
        return calculator.finish(result);
    }
}
