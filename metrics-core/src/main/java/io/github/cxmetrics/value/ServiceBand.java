package io.github.cxmetrics.value;

import io.github.cxmetrics.internal.Checks;

/**
 * A band of service quality a customer falls in, such as promoter, detractor, or first response
 * within an hour: the key of value metrics grouped by service quality (see
 * {@link ServiceBands}). Bands sort by rank, best first, and customers without an answer last.
 *
 * @param label the band's name, as printed; not blank
 * @param rank the band's position, 0 for the best; {@code >= 0}
 */
public record ServiceBand(String label, int rank) implements Comparable<ServiceBand> {

    /** NPS 9–10. */
    public static final ServiceBand PROMOTER = new ServiceBand("promoter", 0);
    /** NPS 7–8. */
    public static final ServiceBand PASSIVE = new ServiceBand("passive", 1);
    /** NPS 0–6. */
    public static final ServiceBand DETRACTOR = new ServiceBand("detractor", 2);
    /** The positive band of a scale, such as CSAT 4–5. */
    public static final ServiceBand POSITIVE = new ServiceBand("positive", 0);
    /** The neutral band of a scale, such as CSAT 3. */
    public static final ServiceBand NEUTRAL = new ServiceBand("neutral", 1);
    /** The negative band of a scale, such as CSAT 1–2. */
    public static final ServiceBand NEGATIVE = new ServiceBand("negative", 2);
    /** Customers who never answered the question. */
    public static final ServiceBand NO_ANSWER = new ServiceBand("no answer", Integer.MAX_VALUE);
    /** Customers without a first response time (no request, or no reply yet). */
    public static final ServiceBand NO_RESPONSE_TIME =
            new ServiceBand("no response time", Integer.MAX_VALUE);

    /**
     * Creates a band.
     *
     * @throws IllegalArgumentException if the label is blank or the rank negative
     */
    public ServiceBand {
        Checks.requireNonBlank(label, "label");
        Checks.requireNonNegative(rank, "rank");
    }

    @Override
    public int compareTo(ServiceBand other) {
        int c = Integer.compare(rank, other.rank);
        return c != 0 ? c : label.compareTo(other.label);
    }

    @Override
    public String toString() {
        return label;
    }
}
