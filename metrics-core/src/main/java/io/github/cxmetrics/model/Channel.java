package io.github.cxmetrics.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The channel through which a customer answered a survey or contacted support: phone, email,
 * chat and so on.
 *
 * <p>A channel is a name, compared case-insensitively: {@code Channel.of("Email")} equals
 * {@link #EMAIL}. The name is kept in lower case with surrounding white space removed. The common
 * channels are constants; {@link #of(String)} returns the constant for their names and a new
 * channel for any other name.
 *
 * <p>Channels sort by name, so grouped results list them in a stable order.
 *
 * @param name the normalized (trimmed, lower-case) name of the channel
 */
public record Channel(String name) implements Comparable<Channel> {

    /** Telephone calls. */
    public static final Channel PHONE = new Channel("phone");
    /** Email. */
    public static final Channel EMAIL = new Channel("email");
    /** Live chat on a web site or in an app. */
    public static final Channel CHAT = new Channel("chat");
    /** Social networks. */
    public static final Channel SOCIAL = new Channel("social");
    /** Text messages. */
    public static final Channel SMS = new Channel("sms");
    /** Messenger applications. */
    public static final Channel MESSENGER = new Channel("messenger");
    /** Web forms and self-service. */
    public static final Channel WEB = new Channel("web");

    /**
     * Creates a channel, normalizing its name.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Channel {
        Objects.requireNonNull(name, "channel name must not be null");
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("channel name must not be blank: '" + name + "'");
        }
        name = normalized;
    }

    /**
     * Returns the channel with the given name, compared case-insensitively; the constants of this
     * class are returned for their names.
     *
     * @param name the channel name, for example {@code "Email"} or {@code "whatsapp"}
     * @return the channel
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Channel of(String name) {
        Channel channel = new Channel(name);
        return switch (channel.name) {
            case "phone" -> PHONE;
            case "email" -> EMAIL;
            case "chat" -> CHAT;
            case "social" -> SOCIAL;
            case "sms" -> SMS;
            case "messenger" -> MESSENGER;
            case "web" -> WEB;
            default -> channel;
        };
    }

    @Override
    public int compareTo(Channel other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
