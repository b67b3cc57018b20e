package io.github.cxmetrics.drivers;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Survey responses for the driver tests: one row of scores per respondent. */
final class Surveys {

    static final Instant T0 = Instant.parse("2024-04-02T10:00:00Z");

    /** The worked dataset of src/test/python/drivers_reference.py: nps, price, quality, support. */
    static final int[][] WORKED = {
        {10, 4, 5, 5}, {9, 3, 5, 4}, {8, 4, 4, 4}, {7, 3, 4, 3}, {9, 2, 3, 4},
        {3, 2, 2, 1}, {9, 5, 4, 5}, {5, 3, 3, 2}, {2, 1, 2, 2}, {10, 5, 5, 4},
        {7, 4, 3, 4}, {4, 2, 3, 2}, {8, 3, 5, 3}, {6, 4, 3, 3}, {9, 4, 4, 5},
        {1, 1, 1, 2}, {7, 2, 4, 4}, {5, 3, 2, 3}, {5, 5, 4, 3}, {6, 3, 1, 2},
    };

    private Surveys() {}

    /**
     * Returns one response per score, respondent {@code c<row>} answering {@code questions[q]}
     * with {@code rows[row][q]}; {@link Response#NO_SCORE} leaves the question out.
     */
    static List<Response> responses(int[][] rows, String... questions) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            for (int q = 0; q < questions.length; q++) {
                if (rows[i][q] != Response.NO_SCORE) {
                    responses.add(Response.of("c" + i, questions[q], rows[i][q], T0,
                            Channel.EMAIL));
                }
            }
        }
        return responses;
    }

    static List<Response> worked() {
        return responses(WORKED, "nps", "price", "quality", "support");
    }

    /**
     * The worked dataset with two more respondents, {@code c20} who skipped price and
     * {@code c21} who skipped quality (the pairwise case of drivers_reference.py).
     */
    static List<Response> withSkips() {
        int[][] rows = Arrays.copyOf(WORKED, WORKED.length + 2);
        rows[20] = new int[] {9, Response.NO_SCORE, 5, 5};
        rows[21] = new int[] {2, 1, Response.NO_SCORE, 1};
        return responses(rows, "nps", "price", "quality", "support");
    }
}
