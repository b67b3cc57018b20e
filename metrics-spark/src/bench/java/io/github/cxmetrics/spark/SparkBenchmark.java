package io.github.cxmetrics.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The speed of the cxmetrics functions against Spark's own expressions on the same table, in one
 * session with Spark's default settings (code generation on), local[2]. Not a test: a program,
 * run by the {@code spark-bench} profile of this module
 * ({@code mvn -B -pl metrics-spark -am -Pspark-bench process-test-classes}, see docs/benchmarks.md).
 * Each query runs in turn with the others, round after round, after warm-up rounds, so that a
 * change of the machine's load hits them alike; the tables are cached in memory, or written to
 * Parquet, before any timing.
 *
 * <p>Properties: {@code bench.rows} (10,000,000), {@code bench.durationRows} (the same),
 * {@code bench.rounds} (5), {@code bench.warmup} (2), {@code bench.only} (a regular expression:
 * only the queries whose name matches).
 */
final class SparkBenchmark {

    private static final long ROWS = Long.getLong("bench.rows", 10_000_000L);
    private static final long DURATION_ROWS = Long.getLong("bench.durationRows", ROWS);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 2);
    private static final String ONLY = System.getProperty("bench.only", ".*");
    /** The prefix of a query planned with the survey functions' Aggregator path. */
    private static final String AGGREGATOR = "[aggregator] ";

    /** A mutable count, the buffer of {@link CountAggregator}. */
    public static final class Count {
        private long n;

        public long getN() {
            return n;
        }

        public void setN(long n) {
            this.n = n;
        }
    }

    /**
     * The least an {@code Aggregator} of an integer column can do: count the rows. Its time is
     * Spark's own cost of a typed aggregate (input projection, decoding, object aggregation),
     * the floor under any Aggregator, cx_nps included.
     */
    static final class CountAggregator
            extends org.apache.spark.sql.expressions.Aggregator<Integer, Count, Long> {
        @Override
        public Count zero() {
            return new Count();
        }

        @Override
        public Count reduce(Count c, Integer score) {
            c.n++;
            return c;
        }

        @Override
        public Count merge(Count a, Count b) {
            a.n += b.n;
            return a;
        }

        @Override
        public Long finish(Count c) {
            return c.n;
        }

        @Override
        public org.apache.spark.sql.Encoder<Count> bufferEncoder() {
            return org.apache.spark.sql.Encoders.bean(Count.class);
        }

        @Override
        public org.apache.spark.sql.Encoder<Long> outputEncoder() {
            return org.apache.spark.sql.Encoders.LONG();
        }
    }

    /** The JVM's CPU time, which the machine's other load disturbs less than the wall clock. */
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private SparkBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cxmetrics-spark-bench");
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("cxmetrics-spark-benchmark")
                .config("spark.ui.enabled", false)
                .config("spark.sql.shuffle.partitions", 4)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toUri().toString())
                .getOrCreate();
        CxSpark.register(spark);
        spark.udf().register("bench_count", org.apache.spark.sql.functions.udaf(
                new CountAggregator(), org.apache.spark.sql.Encoders.INT()));

        Dataset<Row> scores = spark.range(0, ROWS, 1, 2)
                .selectExpr("CAST(pmod(hash(id), 11) AS INT) AS score",
                        "CAST(pmod(hash(id, 1), 4) AS INT) AS channel",
                        "CAST(pmod(hash(id, 2), 8) AS DOUBLE) / 4 + 0.25 AS weight");
        String parquet = dir.resolve("scores").toUri().toString();
        scores.write().parquet(parquet);
        spark.read().parquet(parquet).createOrReplaceTempView("scores_parquet");
        scores.cache().createOrReplaceTempView("scores");
        spark.sql("SELECT count(*) FROM scores").collect();

        // Durations from 1 ms to about 3 hours, skewed like response times, nearly all distinct.
        Dataset<Row> tickets = spark.range(0, DURATION_ROWS, 1, 2)
                .selectExpr("timestamp_millis(1704067200000 + id * 1000) AS opened_at",
                        "timestamp_millis(1704067200000 + id * 1000"
                        + " + CAST(pow(10, rand(7) * 7) AS BIGINT)) AS replied_at")
                .selectExpr("opened_at", "replied_at",
                        "unix_millis(replied_at) - unix_millis(opened_at) AS millis");
        tickets.cache().createOrReplaceTempView("tickets");
        spark.sql("SELECT count(*) FROM tickets").collect();

        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("count(score), cached (the scan alone)", "SELECT count(score) FROM scores");
        queries.put("native NPS (count_if), cached",
                "SELECT 100 * (count_if(score >= 9) - count_if(score <= 6)) / count(score) FROM scores");
        queries.put("cx_nps(score).score, cached", "SELECT cx_nps(score).score FROM scores");
        queries.put("cx_nps(score).score as an Aggregator, cached",
                AGGREGATOR + "SELECT cx_nps(score).score FROM scores");
        queries.put("a counting Aggregator, cached", "SELECT bench_count(score) FROM scores");
        queries.put("cx_nps_lenient(score).score, cached",
                "SELECT cx_nps_lenient(score).score FROM scores");
        queries.put("cx_nps(score, weight).score, cached",
                "SELECT cx_nps(score, weight).score FROM scores");
        queries.put("cx_nps(score, weight) as an Aggregator, cached",
                AGGREGATOR + "SELECT cx_nps(score, weight).score FROM scores");
        queries.put("count(score), Parquet (the scan alone)",
                "SELECT count(score) FROM scores_parquet");
        queries.put("native NPS (count_if), Parquet",
                "SELECT 100 * (count_if(score >= 9) - count_if(score <= 6)) / count(score)"
                + " FROM scores_parquet");
        queries.put("cx_nps(score).score, Parquet", "SELECT cx_nps(score).score FROM scores_parquet");
        queries.put("a counting Aggregator, Parquet", "SELECT bench_count(score) FROM scores_parquet");
        queries.put("native NPS by channel, cached", "SELECT channel, 100 * (count_if(score >= 9)"
                + " - count_if(score <= 6)) / count(score) FROM scores GROUP BY channel");
        queries.put("cx_nps(score) by channel, cached",
                "SELECT channel, cx_nps(score).score FROM scores GROUP BY channel");
        queries.put("cx_nps(score) by channel as an Aggregator, cached", AGGREGATOR
                + "SELECT channel, cx_nps(score).score FROM scores GROUP BY channel");
        queries.put("percentile(millis, [0.5, 0.9, 0.95])",
                "SELECT percentile(millis, array(0.5, 0.9, 0.95)) FROM tickets");
        queries.put("cx_duration(opened_at, replied_at)",
                "SELECT cx_duration(opened_at, replied_at) FROM tickets");
        queries.put("percentile_approx(millis, [0.5, 0.9, 0.95])",
                "SELECT percentile_approx(millis, array(0.5, 0.9, 0.95)) FROM tickets");
        queries.put("cx_duration_approx(opened_at, replied_at, 3)",
                "SELECT cx_duration_approx(opened_at, replied_at, 3) FROM tickets");

        queries.keySet().removeIf(name -> !name.matches(ONLY));
        System.out.println("load average at the start: " + loadAverage());
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<Double>> cpuSeconds = new LinkedHashMap<>();
        queries.keySet().forEach(name -> seconds.put(name, new ArrayList<>()));
        queries.keySet().forEach(name -> cpuSeconds.put(name, new ArrayList<>()));
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                String sql = query.getValue();
                boolean aggregator = sql.startsWith(AGGREGATOR);
                spark.conf().set(Functions.HISTOGRAMS, !aggregator);
                long cpuStart = OS.getProcessCpuTime();
                long start = System.nanoTime();
                spark.sql(aggregator ? sql.substring(AGGREGATOR.length()) : sql).collect();
                double s = (System.nanoTime() - start) / 1e9;
                double cpu = (OS.getProcessCpuTime() - cpuStart) / 1e9;
                if (round >= WARMUP) {
                    seconds.get(query.getKey()).add(s);
                    cpuSeconds.get(query.getKey()).add(cpu);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n%,d score rows, %,d duration rows, %d rounds after %d"
                + " warm-up rounds, local[2]%n", ROWS, DURATION_ROWS, ROUNDS, WARMUP);
        System.out.printf(Locale.ROOT, "%-52s %10s %10s %12s%n", "query", "median s", "min s",
                "median cpu s");
        for (Map.Entry<String, List<Double>> entry : seconds.entrySet()) {
            double[] s = sorted(entry.getValue());
            double[] cpu = sorted(cpuSeconds.get(entry.getKey()));
            System.out.printf(Locale.ROOT, "%-52s %10.3f %10.3f %12.3f%n", entry.getKey(),
                    s[s.length / 2], s[0], cpu[cpu.length / 2]);
        }
        System.out.println("load average at the end: " + loadAverage());
        spark.stop();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The machine's load averages (1, 5, 15 minutes), or "unknown" off Linux. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
