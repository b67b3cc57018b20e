package io.github.cxmetrics.cli.input;

/**
 * How the responses file is read beyond its format: the labels its scores may be written as
 * ({@code --score-label}) and, for a file of one question without a {@code question} column, the
 * question its scores answer ({@code --single-question}).
 *
 * @param labels the labels of scores
 * @param singleQuestion the question of every score of a file without a question column, or null
 */
public record ResponsesOptions(ScoreLabels labels, String singleQuestion) {

    /** Returns the defaults: the built-in labels, no single question. */
    public static ResponsesOptions defaults() {
        return new ResponsesOptions(ScoreLabels.defaults(), null);
    }
}
