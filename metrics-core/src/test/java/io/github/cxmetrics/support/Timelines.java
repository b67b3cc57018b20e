package io.github.cxmetrics.support;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.InteractionStatus;
import io.github.cxmetrics.model.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test data: interactions with status timelines, from numbers (for generators and seeds). */
public final class Timelines {

    private static final InteractionStatus[] STATUSES = InteractionStatus.values();
    /** Help-desk statuses of their own, mapped onto the standard ones. */
    private static final StatusChange[] CUSTOM = {
        StatusChange.custom(Instant.EPOCH, "waiting on vendor", InteractionStatus.ON_HOLD),
        StatusChange.custom(Instant.EPOCH, "triage", InteractionStatus.OPEN),
    };
    private static final long[] SCALES = {0, 1, 997, 60_000, 3_600_000, 86_400_000};

    private Timelines() {}

    /**
     * An interaction opened at {@code opened} whose timeline has one change per step: the step
     * picks the status (or a custom one) and the delay since the previous change, from nothing
     * to days, with sub-millisecond parts now and then. Changes after closed are left out; the
     * solves and reopens are derived from the timeline; no timeline when {@code steps} is empty.
     */
    public static Interaction of(String id, Channel channel, Instant opened, List<Long> steps) {
        Interaction.Builder b = Interaction.builder(id, "c", channel, opened);
        if (!steps.isEmpty() && (steps.get(0) & 1) == 0) {
            b.firstReplyAt(opened);
        }
        Instant at = opened;
        boolean closed = false;
        for (long step : steps) {
            long s = step & Long.MAX_VALUE;
            int pick = (int) (s % (STATUSES.length + CUSTOM.length));
            long scale = SCALES[(int) ((s / 8) % SCALES.length)];
            long delayMillis = scale * ((s / 64) % 50);
            at = at.plusMillis(delayMillis).plusNanos((s / 4096) % 3 == 0 ? (s % 999_999) : 0);
            if (closed) {
                break;
            }
            StatusChange change = pick < STATUSES.length ? StatusChange.of(at, STATUSES[pick])
                    : StatusChange.custom(at, CUSTOM[pick - STATUSES.length].name(),
                            CUSTOM[pick - STATUSES.length].status());
            b.statusChange(change);
            closed = change.status() == InteractionStatus.CLOSED;
        }
        return b.build();
    }

    /** Up to 80 interactions over 90 days, one in eight without a timeline. */
    public static List<Interaction> random(Random random) {
        int n = random.nextInt(80);
        Channel[] channels = {Channel.EMAIL, Channel.CHAT, Channel.PHONE};
        List<Interaction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant opened = Instant.parse("2024-01-01T00:00:00Z")
                    .plusSeconds(random.nextInt(90 * 86_400));
            int k = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(10);
            List<Long> steps = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                steps.add(random.nextLong());
            }
            list.add(of("t" + i, channels[random.nextInt(channels.length)], opened, steps));
        }
        return list;
    }
}
