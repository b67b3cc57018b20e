package io.github.cxmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.CatalogManager$;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.junit.jupiter.api.Test;

/** Both ways of adding the functions to a session: the extension and {@code CxSpark.register}. */
class RegistrationTest {

    private static final List<String> FUNCTIONS = List.of("cx_nps", "cx_nps_lenient",
            "cx_nps_state", "cx_nps_lenient_state", "cx_top_box", "cx_top_box_lenient",
            "cx_top_box_state", "cx_top_box_lenient_state", "cx_duration", "cx_duration_approx",
            "cx_duration_state", "cx_duration_approx_state", "cx_business_duration",
            "cx_business_duration_approx", "cx_business_duration_state",
            "cx_business_duration_approx_state", "cx_sla", "cx_sla_state", "cx_business_sla",
            "cx_business_sla_state", "cx_fcr",
            "cx_fcr_state", "cx_merge", "cx_nps_result", "cx_top_box_result",
            "cx_duration_result", "cx_sla_result", "cx_fcr_result");

    private final SparkSession spark = SparkTests.spark();

    @Test
    void theJarOnTheClassPath_buildsInEveryFunction_andRegisterAddsThemAsTemporaryFunctions() {
        FunctionRegistry registry = ((org.apache.spark.sql.classic.SparkSession) spark)
                .sessionState().functionRegistry();
        for (String name : FUNCTIONS) {
            assertTrue(registry.functionExists(Functions.identifier(name,
                    CatalogManager$.MODULE$.BUILTIN_NAMESPACE())), name);
            assertTrue(registry.functionExists(Functions.identifier(name,
                    CatalogManager$.MODULE$.SESSION_NAMESPACE())), name);
            assertTrue(spark.catalog().functionExists(name), name);
        }
        assertEquals(FUNCTIONS.size(), Functions.definitions().size());
    }

    @Test
    void describeFunction_showsTheUsage() {
        List<Row> rows = spark.sql("DESCRIBE FUNCTION cx_top_box").collectAsList();
        String text = rows.toString();
        assertTrue(text.contains("cx_top_box(score, scale [, weight]) - the top-box share"), text);
    }

    @Test
    void registerRefusesWhatIsNotAClassicSession() {
        assertEquals("CxSpark.register needs a classic SparkSession, not null: with Spark"
                + " Connect, register the functions on the server",
                assertThrows(IllegalArgumentException.class, () -> CxSpark.register(null))
                        .getMessage());
    }
}
