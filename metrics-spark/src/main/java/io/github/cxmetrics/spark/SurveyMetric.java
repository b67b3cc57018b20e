package io.github.cxmetrics.spark;

import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.survey.ScoreDistribution;
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

    SurveyMetric(MetricSpec spec) {
        super(spec);
    }

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
     * The struct of a result: null figures when they are undefined (no answers; every answer of
     * weight 0).
     *
     * @param headline the NPS or the top-box share
     * @param interval its 95 % interval; not read when empty
     */
    static Row row(long n, double headline, ScoreDistribution distribution, double mean,
            java.util.function.Supplier<Interval> interval, long unanswered, long invalid) {
        // Undefined without answers, or when every answer weighs 0.
        boolean defined = n > 0 && !Double.isNaN(headline);
        Double[] ci = bounds(defined ? interval.get() : null);
        return RowFactory.create(defined ? headline : null, n, distribution.count(Band.POSITIVE),
                distribution.count(Band.NEUTRAL), distribution.count(Band.NEGATIVE),
                n == 0 ? null : orNull(mean), ci[0], ci[1], unanswered, invalid);
    }
}
