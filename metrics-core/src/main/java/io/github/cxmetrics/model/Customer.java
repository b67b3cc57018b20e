package io.github.cxmetrics.model;

import io.github.cxmetrics.internal.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A customer: when they were acquired, when they churned (if they did), what acquiring them
 * cost, and the segment and attributes to break value metrics down by. The input of churn,
 * retention and lifetime value.
 *
 * <p>A customer is <em>active</em> from {@code acquiredAt} (inclusive) until {@code churnedAt}
 * (exclusive); {@code churnedAt} is null while the customer is active, and may equal
 * {@code acquiredAt} (a customer who left the moment they came). The acquisition cost is null
 * when it is unknown; a known cost is never negative.
 *
 * <pre>{@code
 * Customer c = Customer.of("c-17", "retail", Instant.parse("2024-01-15T09:00:00Z"))
 *         .withAcquisitionCost(Money.of("120.00", "EUR"))
 *         .withChurnedAt(Instant.parse("2024-06-02T00:00:00Z"))
 *         .withAttribute("region", "north");
 * }</pre>
 *
 * @param id the customer's id, the key that joins purchases and survey responses; not blank
 * @param segment the segment the customer belongs to, such as {@code "retail"}; not blank
 * @param acquiredAt when the customer was acquired (their first day as a customer)
 * @param churnedAt when the customer churned, or null while they are active; not before
 *     {@code acquiredAt}
 * @param acquisitionCost what acquiring the customer cost (CAC), or null when unknown; not
 *     negative
 * @param attributes free attributes for grouping (region, plan, channel of acquisition…); names
 *     not blank, values not null
 */
public record Customer(
        String id,
        String segment,
        Instant acquiredAt,
        Instant churnedAt,
        Money acquisitionCost,
        Map<String, String> attributes) implements Attributed {

    /**
     * Creates a customer, validating every component.
     *
     * @throws NullPointerException if the id, segment, acquisition time or attributes are null
     * @throws IllegalArgumentException if the id or segment is blank, the customer churned before
     *     they were acquired, or the acquisition cost is negative
     */
    public Customer {
        Checks.requireNonBlank(id, "id");
        Checks.requireNonBlank(segment, "segment");
        Checks.requireNonNull(acquiredAt, "acquiredAt");
        if (churnedAt != null && churnedAt.isBefore(acquiredAt)) {
            throw new IllegalArgumentException("churnedAt must not be before acquiredAt "
                    + acquiredAt + ": " + churnedAt + " (customer " + id + ")");
        }
        if (acquisitionCost != null && acquisitionCost.signum() < 0) {
            throw new IllegalArgumentException(
                    "acquisitionCost must be >= 0: " + acquisitionCost + " (customer " + id + ")");
        }
        attributes = Checks.attributes(attributes);
    }

    /**
     * Creates an active customer with an unknown acquisition cost and no attributes.
     *
     * @param id the customer's id
     * @param segment the customer's segment
     * @param acquiredAt when the customer was acquired
     * @return the customer
     */
    public static Customer of(String id, String segment, Instant acquiredAt) {
        return new Customer(id, segment, acquiredAt, null, null, Map.of());
    }

    /** Returns whether the customer has not churned: {@code churnedAt} is null. */
    public boolean isActive() {
        return churnedAt == null;
    }

    /**
     * Returns whether the customer was active at {@code time}: acquired at or before it and not
     * churned at or before it, {@code acquiredAt <= time < churnedAt}.
     */
    public boolean isActiveAt(Instant time) {
        Checks.requireNonNull(time, "time");
        return !time.isBefore(acquiredAt) && (churnedAt == null || time.isBefore(churnedAt));
    }

    /** Returns when the customer churned, if they did. */
    public Optional<Instant> churnedAtIfAny() {
        return Optional.ofNullable(churnedAt);
    }

    /** Returns the acquisition cost, if it is known. */
    public Optional<Money> acquisitionCostIfKnown() {
        return Optional.ofNullable(acquisitionCost);
    }

    /**
     * Returns this customer churned at {@code time}, or active again when {@code time} is null.
     *
     * @throws IllegalArgumentException if {@code time} is before the acquisition
     */
    public Customer withChurnedAt(Instant time) {
        return new Customer(id, segment, acquiredAt, time, acquisitionCost, attributes);
    }

    /**
     * Returns this customer with a known acquisition cost, or an unknown one when {@code cost}
     * is null.
     *
     * @throws IllegalArgumentException if the cost is negative
     */
    public Customer withAcquisitionCost(Money cost) {
        return new Customer(id, segment, acquiredAt, churnedAt, cost, attributes);
    }

    /** Returns this customer in another segment. */
    public Customer withSegment(String segment) {
        return new Customer(id, segment, acquiredAt, churnedAt, acquisitionCost, attributes);
    }

    /** Returns this customer with one attribute added or replaced. */
    public Customer withAttribute(String name, String value) {
        return new Customer(id, segment, acquiredAt, churnedAt, acquisitionCost,
                Checks.withAttribute(attributes, name, value));
    }
}
