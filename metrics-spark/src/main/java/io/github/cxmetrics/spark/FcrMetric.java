package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.ShareCalculator;
import io.github.cxmetrics.support.ShareResult;
import java.time.Instant;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code cx_fcr}: the core's {@link CxMetrics#firstContactResolution()} of each row's outcome
 * (solved now, reopens, public replies). Struct: the share in percent of the solved
 * interactions solved in one touch, the solved {@code n}, the one-touch {@code hits}, the
 * interactions not solved ({@code outside}) and the Wilson 95 % interval.
 */
final class FcrMetric extends Metric {

    static final String NAME = "fcr";
    static final StructType SCHEMA = new StructType()
            .add("share", DataTypes.DoubleType)
            .add("n", DataTypes.LongType, false)
            .add("hits", DataTypes.LongType, false)
            .add("outside", DataTypes.LongType, false)
            .add("ci_lower", DataTypes.DoubleType)
            .add("ci_upper", DataTypes.DoubleType);

    /**
     * The interaction a row becomes: every event at one instant, since first contact resolution
     * reads only whether it is solved, its reopens and its replies.
     */
    private static final Instant AT = Instant.EPOCH;
    private static final String ROW = "row";
    private static final Channel CHANNEL = Channel.of("any");

    private final ShareCalculator calculator = CxMetrics.firstContactResolution();

    FcrMetric(MetricSpec spec) {
        super(spec, SCHEMA);
    }

    @Override
    Calculator<?, ?> calculator() {
        return calculator;
    }

    @Override
    void addOutcome(Accumulator<?, ?> accumulator, boolean solved, int reopens, int replies) {
        Interaction.Builder row = Interaction.builder(ROW, ROW, CHANNEL, AT);
        if (replies > 0) {
            row.firstReplyAt(AT);
        }
        row.publicReplies(replies).reopens(reopens);
        if (reopens > 0 || solved) {
            row.firstSolvedAt(AT);
        }
        if (solved) {
            row.lastSolvedAt(AT);
        }
        Metric.<Interaction, ShareResult>typed(accumulator).add(row.build());
    }

    @Override
    Row row(Object result) {
        ShareResult r = (ShareResult) result;
        Double[] ci = bounds(r.isEmpty() ? null : r.confidenceInterval(0.95));
        return RowFactory.create(r.isEmpty() ? null : r.share(), r.count(), r.hits(), r.outside(),
                ci[0], ci[1]);
    }
}
