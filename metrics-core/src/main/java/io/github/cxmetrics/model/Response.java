package io.github.cxmetrics.model;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.LatestAnswer;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One customer's answer to one survey question: the input of the survey metrics (NPS, CSAT, CSI,
 * CES and the loyalty index).
 *
 * <p>A response is immutable and validated when it is created. Its score is an integer on the
 * question's scale; whether the score lies on the scale is decided by the calculator, which knows
 * the scale. A question the customer saw but did not answer is a response without a score (see
 * {@link #unanswered}); calculators exclude such responses from the base by default and count
 * them in their results.
 *
 * <pre>{@code
 * Response r = Response.of("c-17", "nps", 9, Instant.parse("2024-04-02T10:15:00Z"), Channel.EMAIL)
 *         .withAttribute("segment", "enterprise")
 *         .withWeight(1.4);
 * }</pre>
 *
 * @param customerId the customer who answered; not blank
 * @param question the question answered, for example {@code "nps"} or {@code "csat"}; not blank
 * @param score the score given, or {@link #NO_SCORE} when the question was not answered
 * @param answeredAt when the answer was given
 * @param channel the channel through which the answer was given
 * @param weight the survey weight (for example from post-stratification), 1 by default: 0 or
 *     between {@value #MIN_POSITIVE_WEIGHT} and {@value #MAX_WEIGHT}, so that the sums of weights
 *     and of squared weights of any number of responses stay finite and exact enough
 * @param attributes free attributes for grouping (segment, region, product…); names not blank,
 *     values not null
 */
public record Response(
        String customerId,
        String question,
        int score,
        Instant answeredAt,
        Channel channel,
        double weight,
        Map<String, String> attributes) implements Attributed {

    /** The score of a response whose question was not answered. */
    public static final int NO_SCORE = Integer.MIN_VALUE;

    /**
     * Orders the answers of one customer to one question by recency: by {@link #answeredAt()};
     * at one instant by score (an unanswered question first), then by weight. The latest answer
     * is the greatest. It is the order of {@link io.github.cxmetrics.survey.Duplicates#KEEP_LATEST}
     * and of {@link io.github.cxmetrics.value.ServiceBands}; code that keeps each customer's
     * latest answer itself should use it (or {@link #later}) so that it agrees with them on ties.
     */
    public static final Comparator<Response> BY_RECENCY = (a, b) -> LatestAnswer.compare(
            a.answeredAt, a.score, a.weight, b.answeredAt, b.score, b.weight);

    /**
     * The largest weight: its square times any number of responses ({@code 2^63}) is still a
     * finite {@code double}, so that effective sample sizes are defined.
     */
    public static final double MAX_WEIGHT = 1e100;

    /**
     * The smallest weight other than 0: its square is still a normal {@code double}, so that the
     * sum of squared weights keeps its precision.
     */
    public static final double MIN_POSITIVE_WEIGHT = 1e-100;

    /**
     * Creates a response, validating every component.
     *
     * @throws NullPointerException if an id, the time, the channel or the attributes are null
     * @throws IllegalArgumentException if an id is blank or the weight is NaN, infinite,
     *     negative, or outside {@code [MIN_POSITIVE_WEIGHT, MAX_WEIGHT]} without being 0
     */
    public Response {
        Checks.requireNonBlank(customerId, "customerId");
        Checks.requireNonBlank(question, "question");
        Checks.requireNonNull(answeredAt, "answeredAt");
        Checks.requireNonNull(channel, "channel");
        Checks.requireWeight(weight);
        attributes = Checks.attributes(attributes);
    }

    /**
     * Creates an answered response with weight 1 and no attributes.
     *
     * @param customerId the customer who answered
     * @param question the question answered
     * @param score the score given; must not be {@link #NO_SCORE}
     * @param answeredAt when the answer was given
     * @param channel the channel of the answer
     * @return the response
     */
    public static Response of(
            String customerId, String question, int score, Instant answeredAt, Channel channel) {
        if (score == NO_SCORE) {
            throw new IllegalArgumentException(
                    "score must not be NO_SCORE; use Response.unanswered for a missing answer: "
                            + score);
        }
        return new Response(customerId, question, score, answeredAt, channel, 1.0, Map.of());
    }

    /**
     * Creates a response to a question that was shown but not answered, with weight 1 and no
     * attributes.
     *
     * @param customerId the customer who was asked
     * @param question the question left unanswered
     * @param answeredAt when the survey was submitted
     * @param channel the channel of the survey
     * @return the response, whose {@link #isAnswered()} is false
     */
    public static Response unanswered(
            String customerId, String question, Instant answeredAt, Channel channel) {
        return new Response(customerId, question, NO_SCORE, answeredAt, channel, 1.0, Map.of());
    }

    /**
     * Returns the answer that counts as the latest of two answers of one customer to one
     * question: the greater by {@link #BY_RECENCY}, {@code a} when they tie in every respect.
     *
     * @throws NullPointerException if {@code a} or {@code b} is null
     */
    public static Response later(Response a, Response b) {
        Checks.requireNonNull(a, "a");
        Checks.requireNonNull(b, "b");
        return LatestAnswer.later(a, b);
    }

    /** Returns whether the question was answered, that is whether the score is not {@link #NO_SCORE}. */
    public boolean isAnswered() {
        return score != NO_SCORE;
    }

    /** Returns the score if the question was answered. */
    public OptionalInt scoreIfAnswered() {
        return isAnswered() ? OptionalInt.of(score) : OptionalInt.empty();
    }

    /** Returns this response with another weight. */
    public Response withWeight(double newWeight) {
        return new Response(customerId, question, score, answeredAt, channel, newWeight, attributes);
    }

    /** Returns this response with another score (use {@link #NO_SCORE} to mark it unanswered). */
    public Response withScore(int newScore) {
        return new Response(customerId, question, newScore, answeredAt, channel, weight, attributes);
    }

    /** Returns this response with one attribute added or replaced. */
    public Response withAttribute(String name, String value) {
        return new Response(customerId, question, score, answeredAt, channel, weight,
                Checks.withAttribute(attributes, name, value));
    }

    /** Returns this response with its attributes replaced. */
    public Response withAttributes(Map<String, String> attributes) {
        return new Response(customerId, question, score, answeredAt, channel, weight, attributes);
    }
}
