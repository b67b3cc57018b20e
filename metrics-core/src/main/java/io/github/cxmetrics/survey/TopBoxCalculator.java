package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.scale.ScoreScale;

/**
 * Computes a top-box share of survey responses: CSAT, CSI or CES; obtained from
 * {@link io.github.cxmetrics.CxMetrics#csat()}, {@code csi()}, {@code ces()} or
 * {@code topBox(name, scale)}. Immutable and thread-safe; every option returns a new calculator.
 *
 * <pre>{@code
 * TopBoxResult csat = CxMetrics.csat().question("csat").compute(responses);   // 1-5, 4-5 positive
 * TopBoxResult ces = CxMetrics.ces().scale(ScoreScale.SEVEN_POINT).compute(responses);
 * }</pre>
 *
 * <p>The default scale is {@link ScoreScale#FIVE_POINT}.
 *
 * @see TopBoxResult for the formula, the statistics and the empty-input rule
 */
public final class TopBoxCalculator extends ScoreCalculator<TopBoxResult, TopBoxCalculator> {

    private TopBoxCalculator(SurveyOptions options) {
        super(StateKind.TOP_BOX, options, o -> new SurveyState.Single<>(o, TopBoxResult::new),
                (o, in) -> SurveyState.Single.read(o, TopBoxResult::new, in));
    }

    /**
     * Returns a calculator of a top-box metric with the given name (used in messages) on a scale.
     *
     * @param metric the metric's name, such as {@code "csat"}
     * @param scale the scale, checked for consistency
     */
    public static TopBoxCalculator create(String metric, ScoreScale scale) {
        Checks.requireNonBlank(metric, "metric");
        return new TopBoxCalculator(
                SurveyOptions.defaults(metric, ScoreScale.requireConsistent(scale)));
    }

    @Override
    TopBoxCalculator with(SurveyOptions newOptions) {
        return new TopBoxCalculator(newOptions);
    }
}
