package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.survey.ScoreDistribution;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the survey metrics share: a struct of the headline figure, the answers {@code n} and per
 * band (positive, neutral, negative), the mean score, the 95 % interval of the headline, the
 * unanswered and (lenient) the skipped scores.
 *
 */
abstract class SurveyMetric extends Metric {

    SurveyMetric(MetricSpec spec, StructType schema, String... optionNames) {
        super(spec, schema, optionNames);
    }

    /** Returns the scale of the scores. */
    abstract ScoreScale scale();

    /**
     * Adds {@code count} scores of one value whose weights sum to {@code weight} and their
     * squares to {@code weightSquares}; {@code NO_SCORE} for unanswered questions (the core's
     * {@code addScores}).
     */
    abstract void addScores(Accumulator<?, ?> accumulator, int score, long count, double weight,
            double weightSquares);

    /** The struct of a survey metric, with its names for the headline and the three bands. */
    static StructType schema(String headline, String positive, String neutral, String negative) {
        return new StructType()
                .add(headline, DataTypes.DoubleType)
                .add("n", DataTypes.LongType, false)
                .add(positive, DataTypes.LongType, false)
                .add(neutral, DataTypes.LongType, false)
                .add(negative, DataTypes.LongType, false)
                .add("mean", DataTypes.DoubleType)
                .add("ci_lower", DataTypes.DoubleType)
                .add("ci_upper", DataTypes.DoubleType)
                .add("unanswered", DataTypes.LongType, false)
                .add("invalid", DataTypes.LongType, false);
    }

    /**
     * The struct of a result. Without answers, or when every answer weighs 0, the headline, the
     * mean and the interval are undefined: nulls.
     *
     * @param headline the NPS or the top-box share, read only when defined
     * @param mean the mean score, read only when defined
     * @param interval the headline's 95 % interval, read only when defined
     */
    static Row row(long n, double weightedCount, DoubleSupplier headline,
            ScoreDistribution distribution, DoubleSupplier mean, Supplier<Interval> interval,
            long unanswered, long invalid) {
        boolean defined = n > 0 && weightedCount > 0;
        Double[] ci = bounds(defined ? interval.get() : null);
        return RowFactory.create(defined ? headline.getAsDouble() : null, n,
                distribution.count(Band.POSITIVE), distribution.count(Band.NEUTRAL),
                distribution.count(Band.NEGATIVE), defined ? mean.getAsDouble() : null, ci[0],
                ci[1], unanswered, invalid);
    }
}
