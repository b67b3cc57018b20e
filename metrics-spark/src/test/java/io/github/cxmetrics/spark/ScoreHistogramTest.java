package io.github.cxmetrics.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/**
 * The survey functions planned as Spark's own aggregates ({@link ScoreHistogram}): the plan is
 * a code-generated hash aggregate, and the figures are the core's, and those of the aggregator
 * path, with and without generated code.
 */
class ScoreHistogramTest {

    private static final Pattern IDS = Pattern.compile("#\\d+L?|plan_id=\\d+");
    /** Weighted sums in another order than the core's one pass differ in their last bits. */
    private static final double RELATIVE = 1e-12;

    private final SparkSession spark = SparkTests.spark();

    /** Runs a query with Spark's default code generation, which the other tests turn off. */
    private <T> T generated(Supplier<T> query) {
        String wholeStage = spark.conf().get("spark.sql.codegen.wholeStage");
        String factory = spark.conf().get("spark.sql.codegen.factoryMode");
        spark.conf().set("spark.sql.codegen.wholeStage", true);
        spark.conf().set("spark.sql.codegen.factoryMode", "FALLBACK");
        try {
            return query.get();
        } finally {
            spark.conf().set("spark.sql.codegen.wholeStage", wholeStage);
            spark.conf().set("spark.sql.codegen.factoryMode", factory);
        }
    }

    /** Runs a query with the survey functions planned as aggregators of the core's accumulator. */
    private <T> T aggregated(Supplier<T> query) {
        spark.conf().set(Functions.HISTOGRAMS, false);
        try {
            return query.get();
        } finally {
            spark.conf().unset(Functions.HISTOGRAMS);
        }
    }

    /** Runs a query and returns its physical plan as Spark prints it, without expression and plan ids. */
    private static String executedPlan(Dataset<Row> query) {
        query.collectAsList();
        return IDS.matcher(query.queryExecution().executedPlan().toString()).replaceAll("");
    }

    /** Responses with weights of any value (not multiples of ¼), some unanswered. */
    private static List<Response> anyWeights(long seed, int n, int minScore, int maxScore) {
        Random random = new Random(seed);
        List<Response> responses = new ArrayList<>();
        for (Response r : Fixtures.responses(seed, n, minScore, maxScore, false)) {
            responses.add(r.withWeight(random.nextInt(20) == 0 ? 0.0 : random.nextDouble() * 3));
        }
        return responses;
    }

    private void table(List<Response> responses, long seed) {
        Fixtures.shuffled(Fixtures.responseTable(spark, responses), seed)
                .createOrReplaceTempView("responses");
    }

    private Row one(String sql) {
        return spark.sql(sql).collectAsList().get(0).getStruct(0);
    }

    @Test
    void theSurveyFunctions_areHashAggregatesInGeneratedCode_likeCountIf() {
        table(Fixtures.responses(1, 200, 0, 10, true), 1);
        for (String f : List.of("cx_nps(score)", "cx_nps(score, weight)", "cx_nps_lenient(score)",
                "cx_nps_state(score)",
                "cx_top_box(score, 'negative 0-6, neutral 7-8, positive 9-10')",
                "cx_top_box_lenient_state(score, 'seven-point', weight)")) {
            for (String sql : List.of("SELECT " + f + " FROM responses",
                    "SELECT channel, " + f + " FROM responses GROUP BY channel")) {
                String plan = generated(() -> executedPlan(spark.sql(sql)));
                assertTrue(Pattern.compile("\\*\\(\\d+\\) HashAggregate\\(").matcher(plan).find(),
                        sql + ":\n" + plan);
                assertFalse(plan.contains("ObjectHashAggregate") || plan.contains("SortAggregate"),
                        sql + ":\n" + plan);
            }
        }
        Dataset<Row> responses = spark.table("responses");
        assertEquals(executedPlan(spark.sql("SELECT cx_nps(score, weight),"
                        + " cx_top_box_lenient(score, 'five-point') FROM responses")),
                executedPlan(responses.agg(CxSpark.nps(col("score"), col("weight")),
                        CxSpark.topBoxLenient(col("score"), "five-point"))));
    }

    @Test
    void largeScalesAndTheOption_keepTheAggregatorOfTheCoresAccumulator() {
        table(Fixtures.responses(2, 200, 0, 20, false), 2);
        String wide = "SELECT cx_top_box(score, 'negative 0-10, neutral 11-15, positive 16-20')"
                + " FROM responses";
        assertTrue(executedPlan(spark.sql(wide)).contains("ObjectHashAggregate"));
        assertTrue(aggregated(() -> executedPlan(spark.sql("SELECT cx_nps_lenient(score) FROM"
                + " responses"))).contains("ObjectHashAggregate"));
        ScoreScale scale = ScoreScale.builder("custom").negative(0, 10).neutral(11, 15)
                .positive(16, 20).build();
        assertEquals(Metric.of(TopBoxMetric.spec("negative 0-10, neutral 11-15, positive 16-20",
                false)).row(CxMetrics.topBox("top-box", scale).compute(
                        Fixtures.responses(2, 200, 0, 20, false))), one(wide));
    }

    @Test
    void theHistogram_givesTheCoresFigures_andTheAggregatorsStates_onRandomRows() {
        MetricSpec nps = MetricSpec.of(NpsMetric.NAME);
        for (long seed = 31; seed < 34; seed++) {
            List<Response> strict = anyWeights(seed, 1200, 0, 10);
            List<Response> wide = anyWeights(seed, 1200, -3, 13);
            check(strict, seed, CxMetrics.nps(), nps, "cx_nps(score)");
            check(strict, seed, CxMetrics.nps(), nps, "cx_nps(score, weight)");
            check(wide, seed, CxMetrics.nps().lenient(), nps.lenient(true),
                    "cx_nps_lenient(score)");
            check(wide, seed, CxMetrics.nps().lenient(), nps.lenient(true),
                    "cx_nps_lenient(score, weight)");
            List<Response> csat = anyWeights(seed, 900, 0, 6);
            check(csat, seed, CxMetrics.topBox("top-box", ScoreScale.FIVE_POINT).lenient(),
                    TopBoxMetric.spec("five-point", true),
                    "cx_top_box_lenient(score, 'five-point', weight)");
        }
    }

    /**
     * Compares a function with the core over the same rows, whole and by channel, with and
     * without generated code; and its state with the aggregator path's.
     */
    private void check(List<Response> responses, long seed, Calculator<Response, ?> core,
            MetricSpec spec, String function) {
        boolean weighted = function.contains("weight");
        List<Response> rows = weighted ? responses
                : responses.stream().map(r -> r.withWeight(1.0)).toList();
        table(rows, seed);
        Row expected = Metric.of(spec).row(core.compute(rows));
        String sql = "SELECT " + function + " FROM responses";
        assertClose(expected, one(sql), function + ", seed " + seed, weighted);
        assertClose(expected, generated(() -> one(sql)), function + ", generated", weighted);
        Map<String, Row> byChannel = SurveyFunctionsTest.expectedByChannel(core,
                Response::channel, rows, spec);
        Map<String, Row> actual = SurveyFunctionsTest.byChannel(generated(() -> spark.sql(
                "SELECT channel, " + function + " FROM responses GROUP BY channel")));
        assertEquals(byChannel.keySet(), actual.keySet());
        byChannel.forEach((channel, row) ->
                assertClose(row, actual.get(channel), function + ", " + channel, weighted));
        if (!weighted) {
            String state = sql.replace(function.substring(0, function.indexOf('(')),
                    function.substring(0, function.indexOf('(')) + "_state");
            byte[] histogram = spark.sql(state).collectAsList().get(0).getAs(0);
            byte[] aggregator = aggregated(() -> spark.sql(state).collectAsList().get(0).getAs(0));
            assertArrayEquals(aggregator, histogram, state);
        }
    }

    /** Counts equal; figures equal, or within rounding of the order of sums when weighted. */
    private static void assertClose(Row expected, Row actual, String what, boolean weighted) {
        if (!weighted) {
            assertEquals(expected, actual, what);
            return;
        }
        for (StructField field : actual.schema().fields()) {
            int i = actual.fieldIndex(field.name());
            if (field.dataType().equals(DataTypes.DoubleType) && !expected.isNullAt(i)
                    && !actual.isNullAt(i)) {
                double e = expected.getDouble(i);
                assertEquals(e, actual.getDouble(i), RELATIVE * Math.max(1, Math.abs(e)),
                        what + ": " + field.name());
            } else {
                assertEquals(expected.get(i), actual.get(i), what + ": " + field.name());
            }
        }
    }

    @Test
    void aRowTheCoreRefuses_failsTheQueryWithTheCoresMessage_inGeneratedCodeToo() {
        Map<String, String> refusals = Map.of(
                "SELECT cx_nps(s) FROM VALUES (9), (11) AS t(s)",
                "score must be in [0, 10]: 11 (nps)",
                "SELECT cx_top_box(s, 'five-point', w) FROM VALUES (4, 1.0D), (0, 1.0D) AS t(s, w)",
                "score must be in [1, 5]: 0 (top-box)",
                "SELECT cx_nps(s, w) FROM VALUES (9, 1.0D), (8, -1.0D) AS t(s, w)",
                "weight must be finite and >= 0: -1.0",
                "SELECT cx_nps_lenient(s, w) FROM VALUES (12, double('NaN')) AS t(s, w)",
                "weight must be finite and >= 0: NaN",
                "SELECT cx_nps(s, w) FROM VALUES (CAST(NULL AS INT), double('inf')) AS t(s, w)",
                "weight must be finite and >= 0: Infinity",
                "SELECT cx_nps(s, w) FROM VALUES (9, 1e-101D) AS t(s, w)",
                "weight must be 0 or between 1e-100 and 1e100: 1.0E-101",
                "SELECT cx_nps_state(s, w) FROM VALUES (9, 2e100D) AS t(s, w)",
                "weight must be 0 or between 1e-100 and 1e100: 2.0E100",
                "SELECT cx_nps(s, w) FROM VALUES (9, CAST(NULL AS DOUBLE)) AS t(s, w)",
                "weight must not be null (score 9): give every row a weight, such as"
                        + " coalesce(weight, 1.0)");
        refusals.forEach((sql, message) -> {
            assertEquals(message, SparkErrors.cause(() -> spark.sql(sql).collect()), sql);
            assertEquals(message, generated(() -> SparkErrors.cause(
                    () -> spark.sql(sql).collect())), sql + ", generated");
        });
        // The bounds themselves are weights the core takes.
        Row r = generated(() -> one("SELECT cx_nps(s, w) FROM VALUES (9, 0.0D), (9, -0.0D),"
                + " (3, 1e-100D), (10, 1e100D) AS t(s, w)"));
        assertEquals(4L, r.getLong(r.fieldIndex("n")));
        assertEquals(100.0, r.getDouble(r.fieldIndex("score")), 1e-9);
    }

    /**
     * {@code Integer.MIN_VALUE} is {@code Response.NO_SCORE} (and R's missing integer): the core
     * counts it unanswered, as a null score, and so does the histogram, in any order of rows.
     */
    @Test
    void theNoScoreMarker_isUnanswered_asInTheCore() {
        String rows = " FROM VALUES (9), (-2147483648), (CAST(NULL AS INT)), (42), (-2147483648),"
                + " (-1) AS t(s)";
        for (String f : List.of("cx_nps(s)", "cx_nps_lenient(s)")) {
            String sql = "SELECT " + f + (f.contains("lenient") ? rows
                    : rows.replace(", (42)", "").replace(", (-1)", ""));
            Row plain = one(sql);
            assertEquals(1L, plain.getLong(plain.fieldIndex("n")), sql);
            assertEquals(3L, plain.getLong(plain.fieldIndex("unanswered")), sql);
            assertEquals(f.contains("lenient") ? 2L : 0L,
                    plain.getLong(plain.fieldIndex("invalid")), sql);
            assertEquals(plain, generated(() -> one(sql)), sql + ", generated");
            assertEquals(plain, aggregated(() -> one(sql)), sql + ", aggregator");
            String state = sql.replace(f.substring(0, f.indexOf('(')),
                    f.substring(0, f.indexOf('(')) + "_state");
            byte[] histogram = spark.sql(state).collectAsList().get(0).getAs(0);
            byte[] aggregator = aggregated(() -> spark.sql(state).collectAsList().get(0).getAs(0));
            assertArrayEquals(aggregator, histogram, state);
        }
    }

    @Test
    void lenientCounts_addUpToTheRows() {
        List<Response> responses = anyWeights(41, 2000, -5, 15);
        table(responses, 41);
        for (String f : List.of("cx_nps_lenient(score)", "cx_nps_lenient(score, weight)",
                "cx_top_box_lenient(score, 'seven-point')")) {
            List<Row> rows = generated(() -> spark.sql("SELECT channel, count(*), " + f
                    + " FROM responses GROUP BY channel").collectAsList());
            long total = 0;
            for (Row row : rows) {
                Row r = row.getStruct(2);
                assertEquals(row.getLong(1), r.getLong(r.fieldIndex("n"))
                        + r.getLong(r.fieldIndex("unanswered"))
                        + r.getLong(r.fieldIndex("invalid")), f + ", " + row.getString(0));
                assertTrue(r.getLong(r.fieldIndex("invalid")) > 0, f);
                total += row.getLong(1);
            }
            assertEquals(responses.size(), total);
        }
    }

    @Test
    void filterDistinctAndEmptyGroups_behaveAsForAnyAggregate() {
        table(Fixtures.responses(51, 600, 0, 10, true), 51);
        assertEquals(one("SELECT cx_nps(score, weight) FROM responses WHERE channel = 'chat'"),
                generated(() -> one("SELECT cx_nps(score, weight) FILTER (WHERE channel = 'chat')"
                        + " FROM responses")));
        assertEquals(one("SELECT cx_nps(s) FROM (SELECT DISTINCT score AS s FROM responses)"),
                one("SELECT cx_nps(DISTINCT score) FROM responses"));
        Row empty = generated(() -> one("SELECT cx_top_box(score, 'good-bad', weight) FROM"
                + " responses WHERE score > 10"));
        assertEquals(0L, empty.getLong(empty.fieldIndex("n")));
        assertTrue(empty.isNullAt(0));
    }
}
