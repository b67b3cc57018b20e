package io.github.cxmetrics.support;

import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.stats.IntervalMethod;
import io.github.cxmetrics.stats.Proportion;
import io.github.cxmetrics.stats.Proportions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * SLA attainment: the interactions that met, breached, or have not yet reached their target, with
 * the shares. Immutable.
 *
 * <p><b>Formula</b>: the shares are of the <em>decided</em> interactions,
 * {@code decided = met + breached + openBreached}: those that met their target and those known
 * to have breached it, whether they reached the milestone late or are still open past their
 * target. {@code attainment = 100 × met / decided},
 * {@code breachShare = 100 × (breached + openBreached) / decided} (the two add up to 100) and
 * {@code openBreachedShare = 100 × openBreached / decided}, all in [0, 100]. Open interactions
 * still within their target and open ones of unknown status (no as-of instant) are undecided:
 * counted, not in the shares; interactions without a target are counted in {@link #noTarget()}
 * only. Example: 45 met, 3 breached, 2 open past their target and 5 open within it give
 * {@code attainment = 100 × 45 / 50 = 90 %}, breach share 10 %, open-and-breached share 4 %.
 *
 * <p><b>Statistics</b>: Wilson's score interval of the attainment, see {@link Proportions}.
 *
 * <p><b>Empty input</b>: {@link #isEmpty()} is true when no interaction had a target. The shares
 * need a decided interaction: when there is none (empty, or everything still open) they throw
 * {@link IllegalStateException}.
 */
public final class SlaResult implements MetricResult<SlaResult> {

    /** The indexes of the counts in {@link #counts}, in the order of the state's binary form. */
    static final int MET = 0;
    static final int BREACHED = 1;
    static final int OPEN_BREACHED = 2;
    static final int OPEN_WITHIN_TARGET = 3;
    static final int OPEN_UNKNOWN = 4;
    static final int NO_TARGET = 5;
    static final int AFTER_AS_OF = 6;
    /** The counts' names in messages, by index: one list for overflow and for malformed states. */
    static final String[] COUNTS = {"met", "breached", "open breached", "open within target",
            "open of unknown status", "without target", "opened after asOf"};

    private final String metric;
    private final SlaPolicy policy;
    /** The counts by index; owned by this result, never changed. */
    private final long[] counts;
    /** The open interactions kept to be judged later ({@code keepOpen()}), or null. */
    private final OpenInteractions open;

    /** The result of {@code counts} by index, which it takes over. */
    SlaResult(String metric, SlaPolicy policy, long[] counts, OpenInteractions open) {
        this.metric = metric;
        this.policy = policy;
        this.counts = counts;
        this.open = open;
    }

    /**
     * Returns the counts {@code a + b} by index, in a new array.
     *
     * @throws ArithmeticException if a sum overflows, naming the count
     */
    static long[] add(long[] a, long[] b) {
        long[] sum = new long[COUNTS.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = Checks.addCount(a[i], b[i], COUNTS[i]);
        }
        return sum;
    }

    /** Returns the metric's name, such as {@code sla attainment of first response time}. */
    public String metric() {
        return metric;
    }

    /** Returns the number of interactions that reached the milestone within their target. */
    public long met() {
        return counts[MET];
    }

    /** Returns the number of interactions that reached the milestone after their target. */
    public long breached() {
        return counts[BREACHED];
    }

    /** Returns the number of interactions still open at the as-of instant and past their target. */
    public long openBreached() {
        return counts[OPEN_BREACHED];
    }

    /** Returns the number of interactions still open at the as-of instant and within their target. */
    public long openWithinTarget() {
        return counts[OPEN_WITHIN_TARGET];
    }

    /** Returns the number of open interactions whose status is unknown because no as-of instant was given. */
    public long openUnknown() {
        return counts[OPEN_UNKNOWN];
    }

    /** Returns the number of interactions in scope that no target of the policy applies to. */
    public long noTarget() {
        return counts[NO_TARGET];
    }

    /**
     * Returns the number of interactions opened after the calculator's as-of instant: outside
     * the window the result describes, counted apart and in no other count. 0 without
     * {@code asOf}.
     */
    public long afterAsOf() {
        return counts[AFTER_AS_OF];
    }

    /** Returns the number of interactions with a target: decided and undecided. */
    @Override
    public long count() {
        return met() + breached() + openBreached() + openWithinTarget() + openUnknown();
    }

    /** Returns the number of decided interactions, {@code met + breached + openBreached}: the base of the shares. */
    public long decided() {
        return met() + breached() + openBreached();
    }


    /**
     * Returns the attainment, {@code 100 × met / decided}, in [0, 100].
     *
     * @throws IllegalStateException if no interaction is decided
     */
    public double attainment() {
        return 100.0 * met() / requireDecided();
    }

    /**
     * Returns the breach share, {@code 100 × (breached + openBreached) / decided}, in [0, 100].
     *
     * @throws IllegalStateException if no interaction is decided
     */
    public double breachShare() {
        return 100.0 * (breached() + openBreached()) / requireDecided();
    }

    /**
     * Returns the share still open and already breached, {@code 100 × openBreached / decided}.
     *
     * @throws IllegalStateException if no interaction is decided
     */
    public double openBreachedShare() {
        return 100.0 * openBreached() / requireDecided();
    }

    /**
     * Returns the attainment as a {@link Proportion}: {@code met} of {@code decided}.
     */
    public Proportion attainmentProportion() {
        return Proportion.of(met(), decided());
    }

    /**
     * Returns the Wilson confidence interval of the attainment in percent.
     *
     * @throws IllegalStateException if no interaction is decided
     */
    public Interval confidenceInterval(double level) {
        return confidenceInterval(level, IntervalMethod.WILSON);
    }

    /**
     * Returns a confidence interval of the attainment in percent by any {@link IntervalMethod}.
     *
     * @throws IllegalStateException if no interaction is decided
     */
    public Interval confidenceInterval(double level, IntervalMethod method) {
        requireDecided();
        return attainmentProportion().confidenceInterval(level, method).scaled(100);
    }

    /**
     * Returns this result as it stands at {@code asOf}, the time of a report: each open
     * interaction kept by {@link SlaCalculator#keepOpen()} is breached if more than its target
     * had elapsed at {@code asOf} (in the calculator's clock), and open within its target
     * otherwise. Nothing else changes, so {@code result.asOf(t)} equals what the calculator with
     * {@code asOf(t)} would have given over the same interactions, provided none reached the
     * milestone after {@code t}. The judged result keeps no open interactions, whether it had
     * some or none, so that judged results always add up with each other.
     *
     * @throws IllegalArgumentException if {@code asOf} is before an event already counted (an
     *     interaction opened or a milestone reached after it)
     * @throws IllegalStateException if the result has open interactions of unknown status but
     *     was not computed with {@code keepOpen()}
     */
    public SlaResult asOf(Instant asOf) {
        Checks.requireNonNull(asOf, "asOf");
        if (openUnknown() == 0) {
            return open == null ? this : new SlaResult(metric, policy, counts, null);
        }
        if (open == null) {
            throw new IllegalStateException(metric + " has " + openUnknown() + " open interactions"
                    + " of unknown status; judge them at an instant by computing with"
                    + " keepOpen() (or with asOf on the calculator)");
        }
        long[] breachedOrNot = open.judge(asOf);
        long[] judged = counts.clone();
        judged[OPEN_BREACHED] = Checks.addCount(openBreached(), breachedOrNot[0],
                "open breached interactions");
        judged[OPEN_WITHIN_TARGET] = Checks.addCount(openWithinTarget(), breachedOrNot[1],
                "open interactions within target");
        judged[OPEN_UNKNOWN] = 0;
        return new SlaResult(metric, policy, judged, null);
    }

    private long requireDecided() {
        long decided = decided();
        if (decided == 0) {
            throw new IllegalStateException(metric + " is undefined: no decided interactions"
                    + " (open within target: " + openWithinTarget() + ", open of unknown status: "
                    + openUnknown() + ", no target: " + noTarget() + ")");
        }
        return decided;
    }

    /**
     * Returns the result of both samples together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if the results are of different metrics or policies, or
     *     only one of them kept its open interactions
     */
    @Override
    public SlaResult plus(SlaResult other) {
        Checks.requireNonNull(other, "other");
        Checks.requireSame("metrics", metric, other.metric);
        Checks.requireSame("sla policies", policy, other.policy);
        if ((open == null) != (other.open == null)) {
            throw new IllegalArgumentException("cannot add a result that kept its open"
                    + " interactions (keepOpen) to one that did not: " + metric);
        }
        return new SlaResult(metric, policy, add(counts, other.counts),
                open == null ? null : open.plus(other.open));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaResult that && metric.equals(that.metric)
                && Objects.equals(policy, that.policy) && Objects.equals(open, that.open)
                && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * metric.hashCode() + Arrays.hashCode(counts);
    }

    /**
     * Returns a summary, such as {@code sla attainment of first response time 90.0% (45 met,
     * 3 breached, 2 open breached, 5 open within target, 0 open unknown, 1 without target)}.
     */
    @Override
    public String toString() {
        String text = String.format(Locale.ROOT, "(%d met, %d breached, %d open breached,"
                + " %d open within target, %d open unknown, %d without target)", met(), breached(),
                openBreached(), openWithinTarget(), openUnknown(), noTarget());
        if (afterAsOf() > 0) {
            text = text.substring(0, text.length() - 1) + ", " + afterAsOf()
                    + " opened after as-of)";
        }
        if (decided() == 0) {
            return metric + " undefined " + text;
        }
        return String.format(Locale.ROOT, "%s %.1f%% %s", metric, attainment(), text);
    }
}
