package io.github.cxmetrics.internal;

import io.github.cxmetrics.model.Response;
import java.time.Instant;

/**
 * The one rule that says which of a customer's answers to a question is their latest: the later
 * {@code answeredAt}, then at the same instant the higher score (an unanswered question is below
 * every score), then the higher weight. A total order on what an answer is made of, so the choice
 * never depends on input order or on how states were merged. Used by
 * {@code Duplicates.KEEP_LATEST}, the service bands of the value metrics and the key driver
 * analysis; {@code Response.BY_RECENCY} and {@code Response.later} expose it.
 */
public final class LatestAnswer {

    private LatestAnswer() {}

    /** Compares two answers by their parts: positive when the first is the later. */
    public static int compare(Instant atA, int scoreA, double weightA,
            Instant atB, int scoreB, double weightB) {
        int c = atA.compareTo(atB);
        if (c == 0) {
            c = Integer.compare(scoreA, scoreB);
        }
        if (c == 0) {
            c = Double.compare(weightA, weightB);
        }
        return c;
    }

    /** Returns whether {@code a} is later than {@code b} in this order. */
    public static boolean isLater(Response a, Response b) {
        return compare(a.answeredAt(), a.score(), a.weight(),
                b.answeredAt(), b.score(), b.weight()) > 0;
    }

    /** Returns the later of two answers; {@code a} when neither is later. */
    public static Response later(Response a, Response b) {
        return isLater(b, a) ? b : a;
    }
}
