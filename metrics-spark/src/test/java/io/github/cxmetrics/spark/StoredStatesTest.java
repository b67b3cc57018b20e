package io.github.cxmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daily states stored in Parquet and merged later give exactly the figures of one pass over the
 * rows; states are the core's binary form behind their spec.
 */
class StoredStatesTest {

    private final SparkSession spark = SparkTests.spark();

    /** Returns the rows of a query as a map from its first column to the rest. */
    private Map<Object, Row> byKey(String sql) {
        Map<Object, Row> rows = new HashMap<>();
        for (Row row : spark.sql(sql).collectAsList()) {
            List<Object> rest = new ArrayList<>();
            for (int i = 1; i < row.length(); i++) {
                rest.add(row.get(i));
            }
            rows.put(row.get(0), Row.fromSeq(scala.jdk.javaapi.CollectionConverters.asScala(rest)
                    .toSeq()));
        }
        return rows;
    }

    /**
     * Stores the states of {@code functions} over {@code rows} per day (and per
     * {@code dayGroups}) in Parquet, reads them back as the view {@code states}, and checks
     * that their merges per month are the functions' figures over the month's rows.
     *
     * @param functions pairs of a function call, such as {@code cx_nps(score)}, and the result
     *     function of its state
     */
    private void assertDailyStatesMergeIntoTheMonths(Path dir, String rows, String time,
            String dayGroups, String... functions) {
        List<String> states = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        List<String> onePass = new ArrayList<>();
        for (int i = 0; i < functions.length; i += 2) {
            String call = functions[i];
            int paren = call.indexOf('(');
            states.add(call.substring(0, paren) + "_state" + call.substring(paren) + " AS s" + i);
            merged.add(functions[i + 1] + "(cx_merge(s" + i + "))");
            onePass.add(call);
        }
        String table = dir.resolve(rows + "-states").toUri().toString();
        spark.sql("SELECT to_date(" + time + ") AS day" + dayGroups + ", "
                + String.join(", ", states) + " FROM " + rows
                + " GROUP BY to_date(" + time + ")" + dayGroups).write().parquet(table);
        spark.read().parquet(table).createOrReplaceTempView("states");
        Map<Object, Row> months = byKey("SELECT trunc(to_date(" + time + "), 'MM') AS month, "
                + String.join(", ", onePass) + " FROM " + rows
                + " GROUP BY trunc(to_date(" + time + "), 'MM')");
        assertTrue(months.size() >= 2, months.toString());
        assertEquals(months, byKey("SELECT trunc(day, 'MM') AS month, "
                + String.join(", ", merged) + " FROM states GROUP BY trunc(day, 'MM')"));
    }

    @Test
    void surveyStates_byDayInParquet_mergeIntoTheMonthsOfOnePass(@TempDir Path dir) {
        List<Response> responses = Fixtures.responses(51, 3000, 0, 10, true);
        Fixtures.shuffled(Fixtures.responseTable(spark, responses), 51)
                .createOrReplaceTempView("responses");
        assertDailyStatesMergeIntoTheMonths(dir, "responses", "answered_at", ", channel",
                "cx_nps(score)", "cx_nps_result",
                "cx_nps(score, weight)", "cx_nps_result",
                "cx_top_box(score, 'negative 0-6, neutral 7-8, positive 9-10')", "cx_top_box_result",
                "cx_nps_lenient(score)", "cx_nps_result");
        // Merges of merges (days to weeks to everything) are the same one pass.
        Row weeksThenAll = spark.sql("SELECT cx_nps_result(cx_merge(w)) FROM (SELECT"
                + " cx_merge(s2) AS w FROM states GROUP BY weekofyear(day))")
                .collectAsList().get(0);
        Row all = spark.sql("SELECT cx_nps(score, weight) FROM responses").collectAsList().get(0);
        assertEquals(all, weeksThenAll);
    }

    @Test
    void supportStates_byDayInParquet_mergeIntoTheMonthsOfOnePass(@TempDir Path dir) {
        List<Interaction> interactions = Fixtures.interactions(52, 3000);
        Fixtures.shuffled(Fixtures.interactionTable(spark, interactions), 52)
                .createOrReplaceTempView("interactions");
        assertDailyStatesMergeIntoTheMonths(dir, "interactions", "opened_at", "",
                "cx_duration(opened_at, first_reply_at)", "cx_duration_result",
                "cx_duration_approx(opened_at, first_reply_at, 3)", "cx_duration_result",
                "cx_sla(opened_at, first_reply_at, INTERVAL '8' HOUR)", "cx_sla_result",
                "cx_business_duration(opened_at, first_reply_at, '" + SupportFunctionsTest.OFFICE
                        + "')", "cx_duration_result",
                "cx_business_sla(opened_at, first_reply_at, INTERVAL '8' HOUR, '"
                        + SupportFunctionsTest.OFFICE + "')", "cx_sla_result",
                "cx_fcr(solved, reopens, public_replies)", "cx_fcr_result");
    }

    @Test
    void aState_isTheCoresBinaryForm_behindItsSpec() {
        List<Response> responses = Fixtures.responses(53, 400, 0, 10, false);
        Fixtures.responseTable(spark, responses).createOrReplaceTempView("responses");
        byte[] state = (byte[]) spark.sql("SELECT cx_nps_state(score) FROM responses")
                .collectAsList().get(0).get(0);
        SparkState.Parts parts = SparkState.decode(state);
        assertEquals(MetricSpec.of("nps"), parts.spec());
        Accumulator<Response, NpsResult> core = CxMetrics.nps().accumulator();
        core.addAll(responses);
        assertArrayEquals(core.toByteArray(), parts.core());
        assertEquals(core.snapshot(), CxMetrics.nps().accumulatorFrom(parts.core()).snapshot());
    }

    @Test
    void nullStates_areSkipped_andTheMergeOfNothingIsNull() {
        spark.sql("SELECT cx_nps_state(s) AS st FROM VALUES (9), (10) AS t(s)"
                + " UNION ALL SELECT CAST(NULL AS BINARY)").createOrReplaceTempView("some_states");
        Row r = spark.sql("SELECT cx_nps_result(cx_merge(st)) FROM some_states").collectAsList()
                .get(0).getStruct(0);
        assertEquals(100.0, r.getDouble(0));
        assertNull(spark.sql("SELECT cx_merge(st) FROM some_states WHERE st IS NULL")
                .collectAsList().get(0).get(0));
        assertNull(spark.sql("SELECT cx_nps_result(CAST(NULL AS BINARY))").collectAsList().get(0)
                .get(0));
    }

    @Test
    void statesOfDifferentFunctions_doNotMerge_andResultsNameTheirMetric() {
        spark.sql("SELECT cx_nps_state(s) AS st FROM VALUES (9) AS t(s) UNION ALL"
                + " SELECT cx_top_box_state(s, 'five-point') FROM VALUES (4) AS t(s)")
                .createOrReplaceTempView("mixed");
        String message = SparkErrors.cause(() -> spark.sql("SELECT cx_merge(st) FROM mixed")
                .collect());
        assertTrue(message.startsWith("cx_merge merges the states of one function: a state of"
                + " top-box {scale=five-point} among states of nps (cannot merge accumulators of"
                + " different calculators: ") || message.startsWith("cx_merge merges the states of"
                + " one function: a state of nps among states of top-box {scale=five-point}"),
                message);
        assertEquals("cx_nps_result reads states of nps, not of top-box {scale=five-point}: use"
                + " cx_top_box_result", SparkErrors.cause(() -> spark.sql("SELECT"
                        + " cx_nps_result(cx_top_box_state(s, 'five-point')) FROM VALUES (4) AS t(s)")
                        .collect()));
        assertEquals("not a cxmetrics Spark state: 3 bytes that do not start with \"CXS\" (states"
                + " come from the cx_…_state functions and cx_merge)", SparkErrors.cause(
                        () -> spark.sql("SELECT cx_merge(X'010203')").collect()));
    }
}
