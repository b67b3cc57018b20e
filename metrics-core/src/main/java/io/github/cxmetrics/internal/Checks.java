package io.github.cxmetrics.internal;

import io.github.cxmetrics.model.Response;
import java.util.Map;
import java.util.Objects;

/**
 * Argument checks shared by the public types. Every message names the parameter and the value,
 * in lower case, as in {@code "weight must be finite and >= 0: NaN"}.
 *
 * <p>Not part of the API: this package is not exported by the module.
 */
public final class Checks {

    private Checks() {}

    /** Returns {@code value} if it is neither null nor blank. */
    public static String requireNonBlank(String value, String name) {
        requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
        return value;
    }

    /**
     * Returns {@code value} if it is not null. A plain test rather than a message supplier: the
     * checks run for every record, and a capturing lambda is an allocation per call until the
     * JIT removes it, which costs a short-lived process (the command line) its start.
     */
    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /** Returns {@code value} if it is finite and not negative. */
    public static double requireNonNegativeFinite(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
        }
        return value;
    }

    /**
     * Returns {@code weight} if it is a valid weight of a response: finite, and 0 or in
     * {@code [Response.MIN_POSITIVE_WEIGHT, Response.MAX_WEIGHT]}. The one weight check:
     * responses and the bare scores of {@code addScore} use it.
     */
    public static double requireWeight(double weight) {
        requireNonNegativeFinite(weight, "weight");
        if (weight != 0 && (weight < Response.MIN_POSITIVE_WEIGHT
                || weight > Response.MAX_WEIGHT)) {
            throw new IllegalArgumentException("weight must be 0 or between 1e-100 and 1e100: "
                    + weight);
        }
        return weight;
    }

    /** Returns {@code value} if it is finite and strictly positive. */
    public static double requirePositiveFinite(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is not negative. */
    public static long requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0: " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is not negative. */
    public static int requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0: " + value);
        }
        return value;
    }

    /**
     * Checks a half-open time window {@code [from, to)}: both set, {@code from} before {@code to}.
     */
    public static void requireWindow(java.time.Instant from, java.time.Instant to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to: [" + from + ", " + to + ")");
        }
    }

    /** Returns {@code level} if it is a confidence level strictly between 0 and 1. */
    public static double requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        return level;
    }

    /** Returns {@code value} if it lies in {@code [min, max]}. */
    public static int requireInRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be in [" + min + ", " + max + "]: " + value);
        }
        return value;
    }

    /**
     * Returns {@code actual} if {@code expected} is null (no currency seen yet) or the same
     * currency: amounts in different currencies are never added.
     *
     * @throws IllegalArgumentException {@code "cannot mix currencies: EUR and USD"}
     */
    public static java.util.Currency requireSameCurrency(
            java.util.Currency expected, java.util.Currency actual) {
        requireNonNull(actual, "currency");
        if (expected != null && !expected.equals(actual)) {
            throw new IllegalArgumentException("cannot mix currencies: "
                    + expected.getCurrencyCode() + " and " + actual.getCurrencyCode());
        }
        return actual;
    }

    /**
     * Checks that two results to be combined were computed with the same options; {@code one}
     * and {@code other} (the results, or their options) are named in the message.
     *
     * @throws IllegalArgumentException {@code "cannot combine results computed with different
     *     options: <one> and <other>"} unless {@code same}
     */
    public static void requireSameOptions(boolean same, Object one, Object other) {
        if (!same) {
            throw new IllegalArgumentException("cannot combine results computed with different"
                    + " options: " + one + " and " + other);
        }
    }

    /**
     * Checks that two results to be added agree on a property, such as their metric.
     *
     * @param property the property's name in the plural, as in {@code "metrics"}
     * @throws IllegalArgumentException {@code "cannot add results of different metrics: <one>
     *     and <other>"} unless they are equal
     */
    public static void requireSame(String property, Object one, Object other) {
        if (!Objects.equals(one, other)) {
            throw new IllegalArgumentException("cannot add results of different " + property
                    + ": " + one + " and " + other);
        }
    }

    /**
     * Returns an immutable copy of a map of attributes, rejecting null maps, blank names and null
     * values.
     */
    public static Map<String, String> attributes(Map<String, String> attributes) {
        requireNonNull(attributes, "attributes");
        for (Map.Entry<String, String> entry : attributes.entrySet()) {
            requireNonBlank(entry.getKey(), "attribute name");
            if (entry.getValue() == null) {
                throw new NullPointerException(
                        "attribute value must not be null: " + entry.getKey());
            }
        }
        return Map.copyOf(attributes);
    }

    /** Returns the attribute {@code name} of a record's {@code attributes}, if it has it. */
    public static java.util.Optional<String> attribute(Map<String, String> attributes, String name) {
        return java.util.Optional.ofNullable(attributes.get(requireNonNull(name, "name")));
    }

    /** Returns the attribute {@code name} of a record's {@code attributes}, or {@code fallback}. */
    public static String attributeOr(Map<String, String> attributes, String name, String fallback) {
        return attributes.getOrDefault(requireNonNull(name, "name"), fallback);
    }

    /** Returns a copy of {@code attributes} with one attribute set. */
    public static Map<String, String> withAttribute(
            Map<String, String> attributes, String name, String value) {
        requireNonBlank(name, "attribute name");
        Objects.requireNonNull(value, () -> "attribute value must not be null: " + name);
        if (value.equals(attributes.get(name))) {
            return attributes;
        }
        var copy = new java.util.HashMap<>(attributes);
        copy.put(name, value);
        return Map.copyOf(copy);
    }

    /**
     * Returns {@code a + b}, two counts, or throws if the sum overflows a {@code long}: counts
     * never wrap.
     *
     * @param name the count's name in the message
     * @throws ArithmeticException {@code "nps count of score 9 overflows a long: 9223372036854775807 + 1"}
     */
    public static long addCount(long a, long b, String name) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw overflow(name, a, b);
        }
        return sum;
    }

    /** Returns the exception of a count {@code a + b} that overflows, naming the count. */
    public static ArithmeticException overflow(String name, long a, long b) {
        return new ArithmeticException(name + " overflows a long: " + a + " + " + b);
    }
}
