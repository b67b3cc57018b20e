package io.github.cxmetrics.spark;

import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.SparkSessionExtensionsProvider;
import scala.runtime.BoxedUnit;

/**
 * The cxmetrics functions as built-in functions of every session whose driver has this jar: Spark
 * finds this provider by {@link java.util.ServiceLoader} ({@code META-INF/services}) when it
 * builds a session, so PySpark, SQL-only clusters and the Thrift server have the functions
 * without any code calling {@link CxSpark#register(org.apache.spark.sql.SparkSession)}. Naming it
 * in {@code spark.sql.extensions} does the same where service loading is turned off. The
 * functions are the same as those {@code CxSpark.register} adds.
 */
public final class CxSparkExtensions implements SparkSessionExtensionsProvider {

    /** Spark creates the provider by this constructor. */
    public CxSparkExtensions() {
    }

    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions) {
        Functions.injectAll(extensions);
        return BoxedUnit.UNIT;
    }
}
