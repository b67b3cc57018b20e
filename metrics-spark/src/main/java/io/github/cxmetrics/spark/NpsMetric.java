package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.survey.NpsCalculator;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.scale.ScoreScale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * {@code cx_nps}: the core's {@link CxMetrics#nps()}, strict or lenient. Struct: the score in
 * points, the answers {@code n} and per band, the mean score, the adjusted-Wald 95 % interval,
 * the unanswered and (lenient) the skipped scores.
 */
final class NpsMetric extends SurveyMetric {

    static final String NAME = "nps";
    static final StructType SCHEMA = schema("score", "promoters", "passives", "detractors");

    private final NpsCalculator calculator;

    NpsMetric(MetricSpec spec) {
        super(spec, SCHEMA, "lenient");
        this.calculator = spec.isLenient() ? CxMetrics.nps().lenient() : CxMetrics.nps();
    }

    @Override
    Calculator<?, ?> calculator() {
        return calculator;
    }

    @Override
    void addScore(Accumulator<?, ?> accumulator, int score, double weight) {
        calculator.addScore(typed(accumulator), score, weight);
    }

    @Override
    ScoreScale scale() {
        return ScoreScale.NPS;
    }

    @Override
    void addScores(Accumulator<?, ?> accumulator, int score, long count, double weight,
            double weightSquares) {
        calculator.addScores(typed(accumulator), score, count, weight, weightSquares);
    }

    @Override
    Row row(Object result) {
        NpsResult r = (NpsResult) result;
        return row(r.count(), r.weightedCount(), r::score, r.distribution(), r::mean,
                () -> r.confidenceInterval(0.95), r.missing(), r.invalid());
    }
}
