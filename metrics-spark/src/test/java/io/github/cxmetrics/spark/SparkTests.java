package io.github.cxmetrics.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of all test classes (two cores, few shuffle partitions, no UI),
 * with the cxmetrics functions built in by {@link CxSparkExtensions} (found on the class path,
 * as on a cluster) and registered again as temporary functions by {@link CxSpark#register};
 * Spark stops it when the JVM exits.
 */
final class SparkTests {

    private static SparkSession spark;

    private SparkTests() {
    }

    static synchronized SparkSession spark() {
        if (spark == null) {
            try {
                Path warehouse = Files.createTempDirectory("cxmetrics-spark-warehouse");
                spark = SparkSession.builder()
                        .master("local[2]")
                        .appName("cxmetrics-spark-tests")
                        .config("spark.ui.enabled", false)
                        .config("spark.sql.shuffle.partitions", 4)
                        .config("spark.default.parallelism", 4)
                        .config("spark.sql.session.timeZone", "UTC")
                        .config("spark.driver.bindAddress", "127.0.0.1")
                        .config("spark.driver.host", "127.0.0.1")
                        .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
                        // Small test tables: interpreting the plans costs less CPU than
                        // compiling generated code for each query.
                        .config("spark.sql.codegen.wholeStage", false)
                        .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                        .getOrCreate();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            CxSpark.register(spark);
        }
        return spark;
    }
}
