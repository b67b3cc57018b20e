package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.survey.TopBoxCalculator;
import io.github.cxmetrics.survey.TopBoxResult;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code cx_top_box}: the core's {@link CxMetrics#topBox(String, io.github.cxmetrics.scale.ScoreScale)}
 * under the name {@code top-box}, on a scale of {@link Scales}, strict or lenient. Struct: the
 * share of the positive band in percent, the answers {@code n} and per band, the mean score,
 * the Wilson 95 % interval, the unanswered and (lenient) the skipped scores.
 */
final class TopBoxMetric extends Metric {

    static final String NAME = "top-box";
    static final StructType SCHEMA = new StructType()
            .add("share", DataTypes.DoubleType)
            .add("n", DataTypes.LongType, false)
            .add("positive", DataTypes.LongType, false)
            .add("neutral", DataTypes.LongType, false)
            .add("negative", DataTypes.LongType, false)
            .add("mean", DataTypes.DoubleType)
            .add("ci_lower", DataTypes.DoubleType)
            .add("ci_upper", DataTypes.DoubleType)
            .add("unanswered", DataTypes.LongType, false)
            .add("invalid", DataTypes.LongType, false);

    private final TopBoxCalculator calculator;

    TopBoxMetric(MetricSpec spec) {
        super(spec);
        String scale = spec.option("scale");
        if (scale == null) {
            throw new IllegalArgumentException("metric top-box needs a scale");
        }
        TopBoxCalculator calc = CxMetrics.topBox(NAME, Scales.parse(scale));
        this.calculator = spec.isLenient() ? calc.lenient() : calc;
    }

    /** Returns the spec of a top-box function on a scale given as text. */
    static MetricSpec spec(String scale, boolean lenient) {
        return MetricSpec.of(NAME).with("scale", Scales.text(Scales.parse(scale))).lenient(lenient);
    }

    @Override
    String[] optionNames() {
        return new String[] {"scale", "lenient"};
    }

    @Override
    Calculator<?, ?> calculator() {
        return calculator;
    }

    @Override
    String resultFunction() {
        return "cx_top_box_result";
    }

    @Override
    StructType schema() {
        return SCHEMA;
    }

    @Override
    void addScore(Accumulator<?, ?> accumulator, int score, double weight) {
        calculator.addScore(typed(accumulator), score, weight);
    }

    @Override
    Row row(Object result) {
        TopBoxResult r = (TopBoxResult) result;
        Double[] ci = bounds(r.isEmpty() ? null : r.confidenceInterval(0.95));
        return RowFactory.create(r.isEmpty() ? null : r.score(), r.count(), r.positive(),
                r.neutral(), r.negative(), r.isEmpty() ? null : orNull(r.mean()), ci[0], ci[1],
                r.missing(), r.invalid());
    }
}
