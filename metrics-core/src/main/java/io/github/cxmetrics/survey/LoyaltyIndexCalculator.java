package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.scale.ScoreScale;

/**
 * Computes the Customer Loyalty Index of survey responses; obtained from
 * {@link io.github.cxmetrics.CxMetrics#loyaltyIndex()}. Immutable and thread-safe; every option
 * returns a new calculator.
 *
 * <pre>{@code
 * LoyaltyIndexResult cli = CxMetrics.loyaltyIndex()
 *         .questions("cli_recommend", "cli_repurchase", "cli_other_products", "cli_competitor")
 *         .reverseCoded("cli_competitor")
 *         .compute(responses);
 * }</pre>
 *
 * <p>The default scale is {@link ScoreScale#NPS} (0–10); by default every response given counts,
 * so pass only the loyalty questions or choose them with {@link #questions(String...)}.
 *
 * @see LoyaltyIndexResult for the formula, the statistics and the empty-input rule
 */
public final class LoyaltyIndexCalculator
        extends SurveyCalculator<LoyaltyIndexResult, LoyaltyIndexCalculator> {

    private LoyaltyIndexCalculator(SurveyOptions options) {
        super(StateKind.LOYALTY_INDEX, options, SurveyState.PerQuestion::new,
                SurveyState.PerQuestion::read);
    }

    /** Returns the default calculator: every response, 0–10 scale, no reverse coding, strict. */
    public static LoyaltyIndexCalculator create() {
        return new LoyaltyIndexCalculator(SurveyOptions.defaults("cli", ScoreScale.NPS));
    }

    /**
     * Returns a calculator of the answers to these questions only.
     *
     * @throws IllegalArgumentException if no question is given or one is blank
     * @throws IllegalStateException if the questions were already chosen
     */
    public LoyaltyIndexCalculator questions(String... questions) {
        return with(options.withQuestions(questions));
    }

    /**
     * Returns a calculator that reverse-codes the answers to these questions,
     * {@code min + max − score} (on 0–10, {@code 10 − x}), before averaging.
     *
     * @throws IllegalArgumentException if no question is given or one is blank
     * @throws IllegalStateException if the reverse-coded questions were already chosen
     */
    public LoyaltyIndexCalculator reverseCoded(String... questions) {
        return with(options.withReverseCoded(questions));
    }

    @Override
    LoyaltyIndexCalculator with(SurveyOptions newOptions) {
        return new LoyaltyIndexCalculator(newOptions);
    }
}
