package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.UsageException;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.SlaPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One SLA policy of {@code --sla}: a milestone and its targets per channel and/or priority, as
 * {@code MILESTONE:KEY=DURATION,...}, for example
 * {@code first-reply:chat=1h,email=24h,email/urgent=30m,*}{@code /urgent=15m,default=8h}. The
 * milestones are {@code first-reply}, {@code first-resolution} and {@code resolution} (the last
 * solve); a key is a channel, {@code CHANNEL/PRIORITY}, {@code *}{@code /PRIORITY} (a priority on
 * every channel) or {@code default}. The most specific target applies, as in the library's
 * {@link SlaPolicy}. Immutable.
 *
 * @param id the milestone as written, such as {@code first-reply}
 * @param policy the library's policy
 * @param text the policy written back in canonical form
 */
public record SlaOption(String id, SlaPolicy policy, String text, List<Key> keys) {

    /**
     * A target's key: a channel, a priority or both (null for none: {@code default}).
     *
     * @param channel the channel of the key, or null
     * @param priority the priority of the key, in lower case, or null
     * @param text the key in canonical form, such as {@code email/urgent}
     */
    public record Key(Channel channel, String priority, String text) {
        /** Returns whether an interaction with this channel and priority matches the key. */
        boolean matches(Channel c, String p) {
            return (channel == null || channel.equals(c)) && (priority == null || priority.equals(p));
        }
    }

    public SlaOption {
        keys = List.copyOf(keys);
    }

    /** The policies without {@code --sla}. */
    static final List<String> DEFAULTS = List.of("first-reply:chat=1h,email=24h,default=8h",
            "resolution:default=72h");

    private static final String FORM = "--sla must be MILESTONE:KEY=DURATION,... such as"
            + " first-reply:chat=1h,default=8h";

    /** Returns the policies of the options, or the defaults when none is given. */
    public static List<SlaOption> of(List<String> options) {
        List<String> texts = options == null || options.isEmpty() ? DEFAULTS : options;
        List<SlaOption> list = new ArrayList<>();
        Set<Milestone> seen = EnumSet.noneOf(Milestone.class);
        for (String text : texts) {
            SlaOption option = parse(text);
            if (!seen.add(option.milestone())) {
                throw new UsageException("--sla: " + option.id() + " is given twice");
            }
            list.add(option);
        }
        return List.copyOf(list);
    }

    /**
     * Parses one policy.
     *
     * @throws UsageException if the policy is not valid
     */
    static SlaOption parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new UsageException(FORM + ": '" + t + "'");
        }
        String id = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        Milestone milestone = switch (id) {
            case "first-reply" -> Milestone.FIRST_REPLY;
            case "first-resolution" -> Milestone.FIRST_RESOLUTION;
            case "resolution" -> Milestone.FULL_RESOLUTION;
            default -> throw new UsageException("--sla: unknown milestone '" + id
                    + "' (first-reply, first-resolution or resolution)");
        };
        SlaPolicy.Builder builder = SlaPolicy.builder(milestone);
        List<String> canonical = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        for (String item : t.substring(colon + 1).split(",", -1)) {
            String target = item.strip();
            int eq = target.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--sla: a target must be KEY=DURATION such as chat=1h: '"
                        + target + "'");
            }
            String key = target.substring(0, eq).strip();
            Duration duration = DurationText.parse(target.substring(eq + 1), "--sla");
            try {
                Key k = add(builder, key, duration);
                keys.add(k);
                canonical.add(k.text() + "=" + DurationText.format(duration));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--sla: " + e.getMessage() + " (in '" + t + "')");
            }
        }
        return new SlaOption(id, builder.build(), id + ":" + String.join(",", canonical), keys);
    }

    /**
     * Adds a target to the builder and returns its key; priorities are compared regardless of
     * case, as channels are, and kept in lower case like the interactions' priorities.
     */
    private static Key add(SlaPolicy.Builder builder, String key, Duration duration) {
        if (key.equalsIgnoreCase("default")) {
            builder.otherwise(duration);
            return new Key(null, null, "default");
        }
        int slash = key.indexOf('/');
        if (slash < 0) {
            Channel channel = channel(key);
            builder.forChannel(channel, duration);
            return new Key(channel, null, channel.name());
        }
        String channelName = key.substring(0, slash).strip();
        String priority = key.substring(slash + 1).strip().toLowerCase(Locale.ROOT);
        if (priority.isEmpty()) {
            throw new UsageException("--sla: a priority must follow the '/': '" + key + "'");
        }
        if (channelName.equals("*")) {
            builder.forPriority(priority, duration);
            return new Key(null, priority, "*/" + priority);
        }
        Channel channel = channel(channelName);
        builder.forChannelAndPriority(channel, priority, duration);
        return new Key(channel, priority, channel.name() + "/" + priority);
    }

    private static Channel channel(String name) {
        if (name.isEmpty() || name.equals("*")) {
            throw new UsageException("--sla: a key is a channel, CHANNEL/PRIORITY, */PRIORITY or"
                    + " default: '" + name + "'");
        }
        return Channel.of(name);
    }

    /** Returns the milestone whose time the targets bound. */
    public Milestone milestone() {
        return policy.milestone();
    }

    /** Returns the policy's name as the report shows it, such as {@code first reply}. */
    public String label() {
        return id.replace('-', ' ');
    }

    /** Returns the policies in canonical form, separated by {@code ; }. */
    static String describe(List<SlaOption> options) {
        return String.join("; ", options.stream().map(SlaOption::text).toList());
    }
}
