package io.github.cxmetrics.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The survey functions agree with the core on the same rows, however Spark splits them. */
class SurveyFunctionsTest {

    private static final long[] SEEDS = {11, 12, 13};

    private final SparkSession spark = SparkTests.spark();

    /** Returns the one row of a query. */
    private Row one(String sql) {
        List<Row> rows = spark.sql(sql).collectAsList();
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    /** Returns the struct per channel of a query {@code SELECT channel, f(...) … GROUP BY channel}. */
    static Map<String, Row> byChannel(Dataset<Row> result) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : result.collectAsList()) {
            rows.put(row.getString(0), row.getStruct(1));
        }
        return rows;
    }

    /** The core's results per channel, as the struct of {@code metric}. */
    static <T> Map<String, Row> expectedByChannel(Calculator<T, ?> calculator,
            java.util.function.Function<T, Object> channel, List<T> items, MetricSpec spec) {
        Map<String, Row> rows = new HashMap<>();
        calculator.groupBy(channel).compute(items).forEach((key, result) ->
                rows.put(key.toString(), Metric.of(spec).row(result)));
        return rows;
    }

    private void assertAgrees(List<Response> responses, long seed, Calculator<Response, ?> core,
            MetricSpec spec, String function) {
        Fixtures.shuffled(Fixtures.responseTable(spark, responses), seed)
                .createOrReplaceTempView("responses");
        Row expected = Metric.of(spec).row(core.compute(responses));
        assertEquals(expected, one("SELECT " + function + " FROM responses").getStruct(0),
                function + ", seed " + seed);
        assertEquals(expectedByChannel(core, Response::channel, responses, spec),
                byChannel(spark.sql("SELECT channel, " + function
                        + " FROM responses GROUP BY channel")), function + " by channel");
    }

    @Test
    void nps_agreesWithTheCore_unweightedWeightedAndLenient() {
        MetricSpec nps = MetricSpec.of("nps");
        for (long seed : SEEDS) {
            assertAgrees(Fixtures.responses(seed, 1500, 0, 10, false), seed, CxMetrics.nps(), nps,
                    "cx_nps(score)");
            assertAgrees(Fixtures.responses(seed, 1500, 0, 10, true), seed, CxMetrics.nps(), nps,
                    "cx_nps(score, weight)");
            assertAgrees(Fixtures.responses(seed, 1500, -2, 12, false), seed,
                    CxMetrics.nps().lenient(), nps.lenient(true), "cx_nps_lenient(score)");
        }
    }

    @Test
    void topBox_agreesWithTheCore_onEveryKindOfScale() {
        Map<String, ScoreScale> scales = Map.of(
                "five-point", ScoreScale.FIVE_POINT,
                "seven-point", ScoreScale.SEVEN_POINT,
                "good-bad", ScoreScale.GOOD_BAD,
                "negative 1-6, neutral 7-8, positive 9-10", ScoreScale.builder("custom")
                        .negative(1, 6).neutral(7, 8).positive(9, 10).build());
        long seed = SEEDS[0];
        for (Map.Entry<String, ScoreScale> scale : scales.entrySet()) {
            ScoreScale s = scale.getValue();
            MetricSpec spec = TopBoxMetric.spec(scale.getKey(), false);
            assertAgrees(Fixtures.responses(seed++, 800, s.min(), s.max(), true), seed,
                    CxMetrics.topBox("top-box", s), spec,
                    "cx_top_box(score, '" + scale.getKey() + "', weight)");
            assertAgrees(Fixtures.responses(seed++, 800, s.min() - 1, s.max() + 1, false), seed,
                    CxMetrics.topBox("top-box", s).lenient(), TopBoxMetric.spec(scale.getKey(), true),
                    "cx_top_box_lenient(score, '" + scale.getKey() + "')");
        }
    }

    @Test
    void theColumnFunctions_areTheSqlFunctions() {
        Dataset<Row> table = Fixtures.shuffled(
                Fixtures.responseTable(spark, Fixtures.responses(21, 600, 1, 5, true)), 21);
        table.createOrReplaceTempView("responses");
        Row sql = one("SELECT cx_nps_lenient(score), cx_top_box(score, 'five-point', weight),"
                + " cx_top_box(score, 'seven-point') FROM responses");
        Row columns = table.agg(CxSpark.npsLenient(col("score")),
                CxSpark.topBox(col("score"), "five-point", col("weight")),
                CxSpark.topBox(col("score"), ScoreScale.SEVEN_POINT)).collectAsList().get(0);
        assertEquals(sql, columns);
        assertEquals("cx_nps(score)", table.agg(CxSpark.nps(col("score"))).columns()[0]);
    }

    @Test
    void nullScores_areUnanswered_andHandCountedFiguresHold() {
        // 10, 9, 8, 6, 3 and one unanswered: 2 promoters, 1 passive, 2 detractors, NPS 0.
        Row r = one("SELECT cx_nps(score) FROM VALUES (10), (9), (8), (6), (3), (null) AS t(score)")
                .getStruct(0);
        assertEquals(0.0, r.getDouble(r.fieldIndex("score")));
        assertEquals(5L, r.getLong(r.fieldIndex("n")));
        assertEquals(2L, r.getLong(r.fieldIndex("promoters")));
        assertEquals(1L, r.getLong(r.fieldIndex("passives")));
        assertEquals(2L, r.getLong(r.fieldIndex("detractors")));
        assertEquals(7.2, r.getDouble(r.fieldIndex("mean")), 1e-12);
        assertEquals(1L, r.getLong(r.fieldIndex("unanswered")));
        // CSAT 4, 5, 5, 2 on five points: 3 of 4 in the top box, 75 %.
        Row csat = one("SELECT cx_top_box(s, 'five-point') FROM VALUES (4), (5), (5), (2) AS t(s)")
                .getStruct(0);
        assertEquals(75.0, csat.getDouble(0));
    }

    @Test
    void anEmptyInput_givesCountsAndNulls() {
        Row r = one("SELECT cx_nps(score) FROM VALUES (null), (null) AS t(score)").getStruct(0);
        assertEquals(0L, r.getLong(r.fieldIndex("n")));
        assertEquals(2L, r.getLong(r.fieldIndex("unanswered")));
        assertTrue(r.isNullAt(r.fieldIndex("score")));
        assertTrue(r.isNullAt(r.fieldIndex("ci_lower")));
        Row none = one("SELECT cx_top_box(s, 'good-bad') FROM VALUES (1) AS t(s) WHERE s > 1")
                .getStruct(0);
        assertTrue(none.isNullAt(0));
    }

    @Test
    void integerColumnsOfAnyWidthAreScores_fractionalOnesAreNot() {
        Row r = one("SELECT cx_nps(CAST(s AS TINYINT)), cx_nps(CAST(s AS BIGINT)) FROM VALUES (9),"
                + " (3) AS t(s)");
        assertEquals(r.getStruct(0), r.getStruct(1));
        assertEquals(0.0, r.getStruct(0).getDouble(0));
        assertEquals("cx_nps: score must be an integer column, not DOUBLE: t.s (a fractional score"
                + " is on no scale; cast a column of whole numbers, as in CAST(score AS INT))",
                SparkErrors.cause(() -> spark.sql("SELECT cx_nps(s) FROM VALUES (9.5D) AS t(s)")));
        Row decimal = one("SELECT cx_top_box(CAST(s AS DECIMAL(3, 0)), 'five-point') FROM VALUES"
                + " (4), (2) AS t(s)");
        assertEquals(50.0, decimal.getStruct(0).getDouble(0));
        assertTrue(assertThrows(Exception.class, () -> spark.sql("SELECT cx_nps(s) FROM VALUES"
                + " (4294967305L) AS t(s)").collect()).getMessage().contains("CAST_OVERFLOW"));
        assertEquals("cx_nps: score must be an integer column, not DOUBLE: score (a fractional"
                + " score is on no scale; cast a column of whole numbers, as in CAST(score AS"
                + " INT))", SparkErrors.cause(() -> spark.sql("SELECT 9.5D AS score").agg(
                        CxSpark.nps(col("score"))).collect()));
    }

    @Test
    void answersThatAllWeighNothing_giveCountsAndNulls() {
        Row r = one("SELECT cx_nps(s, w) FROM VALUES (9, 0.0D), (3, 0.0D) AS t(s, w)").getStruct(0);
        assertEquals(2L, r.getLong(r.fieldIndex("n")));
        assertTrue(r.isNullAt(r.fieldIndex("score")));
        assertTrue(r.isNullAt(r.fieldIndex("ci_upper")));
    }

    @Test
    void aScoreOffTheScale_failsTheQueryWithTheCoresMessage() {
        assertEquals("score must be in [0, 10]: 11 (nps)",
                SparkErrors.cause(() -> spark.sql(
                        "SELECT cx_nps(score) FROM VALUES (9), (11) AS t(score)").collect()));
        assertEquals("score must be in [1, 5]: 0 (top-box)",
                SparkErrors.cause(() -> spark.sql(
                        "SELECT cx_top_box(score, 'five-point') FROM VALUES (0) AS t(score)")
                        .collect()));
        Row lenient = one("SELECT cx_nps_lenient(score) FROM VALUES (9), (11), (-1) AS t(score)")
                .getStruct(0);
        assertEquals(1L, lenient.getLong(lenient.fieldIndex("n")));
        assertEquals(2L, lenient.getLong(lenient.fieldIndex("invalid")));
    }

    @Test
    void badWeights_failTheQuery() {
        assertEquals("weight must be finite and >= 0: -1.0",
                SparkErrors.cause(() -> spark.sql(
                        "SELECT cx_nps(s, w) FROM VALUES (9, -1.0D) AS t(s, w)").collect()));
        assertEquals("weight must not be null (score 9): give every row a weight, such as"
                + " coalesce(weight, 1.0)", SparkErrors.cause(() -> spark.sql(
                        "SELECT cx_nps(s, w) FROM VALUES (9, CAST(NULL AS DOUBLE)) AS t(s, w)")
                        .collect()));
    }

    @Test
    void badArguments_failWhenTheQueryIsPlanned() {
        spark.sql("SELECT 5 AS score, 'five-point' AS scale").createOrReplaceTempView("one");
        assertEquals("cx_top_box: argument 2 must be a constant text, not a column: one.scale",
                SparkErrors.cause(() -> spark.sql("SELECT cx_top_box(score, scale) FROM one")));
        assertEquals("scale must be five-point, seven-point, three-point, good-bad or bands such as"
                + " 'negative 1-6, neutral 7-8, positive 9-10': 'ten-point' (cannot read"
                + " 'ten-point')", SparkErrors.cause(
                        () -> spark.sql("SELECT cx_top_box(score, 'ten-point') FROM one")));
        assertTrue(SparkErrors.cause(() -> spark.sql("SELECT cx_nps(score, 1, 2) FROM one"))
                .startsWith("cx_nps takes 1 or 2 arguments, not 3: "));
        assertThrows(IllegalArgumentException.class,
                () -> CxSpark.topBox(col("score"), "negative 1-2, positive 2-5"));
    }
}
