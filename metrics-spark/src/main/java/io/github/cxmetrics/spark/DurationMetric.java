package io.github.cxmetrics.spark;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.support.DurationResult;
import io.github.cxmetrics.support.ElapsedTimeCalculator;
import java.time.Instant;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code cx_duration} and its business-time and approximate forms: the core's elapsed-time
 * calculator ({@link CxMetrics#firstResponseTime()}, whose figures are those of any pair of
 * instants), in calendar time or in a business calendar, exact or in a histogram of
 * {@code digits} significant digits. Struct: the measured intervals {@code n}, the open ones
 * (no end), and the mean, median, p90, p95, minimum and maximum in seconds (nearest rank, whole
 * milliseconds).
 */
final class DurationMetric extends Metric {

    static final String NAME = "duration";
    static final StructType SCHEMA = new StructType()
            .add("n", DataTypes.LongType, false)
            .add("open", DataTypes.LongType, false)
            .add("mean", DataTypes.DoubleType)
            .add("median", DataTypes.DoubleType)
            .add("p90", DataTypes.DoubleType)
            .add("p95", DataTypes.DoubleType)
            .add("min", DataTypes.DoubleType)
            .add("max", DataTypes.DoubleType);

    private final ElapsedTimeCalculator calculator;

    DurationMetric(MetricSpec spec) {
        super(spec, SCHEMA, "calendar", "digits");
        ElapsedTimeCalculator calc = CxMetrics.firstResponseTime();
        String calendar = spec.option("calendar");
        if (calendar != null) {
            calc = calc.inBusinessTime(Calendars.parse(calendar));
        }
        String digits = spec.option("digits");
        if (digits != null) {
            calc = calc.approximate(parseDigits(digits));
        }
        this.calculator = calc;
    }

    /**
     * Returns the spec of a duration function.
     *
     * @param calendar the calendar text ({@link Calendars}), or null for calendar time
     * @param digits the significant digits, or null for exact
     */
    static MetricSpec spec(String calendar, Integer digits) {
        MetricSpec spec = MetricSpec.of(NAME);
        if (calendar != null) {
            spec = spec.with("calendar", Calendars.canonical(calendar));
        }
        if (digits != null) {
            spec = spec.with("digits", String.valueOf(digits));
        }
        return spec;
    }

    private static int parseDigits(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("digits must be an integer in [1, 5]: " + digits, e);
        }
    }

    @Override
    Calculator<?, ?> calculator() {
        return calculator;
    }

    @Override
    void addInterval(Accumulator<?, ?> accumulator, Instant start, Instant end) {
        calculator.addElapsed(typed(accumulator), start, end);
    }

    @Override
    Row row(Object result) {
        DurationResult r = (DurationResult) result;
        if (r.isEmpty()) {
            return RowFactory.create(r.count(), r.open(), null, null, null, null, null, null);
        }
        return RowFactory.create(r.count(), r.open(), seconds(r.mean()), seconds(r.median()),
                seconds(r.p90()), seconds(r.p95()), seconds(r.min()), seconds(r.max()));
    }
}
