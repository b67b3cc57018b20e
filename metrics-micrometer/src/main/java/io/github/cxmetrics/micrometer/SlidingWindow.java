package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.Accumulator;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A sliding window of core accumulators, safe for any number of recording threads and one reader
 * at a time (readers are serialized).
 *
 * <p><b>Buckets.</b> Time is cut into buckets of {@code bucketMillis}; bucket {@code e} holds the
 * items recorded while {@code floor(now / bucketMillis) = e}. The window is the last
 * {@code buckets} buckets, the current one included: an item counts from when it is recorded
 * until its bucket leaves the window, between {@code (buckets − 1) × bucketMillis} and
 * {@code buckets × bucketMillis} later.
 *
 * <p><b>Recording.</b> Only the newest bucket, the head, is written. It is split into stripes,
 * each a core accumulator behind its own lock; a thread picks a stripe from its id and moves to
 * another if that one is busy, so threads rarely wait for each other. A record that finds the
 * head older than its own time swaps in a new head with one compare-and-set; the old head stays in
 * the ring of past buckets.
 *
 * <p><b>Closing.</b> A reader closes ("seals") each past bucket once: it marks it sealed, then
 * takes each stripe's lock in turn and merges the stripe into one accumulator. A writer checks the
 * mark under the stripe's lock, so each item is either merged or, when it arrives after the mark,
 * recorded again into the current head: nothing is lost, and a sealed bucket never changes again.
 * The snapshot of the window is the exact merge of its sealed buckets and the head's stripes, the
 * same result as the core's calculator over the same items.
 *
 * @param <T> the item type
 * @param <R> the result type
 */
final class SlidingWindow<T, R> {

    private static final VarHandle HEAD;

    static {
        try {
            HEAD = MethodHandles.lookup().findVarHandle(SlidingWindow.class, "head", Bucket.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Supplier<? extends Accumulator<T, R>> accumulators;
    private final long bucketMillis;
    private final int buckets;
    private final int stripes;
    /** Bucket {@code e} lives in slot {@code e mod buckets} until a newer one replaces it. */
    private final AtomicReferenceArray<Bucket<T, R>> ring;
    @SuppressWarnings("unused") // written through HEAD
    private volatile Bucket<T, R> head;

    SlidingWindow(Supplier<? extends Accumulator<T, R>> accumulators, long bucketMillis, int buckets,
            int stripes, long nowMillis) {
        if (Integer.bitCount(stripes) != 1) {
            throw new IllegalArgumentException("stripes must be a power of two: " + stripes);
        }
        this.accumulators = accumulators;
        this.bucketMillis = bucketMillis;
        this.buckets = buckets;
        this.stripes = stripes;
        this.ring = new AtomicReferenceArray<>(buckets);
        Bucket<T, R> first = new Bucket<>(epochOf(nowMillis), stripes);
        this.head = first;
        publish(first);
    }

    long epochOf(long millis) {
        return Math.floorDiv(millis, bucketMillis);
    }

    /**
     * Records one item at {@code nowMillis}. An item whose time is before the head's bucket (a
     * clock that went back, or a thread that read it long ago) counts in the head.
     *
     * @throws IllegalArgumentException if the accumulator rejects the item; nothing is counted
     */
    void record(T item, long nowMillis) {
        long epoch = epochOf(nowMillis);
        int hint = stripeHint();
        for (;;) {
            Bucket<T, R> current = head;
            if (current.epoch < epoch) {
                advance(current, epoch);
            } else if (current.record(item, hint, accumulators)) {
                return;
            }
            // Otherwise the head was sealed after this thread read it: a newer head exists.
        }
    }

    private void advance(Bucket<T, R> seen, long epoch) {
        Bucket<T, R> fresh = new Bucket<>(epoch, stripes);
        if (HEAD.compareAndSet(this, seen, fresh)) {
            publish(fresh);
        }
    }

    /** Puts a bucket in its slot unless a newer one is already there. */
    private void publish(Bucket<T, R> bucket) {
        int slot = (int) Math.floorMod(bucket.epoch, (long) buckets);
        for (;;) {
            Bucket<T, R> there = ring.get(slot);
            if (there != null && there.epoch >= bucket.epoch) {
                return;
            }
            if (ring.compareAndSet(slot, there, bucket)) {
                return;
            }
        }
    }

    /** Fibonacci hashing of the thread id: consecutive ids land on different stripes. */
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
    private static int stripeHint() {
        return (int) ((Thread.currentThread().getId() * 0x9E3779B97F4A7C15L) >>> 40);
    }

    /**
     * Returns the exact merge of the buckets in the window at {@code nowMillis}, as a new
     * accumulator the caller owns.
     */
    synchronized Accumulator<T, R> snapshot(long nowMillis) {
        long oldest = epochOf(nowMillis) - buckets + 1;
        Accumulator<T, R> total = accumulators.get();
        @SuppressWarnings("unchecked")
        Bucket<T, R>[] merged = new Bucket[buckets + 1];
        int count = 0;
        for (int slot = 0; slot < buckets; slot++) {
            Bucket<T, R> bucket = ring.get(slot);
            if (bucket != null && bucket.epoch >= oldest) {
                mergeInto(total, bucket);
                merged[count++] = bucket;
            }
        }
        Bucket<T, R> current = head;
        if (current.epoch >= oldest && !contains(merged, count, current)) {
            current.mergeOpen(total);
        }
        return total;
    }

    private void mergeInto(Accumulator<T, R> total, Bucket<T, R> bucket) {
        // A bucket that is not the head now never will be again, and no writer picks it anew.
        if (bucket != head) {
            bucket.seal(accumulators);
            bucket.mergeSealed(total);
        } else {
            bucket.mergeOpen(total);
        }
    }

    private static boolean contains(Object[] array, int count, Object value) {
        for (int i = 0; i < count; i++) {
            if (array[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** One bucket: striped while it is the head, one merged accumulator once sealed. */
    static final class Bucket<T, R> {
        final long epoch;
        /** Null once sealed. */
        private volatile Stripe<T, R>[] stripes;
        private volatile boolean sealed;
        /** The bucket's items once sealed; null if it had none. Written by the reader only. */
        private Accumulator<T, R> merged;

        @SuppressWarnings("unchecked")
        Bucket(long epoch, int stripeCount) {
            this.epoch = epoch;
            Stripe<T, R>[] created = new Stripe[stripeCount];
            for (int i = 0; i < stripeCount; i++) {
                created[i] = new Stripe<>();
            }
            this.stripes = created;
        }

        /** Records into a free stripe; false if the bucket was sealed (record elsewhere). */
        boolean record(T item, int hint, Supplier<? extends Accumulator<T, R>> accumulators) {
            Stripe<T, R>[] all = stripes;
            if (all == null) {
                return false;
            }
            Stripe<T, R> stripe = lockAny(all, hint);
            try {
                if (sealed) {
                    return false;
                }
                stripe.add(item, accumulators);
                return true;
            } finally {
                stripe.unlock();
            }
        }

        /**
         * Locks the first free stripe from the thread's own. A writer can use any stripe, so it
         * never waits for one: when all are busy (their holders descheduled, on a machine with
         * more recording threads than cores) it spins, then yields to let them finish.
         */
        private static <T, R> Stripe<T, R> lockAny(Stripe<T, R>[] all, int hint) {
            int mask = all.length - 1;
            for (int round = 0;; round++) {
                for (int i = 0; i <= mask; i++) {
                    Stripe<T, R> stripe = all[(hint + i) & mask];
                    if (stripe.tryLock()) {
                        return stripe;
                    }
                }
                if (round < 16) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }

        void mergeOpen(Accumulator<T, R> total) {
            for (Stripe<T, R> stripe : stripes) {
                stripe.lock();
                try {
                    if (stripe.accumulator != null) {
                        total.merge(stripe.accumulator);
                    }
                } finally {
                    stripe.unlock();
                }
            }
        }

        /** Seals the bucket once; the caller is the (serialized) reader. */
        void seal(Supplier<? extends Accumulator<T, R>> accumulators) {
            if (sealed) {
                return;
            }
            markSealed();
            drain(accumulators);
        }

        /** The first half of sealing: from now on a writer that takes a stripe's lock backs off. */
        void markSealed() {
            sealed = true;
        }

        /** The second half: merges each stripe under its lock, after any writer inside it. */
        void drain(Supplier<? extends Accumulator<T, R>> accumulators) {
            for (Stripe<T, R> stripe : stripes) {
                stripe.lock();
                try {
                    if (stripe.accumulator != null) {
                        if (merged == null) {
                            merged = accumulators.get();
                        }
                        merged.merge(stripe.accumulator);
                        stripe.accumulator = null;
                    }
                } finally {
                    stripe.unlock();
                }
            }
            stripes = null;
        }

        void mergeSealed(Accumulator<T, R> total) {
            if (merged != null) {
                total.merge(merged);
            }
        }
    }
}
