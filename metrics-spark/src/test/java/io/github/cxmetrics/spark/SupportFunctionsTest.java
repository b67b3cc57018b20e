package io.github.cxmetrics.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.support.BusinessCalendar;
import io.github.cxmetrics.support.Milestone;
import io.github.cxmetrics.support.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The support functions agree with the core on the same interactions, however Spark splits them. */
class SupportFunctionsTest {

    private static final long[] SEEDS = {31, 32};
    private static final Instant AS_OF = Instant.parse("2024-03-01T00:00:00Z");
    /** Office hours with a lunch break, a holiday, in a zone with daylight saving. */
    static final String OFFICE = "mon-fri 09:00-12:30,13:30-18:00; holidays 2024-01-01,2024-02-14;"
            + " zone Europe/Berlin";

    private final SparkSession spark = SparkTests.spark();

    private Row one(String sql) {
        List<Row> rows = spark.sql(sql).collectAsList();
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    private void assertAgrees(List<Interaction> interactions, Calculator<Interaction, ?> core,
            MetricSpec spec, String function) {
        Row expected = Metric.of(spec).row(core.compute(interactions));
        assertEquals(expected, one("SELECT " + function + " FROM interactions").getStruct(0),
                function);
        assertEquals(SurveyFunctionsTest.expectedByChannel(core, Interaction::channel,
                        interactions, spec),
                SurveyFunctionsTest.byChannel(spark.sql("SELECT channel, " + function
                        + " FROM interactions GROUP BY channel")), function + " by channel");
    }

    @Test
    void everySupportFunction_agreesWithTheCore() {
        SlaPolicy fourHours = SlaPolicy.builder(Milestone.FIRST_REPLY)
                .otherwise(Duration.ofHours(4)).build();
        for (long seed : SEEDS) {
            List<Interaction> interactions = Fixtures.interactions(seed, 2000);
            Fixtures.shuffled(Fixtures.interactionTable(spark, interactions), seed)
                    .createOrReplaceTempView("interactions");
            assertAgrees(interactions, CxMetrics.firstResponseTime(),
                    DurationMetric.spec(null, null), "cx_duration(opened_at, first_reply_at)");
            assertAgrees(interactions, CxMetrics.firstResponseTime().approximate(2),
                    DurationMetric.spec(null, 2), "cx_duration_approx(opened_at, first_reply_at, 2)");
            assertAgrees(interactions, CxMetrics.slaAttainment(fourHours),
                    SlaMetric.spec(Duration.ofHours(4), null, null),
                    "cx_sla(opened_at, first_reply_at, INTERVAL '4' HOUR)");
            assertAgrees(interactions, CxMetrics.slaAttainment(fourHours).asOf(AS_OF),
                    SlaMetric.spec(Duration.ofHours(4), null, AS_OF),
                    "cx_sla(opened_at, first_reply_at, 'PT4H', TIMESTAMP '2024-03-01 00:00:00')");
            BusinessCalendar office = BusinessCalendar.parse(OFFICE, ZoneOffset.UTC);
            assertAgrees(interactions, CxMetrics.firstResponseTime().inBusinessTime(office),
                    DurationMetric.spec(OFFICE, null),
                    "cx_business_duration(opened_at, first_reply_at, '" + OFFICE + "')");
            assertAgrees(interactions,
                    CxMetrics.firstResponseTime().inBusinessTime(office).approximate(3),
                    DurationMetric.spec(OFFICE, 3),
                    "cx_business_duration_approx(opened_at, first_reply_at, '" + OFFICE + "', 3)");
            assertAgrees(interactions, CxMetrics.slaAttainment(fourHours).inBusinessTime(office),
                    SlaMetric.spec(Duration.ofHours(4), OFFICE, null),
                    "cx_business_sla(opened_at, first_reply_at, INTERVAL '4' HOUR, '" + OFFICE
                    + "')");
            assertAgrees(interactions, CxMetrics.firstContactResolution(),
                    MetricSpec.of(FcrMetric.NAME), "cx_fcr(solved, reopens, public_replies)");
        }
    }

    @Test
    void theColumnFunctions_areTheSqlFunctions() {
        Dataset<Row> table = Fixtures.interactionTable(spark, Fixtures.interactions(41, 500));
        table.createOrReplaceTempView("interactions");
        Row sql = one("SELECT cx_duration(opened_at, first_reply_at),"
                + " cx_duration_approx(opened_at, first_reply_at, 3),"
                + " cx_sla(opened_at, first_reply_at, INTERVAL '1' HOUR),"
                + " cx_sla(opened_at, first_reply_at, INTERVAL '1' HOUR, TIMESTAMP '2024-03-01 00:00:00'),"
                + " cx_fcr(solved, reopens, public_replies) FROM interactions");
        Row columns = table.agg(CxSpark.duration(col("opened_at"), col("first_reply_at")),
                CxSpark.durationApprox(col("opened_at"), col("first_reply_at"), 3),
                CxSpark.sla(col("opened_at"), col("first_reply_at"), Duration.ofHours(1)),
                CxSpark.sla(col("opened_at"), col("first_reply_at"), Duration.ofHours(1), AS_OF),
                CxSpark.fcr(col("solved"), col("reopens"), col("public_replies")))
                .collectAsList().get(0);
        assertEquals(sql, columns);
    }

    @Test
    void durations_handComputed_inSeconds() {
        // 1 … 9 and 100 minutes: mean 14.5 min, median 5 (rank 5), p90 9 (rank 9), p95 100.
        StringBuilder values = new StringBuilder();
        for (int minutes : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 100}) {
            values.append(values.length() == 0 ? "" : ", ").append("(TIMESTAMP '2024-01-01 09:00:00',"
                    + " TIMESTAMP '2024-01-01 09:00:00' + INTERVAL '" + minutes + "' MINUTE)");
        }
        values.append(", (TIMESTAMP '2024-01-01 09:00:00', NULL)");
        Row d = one("SELECT cx_duration(s, e) FROM VALUES " + values + " AS t(s, e)").getStruct(0);
        assertEquals(10L, d.getLong(d.fieldIndex("n")));
        assertEquals(1L, d.getLong(d.fieldIndex("open")));
        assertEquals(870.0, d.getDouble(d.fieldIndex("mean")));
        assertEquals(300.0, d.getDouble(d.fieldIndex("median")));
        assertEquals(540.0, d.getDouble(d.fieldIndex("p90")));
        assertEquals(6000.0, d.getDouble(d.fieldIndex("p95")));
        assertEquals(60.0, d.getDouble(d.fieldIndex("min")));
        assertEquals(6000.0, d.getDouble(d.fieldIndex("max")));
        Row sla = one("SELECT cx_sla(s, e, INTERVAL '5' MINUTE) FROM VALUES " + values
                + " AS t(s, e)").getStruct(0);
        assertEquals(50.0, sla.getDouble(sla.fieldIndex("attainment")));
        assertEquals(5L, sla.getLong(sla.fieldIndex("met")));
        assertEquals(1L, sla.getLong(sla.fieldIndex("open_unknown")));
    }

    @Test
    void businessDurations_handComputed() {
        // Friday 17:00 to Monday 10:00 in office hours 09:00-18:00: one hour on Friday, one on
        // Monday. The text names no zone: the session's (UTC in these tests).
        Row d = one("SELECT cx_business_duration(s, e, 'mon-fri 09:00-18:00') FROM VALUES"
                + " (TIMESTAMP '2024-03-01 17:00:00', TIMESTAMP '2024-03-04 10:00:00') AS t(s, e)")
                .getStruct(0);
        assertEquals(7200.0, d.getDouble(d.fieldIndex("median")));
        Row sla = one("SELECT cx_business_sla(s, e, INTERVAL '2' HOUR, 'mon-fri 09:00-18:00'),"
                + " cx_sla(s, e, INTERVAL '2' HOUR) FROM VALUES (TIMESTAMP '2024-03-01 17:00:00',"
                + " TIMESTAMP '2024-03-04 10:00:00') AS t(s, e)");
        assertEquals(1L, sla.getStruct(0).getLong(sla.getStruct(0).fieldIndex("met")));
        assertEquals(1L, sla.getStruct(1).getLong(sla.getStruct(1).fieldIndex("breached")));
        // The same hours in Berlin (UTC+1 in March): 16:00 UTC is 17:00 there.
        Row berlin = one("SELECT cx_business_duration(s, e, 'mon-fri 09:00-18:00; zone"
                + " Europe/Berlin') FROM VALUES (TIMESTAMP '2024-03-01 16:00:00',"
                + " TIMESTAMP '2024-03-04 09:00:00') AS t(s, e)").getStruct(0);
        assertEquals(7200.0, berlin.getDouble(berlin.fieldIndex("median")));
    }

    @Test
    void aCalendarTextThatIsNotACalendar_failsWhenTheQueryIsPlanned() {
        String message = SparkErrors.cause(() -> spark.sql("SELECT cx_business_duration(s, e,"
                + " 'mon-fri 9-18') FROM VALUES (TIMESTAMP '2024-03-01 17:00:00', NULL) AS t(s, e)"));
        assertEquals(assertThrows(IllegalArgumentException.class,
                () -> BusinessCalendar.parse("mon-fri 9-18", ZoneOffset.UTC)).getMessage(), message);
        // Texts of one calendar make one spec, so their states merge.
        assertEquals(Calendars.canonical("zone Europe/Berlin; mon-fri 09:00-18:00"),
                Calendars.canonical("mon-fri 09:00-18:00\nzone Europe/Berlin"));
    }

    @Test
    void firstContactResolution_handCounted() {
        // Solved in one touch, solved after two replies, solved after a reopen, open: 1 of 3.
        Row r = one("SELECT cx_fcr(s, r, p) FROM VALUES (true, 0, 1), (true, 0, 2), (true, 1, 1),"
                + " (false, 0, 0) AS t(s, r, p)").getStruct(0);
        assertEquals(100.0 / 3, r.getDouble(r.fieldIndex("share")), 1e-12);
        assertEquals(3L, r.getLong(r.fieldIndex("n")));
        assertEquals(1L, r.getLong(r.fieldIndex("hits")));
        assertEquals(1L, r.getLong(r.fieldIndex("outside")));
    }

    @Test
    void anEmptyInput_givesCountsAndNulls() {
        Row d = one("SELECT cx_duration(s, e) FROM VALUES (TIMESTAMP '2024-01-01 09:00:00',"
                + " CAST(NULL AS TIMESTAMP)) AS t(s, e)").getStruct(0);
        assertEquals(0L, d.getLong(d.fieldIndex("n")));
        assertEquals(1L, d.getLong(d.fieldIndex("open")));
        assertTrue(d.isNullAt(d.fieldIndex("median")));
    }

    @Test
    void badIntervals_failTheQuery() {
        assertEquals("end must not be before start: end 2024-01-01T08:00:00Z, start"
                + " 2024-01-01T09:00:00Z", SparkErrors.cause(() -> spark.sql("SELECT cx_duration(s,"
                        + " e) FROM VALUES (TIMESTAMP '2024-01-01 09:00:00', TIMESTAMP"
                        + " '2024-01-01 08:00:00') AS t(s, e)").collect()));
        assertEquals("start must not be null (end 2024-01-01T08:00:00Z): filter out the rows"
                + " without a start", SparkErrors.cause(() -> spark.sql("SELECT cx_sla(s, e,"
                        + " 'PT1H') FROM VALUES (CAST(NULL AS TIMESTAMP), TIMESTAMP"
                        + " '2024-01-01 08:00:00') AS t(s, e)").collect()));
        assertEquals("significant digits must be in [1, 5]: 6", SparkErrors.cause(
                () -> CxSpark.durationApprox(col("s"), col("e"), 6)));
        assertEquals("cx_sla: argument 3 must be an ISO-8601 duration such as 'PT4H': '4 hours'",
                SparkErrors.cause(() -> spark.sql("SELECT cx_sla(s, e, '4 hours') FROM VALUES"
                        + " (TIMESTAMP '2024-01-01 09:00:00', NULL) AS t(s, e)")));
    }
}
