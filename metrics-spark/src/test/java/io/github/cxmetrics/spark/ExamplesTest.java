package io.github.cxmetrics.spark;

import static io.github.cxmetrics.spark.CxSpark.duration;
import static io.github.cxmetrics.spark.CxSpark.nps;
import static io.github.cxmetrics.spark.CxSpark.npsResult;
import static io.github.cxmetrics.spark.CxSpark.npsState;
import static io.github.cxmetrics.spark.CxSpark.sla;
import static io.github.cxmetrics.spark.CxSpark.topBox;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trunc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/spark.md, as they are written there: SQL text and Java code. Tables:
 * {@code responses(customer, channel, answered_at, score, csat)} and
 * {@code tickets(id, channel, opened_at, first_reply_at, solved, reopens, public_replies)}.
 */
class ExamplesTest {

    private static SparkSession spark;

    @BeforeAll
    static void tables() {
        spark = SparkTests.spark();
        spark.sql("SELECT customer, channel, answered_at, score,"
                + " CASE WHEN score IS NULL THEN NULL ELSE 1 + score % 5 END AS csat"
                + " FROM VALUES"
                + " ('c1', 'email', TIMESTAMP '2024-03-01 10:00:00', 10),"
                + " ('c2', 'email', TIMESTAMP '2024-03-02 11:00:00', 9),"
                + " ('c3', 'chat',  TIMESTAMP '2024-03-02 12:00:00', 8),"
                + " ('c4', 'chat',  TIMESTAMP '2024-04-05 09:30:00', 6),"
                + " ('c5', 'email', TIMESTAMP '2024-04-07 16:00:00', 3),"
                + " ('c6', 'chat',  TIMESTAMP '2024-04-08 08:00:00', NULL)"
                + " AS t(customer, channel, answered_at, score)")
                .createOrReplaceTempView("responses");
        spark.sql("SELECT * FROM VALUES"
                + " ('t1', 'email', TIMESTAMP '2024-03-01 09:00:00', TIMESTAMP '2024-03-01 09:40:00', true, 0, 1),"
                + " ('t2', 'email', TIMESTAMP '2024-03-01 10:00:00', TIMESTAMP '2024-03-01 16:00:00', true, 1, 2),"
                + " ('t3', 'chat',  TIMESTAMP '2024-03-02 11:00:00', TIMESTAMP '2024-03-02 11:02:00', true, 0, 1),"
                + " ('t4', 'chat',  TIMESTAMP '2024-03-03 12:00:00', NULL, false, 0, 0)"
                + " AS t(id, channel, opened_at, first_reply_at, solved, reopens, public_replies)")
                .createOrReplaceTempView("tickets");
    }

    @Test
    void sql() {
        // docs/spark.md, "In SQL"
        List<Row> byChannel = spark.sql("""
                SELECT channel, nps.score AS nps, nps.ci_lower, nps.ci_upper, nps.n,
                       csat.share AS csat
                FROM (SELECT channel,
                             cx_nps(score) AS nps,
                             cx_top_box(csat, 'five-point') AS csat
                      FROM responses
                      GROUP BY channel)
                ORDER BY channel
                """).collectAsList();
        assertEquals("chat", byChannel.get(0).getString(0));
        assertEquals(-50.0, byChannel.get(0).getDouble(1));      // 8 and 6: 0 − 50 %
        assertEquals(100.0 * 1 / 3, byChannel.get(1).getDouble(1), 1e-12);   // 10, 9, 3

        List<Row> support = spark.sql("""
                SELECT channel,
                       cx_duration(opened_at, first_reply_at).median / 60 AS median_minutes,
                       cx_sla(opened_at, first_reply_at, INTERVAL '1' HOUR).attainment AS sla,
                       cx_fcr(solved, reopens, public_replies).share AS fcr
                FROM tickets
                GROUP BY channel
                ORDER BY channel
                """).collectAsList();
        assertEquals(2.0, support.get(0).getDouble(1));           // chat: 2 minutes, one open
        assertEquals(100.0, support.get(0).getDouble(2));
        assertEquals(40.0, support.get(1).getDouble(1));          // email: 40 min and 6 h
        assertEquals(50.0, support.get(1).getDouble(2));
        assertEquals(50.0, support.get(1).getDouble(3));          // t2 was reopened

        // docs/spark.md, "Business calendars"
        List<Row> business = spark.sql("""
                SELECT channel,
                       cx_business_duration(opened_at, first_reply_at,
                           'mon-fri 09:00-12:30,13:30-18:00; holidays 2024-12-25,2024-12-26; zone Europe/Berlin'
                       ).median / 3600 AS median_business_hours
                FROM tickets GROUP BY channel
                """).collectAsList();
        assertEquals(2, business.size());
    }

    @Test
    void readme() {
        spark.sql("SELECT r.channel, r.score, r.csat, t.opened_at, t.first_reply_at FROM responses r"
                + " JOIN tickets t ON r.channel = t.channel")
                .createOrReplaceTempView("tickets_with_surveys");
        // README, "On Spark"
        List<Row> rows = spark.sql("""
                SELECT channel, cx_nps(score).score AS nps, cx_top_box(csat, 'five-point').share AS csat,
                       cx_duration(opened_at, first_reply_at).p90 / 60 AS p90_minutes
                FROM tickets_with_surveys GROUP BY channel
                """).collectAsList();
        assertEquals(2, rows.size());
    }

    @Test
    void storedStates() {
        spark.sql("DROP TABLE IF EXISTS cx_daily");
        // docs/spark.md, "Stored states": every night, the day's states ...
        spark.sql("""
                CREATE TABLE cx_daily (day DATE, channel STRING, nps BINARY, csat BINARY)
                USING parquet
                """);
        for (String day : new String[] {"2024-03-01", "2024-03-02", "2024-04-05", "2024-04-07",
            "2024-04-08"}) {
            spark.sql("""
                    INSERT INTO cx_daily
                    SELECT to_date(answered_at), channel,
                           cx_nps_state(score), cx_top_box_state(csat, 'five-point')
                    FROM responses
                    WHERE to_date(answered_at) = DATE '%s'
                    GROUP BY to_date(answered_at), channel
                    """.formatted(day));
        }
        // ... and at any time later, the months from the days:
        List<Row> months = spark.sql("""
                SELECT trunc(day, 'MM') AS month,
                       cx_nps_result(cx_merge(nps)) AS nps,
                       cx_top_box_result(cx_merge(csat)) AS csat
                FROM cx_daily
                GROUP BY trunc(day, 'MM')
                ORDER BY month
                """).collectAsList();
        List<Row> onePass = spark.sql("""
                SELECT trunc(answered_at, 'MM') AS month, cx_nps(score),
                       cx_top_box(csat, 'five-point')
                FROM responses GROUP BY trunc(answered_at, 'MM') ORDER BY month
                """).collectAsList();
        assertEquals(onePass, months);
        spark.sql("DROP TABLE cx_daily");
    }

    @Test
    void datasetApi() {
        Dataset<Row> responses = spark.table("responses");
        Dataset<Row> tickets = spark.table("tickets");
        // docs/spark.md, "In the Dataset API"
        Dataset<Row> byChannel = responses.groupBy("channel")
                .agg(nps(col("score")).as("nps"), topBox(col("csat"), "five-point").as("csat"))
                .select(col("channel"), col("nps.score"), col("nps.ci_lower"), col("csat.share"));
        Dataset<Row> times = tickets.groupBy("channel")
                .agg(duration(col("opened_at"), col("first_reply_at")).as("frt"),
                        sla(col("opened_at"), col("first_reply_at"), Duration.ofHours(1)).as("sla"))
                .select(col("channel"), col("frt.median"), col("frt.p90"), col("sla.attainment"));
        Dataset<Row> daily = responses
                .groupBy(to_date(col("answered_at")).as("day"), col("channel"))
                .agg(npsState(col("score")).as("nps"));
        Dataset<Row> monthly = daily.groupBy(trunc(col("day"), "MM").as("month"))
                .agg(npsResult(CxSpark.merge(col("nps"))).as("nps"));

        assertEquals(2, byChannel.count());
        assertEquals(120.0, times.where("channel = 'chat'").first().getDouble(1));
        daily.write().mode(SaveMode.Overwrite).saveAsTable("cx_daily_nps");
        assertEquals(monthly.orderBy("month").collectAsList(), spark.table("cx_daily_nps")
                .groupBy(trunc(col("day"), "MM").as("month"))
                .agg(npsResult(CxSpark.merge(col("nps"))).as("nps")).orderBy("month")
                .collectAsList());
        spark.sql("DROP TABLE cx_daily_nps");
    }
}
