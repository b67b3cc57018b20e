package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.input.Part;
import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.cli.input.Contact;
import io.github.cxmetrics.cli.input.IdTable;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.ElapsedTimeCalculator;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each customer's median first response time (calendar time), as
 * {@code CxMetrics.firstResponseTime().groupBy(Interaction::customerId)} gives it, without an
 * accumulator per customer while the file is read: the customers with interactions are numbered,
 * and each replied interaction is kept as its customer's number, opening and first reply (28
 * bytes). When the medians are asked for, each customer's interactions are rebuilt with the
 * fields the calculator reads and measured by the library, one customer at a time. A
 * {@link Part}: the parts' interactions together are the file's, and a median does not depend on
 * their order.
 */
final class FirstReplies implements Part<Contact> {

    private static final ElapsedTimeCalculator TIMES = CxMetrics.firstResponseTime();

    private final IdTable ids = new IdTable();
    private int[] customers = new int[16];
    private final InstantColumn opened = new InstantColumn();
    private final InstantColumn replies = new InstantColumn();
    private Channel[] channels = new Channel[16];
    private int size;

    @Override
    public void accept(Contact contact) {
        Interaction interaction = contact.interaction();
        int customer = ids.add(interaction.customerId());
        Instant reply = interaction.firstReplyAt();
        if (reply != null) {
            keep(customer, interaction.openedAt().getEpochSecond(),
                    interaction.openedAt().getNano(), reply.getEpochSecond(), reply.getNano(),
                    interaction.channel());
        }
    }

    private void keep(int customer, long openedAt, int openedNano, long replied, int replyNano,
            Channel channel) {
        if (size == customers.length) {
            int n = InstantColumn.grown(size);
            customers = Arrays.copyOf(customers, n);
            channels = Arrays.copyOf(channels, n);
        }
        customers[size] = customer;
        opened.set(size, openedAt, openedNano);
        replies.set(size, replied, replyNano);
        channels[size] = channel;
        size++;
    }

    @Override
    public Part<Contact> emptyCopy() {
        return new FirstReplies();
    }

    @Override
    public void merge(Part<Contact> later) {
        FirstReplies that = (FirstReplies) later;
        int[] renumbered = new int[that.ids.size()];
        for (int j = 0; j < renumbered.length; j++) {
            renumbered[j] = ids.add(that.ids.id(j));
        }
        for (int k = 0; k < that.size; k++) {
            keep(renumbered[that.customers[k]], that.opened.second(k), that.opened.nano(k),
                    that.replies.second(k), that.replies.nano(k), that.channels[k]);
        }
    }

    /** Returns the ids of the customers who had interactions, replied or not. */
    List<String> customers() {
        return ids.ids();
    }

    /**
     * Returns each customer's median first response time, empty for a customer without a
     * measured one.
     */
    Function<String, Optional<Duration>> medians() {
        // The replied interactions of each customer, by a counting sort on the customer.
        int[] start = new int[ids.size() + 1];
        for (int k = 0; k < size; k++) {
            start[customers[k] + 1]++;
        }
        for (int c = 0; c < ids.size(); c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[size];
        int[] next = Arrays.copyOf(start, ids.size());
        for (int k = 0; k < size; k++) {
            order[next[customers[k]]++] = k;
        }
        Duration[] medians = new Duration[ids.size()];
        for (int c = 0; c < ids.size(); c++) {
            if (start[c] == start[c + 1]) {
                continue;
            }
            String id = ids.id(c);
            Accumulator<Interaction, DurationResult> times = TIMES.accumulator();
            for (int i = start[c]; i < start[c + 1]; i++) {
                int k = order[i];
                times.add(Interaction.builder(id, id, channels[k], opened.get(k))
                        .firstReplyAt(replies.get(k))
                        .build());
            }
            DurationResult result = times.snapshot();
            if (!result.isEmpty()) {
                medians[c] = result.median();
            }
        }
        return id -> {
            int c = ids.indexOf(id);
            return c < 0 ? Optional.empty() : Optional.ofNullable(medians[c]);
        };
    }
}
