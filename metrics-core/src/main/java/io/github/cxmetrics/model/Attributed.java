package io.github.cxmetrics.model;

import io.github.cxmetrics.internal.Checks;
import java.util.Map;
import java.util.Optional;

/**
 * A record with free attributes (segment, region, product…) to group by: {@link Response},
 * {@link Interaction} and {@link Customer}. The one reading of an attribute for all three, so
 * that a grouping key such as {@code r -> r.attributeOr("segment", "(none)")} means the same on
 * each.
 */
public interface Attributed {

    /** Returns the attributes: names not blank, values not null; unmodifiable. */
    Map<String, String> attributes();

    /**
     * Returns the value of an attribute, if the record has it.
     *
     * @throws NullPointerException if {@code name} is null
     */
    default Optional<String> attribute(String name) {
        return Checks.attribute(attributes(), name);
    }

    /**
     * Returns the value of an attribute, or {@code fallback} if the record does not have it;
     * handy as a grouping key, {@code r -> r.attributeOr("segment", "(none)")}.
     *
     * @throws NullPointerException if {@code name} is null
     */
    default String attributeOr(String name, String fallback) {
        return Checks.attributeOr(attributes(), name, fallback);
    }
}
