package io.github.cxmetrics.internal;

import io.github.cxmetrics.model.Response;

/**
 * The one rule that says which of a customer's answers to a question is their latest: the later
 * {@code answeredAt}, then at the same instant the higher score, then the higher weight. A total
 * order on what an answer is made of, so the choice never depends on input order. Used by
 * {@code Duplicates.KEEP_LATEST}, the service bands of the value metrics and the key driver
 * analysis.
 */
public final class LatestAnswer {

    private LatestAnswer() {}

    /** Returns whether {@code a} is later than {@code b} in this order. */
    public static boolean isLater(Response a, Response b) {
        int c = a.answeredAt().compareTo(b.answeredAt());
        if (c == 0) {
            c = Integer.compare(a.score(), b.score());
        }
        if (c == 0) {
            c = Double.compare(a.weight(), b.weight());
        }
        return c > 0;
    }

    /** Returns the later of two answers; {@code a} when neither is later. */
    public static Response later(Response a, Response b) {
        return isLater(b, a) ? b : a;
    }
}
