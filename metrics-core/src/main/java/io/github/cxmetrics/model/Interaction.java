package io.github.cxmetrics.model;

import io.github.cxmetrics.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One customer contact with support (a ticket, a chat, a call) and its timeline: the input of the
 * support metrics (response, resolution and handle times, first contact resolution, reopens, SLA
 * attainment).
 *
 * <p><b>Absent values are {@code null}.</b> The components that a contact may lack — the agent,
 * the priority, the events that have not happened yet and the call durations of a contact that
 * was not a call — are {@code null} when absent. Each has an {@code …IfSet()} accessor returning
 * an {@link Optional}, and the common questions have their own methods: {@link #isAnswered()},
 * {@link #isSolved()}, {@link #wasSolved()}, {@link #isReopened()}, {@link #isCall()}. Every other
 * component is never null.
 *
 * <p><b>The timeline</b> is validated when the interaction is created:
 * <ul>
 *   <li>the first reply and the first solve are not before the request ({@code openedAt});
 *   <li>the last solve is not before the first, and is set only if the first is;
 *   <li>without reopens the interaction was solved once, so {@code lastSolvedAt} equals
 *       {@code firstSolvedAt}, and the solve is not before the first reply;
 *   <li>a reopened interaction was solved at least once; while it is open again
 *       {@code lastSolvedAt} is absent, and its last solve, once set, is not before the first
 *       reply (the first reply may follow the first solve: a contact closed without a reply,
 *       reopened by the customer, then answered);
 *   <li>{@code publicReplies} is at least 1 when there is a first reply and 0 otherwise;
 *   <li>durations are not negative;
 *   <li>the optional status timeline ({@code statusChanges}) is in time order, starts no earlier
 *       than {@code openedAt}, has no change after closed, and agrees with the solves: its first
 *       change into solved or closed is {@code firstSolvedAt}, its last one is
 *       {@code lastSolvedAt} when it ends solved or closed (absent otherwise), and its changes
 *       out of solved are the {@code reopens}. The builder derives those three from the timeline
 *       when none of them is set.
 * </ul>
 * An event out of order is rejected with a message naming both times and the interaction, such as
 * {@code firstReplyAt must not be before openedAt: firstReplyAt 2024-04-05T08:00:00Z, openedAt
 * 2024-04-05T09:00:00Z (interaction t-1)}.
 *
 * <p>Build one with {@link #builder(String, String, Channel, Instant)}:
 * <pre>{@code
 * Interaction ticket = Interaction.builder("t-1", "c-17", Channel.EMAIL, Instant.parse("2024-04-05T09:00:00Z"))
 *         .agent("a-3").priority("high")
 *         .firstReplyAt(Instant.parse("2024-04-05T09:40:00Z"))     // one public reply
 *         .solvedAt(Instant.parse("2024-04-05T11:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>With a status timeline, which the status-time metrics (requester wait, agent wait, on-hold
 * time) measure:
 * <pre>{@code
 * Interaction ticket = Interaction.builder("t-2", "c-17", Channel.EMAIL, Instant.parse("2024-04-05T09:00:00Z"))
 *         .firstReplyAt(Instant.parse("2024-04-05T09:40:00Z"))
 *         .status(Instant.parse("2024-04-05T09:00:00Z"), InteractionStatus.NEW)
 *         .status(Instant.parse("2024-04-05T09:40:00Z"), InteractionStatus.PENDING)
 *         .status(Instant.parse("2024-04-05T10:30:00Z"), InteractionStatus.OPEN)
 *         .status(Instant.parse("2024-04-05T11:00:00Z"), InteractionStatus.SOLVED)
 *         .build();                                          // solved at 11:00, derived
 * }</pre>
 *
 * @param id the contact's id (ticket number, call id); not blank
 * @param customerId the customer who made the request; not blank
 * @param channel the channel of the request
 * @param agentId the agent assigned, or {@code null} if none; not blank when set
 * @param priority the priority, such as {@code "urgent"}, or {@code null} if none; not blank when
 *     set; compared exactly (case-sensitively) by SLA policies
 * @param attributes free attributes for grouping (segment, product, team…); names not blank,
 *     values not null
 * @param openedAt when the customer's request was received
 * @param firstReplyAt when a person (not a bot or an automatic reply) first replied publicly, or
 *     {@code null} while unanswered; for a call, when it was picked up (a call without it is left
 *     out of first response time as not applicable, not counted as unanswered)
 * @param firstSolvedAt when the interaction was first solved, or {@code null} if it never was
 * @param lastSolvedAt when the interaction was last solved, or {@code null} while it is open
 *     (never solved, or reopened and not solved again)
 * @param reopens how many times a solved interaction was reopened; {@code >= 0}
 * @param publicReplies how many public replies agents made; {@code >= 0}
 * @param talkTime the time an agent talked with the customer (calls), or {@code null}
 * @param holdTime the time the customer was on hold (calls), or {@code null}
 * @param afterCallWork the agent's wrap-up work after the call, or {@code null}
 * @param firstBotReplyAt when a bot or an automatic reply first answered publicly, or
 *     {@code null} if none did; not before {@code openedAt}
 * @param statusChanges the status timeline: the changes of status in time order (changes at one
 *     instant keep their order); empty when the timeline is not known. Before its first change
 *     the interaction is {@link InteractionStatus#NEW new}.
 */
public record Interaction(
        String id,
        String customerId,
        Channel channel,
        String agentId,
        String priority,
        Map<String, String> attributes,
        Instant openedAt,
        Instant firstReplyAt,
        Instant firstSolvedAt,
        Instant lastSolvedAt,
        int reopens,
        int publicReplies,
        Duration talkTime,
        Duration holdTime,
        Duration afterCallWork,
        Instant firstBotReplyAt,
        List<StatusChange> statusChanges) implements Attributed {

    /**
     * Creates an interaction, validating every component and the order of its events.
     *
     * @throws NullPointerException if an id, the channel, the attributes or {@code openedAt} is
     *     null
     * @throws IllegalArgumentException if an id is blank, an event is out of order, a count or a
     *     duration is negative, or the counts contradict the events
     */
    public Interaction {
        Checks.requireNonBlank(id, "id");
        Checks.requireNonBlank(customerId, "customerId");
        Checks.requireNonNull(channel, "channel");
        if (agentId != null) {
            Checks.requireNonBlank(agentId, "agentId");
        }
        if (priority != null) {
            Checks.requireNonBlank(priority, "priority");
        }
        attributes = Checks.attributes(attributes);
        Checks.requireNonNull(openedAt, "openedAt");
        notBefore(firstReplyAt, "firstReplyAt", openedAt, "openedAt", id);
        notBefore(firstSolvedAt, "firstSolvedAt", openedAt, "openedAt", id);
        if (lastSolvedAt != null && firstSolvedAt == null) {
            throw new IllegalArgumentException("lastSolvedAt must not be set without firstSolvedAt:"
                    + " lastSolvedAt " + lastSolvedAt + " (interaction " + id + ")");
        }
        notBefore(lastSolvedAt, "lastSolvedAt", firstSolvedAt, "firstSolvedAt", id);
        requireCount(reopens, "reopens", id);
        requireCount(publicReplies, "publicReplies", id);
        if (reopens > 0 && firstSolvedAt == null) {
            throw new IllegalArgumentException("reopens must be 0 for an interaction never solved"
                    + " (no firstSolvedAt): " + reopens + " (interaction " + id + ")");
        }
        if (reopens == 0 && firstSolvedAt != null) {
            if (!firstSolvedAt.equals(lastSolvedAt)) {
                throw new IllegalArgumentException("lastSolvedAt must equal firstSolvedAt when"
                        + " reopens is 0: lastSolvedAt " + lastSolvedAt + ", firstSolvedAt "
                        + firstSolvedAt + " (interaction " + id + ")");
            }
            notBefore(firstSolvedAt, "firstSolvedAt", firstReplyAt, "firstReplyAt", id);
        } else {
            notBefore(lastSolvedAt, "lastSolvedAt", firstReplyAt, "firstReplyAt", id);
        }
        if (firstReplyAt != null && publicReplies == 0) {
            throw new IllegalArgumentException("publicReplies must be >= 1 when firstReplyAt is"
                    + " set: 0 (interaction " + id + ")");
        }
        if (firstReplyAt == null && publicReplies != 0) {
            throw new IllegalArgumentException("publicReplies must be 0 when firstReplyAt is not"
                    + " set: " + publicReplies + " (interaction " + id + ")");
        }
        requireDuration(talkTime, "talkTime", id);
        requireDuration(holdTime, "holdTime", id);
        requireDuration(afterCallWork, "afterCallWork", id);
        notBefore(firstBotReplyAt, "firstBotReplyAt", openedAt, "openedAt", id);
        statusChanges = StatusTimeline.validate(statusChanges, openedAt, id, firstSolvedAt,
                lastSolvedAt, reopens);
    }

    /**
     * Creates an interaction without a bot reply or a status timeline: the constructor of the
     * versions before them, kept so that code calling it still compiles.
     *
     * @throws NullPointerException if an id, the channel, the attributes or {@code openedAt} is
     *     null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Interaction(String id, String customerId, Channel channel, String agentId,
            String priority, Map<String, String> attributes, Instant openedAt,
            Instant firstReplyAt, Instant firstSolvedAt, Instant lastSolvedAt, int reopens,
            int publicReplies, Duration talkTime, Duration holdTime, Duration afterCallWork) {
        this(id, customerId, channel, agentId, priority, attributes, openedAt, firstReplyAt,
                firstSolvedAt, lastSolvedAt, reopens, publicReplies, talkTime, holdTime,
                afterCallWork, null, List.of());
    }

    private static void notBefore(
            Instant later, String laterName, Instant earlier, String earlierName, String id) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new IllegalArgumentException(laterName + " must not be before " + earlierName
                    + ": " + laterName + " " + later + ", " + earlierName + " " + earlier
                    + " (interaction " + id + ")");
        }
    }

    private static void requireCount(int value, String name, String id) {
        if (value < 0) {
            throw new IllegalArgumentException(
                    name + " must be >= 0: " + value + " (interaction " + id + ")");
        }
    }

    private static void requireDuration(Duration value, String name, String id) {
        if (value != null && value.isNegative()) {
            throw new IllegalArgumentException(
                    name + " must be >= 0: " + value + " (interaction " + id + ")");
        }
    }

    /**
     * Returns an interaction that was opened and has no other event yet: unanswered, unsolved,
     * without agent, priority or attributes.
     */
    public static Interaction opened(String id, String customerId, Channel channel, Instant openedAt) {
        return builder(id, customerId, channel, openedAt).build();
    }

    /**
     * Returns a builder of an interaction with the required components; set the others, then
     * {@link Builder#build()} validates the whole.
     */
    public static Builder builder(String id, String customerId, Channel channel, Instant openedAt) {
        Checks.requireNonNull(id, "id");
        Checks.requireNonNull(customerId, "customerId");
        Checks.requireNonNull(channel, "channel");
        Checks.requireNonNull(openedAt, "openedAt");
        return new Builder(id, customerId, channel, openedAt);
    }

    /** Returns a builder holding every component of this interaction, to derive another one. */
    public Builder toBuilder() {
        Builder b = new Builder(id, customerId, channel, openedAt);
        b.agentId = agentId;
        b.priority = priority;
        b.attributes.putAll(attributes);
        b.firstReplyAt = firstReplyAt;
        b.firstSolvedAt = firstSolvedAt;
        b.lastSolvedAt = lastSolvedAt;
        b.reopens = reopens;
        b.publicReplies(publicReplies);
        b.talkTime = talkTime;
        b.holdTime = holdTime;
        b.afterCallWork = afterCallWork;
        b.statusChanges.addAll(statusChanges);
        b.firstBotReplyAt = firstBotReplyAt;
        return b;
    }

    /** Returns whether a person has replied publicly: {@code firstReplyAt} is set. */
    public boolean isAnswered() {
        return firstReplyAt != null;
    }

    /**
     * Returns whether the interaction is solved now: {@code lastSolvedAt} is set. A reopened
     * interaction that was not solved again is not solved.
     */
    public boolean isSolved() {
        return lastSolvedAt != null;
    }

    /** Returns whether the interaction was solved at least once: {@code firstSolvedAt} is set. */
    public boolean wasSolved() {
        return firstSolvedAt != null;
    }

    /** Returns whether the interaction was reopened at least once. */
    public boolean isReopened() {
        return reopens > 0;
    }

    /** Returns whether the interaction is a call: its talk time or hold time is set. */
    public boolean isCall() {
        return talkTime != null || holdTime != null;
    }

    /** Returns whether the interaction has a status timeline: {@code statusChanges} is not empty. */
    public boolean hasStatusTimeline() {
        return !statusChanges.isEmpty();
    }

    /**
     * Returns the last solve of the status timeline as it stood at {@code asOf}, by the rules of
     * {@link #lastSolvedAt()} applied to the changes up to that instant: null if it was not solved
     * or closed then. A solve at {@code asOf} itself counts; at or after the last change, this
     * is {@link #lastSolvedAt()}.
     *
     * <pre>{@code
     * // open 09:00, solved 10:00, reopened 11:00, solved 12:00
     * ticket.lastSolvedAsOf(Instant.parse("2024-04-08T10:30:00Z"));   // 10:00
     * ticket.lastSolvedAsOf(Instant.parse("2024-04-08T11:30:00Z"));   // null: open again
     * }</pre>
     *
     * @throws IllegalStateException if the interaction has no status timeline, whose history the
     *     solves alone do not tell
     * @throws NullPointerException if {@code asOf} is null
     */
    public Instant lastSolvedAsOf(Instant asOf) {
        Checks.requireNonNull(asOf, "asOf");
        if (statusChanges.isEmpty()) {
            throw new IllegalStateException("interaction " + id + " has no status timeline: its"
                    + " last solve as of " + asOf + " is not known");
        }
        return StatusTimeline.of(statusChanges, asOf).lastSolve();
    }

    /** Returns this interaction with another status timeline (empty for none), validated. */
    public Interaction withStatusChanges(List<StatusChange> changes) {
        return new Interaction(id, customerId, channel, agentId, priority, attributes, openedAt,
                firstReplyAt, firstSolvedAt, lastSolvedAt, reopens, publicReplies, talkTime,
                holdTime, afterCallWork, firstBotReplyAt, changes);
    }

    /** Returns the agent, if one is set. */
    public Optional<String> agentIdIfSet() {
        return Optional.ofNullable(agentId);
    }

    /**
     * Returns the agent, or {@code fallback} if none is set; handy as a grouping key,
     * {@code i -> i.agentOr("(unassigned)")}.
     */
    public String agentOr(String fallback) {
        return agentId != null ? agentId : fallback;
    }

    /** Returns the priority, if one is set. */
    public Optional<String> priorityIfSet() {
        return Optional.ofNullable(priority);
    }

    /** Returns the priority, or {@code fallback} if none is set; handy as a grouping key. */
    public String priorityOr(String fallback) {
        return priority != null ? priority : fallback;
    }

    /** Returns the first public reply by a person, if there was one. */
    public Optional<Instant> firstReplyAtIfSet() {
        return Optional.ofNullable(firstReplyAt);
    }

    /** Returns the first solve, if the interaction was ever solved. */
    public Optional<Instant> firstSolvedAtIfSet() {
        return Optional.ofNullable(firstSolvedAt);
    }

    /** Returns the last solve, if the interaction is solved now. */
    public Optional<Instant> lastSolvedAtIfSet() {
        return Optional.ofNullable(lastSolvedAt);
    }

    /** Returns the first public reply by a bot or an automatic reply, if there was one. */
    public Optional<Instant> firstBotReplyAtIfSet() {
        return Optional.ofNullable(firstBotReplyAt);
    }

    /**
     * Returns whether a bot solved the interaction without a person: it is solved now, a bot
     * replied, and no person did ({@code firstReplyAt} absent). The hits of the bot deflection
     * share.
     */
    public boolean isSolvedByBot() {
        return isSolved() && firstBotReplyAt != null && firstReplyAt == null;
    }

    /** Returns the talk time, if set. */
    public Optional<Duration> talkTimeIfSet() {
        return Optional.ofNullable(talkTime);
    }

    /** Returns the hold time, if set. */
    public Optional<Duration> holdTimeIfSet() {
        return Optional.ofNullable(holdTime);
    }

    /** Returns the after-call work, if set. */
    public Optional<Duration> afterCallWorkIfSet() {
        return Optional.ofNullable(afterCallWork);
    }

    /** Returns this interaction with one attribute added or replaced. */
    public Interaction withAttribute(String name, String value) {
        return new Interaction(id, customerId, channel, agentId, priority,
                Checks.withAttribute(attributes, name, value), openedAt, firstReplyAt,
                firstSolvedAt, lastSolvedAt, reopens, publicReplies, talkTime, holdTime,
                afterCallWork, firstBotReplyAt, statusChanges);
    }

    /**
     * A builder of {@link Interaction}s. Every setter replaces the value set before; nothing is
     * checked until {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private final String customerId;
        private final Channel channel;
        private final Instant openedAt;
        private String agentId;
        private String priority;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private Instant firstReplyAt;
        private Instant firstSolvedAt;
        private Instant lastSolvedAt;
        private int reopens;
        private int publicReplies;
        /** Until set, there is 1 public reply with a first reply and 0 without. */
        private boolean publicRepliesSet;
        private Duration talkTime;
        private Duration holdTime;
        private Duration afterCallWork;
        private final List<StatusChange> statusChanges = new ArrayList<>();
        private Instant firstBotReplyAt;
        /** Whether a solve or the reopens were set, so that they are not derived. */
        private boolean solvesSet;

        private Builder(String id, String customerId, Channel channel, Instant openedAt) {
            this.id = id;
            this.customerId = customerId;
            this.channel = channel;
            this.openedAt = openedAt;
        }

        /** Sets the agent ({@code null} for none). */
        public Builder agent(String agentId) {
            this.agentId = agentId;
            return this;
        }

        /** Sets the priority ({@code null} for none). */
        public Builder priority(String priority) {
            this.priority = priority;
            return this;
        }

        /** Adds or replaces an attribute. */
        public Builder attribute(String name, String value) {
            Checks.requireNonNull(name, "name");
            if (value == null) {
                throw new NullPointerException("attribute value must not be null: " + name);
            }
            attributes.put(name, value);
            return this;
        }

        /** Adds or replaces several attributes. */
        public Builder attributes(Map<String, String> attributes) {
            this.attributes.putAll(Checks.requireNonNull(attributes, "attributes"));
            return this;
        }

        /**
         * Sets the first public reply by a person. Unless {@link #publicReplies(int)} is called,
         * the interaction then has one public reply.
         */
        public Builder firstReplyAt(Instant at) {
            this.firstReplyAt = at;
            return this;
        }

        /**
         * Sets the number of public agent replies; by default 1 with a first reply and 0
         * without.
         */
        public Builder publicReplies(int count) {
            this.publicReplies = count;
            this.publicRepliesSet = true;
            return this;
        }

        /** Sets both the first and the last solve: solved once, at {@code at}. */
        public Builder solvedAt(Instant at) {
            this.firstSolvedAt = at;
            this.lastSolvedAt = at;
            this.solvesSet = true;
            return this;
        }

        /** Sets the first solve. */
        public Builder firstSolvedAt(Instant at) {
            this.firstSolvedAt = at;
            this.solvesSet = true;
            return this;
        }

        /** Sets the last solve ({@code null} while the interaction is open again). */
        public Builder lastSolvedAt(Instant at) {
            this.lastSolvedAt = at;
            this.solvesSet = true;
            return this;
        }

        /** Sets the number of reopens. */
        public Builder reopens(int count) {
            this.reopens = count;
            this.solvesSet = true;
            return this;
        }

        /** Sets the first public reply by a bot or an automatic reply. */
        public Builder firstBotReplyAt(Instant at) {
            this.firstBotReplyAt = at;
            return this;
        }

        /** Sets the talk time of a call. */
        public Builder talkTime(Duration duration) {
            this.talkTime = duration;
            return this;
        }

        /** Sets the hold time of a call. */
        public Builder holdTime(Duration duration) {
            this.holdTime = duration;
            return this;
        }

        /** Sets the after-call work of a call. */
        public Builder afterCallWork(Duration duration) {
            this.afterCallWork = duration;
            return this;
        }

        /**
         * Adds a change to a standard status at the end of the timeline; see
         * {@link #statusChange(StatusChange)}.
         */
        public Builder status(Instant at, InteractionStatus status) {
            return statusChange(StatusChange.of(at, status));
        }

        /**
         * Adds a status change at the end of the timeline. Unless a solve or the reopens are set,
         * {@link #build()} takes them from the timeline.
         */
        public Builder statusChange(StatusChange change) {
            statusChanges.add(Checks.requireNonNull(change, "status change"));
            return this;
        }

        /** Replaces the timeline by {@code changes}, in their order. */
        public Builder statusChanges(List<StatusChange> changes) {
            Checks.requireNonNull(changes, "statusChanges");
            statusChanges.clear();
            for (StatusChange c : changes) {
                statusChange(c);
            }
            return this;
        }

        /**
         * Returns the validated interaction.
         *
         * @throws NullPointerException if a required component is null
         * @throws IllegalArgumentException if a component is invalid or the events are out of
         *     order, as described on {@link Interaction}
         */
        public Interaction build() {
            int replies = publicRepliesSet ? publicReplies : (firstReplyAt != null ? 1 : 0);
            Instant first = firstSolvedAt;
            Instant last = lastSolvedAt;
            int reopenCount = reopens;
            if (!solvesSet && !statusChanges.isEmpty() && openedAt != null) {
                // The constructor validates the order first, so an unordered list is refused
                // with that message before the derived solves are compared.
                StatusTimeline timeline = StatusTimeline.of(statusChanges);
                first = timeline.firstSolve();
                last = timeline.lastSolve();
                reopenCount = timeline.reopens();
            }
            return new Interaction(id, customerId, channel, agentId, priority, attributes,
                    openedAt, firstReplyAt, first, last, reopenCount, replies,
                    talkTime, holdTime, afterCallWork, firstBotReplyAt, statusChanges);
        }
    }
}
