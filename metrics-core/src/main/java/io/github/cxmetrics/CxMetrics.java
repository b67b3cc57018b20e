package io.github.cxmetrics;

import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.survey.LoyaltyIndexCalculator;
import io.github.cxmetrics.survey.NpsCalculator;
import io.github.cxmetrics.survey.TopBoxCalculator;
import io.github.cxmetrics.value.clv.LifetimeValue;

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
 * <p>The definitions, formulas and sources of every metric are in {@code docs/metrics.md}.
 */
public final class CxMetrics {

    private static final NpsCalculator NPS = NpsCalculator.create();
    private static final TopBoxCalculator CSAT = TopBoxCalculator.create("csat", ScoreScale.FIVE_POINT);
    private static final TopBoxCalculator CSI = TopBoxCalculator.create("csi", ScoreScale.FIVE_POINT);
    private static final TopBoxCalculator CES = TopBoxCalculator.create("ces", ScoreScale.FIVE_POINT);
    private static final LoyaltyIndexCalculator CLI = LoyaltyIndexCalculator.create();

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
     * Customer Loyalty Index: the mean of all answers to the loyalty questions on 0–10, after
     * reverse coding ({@code 10 − x}) the questions where a high answer means low loyalty.
     */
    public static LoyaltyIndexCalculator loyaltyIndex() {
        return CLI;
    }

    /**
     * Probabilistic customer lifetime value: RFM summaries from purchases
     * ({@code rfm(unit, calibrationEnd)}), and the BG/NBD, Pareto/NBD and Gamma-Gamma models
     * fitted to them by maximum likelihood ({@code bgNbd().fit(summary)}), predicting per
     * customer the probability of being alive, future purchases and their discounted value.
     * See {@code docs/clv-models.md}.
     */
    public static LifetimeValue lifetimeValue() {
        return LifetimeValue.create();
    }
}
