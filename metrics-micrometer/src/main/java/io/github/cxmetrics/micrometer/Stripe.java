package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.Accumulator;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Padding before a stripe's lock word, so that two stripes never share a cache line. */
@SuppressWarnings("unused")
abstract class StripePadding {
    long p00, p01, p02, p03, p04, p05, p06, p07;
}

/** A stripe's state: the lock word and the core accumulator it guards. */
abstract class StripeState<T, R> extends StripePadding {
    /** 0 when free, 1 when held. */
    volatile int state;
    /** Created on the first record, under the lock. */
    Accumulator<T, R> accumulator;
}

/**
 * One stripe of a bucket: a core accumulator guarded by a tiny test-and-set lock. A lock is held
 * only while one item is added or while a reader merges the stripe, a few tens of nanoseconds, so
 * a reader waiting for one spins briefly, then yields, then parks; writers never wait for a given
 * stripe (see {@code SlidingWindow.Bucket}). Not reentrant.
 */
@SuppressWarnings("unused")
final class Stripe<T, R> extends StripeState<T, R> {
    long q00, q01, q02, q03, q04, q05, q06, q07;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(StripeState.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    boolean tryLock() {
        return state == 0 && STATE.compareAndSet(this, 0, 1);
    }

    void lock() {
        for (int spins = 0; !tryLock(); spins++) {
            if (spins < 64) {
                Thread.onSpinWait();
            } else if (spins < 1_000) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(1_000);
            }
        }
    }

    void unlock() {
        STATE.setRelease(this, 0);
    }

    /** Adds an item; the caller holds the lock. */
    void add(T item, Supplier<? extends Accumulator<T, R>> accumulators) {
        Accumulator<T, R> into = accumulator;
        if (into == null) {
            into = accumulators.get();
            accumulator = into;
        }
        into.add(item);
    }
}
