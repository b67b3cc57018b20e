package io.github.cxmetrics.micrometer;

import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.TopBoxResult;
import java.util.Objects;
import java.util.Set;

/**
 * Live NPS or top-box score (CSAT, CSI, CES) of the survey responses a service receives, over a
 * sliding window, published as Micrometer gauges. Thread-safe: any number of request threads may
 * {@link #record(Response)} at once, without waiting for each other or for a scrape.
 *
 * <pre>{@code
 * ResponseRecorder<NpsResult> nps = ResponseRecorder.nps("cx.nps", CxMetrics.nps().question("nps"))
 *         .tag("channel", r -> r.channel().name())
 *         .window(Duration.ofHours(24), 24)
 *         .build();
 * nps.bindTo(registry);          // or declare it as a bean: Spring Boot binds MeterBinder beans
 * nps.record(response);          // on every answer
 * }</pre>
 *
 * <p><b>Figures.</b> The window's buckets are the calculator's own accumulators, merged exactly:
 * at any moment the gauges equal what {@code calculator.compute(...)} gives over the responses
 * recorded in the window, with the calculator's scale, question, weights and policies. Responses
 * the calculator does not accept (another question) are ignored and make no series.
 *
 * <p><b>Meters</b> ({@code <name>} is the recorder's name; every meter also carries the fixed
 * tags and the tag functions' values):
 * <ul>
 *   <li>{@code <name>.score}: the NPS in points or the top-box score in percent; NaN when the
 *       window's effective sample size is below the minimum sample;
 *   <li>{@code <name>.score.lower}, {@code <name>.score.upper}: its confidence interval
 *       (adjusted Wald for NPS, Wilson for top-box), NaN likewise;
 *   <li>{@code <name>.responses}: the base {@code n};
 *   <li>{@code <name>.band} tagged {@code band=promoter|passive|detractor} (NPS) or
 *       {@code band=positive|neutral|negative} (top-box): the responses per band;
 *   <li>{@code <name>.missing}, {@code <name>.invalid}: unanswered responses, and responses
 *       skipped by a lenient calculator for a score outside the scale;
 *   <li>{@code <name>.small.sample}: 1 when the score is NaN for want of responses, else 0;
 *   <li>{@code <name>.tags.overflow} (a counter, only with tag functions): the records sent to
 *       the overflow series.
 * </ul>
 *
 * @param <R> the result type, {@link NpsResult} or {@link TopBoxResult}
 * @see RecorderBuilder for the window, the tags, the overflow and the other options
 */
public final class ResponseRecorder<R> extends WindowedRecorder<Response, R> {

    private final Calculator<Response, R> calculator;

    private ResponseRecorder(Calculator<Response, R> calculator, Settings<Response> settings,
            Figures<R> figures) {
        super(new Recording<>(settings, figures, calculator::accumulator, "response"));
        this.calculator = calculator;
    }

    /**
     * Returns a builder of a recorder of the Net Promoter Score.
     *
     * @param name the base name of the meters, such as {@code "cx.nps"}
     * @param calculator the calculator, such as {@code CxMetrics.nps().question("nps")}
     */
    public static Builder<NpsResult> nps(String name, Calculator<Response, NpsResult> calculator) {
        return new Builder<>(name, calculator, SurveyFigures.nps());
    }

    /**
     * Returns a builder of a recorder of a top-box score: CSAT, CSI, CES or a custom one.
     *
     * @param name the base name of the meters, such as {@code "cx.csat"}
     * @param calculator the calculator, such as {@code CxMetrics.csat().question("csat")}
     */
    public static Builder<TopBoxResult> topBox(String name,
            Calculator<Response, TopBoxResult> calculator) {
        return new Builder<>(name, calculator, SurveyFigures.topBox());
    }

    /**
     * Records one response into the current bucket of its series. Cheap (a clock read, the tag
     * functions, one map look-up and an uncontended lock), and never blocks on a scrape.
     *
     * @throws NullPointerException if {@code response} is null, or a tag function returns null
     * @throws IllegalArgumentException if the calculator is strict and the score is outside its
     *     scale; the response is then not counted
     */
    public void record(Response response) {
        Objects.requireNonNull(response, "response must not be null");
        if (calculator.accepts(response)) {
            recording.record(response);
        }
    }

    /**
     * Returns the result of the window now for one combination of tag values, in the order the
     * tag functions were added (none without tags); an empty result for values never recorded.
     * The overflow series answers to its overflow value in every position.
     *
     * @throws IllegalArgumentException if the number of values is not the number of tag keys
     */
    public R result(String... tagValues) {
        return recording.result(tagValues);
    }

    /**
     * Builds a {@link ResponseRecorder}; see {@link RecorderBuilder} for the options.
     *
     * @param <R> the result type
     */
    public static final class Builder<R> extends RecorderBuilder<Response, Builder<R>> {
        private final Calculator<Response, R> calculator;
        private final Figures<R> figures;

        private Builder(String name, Calculator<Response, R> calculator, Figures<R> figures) {
            super(name);
            this.calculator = Objects.requireNonNull(calculator, "calculator must not be null");
            this.figures = figures;
        }

        /**
         * Returns the recorder.
         *
         * @throws IllegalStateException if options do not fit together: an overflow option
         *     without a tag function, or a tag key that is also fixed or is {@code band}
         */
        public ResponseRecorder<R> build() {
            return new ResponseRecorder<>(calculator,
                    settings(Set.of(SurveyFigures.BAND), true), figures);
        }
    }
}
