package io.github.cxmetrics.survey;

import io.github.cxmetrics.internal.StateKind;
import io.github.cxmetrics.scale.ScoreScale;

/**
 * Computes the Net Promoter Score of survey responses; obtained from
 * {@link io.github.cxmetrics.CxMetrics#nps()}. Immutable and thread-safe; every option returns a
 * new calculator.
 *
 * <pre>{@code
 * NpsResult nps = CxMetrics.nps().question("nps").compute(responses);
 * Map<Channel, NpsResult> byChannel = CxMetrics.nps().groupBy(Response::channel).compute(responses);
 * }</pre>
 *
 * <p>The default scale is {@link ScoreScale#NPS} (0–10); a scale with the same bands under
 * another range (say 1–11) can be given with {@link #scale(ScoreScale)}.
 *
 * @see NpsResult for the formula, the statistics and the empty-input rule
 */
public final class NpsCalculator extends ScoreCalculator<NpsResult, NpsCalculator> {

    private NpsCalculator(SurveyOptions options) {
        super(StateKind.NPS, options, o -> new SurveyState.Single<>(o, NpsResult::new),
                (o, in) -> SurveyState.Single.read(o, NpsResult::new, in));
    }

    /** Returns the default calculator: every response, on the 0–10 scale, strict. */
    public static NpsCalculator create() {
        return new NpsCalculator(SurveyOptions.defaults("nps", ScoreScale.NPS));
    }

    @Override
    NpsCalculator with(SurveyOptions newOptions) {
        return new NpsCalculator(newOptions);
    }
}
