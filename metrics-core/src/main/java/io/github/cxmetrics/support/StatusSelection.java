package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.Fingerprint;
import io.github.cxmetrics.model.InteractionStatus;
import io.github.cxmetrics.model.StatusChange;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statuses a status-time metric measures: a set of {@link InteractionStatus statuses}, or
 * one help-desk status by its name.
 *
 * @param metric the metric's name
 * @param statuses the statuses measured, or empty when {@code name} is set
 * @param name the help desk's status name measured, or null
 */
record StatusSelection(String metric, Set<InteractionStatus> statuses, String name) {

    static final StatusSelection REQUESTER_WAIT = of("requester wait time",
            InteractionStatus.NEW, InteractionStatus.OPEN, InteractionStatus.ON_HOLD);
    static final StatusSelection AGENT_WAIT = of("agent wait time", InteractionStatus.PENDING);
    static final StatusSelection ON_HOLD = of("on-hold time", InteractionStatus.ON_HOLD);
    static final StatusSelection AGENT_WORK = of("agent work time",
            InteractionStatus.NEW, InteractionStatus.OPEN);

    StatusSelection {
        // An EnumSet: matches() tests it once per status change of every interaction.
        statuses = Collections.unmodifiableSet(statuses.isEmpty()
                ? EnumSet.noneOf(InteractionStatus.class) : EnumSet.copyOf(statuses));
    }

    private static StatusSelection of(String metric, InteractionStatus first,
            InteractionStatus... more) {
        return new StatusSelection(metric, EnumSet.of(first, more), null);
    }

    /** Returns the selection of {@code statuses}, named "time in pending, on-hold". */
    static StatusSelection of(Set<InteractionStatus> statuses) {
        Checks.requireNonNull(statuses, "statuses");
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("statuses must not be empty: []");
        }
        for (InteractionStatus status : statuses) {
            Checks.requireNonNull(status, "status in statuses " + statuses);
        }
        EnumSet<InteractionStatus> set = EnumSet.copyOf(statuses);
        return new StatusSelection("time in " + set.stream().map(InteractionStatus::label)
                .collect(Collectors.joining(", ")), set, null);
    }

    /** Returns the selection of the help desk's status {@code name}, compared exactly. */
    static StatusSelection named(String name) {
        Checks.requireNonBlank(name, "status name");
        return new StatusSelection("time in '" + name + "'", Set.of(), name);
    }

    /** Returns whether time in a status of this name and category is measured. */
    boolean matches(String statusName, InteractionStatus status) {
        return name == null ? statuses.contains(status) : name.equals(statusName);
    }

    /** Returns whether a change enters a measured status. */
    boolean matches(StatusChange change) {
        return matches(change.name(), change.status());
    }

    void describe(Fingerprint f) {
        f.add("statuses", name != null ? null : statuses.stream()
                        .map(InteractionStatus::label).collect(Collectors.joining(",")))
                .add("status name", name);
    }
}
