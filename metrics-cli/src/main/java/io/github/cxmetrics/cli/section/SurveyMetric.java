package io.github.cxmetrics.cli.section;

import static io.github.cxmetrics.cli.report.Cells.orNull;

import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.survey.Comparison;
import io.github.cxmetrics.survey.LoyaltyIndexCalculator;
import io.github.cxmetrics.survey.LoyaltyIndexResult;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.TopBoxResult;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * One survey metric as the report uses it: the library's calculator for the configured questions
 * and scale, how results add up, and the figures the report shows. Adapts the three result types
 * of the library (NPS, top-box, loyalty index) to one shape.
 *
 * @param <R> the library's result type
 * @param metric which metric
 * @param calculator the calculator, with the questions, scale and small-sample threshold set
 * @param plus exact sum of two results, as one pass over both would give
 * @param figures the figures of a result at the report's confidence level
 * @param compare {@code latest.comparedTo(previous)}
 */
record SurveyMetric<R>(
        SurveyConfig.Metric metric,
        Calculator<Response, R> calculator,
        BinaryOperator<R> plus,
        Function<R, Figures> figures,
        BiFunction<R, R, Comparison> compare) {

    /**
     * What the report shows of one result; absent values (empty results, intervals that need a
     * larger sample) are null.
     *
     * @param n the responses in the base (answers, for the loyalty index)
     * @param missing the unanswered questions
     * @param score the headline score
     * @param interval its confidence interval
     * @param mean the mean score on the scale (null for the loyalty index, whose score is a mean)
     * @param small whether the sample is small
     * @param negative share of the negative band in percent (null for the loyalty index)
     * @param neutral share of the neutral band in percent
     * @param positive share of the positive band in percent
     */
    record Figures(long n, long missing, Double score, Interval interval, Double mean,
            boolean small, Double negative, Double neutral, Double positive) {}

    /** Returns the metric for a configuration. */
    static SurveyMetric<?> of(SurveyConfig.Metric metric, SurveyConfig survey, double level,
            int smallSample) {
        return switch (metric) {
            case NPS -> new SurveyMetric<NpsResult>(metric,
                    CxMetrics.nps().question(survey.question(metric)).smallSampleBelow(smallSample),
                    NpsResult::plus,
                    r -> new Figures(r.count(), r.missing(), orNull(r::score),
                            orNull(() -> r.confidenceInterval(level)), orNull(r::mean),
                            r.isSmallSample(), orNull(r::detractorShare),
                            orNull(r::passiveShare), orNull(r::promoterShare)),
                    NpsResult::comparedTo);
            case CSAT, CSI, CES -> new SurveyMetric<TopBoxResult>(metric,
                    CxMetrics.topBox(metric.id(), survey.scale(metric))
                            .question(survey.question(metric)).smallSampleBelow(smallSample),
                    TopBoxResult::plus,
                    r -> new Figures(r.count(), r.missing(), orNull(r::score),
                            orNull(() -> r.confidenceInterval(level)), orNull(r::mean),
                            r.isSmallSample(), orNull(r::negativeShare),
                            orNull(r::neutralShare), orNull(r::score)),
                    TopBoxResult::comparedTo);
            case CLI -> {
                LoyaltyIndexCalculator cli = CxMetrics.loyaltyIndex().smallSampleBelow(smallSample);
                if (survey.cliQuestions() != null) {
                    cli = cli.questions(survey.cliQuestions().toArray(String[]::new));
                }
                if (!survey.reverseCoded().isEmpty()) {
                    cli = cli.reverseCoded(survey.reverseCoded().toArray(String[]::new));
                }
                yield new SurveyMetric<LoyaltyIndexResult>(metric, cli, LoyaltyIndexResult::plus,
                        r -> new Figures(r.count(), r.missing(), orNull(r::score),
                                orNull(() -> r.confidenceInterval(level)), null,
                                r.isSmallSample(), null, null, null),
                        LoyaltyIndexResult::comparedTo);
            }
        };
    }
}
