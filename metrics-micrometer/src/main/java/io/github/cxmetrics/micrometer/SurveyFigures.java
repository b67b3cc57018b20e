package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.TopBoxResult;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * The gauges of a survey recorder: score, interval, base, band counts, missing and invalid
 * answers, and the small-sample flag. NPS and top-box results are read through a
 * {@link Reading}, what the gauges need of either.
 *
 * @param <R> {@link NpsResult} or {@link TopBoxResult}
 */
final class SurveyFigures<R> implements Figures<R> {

    /** The tag key of the band gauges. */
    static final String BAND = "band";

    /** What the gauges read from a result. */
    record Reading(boolean undefined, double effectiveSampleSize, long count, long positive,
            long neutral, long negative, long missing, long invalid, DoubleSupplier score,
            DoubleFunction<Interval> interval) {}

    private final List<MeterSpec> meters;
    private final Function<R, Reading> reading;

    private SurveyFigures(String scoreDescription, String positive, String neutral,
            String negative, Function<R, Reading> reading) {
        this.reading = reading;
        this.meters = List.of(
                MeterSpec.gauge("score", scoreDescription + "; NaN below the minimum sample"),
                MeterSpec.gauge("score.lower", "Lower bound of the score's confidence interval"),
                MeterSpec.gauge("score.upper", "Upper bound of the score's confidence interval"),
                MeterSpec.gauge("responses", "Responses in the base of the score over the window"),
                MeterSpec.gauge("band", BAND, positive, "Responses per band over the window"),
                MeterSpec.gauge("band", BAND, neutral, "Responses per band over the window"),
                MeterSpec.gauge("band", BAND, negative, "Responses per band over the window"),
                MeterSpec.gauge("missing", "Unanswered responses over the window"),
                MeterSpec.gauge("invalid", "Responses skipped for a score outside the scale"
                        + " (lenient calculators) over the window"),
                MeterSpec.gauge("small.sample", "1 when the window has fewer responses than the"
                        + " minimum sample and the score is NaN, else 0"));
    }

    static SurveyFigures<NpsResult> nps() {
        return new SurveyFigures<>("Net Promoter Score over the window, in points",
                "promoter", "passive", "detractor",
                r -> new Reading(r.isEmpty() || r.weightedCount() == 0, r.effectiveSampleSize(),
                        r.count(), r.promoters(), r.passives(), r.detractors(), r.missing(),
                        r.invalid(), r::score, r::confidenceInterval));
    }

    static SurveyFigures<TopBoxResult> topBox() {
        return new SurveyFigures<>("Top-box score over the window, in percent",
                "positive", "neutral", "negative",
                r -> new Reading(r.isEmpty() || r.weightedCount() == 0, r.effectiveSampleSize(),
                        r.count(), r.positive(), r.neutral(), r.negative(), r.missing(),
                        r.invalid(), r::score, r::confidenceInterval));
    }

    @Override
    public List<MeterSpec> meters() {
        return meters;
    }

    @Override
    public double[] values(R result, int minimumSample, double level) {
        Reading r = reading.apply(result);
        boolean small = r.undefined() || r.effectiveSampleSize() < minimumSample;
        double score = Double.NaN;
        double lower = Double.NaN;
        double upper = Double.NaN;
        if (!small) {
            score = r.score().getAsDouble();
            Interval interval = r.interval().apply(level);
            lower = interval.lower();
            upper = interval.upper();
        }
        return new double[] {score, lower, upper, r.count(), r.positive(), r.neutral(),
            r.negative(), r.missing(), r.invalid(), Figures.flag(small)};
    }
}
