package io.github.cxmetrics.value.clv;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work over many rows split into blocks of {@value #BLOCK} rows, computed on the calling thread
 * and up to {@code threads − 1} helpers of the common fork-join pool.
 *
 * <p><b>Deterministic.</b> The blocks depend only on the number of rows, never on the number of
 * threads; each block writes its partial results into its own slot, and the partials are summed
 * in block order, with compensation. So a likelihood and its gradient are the same to the last
 * bit on one thread or eight, however the blocks were scheduled.
 *
 * <p>A helper that has not started when the calling thread runs out of blocks is withdrawn, so a
 * busy pool never delays the work: at worst the calling thread does it all.
 */
final class RowBlocks {

    /** Rows per block: large enough to amortise scheduling, small enough to balance two cores. */
    static final int BLOCK = 8192;

    /** The calling thread only. */
    static final RowBlocks SEQUENTIAL = new RowBlocks(1);

    private final int threads;

    private RowBlocks(int threads) {
        this.threads = threads;
    }

    /** Returns a runner that uses at most {@code threads} threads, counting the caller. */
    static RowBlocks threads(int threads) {
        return threads <= 1 ? SEQUENTIAL : new RowBlocks(threads);
    }

    /** Returns a runner that uses the caller and the whole common pool. */
    static RowBlocks common() {
        return threads(ForkJoinPool.getCommonPoolParallelism() + 1);
    }

    int threads() {
        return threads;
    }

    /** Computes one block of rows. */
    interface Block {
        /**
         * Computes rows {@code from ≤ i < to}, writing partial sums into
         * {@code out[offset] … out[offset + width − 1]} (zero on entry).
         */
        void compute(int from, int to, double[] out, int offset);
    }

    /** Runs a task on every block, {@code 0 ≤ block < blocks}. */
    interface Task {
        void run(int block);
    }

    static int blocks(int rows) {
        return (rows + BLOCK - 1) / BLOCK;
    }

    /**
     * Returns the {@code width} sums of {@code block} over rows {@code 0 ≤ i < rows}: each
     * component is the compensated sum, in block order, of the blocks' partials.
     */
    double[] sum(int rows, int width, Block block) {
        int blocks = blocks(rows);
        double[] partials = new double[Math.max(1, blocks) * width];
        forEach(blocks, b -> block.compute(b * BLOCK, Math.min(rows, (b + 1) * BLOCK), partials,
                b * width));
        double[] sums = new double[width];
        for (int j = 0; j < width; j++) {
            CompensatedSum sum = new CompensatedSum();
            for (int b = 0; b < blocks; b++) {
                sum.add(partials[b * width + j]);
            }
            sums[j] = sum.value();
        }
        return sums;
    }

    /** Runs {@code task} once for every block, on up to {@link #threads()} threads. */
    void forEach(int blocks, Task task) {
        int helpers = Math.min(threads - 1, blocks - 1);
        if (helpers <= 0) {
            for (int b = 0; b < blocks; b++) {
                task.run(b);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Helper[] started = new Helper[helpers];
        for (int h = 0; h < helpers; h++) {
            started[h] = new Helper(next, blocks, task);
            ForkJoinPool.commonPool().execute(started[h]);
        }
        Throwable failure = null;
        try {
            drain(next, blocks, task);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Helper helper : started) {
            if (!helper.claimed.compareAndSet(false, true)) {
                // It is running (or ran): wait for the block it is computing.
                helper.quietlyJoin();
                if (failure == null && helper.getException() != null) {
                    failure = helper.getException();
                }
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private static void drain(AtomicInteger next, int blocks, Task task) {
        for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            task.run(b);
        }
    }

    /** A helper that takes blocks until none are left, unless withdrawn before it starts. */
    private static final class Helper extends ForkJoinTask<Void> {
        private static final long serialVersionUID = 1L;
        final AtomicBoolean claimed = new AtomicBoolean();
        private final transient AtomicInteger next;
        private final int blocks;
        private final transient Task task;

        Helper(AtomicInteger next, int blocks, Task task) {
            this.next = next;
            this.blocks = blocks;
            this.task = task;
        }

        @Override
        public Void getRawResult() {
            return null;
        }

        @Override
        protected void setRawResult(Void value) {}

        @Override
        protected boolean exec() {
            if (claimed.compareAndSet(false, true)) {
                drain(next, blocks, task);
            }
            return true;
        }
    }
}
