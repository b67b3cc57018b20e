package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.survey.TopBoxCalculator;
import io.github.cxmetrics.survey.TopBoxResult;
import io.github.cxmetrics.scale.ScoreScale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * {@code cx_top_box}: the core's {@link CxMetrics#topBox(String, io.github.cxmetrics.scale.ScoreScale)}
 * under the name {@code top-box}, on a scale of {@link Scales}, strict or lenient. Struct: the
 * share of the positive band in percent, the answers {@code n} and per band, the mean score,
 * the Wilson 95 % interval, the unanswered and (lenient) the skipped scores.
 */
final class TopBoxMetric extends SurveyMetric {

    static final String NAME = "top-box";
    static final StructType SCHEMA = schema("share", "positive", "neutral", "negative");

    private final ScoreScale scale;
    private final TopBoxCalculator calculator;

    TopBoxMetric(MetricSpec spec) {
        super(spec, SCHEMA, "scale", "lenient");
        String text = spec.option("scale");
        if (text == null) {
            throw new IllegalArgumentException("metric top-box needs a scale");
        }
        this.scale = Scales.parse(text);
        TopBoxCalculator calc = CxMetrics.topBox(NAME, this.scale);
        this.calculator = spec.isLenient() ? calc.lenient() : calc;
    }

    /** Returns the spec of a top-box function on a scale given as text. */
    static MetricSpec spec(String scale, boolean lenient) {
        return MetricSpec.of(NAME).with("scale", Scales.text(Scales.parse(scale))).lenient(lenient);
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
        return scale;
    }

    @Override
    void addScores(Accumulator<?, ?> accumulator, int score, long count, double weight,
            double weightSquares) {
        calculator.addScores(typed(accumulator), score, count, weight, weightSquares);
    }

    @Override
    Row row(Object result) {
        TopBoxResult r = (TopBoxResult) result;
        return row(r.count(), r.weightedCount(), r::score, r.distribution(), r::mean,
                () -> r.confidenceInterval(0.95), r.missing(), r.invalid());
    }
}
