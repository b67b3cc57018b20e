package io.github.cxmetrics;

import io.github.cxmetrics.drivers.DriverCalculator;
import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.support.ElapsedTimeCalculator;
import io.github.cxmetrics.support.HandleTimeCalculator;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.ShareCalculator;
import io.github.cxmetrics.support.SlaCalculator;
import io.github.cxmetrics.support.SlaPolicy;
import io.github.cxmetrics.support.StatusTimeCalculator;
import io.github.cxmetrics.model.InteractionStatus;
import java.util.EnumSet;
import io.github.cxmetrics.survey.LoyaltyIndexCalculator;
import io.github.cxmetrics.survey.NpsCalculator;
import io.github.cxmetrics.survey.TopBoxCalculator;
import io.github.cxmetrics.value.ChurnCalculator;
import io.github.cxmetrics.value.LifetimeValueCalculator;
import io.github.cxmetrics.value.RetentionCalculator;
import io.github.cxmetrics.value.RevenueRetentionCalculator;

/**
 * The entry point of cxmetrics: one static method per metric, each returning an immutable,
 * thread-safe calculator with defaults that follow the metric's usual definition. Options return
 * new calculators, so a configured calculator can be kept in a constant and shared.
 *
 * <pre>{@code
 * NpsResult nps = CxMetrics.nps().question("nps").compute(responses);
 * double points = nps.score();                                   // -100..100
 * Interval ci = nps.confidenceInterval(0.95);                    // adjusted Wald
 * Map<Channel, NpsResult> byChannel = CxMetrics.nps().groupBy(Response::channel).compute(responses);
 * TopBoxResult csat = CxMetrics.csat().question("csat").compute(responses);
 * }</pre>
 *
 * <p>The definitions, formulas and sources of every metric are in {@code docs/metrics.md}
 * (survey metrics), {@code docs/support-metrics.md} (support metrics) and
 * {@code docs/value-metrics.md} (customer value).
 */
public final class CxMetrics {

    private static final NpsCalculator NPS = NpsCalculator.create();
    private static final TopBoxCalculator CSAT = TopBoxCalculator.create("csat", ScoreScale.FIVE_POINT);
    private static final TopBoxCalculator CSI = TopBoxCalculator.create("csi", ScoreScale.FIVE_POINT);
    private static final TopBoxCalculator CES = TopBoxCalculator.create("ces", ScoreScale.FIVE_POINT);
    private static final LoyaltyIndexCalculator CLI = LoyaltyIndexCalculator.create();
    private static final ChurnCalculator CHURN = ChurnCalculator.create();
    private static final RetentionCalculator RETENTION = RetentionCalculator.create();
    private static final RevenueRetentionCalculator REVENUE_RETENTION =
            RevenueRetentionCalculator.create();
    private static final LifetimeValueCalculator LIFETIME_VALUE = LifetimeValueCalculator.create();

    private static final ElapsedTimeCalculator FIRST_RESPONSE_TIME =
            ElapsedTimeCalculator.create(Milestone.FIRST_REPLY);
    private static final ElapsedTimeCalculator FIRST_RESOLUTION_TIME =
            ElapsedTimeCalculator.create(Milestone.FIRST_RESOLUTION);
    private static final ElapsedTimeCalculator FIRST_BOT_RESPONSE_TIME =
            ElapsedTimeCalculator.create(Milestone.FIRST_BOT_REPLY);
    private static final ElapsedTimeCalculator FULL_RESOLUTION_TIME =
            ElapsedTimeCalculator.create(Milestone.FULL_RESOLUTION);
    private static final HandleTimeCalculator HANDLE_TIME = HandleTimeCalculator.create();
    private static final ShareCalculator FIRST_CONTACT_RESOLUTION =
            ShareCalculator.firstContactResolution();
    private static final ShareCalculator REOPEN_RATE = ShareCalculator.reopenRate();

    private CxMetrics() {}

    /**
     * Net Promoter Score: {@code 100 × (promoters − detractors) / n} on 0–10, promoters 9–10,
     * detractors 0–6; in [−100, 100].
     */
    public static NpsCalculator nps() {
        return NPS;
    }

    /**
     * Customer Satisfaction (CSAT) with one aspect: {@code 100 × count(4..5) / n} on the
     * five-point scale (top-2-box); in [0, 100].
     */
    public static TopBoxCalculator csat() {
        return CSAT;
    }

    /**
     * Customer Satisfaction Index (CSI), satisfaction with the interaction as a whole:
     * {@code 100 × count(4..5) / n} on the five-point scale; in [0, 100].
     */
    public static TopBoxCalculator csi() {
        return CSI;
    }

    /**
     * Customer Effort Score (CES): {@code 100 × count(4..5) / n} on the five-point scale
     * (5 = easy); use {@code .scale(ScoreScale.SEVEN_POINT)} for CES 2.0 (positive 5–7) or a
     * lower-is-better scale of your own.
     */
    public static TopBoxCalculator ces() {
        return CES;
    }

    /**
     * A top-box share under a name of your own on any scale, for example Zendesk-style CSAT
     * {@code topBox("csat", ScoreScale.GOOD_BAD)}.
     *
     * @param metric the name used in messages, not blank
     * @param scale the scale, checked for consistency
     */
    public static TopBoxCalculator topBox(String metric, ScoreScale scale) {
        return TopBoxCalculator.create(metric, scale);
    }

    /**
     * Key driver analysis: for an outcome question (NPS, CSAT or any scale) and the driver
     * questions answered by the same customers, each driver's correlations with the outcome, its
     * share of the model's R² (Johnson's relative weights and Shapley values), its performance
     * and its importance-performance quadrant; by driver band, churn and lifetime value.
     */
    public static DriverCalculator drivers() {
        return DriverCalculator.create();
    }

    /**
     * Customer Loyalty Index: the mean of all answers to the loyalty questions on 0–10, after
     * reverse coding ({@code 10 − x}) the questions where a high answer means low loyalty.
     */
    public static LoyaltyIndexCalculator loyaltyIndex() {
        return CLI;
    }

    // Support metrics, over Interaction records (docs/support-metrics.md).

    /**
     * First response time: from the customer's request to the first public reply by a person,
     * {@code firstReplyAt − openedAt}; unanswered interactions are counted as open. Calendar time
     * by default, {@code .inBusinessTime(calendar)} for business time; the result has the mean,
     * median, p90, p95 and the share within any threshold.
     */
    public static ElapsedTimeCalculator firstResponseTime() {
        return FIRST_RESPONSE_TIME;
    }

    /**
     * First resolution time: from the request to the first solve,
     * {@code firstSolvedAt − openedAt}; interactions never solved are counted as open.
     */
    public static ElapsedTimeCalculator firstResolutionTime() {
        return FIRST_RESOLUTION_TIME;
    }

    /**
     * Full resolution time: from the request to the last solve, after any reopens,
     * {@code lastSolvedAt − openedAt}; interactions not solved now are counted as open.
     */
    public static ElapsedTimeCalculator fullResolutionTime() {
        return FULL_RESOLUTION_TIME;
    }

    /**
     * Resolution time, the usual name of {@link #fullResolutionTime()}: from the request to the
     * last solve, after any reopens.
     */
    public static ElapsedTimeCalculator resolutionTime() {
        return fullResolutionTime();
    }

    /**
     * Handle time of calls: {@code talk + hold} per call, whose mean is the average handle time
     * {@code (total talk + total hold) / number of calls}; {@code .withAfterCallWork()} adds the
     * after-call work. Interactions that are not calls are counted as skipped.
     */
    public static HandleTimeCalculator handleTime() {
        return HANDLE_TIME;
    }

    /**
     * First contact resolution (one-touch): the share of solved interactions solved with at most
     * one public reply and never reopened, in [0, 100], with a Wilson interval.
     */
    public static ShareCalculator firstContactResolution() {
        return FIRST_CONTACT_RESOLUTION;
    }

    /**
     * First bot response time: from the request to the first public reply by a bot or an
     * automatic reply, {@code firstBotReplyAt − openedAt}; interactions no bot answered are
     * counted as open. For the first response by anyone, person or bot, use
     * {@code firstResponseTime().countingBots()}.
     */
    public static ElapsedTimeCalculator firstBotResponseTime() {
        return FIRST_BOT_RESPONSE_TIME;
    }

    /**
     * Bot deflection: the share of the solved interactions a bot replied to that no person
     * replied to (solved by the bot alone), in [0, 100], with a Wilson interval.
     */
    public static ShareCalculator botDeflection() {
        return ShareCalculator.botDeflection();
    }

    /**
     * Reopen rate: the share of interactions solved at least once that were reopened, in
     * [0, 100], with a Wilson interval.
     */
    public static ShareCalculator reopenRate() {
        return REOPEN_RATE;
    }

    /**
     * Requester wait time: the time in the status timeline spent in new, open and on-hold, up to
     * the last solve (Zendesk's {@code requester_wait_time}); interactions still unsolved are
     * open (measured up to {@code .asOf(instant)} when given), those without a timeline skipped.
     */
    public static StatusTimeCalculator requesterWaitTime() {
        return StatusTimeCalculator.requesterWait();
    }

    /**
     * Agent wait time: the time in pending, waiting for the requester, up to the last solve
     * (Zendesk's {@code agent_wait_time}).
     */
    public static StatusTimeCalculator agentWaitTime() {
        return StatusTimeCalculator.agentWait();
    }

    /** On-hold time: the time in on-hold up to the last solve (Zendesk's {@code on_hold_time}). */
    public static StatusTimeCalculator onHoldTime() {
        return StatusTimeCalculator.onHold();
    }

    /** Agent work time: the time in new and open up to the last solve. */
    public static StatusTimeCalculator agentWorkTime() {
        return StatusTimeCalculator.agentWork();
    }

    /** The time in any of the given statuses up to the last solve. */
    public static StatusTimeCalculator timeInStatus(InteractionStatus status,
            InteractionStatus... more) {
        Checks.requireNonNull(status, "status");
        Checks.requireNonNull(more, "more");
        for (int k = 0; k < more.length; k++) {
            Checks.requireNonNull(more[k], "more[" + k + "]");
        }
        return StatusTimeCalculator.inStatuses(EnumSet.of(status, more));
    }

    /**
     * The time in the help desk's own status {@code name} (a custom status, such as
     * {@code "waiting on vendor"}) up to the last solve.
     */
    public static StatusTimeCalculator timeInStatus(String name) {
        return StatusTimeCalculator.inStatusNamed(name);
    }

    /**
     * SLA attainment of a policy: the share of decided interactions that reached the policy's
     * milestone within their target, with the breached ones, those still open and already
     * breached (given {@code .asOf(instant)}) and those without a target counted separately.
     *
     * @param policy the targets per channel and/or priority
     */
    public static SlaCalculator slaAttainment(SlaPolicy policy) {
        return SlaCalculator.create(policy);
    }

    // Customer value (METRICS.md §3): customers and purchases.

    /**
     * Churn per calendar period (months in UTC by default) of {@code Customer}s:
     * {@code lost during the period / active at its start}, in [0, 1]; retention
     * {@code 1 − churn}; average lifetime {@code 1 / churn} periods. A period with no customer at
     * its start has undefined churn, not 0. Set where the data ends with {@code asOf}.
     */
    public static ChurnCalculator churn() {
        return CHURN;
    }

    /**
     * Cohort retention table of {@code Customer}s: per acquisition month, the customers still
     * active at the start of each later month, as counts and shares of the cohort.
     */
    public static RetentionCalculator retention() {
        return RETENTION;
    }

    /**
     * Net and gross revenue retention per acquisition cohort, from
     * {@link io.github.cxmetrics.value.CustomerPurchases customers with their purchases}:
     * {@code revenue(age) / base}, gross capping each customer at their base revenue.
     */
    public static RevenueRetentionCalculator revenueRetention() {
        return REVENUE_RETENTION;
    }

    /**
     * Lifetime value of {@link io.github.cxmetrics.value.CustomerPurchases customers with their
     * purchases}: historical and net value, the simple, churn-based and discounted lifetime
     * values, LTV:CAC and CAC payback, measured by segment with {@code groupBy} and by service
     * quality with {@link io.github.cxmetrics.value.ServiceBands}. The formulas alone are in
     * {@link io.github.cxmetrics.value.Ltv}.
     */
    public static LifetimeValueCalculator lifetimeValue() {
        return LIFETIME_VALUE;
    }
}
