package io.github.cxmetrics.spark;

import io.github.cxmetrics.scale.ScoreScale;
import java.time.Duration;
import java.time.Instant;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;

/**
 * cxmetrics on Spark: every metric as Spark SQL aggregate functions, and the same as
 * {@link Column} functions for the Dataset API. NPS and the top-box shares are counted by Spark's
 * own generated code, a histogram of the scores that the core's accumulator turns into its
 * result; the other aggregates' buffer is the core's accumulator, added to row by row and moved
 * between executors in the core's binary form. Either way the figures are the core's, for any
 * partitioning.
 *
 * <pre>{@code
 * CxSpark.register(spark);
 * spark.sql("SELECT channel, cx_nps(score).score AS nps FROM responses GROUP BY channel");
 *
 * Dataset<Row> byChannel = responses.groupBy("channel")
 *         .agg(CxSpark.nps(col("score")).as("nps"));
 * }</pre>
 *
 * <p><b>Functions</b> (SQL name, then the Column method):
 * <ul>
 *   <li>{@code cx_nps(score [, weight])}, {@link #nps(Column)}: NPS of integer scores 0–10, a
 *       struct {@code score, n, promoters, passives, detractors, mean, ci_lower, ci_upper,
 *       unanswered, invalid} (adjusted-Wald 95 % interval, in points);
 *   <li>{@code cx_top_box(score, scale [, weight])}, {@link #topBox(Column, String)}: the
 *       top-box share (CSAT, CSI, CES) on a scale {@code 'five-point'}, {@code 'seven-point'},
 *       {@code 'three-point'}, {@code 'good-bad'} or bands such as
 *       {@code 'negative 1-6, neutral 7-8, positive 9-10'}: {@code share, n, positive, neutral,
 *       negative, mean, ci_lower, ci_upper, unanswered, invalid} (Wilson 95 %, in percent);
 *   <li>{@code cx_duration(start, end)}, {@link #duration(Column, Column)}: the durations
 *       between two timestamps, exact, in seconds: {@code n, open, mean, median, p90, p95, min,
 *       max} (nearest-rank percentiles, a null end is open); {@code cx_duration_approx(start,
 *       end, digits)} in a histogram of 1–5 significant digits;
 *       {@code cx_business_duration(start, end, calendar)},
 *       {@link #businessDuration(Column, Column, String)}, and its approximate form: in the
 *       open hours of a business calendar ({@code 'mon-fri 09:00-18:00; zone Europe/Berlin'});
 *   <li>{@code cx_sla(start, end, target [, as_of])}, {@link #sla(Column, Column, Duration)}: SLA
 *       attainment against one target: {@code attainment, n, decided, met, breached,
 *       open_breached, open_within_target, open_unknown, ci_lower, ci_upper};
 *       {@code cx_business_sla(start, end, target, calendar [, as_of])} in business time;
 *   <li>{@code cx_fcr(solved, reopens, public_replies)}, {@link #fcr(Column, Column, Column)}:
 *       first contact resolution: {@code share, n, hits, outside, ci_lower, ci_upper}.
 * </ul>
 * {@code cx_nps_lenient} and {@code cx_top_box_lenient} skip scores off the scale and count them
 * in {@code invalid}; the strict functions fail the query with the core's message
 * ({@code score must be in [0, 10]: 11 (nps)}). A null score is an unanswered question.
 *
 * <p><b>Stored states.</b> Every aggregate has a {@code _state} form ({@code cx_nps_state(score)}
 * …) that returns the state as bytes: the function's spec and the core's binary form.
 * {@code cx_merge(state)} merges states of one function, and {@code cx_nps_result(state)},
 * {@code cx_top_box_result}, {@code cx_duration_result}, {@code cx_sla_result} and
 * {@code cx_fcr_result} turn a state into the struct. Daily states stored in a table and merged
 * a month later give exactly the figures of one pass over the rows.
 *
 * <p>Immutable, stateless; the functions are safe to use from any thread. See
 * {@code docs/spark.md}.
 */
public final class CxSpark {

    private CxSpark() {
    }

    /**
     * Registers every cxmetrics function in the session's function registry, as temporary
     * functions (they last as long as the session; registering again replaces them).
     *
     * @throws IllegalArgumentException if the session is not a classic session (Spark Connect
     *     clients register nothing: the functions must be registered on the server)
     */
    public static void register(SparkSession spark) {
        if (!(spark instanceof org.apache.spark.sql.classic.SparkSession classic)) {
            throw new IllegalArgumentException("CxSpark.register needs a classic SparkSession,"
                    + " not " + (spark == null ? "null" : spark.getClass().getName())
                    + ": with Spark Connect, register the functions on the server");
        }
        Functions.registerAll(classic.sessionState().functionRegistry());
    }

    /** The SQL function {@code name} of columns and constants, in SQL's argument order. */
    private static Column aggregate(String name, Object... arguments) {
        return Functions.aggregate(name).column(arguments);
    }

    /** {@code cx_nps(score)}: the Net Promoter Score of integer scores 0–10. */
    public static Column nps(Column score) {
        return aggregate("cx_nps", score);
    }

    /** {@code cx_nps(score, weight)}: the weighted Net Promoter Score. */
    public static Column nps(Column score, Column weight) {
        return aggregate("cx_nps", score, weight);
    }

    /** {@code cx_nps_lenient(score)}: NPS skipping and counting scores off the scale. */
    public static Column npsLenient(Column score) {
        return aggregate("cx_nps_lenient", score);
    }

    /** {@code cx_nps_lenient(score, weight)}. */
    public static Column npsLenient(Column score, Column weight) {
        return aggregate("cx_nps_lenient", score, weight);
    }

    /** {@code cx_nps_state(score)}: the state of {@code cx_nps(score)}. */
    public static Column npsState(Column score) {
        return aggregate("cx_nps_state", score);
    }

    /** {@code cx_nps_state(score, weight)}. */
    public static Column npsState(Column score, Column weight) {
        return aggregate("cx_nps_state", score, weight);
    }

    /** {@code cx_nps_lenient_state(score)}. */
    public static Column npsLenientState(Column score) {
        return aggregate("cx_nps_lenient_state", score);
    }

    /** {@code cx_nps_result(state)}: the struct of {@code cx_nps} of an NPS state. */
    public static Column npsResult(Column state) {
        return Functions.resultFunction("cx_nps_result").column(state);
    }

    /**
     * {@code cx_top_box(score, scale)}: the top-box share on a scale given as text (see the class
     * description).
     *
     * @throws IllegalArgumentException if the scale text is not a scale
     */
    public static Column topBox(Column score, String scale) {
        return aggregate("cx_top_box", score, scale);
    }

    /** {@code cx_top_box(score, scale, weight)}: the weighted top-box share. */
    public static Column topBox(Column score, String scale, Column weight) {
        return aggregate("cx_top_box", score, scale, weight);
    }

    /**
     * {@code cx_top_box(score, scale)} on a scale of the core, such as
     * {@link ScoreScale#SEVEN_POINT} or one of {@link ScoreScale#builder(String)}.
     *
     * @throws IllegalArgumentException if the scale has no text form (a name other than
     *     letters, digits, {@code _ . -}, or a band in two pieces)
     */
    public static Column topBox(Column score, ScoreScale scale) {
        return topBox(score, Scales.textOf(scale));
    }

    /** {@code cx_top_box_lenient(score, scale)}: skipping and counting scores off the scale. */
    public static Column topBoxLenient(Column score, String scale) {
        return aggregate("cx_top_box_lenient", score, scale);
    }

    /** {@code cx_top_box_state(score, scale)}: the state of {@code cx_top_box(score, scale)}. */
    public static Column topBoxState(Column score, String scale) {
        return aggregate("cx_top_box_state", score, scale);
    }

    /** {@code cx_top_box_lenient_state(score, scale)}. */
    public static Column topBoxLenientState(Column score, String scale) {
        return aggregate("cx_top_box_lenient_state", score, scale);
    }

    /** {@code cx_top_box_result(state)}: the struct of {@code cx_top_box} of a top-box state. */
    public static Column topBoxResult(Column state) {
        return Functions.resultFunction("cx_top_box_result").column(state);
    }

    /** {@code cx_duration(start, end)}: exact durations of timestamps, in seconds. */
    public static Column duration(Column start, Column end) {
        return aggregate("cx_duration", start, end);
    }

    /**
     * {@code cx_duration_approx(start, end, digits)}: durations in a histogram.
     *
     * @param significantDigits the histogram's precision, in [1, 5]
     * @throws IllegalArgumentException if {@code significantDigits} is outside [1, 5]
     */
    public static Column durationApprox(Column start, Column end, int significantDigits) {
        return aggregate("cx_duration_approx", start, end, significantDigits);
    }

    /** {@code cx_duration_state(start, end)}. */
    public static Column durationState(Column start, Column end) {
        return aggregate("cx_duration_state", start, end);
    }

    /** {@code cx_duration_approx_state(start, end, digits)}. */
    public static Column durationApproxState(Column start, Column end, int significantDigits) {
        return aggregate("cx_duration_approx_state", start, end, significantDigits);
    }

    /** {@code cx_duration_result(state)}: the struct of a duration state, of any form. */
    public static Column durationResult(Column state) {
        return Functions.resultFunction("cx_duration_result").column(state);
    }

    /**
     * {@code cx_business_duration(start, end, calendar)}: exact business durations, in seconds of
     * the calendar's open hours. The calendar is the text of
     * {@link io.github.cxmetrics.support.BusinessCalendar#parse}, such as
     * {@code "mon-fri 09:00-18:00; holidays 2024-12-25; zone Europe/Berlin"} (a core calendar's
     * {@code spec()}); without a zone, the session's time zone.
     *
     * @throws IllegalArgumentException if the text is not a calendar
     */
    public static Column businessDuration(Column start, Column end, String calendar) {
        return aggregate("cx_business_duration", start, end, calendar);
    }

    /** {@code cx_business_duration_approx(start, end, calendar, digits)}. */
    public static Column businessDurationApprox(Column start, Column end, String calendar,
            int significantDigits) {
        return aggregate("cx_business_duration_approx", start, end, calendar,
                significantDigits);
    }

    /** {@code cx_business_duration_state(start, end, calendar)}. */
    public static Column businessDurationState(Column start, Column end, String calendar) {
        return aggregate("cx_business_duration_state", start, end, calendar);
    }

    /** {@code cx_business_duration_approx_state(start, end, calendar, digits)}. */
    public static Column businessDurationApproxState(Column start, Column end, String calendar,
            int significantDigits) {
        return aggregate("cx_business_duration_approx_state", start, end, calendar,
                significantDigits);
    }

    /**
     * {@code cx_business_sla(start, end, target, calendar)}: attainment of one target in
     * business time (the target counts open hours).
     */
    public static Column businessSla(Column start, Column end, Duration target, String calendar) {
        return aggregate("cx_business_sla", start, end, target, calendar);
    }

    /** {@code cx_business_sla(start, end, target, calendar, as_of)}. */
    public static Column businessSla(Column start, Column end, Duration target, String calendar,
            Instant asOf) {
        return aggregate("cx_business_sla", start, end, target, calendar, asOf);
    }

    /** {@code cx_business_sla_state(start, end, target, calendar)}. */
    public static Column businessSlaState(Column start, Column end, Duration target,
            String calendar) {
        return aggregate("cx_business_sla_state", start, end, target, calendar);
    }

    /**
     * {@code cx_sla(start, end, target)}: attainment of one target; intervals without an end
     * are open, of unknown status.
     *
     * @throws IllegalArgumentException if the target is not positive
     */
    public static Column sla(Column start, Column end, Duration target) {
        return aggregate("cx_sla", start, end, target);
    }

    /**
     * {@code cx_sla(start, end, target, as_of)}: attainment of one target, as of an instant:
     * intervals not ended by then are open, breached or within target.
     */
    public static Column sla(Column start, Column end, Duration target, Instant asOf) {
        return aggregate("cx_sla", start, end, target, asOf);
    }

    /** {@code cx_sla_state(start, end, target)}. */
    public static Column slaState(Column start, Column end, Duration target) {
        return aggregate("cx_sla_state", start, end, target);
    }

    /** {@code cx_sla_state(start, end, target, as_of)}. */
    public static Column slaState(Column start, Column end, Duration target, Instant asOf) {
        return aggregate("cx_sla_state", start, end, target, asOf);
    }

    /** {@code cx_sla_result(state)}: the struct of an SLA state. */
    public static Column slaResult(Column state) {
        return Functions.resultFunction("cx_sla_result").column(state);
    }

    /** {@code cx_fcr(solved, reopens, public_replies)}: first contact resolution. */
    public static Column fcr(Column solved, Column reopens, Column publicReplies) {
        return aggregate("cx_fcr", solved, reopens, publicReplies);
    }

    /** {@code cx_fcr_state(solved, reopens, public_replies)}. */
    public static Column fcrState(Column solved, Column reopens, Column publicReplies) {
        return aggregate("cx_fcr_state", solved, reopens, publicReplies);
    }

    /** {@code cx_fcr_result(state)}: the struct of a first-contact-resolution state. */
    public static Column fcrResult(Column state) {
        return Functions.resultFunction("cx_fcr_result").column(state);
    }

    /**
     * {@code cx_merge(state)}: merges states of one function into one state; null states are
     * skipped, and the merge of no state is null.
     */
    public static Column merge(Column state) {
        return aggregate("cx_merge", state);
    }
}
