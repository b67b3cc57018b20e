package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.time.Instant;
import java.util.function.Function;

/**
 * The responses file: one row per answer, {@code customer_id,question,score,answered_at,channel}
 * with an optional {@code weight} and any attribute columns. An empty score is a question shown
 * but not answered. A score outside the scale of the metric its question feeds is rejected here,
 * with its line, rather than by the calculator.
 */
public final class ResponsesInput implements Input<Response> {

    private final String by;
    private final Function<String, ScoreScale> scaleOf;

    /**
     * Creates the input.
     *
     * @param by the {@code --by} column, which the header must have unless it is {@code channel}
     * @param scaleOf the scale of the metric a question feeds, or null for a question that feeds
     *     none (its scores are not checked)
     */
    public ResponsesInput(String by, Function<String, ScoreScale> scaleOf) {
        this.by = by;
        this.scaleOf = scaleOf;
    }

    @Override
    public InputKind kind() {
        return InputKind.RESPONSES;
    }

    @Override
    public RowParser<Response> parser(Header header) {
        if (!by.equals("channel") && header.attributeNames().indexOf(by) < 0) {
            if (header.has(by)) {
                throw InputException.at(header.file(), 1, "--by takes channel or an attribute"
                        + " column, not '" + by + "'");
            }
            throw header.unknownColumn(by, "--by");
        }
        return row -> {
            String customer = row.text("customer_id");
            String question = row.text("question");
            String scoreText = row.cell("score");
            int score = Response.NO_SCORE;
            if (!scoreText.isEmpty()) {
                score = row.integer("score");
                ScoreScale scale = scaleOf.apply(question);
                if (scale != null) {
                    if (score < scale.min() || score > scale.max()) {
                        throw new RowException(Reason.OUT_OF_SCALE, "score must be in ["
                                + scale.min() + ", " + scale.max() + "] for question '" + question
                                + "'", scoreText);
                    }
                }
            }
            Instant at = row.instant("answered_at");
            Channel channel = Channel.of(row.text("channel"));
            double weight = row.optionalNonNegativeDouble("weight", 1.0);
            try {
                return new Response(customer, question, score, at, channel, weight,
                        row.attributes());
            } catch (IllegalArgumentException e) {
                // The ids and the time are checked above: the library's bounds of a weight.
                throw new RowException(Reason.BAD_NUMBER, e.getMessage(), null);
            }
        };
    }

    @Override
    public Instant timeOf(Response response) {
        return response.answeredAt();
    }

    @Override
    public String toString() {
        return "responses";
    }
}
