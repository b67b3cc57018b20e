package io.github.cxmetrics.drivers;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.LatestAnswer;
import io.github.cxmetrics.model.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of each respondent, joined by customer id: one row per customer who answered the
 * outcome, sorted by id so that nothing depends on input order, with the customer's latest answer
 * to each question ({@link LatestAnswer}). Column 0 is the outcome, columns {@code 1..p} the
 * drivers.
 */
final class Respondents {

    final List<Question> questions;
    final String[] ids;
    /** The raw scores, {@link Response#NO_SCORE} where missing. */
    final int[][] scores;
    /** The scores oriented so that higher is better, NaN where missing. */
    final double[][] values;
    /** Customers who answered some driver but not the outcome. */
    final long withoutOutcome;
    /** Answers replaced by a later answer of the same customer to the same question. */
    final long duplicates;

    private Respondents(List<Question> questions, String[] ids, int[][] scores,
            double[][] values, long withoutOutcome, long duplicates) {
        this.questions = questions;
        this.ids = ids;
        this.scores = scores;
        this.values = values;
        this.withoutOutcome = withoutOutcome;
        this.duplicates = duplicates;
    }

    /**
     * Joins the answers to {@code questions}; other questions and unanswered responses are
     * skipped.
     *
     * @throws IllegalArgumentException if an answer lies outside its question's scale
     */
    static Respondents join(Iterable<? extends Response> responses, List<Question> questions) {
        Checks.requireNonNull(responses, "responses");
        Map<String, Integer> column = new HashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            column.put(questions.get(q).name(), q);
        }
        Map<String, Response[]> latest = new HashMap<>();
        long duplicates = 0;
        for (Response r : responses) {
            Checks.requireNonNull(r, "response");
            Integer q = column.get(r.question());
            if (q == null || !r.isAnswered()) {
                continue;
            }
            Question question = questions.get(q);
            if (!question.scale().contains(r.score())) {
                throw new IllegalArgumentException("score must be in [" + question.scale().min()
                        + ", " + question.scale().max() + "]: " + r.score() + " (customer "
                        + r.customerId() + ", question " + r.question() + ", answered at "
                        + r.answeredAt() + ")");
            }
            Response[] row = latest.computeIfAbsent(r.customerId(),
                    id -> new Response[questions.size()]);
            if (row[q] != null) {
                duplicates++;
                row[q] = LatestAnswer.later(row[q], r);
            } else {
                row[q] = r;
            }
        }
        String[] ids = latest.entrySet().stream().filter(e -> e.getValue()[0] != null)
                .map(Map.Entry::getKey).sorted().toArray(String[]::new);
        int[][] scores = new int[ids.length][questions.size()];
        double[][] values = new double[ids.length][questions.size()];
        for (int i = 0; i < ids.length; i++) {
            Response[] row = latest.get(ids[i]);
            for (int q = 0; q < row.length; q++) {
                scores[i][q] = row[q] == null ? Response.NO_SCORE : row[q].score();
                values[i][q] = row[q] == null ? Double.NaN
                        : questions.get(q).oriented(row[q].score());
            }
        }
        return new Respondents(questions, ids, scores, values, latest.size() - ids.length,
                duplicates);
    }

    int size() {
        return ids.length;
    }

    /** Returns the rows that answered every question. */
    int[] completeRows() {
        int[] rows = new int[ids.length];
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            boolean complete = true;
            for (double v : values[i]) {
                complete &= !Double.isNaN(v);
            }
            if (complete) {
                rows[n++] = i;
            }
        }
        return Arrays.copyOf(rows, n);
    }

    /** Returns every row. */
    int[] allRows() {
        int[] rows = new int[ids.length];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    /** Returns how many rows lack an answer to question {@code q}. */
    long missing(int q) {
        long missing = 0;
        for (double[] row : values) {
            if (Double.isNaN(row[q])) {
                missing++;
            }
        }
        return missing;
    }
}
