package io.github.cxmetrics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The fingerprint of a calculator's options, written in the header of every binary form so that
 * bytes made under one configuration are never read as another's: the first eight bytes of the
 * SHA-256 of a canonical text, {@code name=length:value;} for each option in a fixed order.
 *
 * <p>The canonical text is part of the format: changing what a calculator writes into it changes
 * its fingerprint and makes stored bytes unreadable, so it needs a new format version. Options
 * that are functions (a group key, a service cost) cannot be fingerprinted; only whether one is
 * set is.
 */
public final class Fingerprint {

    private final StringBuilder text = new StringBuilder();

    /** Starts the text of a calculator of {@code kind}. */
    public Fingerprint(StateKind kind) {
        add("kind", kind.label);
    }

    /** Adds an option; null stands for "not set". */
    public Fingerprint add(String name, Object value) {
        String v = value == null ? "-" : value.toString();
        text.append(name).append('=').append(v.length()).append(':').append(v).append(';');
        return this;
    }

    /** Adds a set of strings in sorted order, or "not set" for null. */
    public Fingerprint addSorted(String name, Collection<String> values) {
        return add(name, values == null ? null : String.join(",", new TreeSet<>(values)));
    }

    /** Returns the canonical text. */
    public String text() {
        return text.toString();
    }

    /** Returns the fingerprint: the first eight bytes of the text's SHA-256, big-endian. */
    public long hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (digest[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Returns a fingerprint as sixteen hex digits. */
    public static String hex(long fingerprint) {
        return String.format("%016x", fingerprint);
    }
}
