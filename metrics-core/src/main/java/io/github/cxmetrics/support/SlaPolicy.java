package io.github.cxmetrics.support;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Service-level targets for one {@link Milestone}, per channel and/or priority: "first reply
 * within 1 hour on chat, within 24 hours on email, within 30 minutes for urgent email".
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * SlaPolicy firstReply = SlaPolicy.builder(Milestone.FIRST_REPLY)
 *         .forChannel(Channel.CHAT, Duration.ofHours(1))
 *         .forChannel(Channel.EMAIL, Duration.ofHours(24))
 *         .forChannelAndPriority(Channel.EMAIL, "urgent", Duration.ofMinutes(30))
 *         .build();
 * }</pre>
 *
 * <p><b>Which target applies</b>: the most specific one — channel and priority, then priority
 * alone, then channel alone, then the {@link Builder#otherwise(Duration) default}. Priorities
 * are compared exactly. An interaction that matches no target has none; SLA results count such
 * interactions separately ({@link SlaResult#noTarget()}).
 */
public final class SlaPolicy {

    private final Milestone milestone;
    private final Map<Channel, Map<String, Duration>> byChannelAndPriority;
    private final Map<String, Duration> byPriority;
    private final Map<Channel, Duration> byChannel;
    private final Duration otherwise;

    private SlaPolicy(Builder b) {
        this.milestone = b.milestone;
        Map<Channel, Map<String, Duration>> both = new TreeMap<>();
        b.byChannelAndPriority.forEach((c, m) -> both.put(c, Map.copyOf(m)));
        this.byChannelAndPriority = both;
        this.byPriority = Map.copyOf(b.byPriority);
        this.byChannel = Map.copyOf(b.byChannel);
        this.otherwise = b.otherwise;
    }

    /** Returns a builder of targets for {@code milestone}. */
    public static Builder builder(Milestone milestone) {
        return new Builder(milestone);
    }

    /** Returns the event whose time the targets bound. */
    public Milestone milestone() {
        return milestone;
    }

    /** Returns the target that applies to {@code interaction}, if any. */
    public Optional<Duration> targetFor(Interaction interaction) {
        return Optional.ofNullable(target(interaction));
    }

    /** Returns the target that applies to {@code interaction}, or null; allocates nothing. */
    Duration target(Interaction interaction) {
        Channel channel = interaction.channel();
        String priority = interaction.priority();
        if (priority != null) {
            Map<String, Duration> forChannel = byChannelAndPriority.get(channel);
            Duration d = forChannel == null ? null : forChannel.get(priority);
            if (d == null) {
                d = byPriority.get(priority);
            }
            if (d != null) {
                return d;
            }
        }
        Duration d = byChannel.get(channel);
        return d != null ? d : otherwise;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaPolicy p && milestone == p.milestone
                && byChannelAndPriority.equals(p.byChannelAndPriority)
                && byPriority.equals(p.byPriority) && byChannel.equals(p.byChannel)
                && Objects.equals(otherwise, p.otherwise);
    }

    @Override
    public int hashCode() {
        return Objects.hash(milestone, byChannelAndPriority, byPriority, byChannel, otherwise);
    }

    /**
     * Returns every target in a fixed form, for the fingerprint of the binary form: changing it
     * makes stored SLA states unreadable.
     */
    String canonical() {
        StringBuilder s = new StringBuilder(milestone.name());
        new TreeMap<>(byChannel).forEach((c, d) -> s.append(";c=").append(c.name()).append('=').append(d));
        byChannelAndPriority.forEach((c, m) -> new TreeMap<>(m).forEach((p, d) ->
                s.append(";cp=").append(c.name()).append('/').append(p.length()).append(':')
                        .append(p).append('=').append(d)));
        new TreeMap<>(byPriority).forEach((p, d) ->
                s.append(";p=").append(p.length()).append(':').append(p).append('=').append(d));
        return s.append(";o=").append(otherwise).toString();
    }

    /**
     * Returns a summary such as
     * {@code sla on first response time: chat PT1H, email PT24H, email/urgent PT30M}.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("sla on ").append(milestone.metricName()).append(':');
        new TreeMap<>(byChannel).forEach((c, d) -> s.append(' ').append(c).append(' ').append(d).append(','));
        byChannelAndPriority.forEach((c, m) -> new TreeMap<>(m).forEach(
                (p, d) -> s.append(' ').append(c).append('/').append(p).append(' ').append(d).append(',')));
        new TreeMap<>(byPriority).forEach((p, d) -> s.append(" priority ").append(p).append(' ').append(d).append(','));
        if (otherwise != null) {
            s.append(" otherwise ").append(otherwise).append(',');
        }
        s.setLength(s.length() - 1);
        return s.toString();
    }

    /** A builder of {@link SlaPolicy}s. Not thread-safe. */
    public static final class Builder {
        private final Milestone milestone;
        private final Map<Channel, Map<String, Duration>> byChannelAndPriority = new HashMap<>();
        private final Map<String, Duration> byPriority = new HashMap<>();
        private final Map<Channel, Duration> byChannel = new HashMap<>();
        private Duration otherwise;

        private Builder(Milestone milestone) {
            this.milestone = Checks.requireNonNull(milestone, "milestone");
        }

        /**
         * Sets the target of a channel.
         *
         * @throws IllegalArgumentException if the target is not positive or the channel has one
         */
        public Builder forChannel(Channel channel, Duration target) {
            Checks.requireNonNull(channel, "channel");
            put(byChannel, channel, target, "channel " + channel);
            return this;
        }

        /**
         * Sets the target of a priority, on every channel.
         *
         * @throws IllegalArgumentException if the target is not positive or the priority has one
         */
        public Builder forPriority(String priority, Duration target) {
            Checks.requireNonBlank(priority, "priority");
            put(byPriority, priority, target, "priority " + priority);
            return this;
        }

        /**
         * Sets the target of a priority on one channel.
         *
         * @throws IllegalArgumentException if the target is not positive or the pair has one
         */
        public Builder forChannelAndPriority(Channel channel, String priority, Duration target) {
            Checks.requireNonNull(channel, "channel");
            Checks.requireNonBlank(priority, "priority");
            put(byChannelAndPriority.computeIfAbsent(channel, c -> new HashMap<>()), priority,
                    target, "channel " + channel + " and priority " + priority);
            return this;
        }

        /**
         * Sets the target of the interactions no other target matches.
         *
         * @throws IllegalArgumentException if the target is not positive or was already set
         */
        public Builder otherwise(Duration target) {
            requirePositive(target);
            if (otherwise != null) {
                throw new IllegalArgumentException(
                        "the default target was already set to " + otherwise);
            }
            otherwise = target;
            return this;
        }

        private static <K> void put(Map<K, Duration> map, K key, Duration target, String what) {
            requirePositive(target);
            Duration previous = map.putIfAbsent(key, target);
            if (previous != null) {
                throw new IllegalArgumentException(
                        "the target of " + what + " was already set to " + previous);
            }
        }

        private static void requirePositive(Duration target) {
            Checks.requireNonNull(target, "target");
            if (target.isNegative() || target.isZero()) {
                throw new IllegalArgumentException("target must be > 0: " + target);
            }
        }

        /**
         * Returns the policy.
         *
         * @throws IllegalArgumentException if no target was set
         */
        public SlaPolicy build() {
            if (byChannel.isEmpty() && byPriority.isEmpty() && byChannelAndPriority.isEmpty()
                    && otherwise == null) {
                throw new IllegalArgumentException("an sla policy must have at least one target: "
                        + milestone.metricName());
            }
            return new SlaPolicy(this);
        }
    }
}
