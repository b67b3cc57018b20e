package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.SlaCalculator;
import io.github.cxmetrics.support.SlaPolicy;
import io.github.cxmetrics.support.SlaResult;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code cx_sla}: the core's {@link CxMetrics#slaAttainment(SlaPolicy)} of one target for every
 * row (per-channel targets are per-channel groups), in calendar or business time, judged as of an
 * instant or not. Struct: the
 * attainment in percent of the decided intervals, the counts of every class and the Wilson 95 %
 * interval of the attainment.
 */
final class SlaMetric extends Metric {

    static final String NAME = "sla";
    static final StructType SCHEMA = new StructType()
            .add("attainment", DataTypes.DoubleType)
            .add("n", DataTypes.LongType, false)
            .add("decided", DataTypes.LongType, false)
            .add("met", DataTypes.LongType, false)
            .add("breached", DataTypes.LongType, false)
            .add("open_breached", DataTypes.LongType, false)
            .add("open_within_target", DataTypes.LongType, false)
            .add("open_unknown", DataTypes.LongType, false)
            .add("ci_lower", DataTypes.DoubleType)
            .add("ci_upper", DataTypes.DoubleType);

    /** The id, customer and channel of the interaction a row becomes; the policy reads none. */
    private static final String ROW = "row";
    private static final Channel CHANNEL = Channel.of("any");

    private final SlaCalculator calculator;

    SlaMetric(MetricSpec spec) {
        super(spec, SCHEMA, "target", "calendar", "as-of");
        String target = spec.option("target");
        if (target == null) {
            throw new IllegalArgumentException("metric sla needs a target");
        }
        SlaCalculator calc = CxMetrics.slaAttainment(SlaPolicy.builder(Milestone.FIRST_REPLY)
                .otherwise(parseTarget(target)).build());
        String calendar = spec.option("calendar");
        if (calendar != null) {
            calc = calc.inBusinessTime(Calendars.parse(calendar));
        }
        String asOf = spec.option("as-of");
        if (asOf != null) {
            calc = calc.asOf(parseInstant(asOf));
        }
        this.calculator = calc;
    }

    /**
     * Returns the spec of an SLA function.
     *
     * @param target the target, positive; a business duration with a calendar
     * @param calendar the calendar text ({@link Calendars}), or null for calendar time
     * @param asOf the instant the open intervals are judged at, or null
     */
    static MetricSpec spec(Duration target, String calendar, Instant asOf) {
        MetricSpec spec = MetricSpec.of(NAME).with("target", target.toString());
        if (calendar != null) {
            spec = spec.with("calendar", Calendars.canonical(calendar));
        }
        return asOf == null ? spec : spec.with("as-of", asOf.toString());
    }

    private static Duration parseTarget(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("target must be an ISO-8601 duration such as"
                    + " PT4H: " + text, e);
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("as-of must be an instant such as"
                    + " 2024-05-01T00:00:00Z: " + text, e);
        }
    }

    @Override
    Calculator<?, ?> calculator() {
        return calculator;
    }

    @Override
    void addInterval(Accumulator<?, ?> accumulator, Instant start, Instant end) {
        Interaction row = Interaction.builder(ROW, ROW, CHANNEL, start).firstReplyAt(end).build();
        Metric.<Interaction, SlaResult>typed(accumulator).add(row);
    }

    @Override
    Row row(Object result) {
        SlaResult r = (SlaResult) result;
        boolean decided = r.decided() > 0;
        Double[] ci = bounds(decided ? r.confidenceInterval(0.95) : null);
        return RowFactory.create(decided ? r.attainment() : null, r.count(), r.decided(), r.met(),
                r.breached(), r.openBreached(), r.openWithinTarget(), r.openUnknown(), ci[0],
                ci[1]);
    }
}
