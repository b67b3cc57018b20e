package io.github.cxmetrics.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rule of every calculator's options: each may be set once. Options records keep the set of
 * options already set; these helpers check it and extend it.
 */
public final class SetOnce {

    private SetOnce() {}

    /**
     * Throws if {@code option} is in {@code set}: {@code "zone was already set to UTC"}.
     *
     * @param name the option's name in the message
     * @param current the option's current value, shown in the message
     */
    public static <E extends Enum<E>> void check(Set<E> set, E option, String name, Object current) {
        if (set.contains(option)) {
            throw new IllegalStateException(name + " was already set to " + current);
        }
    }

    /** Returns an immutable copy of {@code set} with {@code option} added. */
    public static <E extends Enum<E>> Set<E> plus(Set<E> set, E option) {
        EnumSet<E> copy = EnumSet.of(option);
        copy.addAll(set);
        return Set.copyOf(copy);
    }
}
