package io.github.cxmetrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.survey.Comparison;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key driver analysis example of README.md, compiled and checked. */
class DriverExamplesTest {

    @Test
    void keyDriverAnalysis() {
        List<Response> responses = Surveys.worked();
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < Surveys.WORKED.length; i++) {
            Customer c = Customer.of("c" + i, "retail", Instant.parse("2023-12-15T12:00:00Z"));
            // the customers who rated support 1 or 2 churn in February
            customers.add(Surveys.WORKED[i][3] <= 2
                    ? c.withChurnedAt(Instant.parse("2024-02-10T12:00:00Z")) : c);
        }
        Instant mayFirst = Instant.parse("2024-05-01T00:00:00Z");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // README: key driver analysis
            DriverResult kda = CxMetrics.drivers()
                    .outcome("nps", ScoreScale.NPS)
                    .drivers(ScoreScale.FIVE_POINT, "price", "quality", "support")
                    .compute(responses);                 // listwise, 1,000 bootstrap resamples
            System.out.printf("R² %.3f, n=%d%n", kda.rSquared(), kda.n());
            for (Driver d : kda.byImportance()) {
                Interval ci = d.relativeWeightInterval(0.95);
                System.out.printf("%-8s %4.1f%% of R² [%.3f, %.3f]  performance %4.1f  %s%n",
                        d.question(), d.relativeWeightPercent(), ci.lower(), ci.upper(),
                        d.performance(), d.quadrant());
            }
            // R² 0.809, n=20
            // support  45.9% of R² [0.256, 0.580]  performance 56.3  KEY_STRENGTH
            // quality  34.3% of R² [0.153, 0.421]  performance 58.8  KEY_STRENGTH
            // price    19.7% of R² [0.031, 0.358]  performance 53.8  SECONDARY_WEAKNESS

            // Churn by each driver's band (positive, neutral, negative, no answer):
            Comparison churn = CxMetrics.drivers()
                    .driver("support", ScoreScale.FIVE_POINT)
                    .churnByBand(responses, customers, CxMetrics.churn().asOf(mayFirst))
                    .get(0).comparison().orElseThrow();   // positive − negative, z-test
            System.out.printf("churn %+.3f, p = %.4f%n", churn.difference(), churn.pValue());
            // churn -0.500, p = 0.0005
            // README: end

            String text = printed.toString(StandardCharsets.UTF_8);
            assertEquals("""
                    R² 0.809, n=20
                    support  45.9% of R² [0.256, 0.580]  performance 56.3  KEY_STRENGTH
                    quality  34.3% of R² [0.153, 0.421]  performance 58.8  KEY_STRENGTH
                    price    19.7% of R² [0.031, 0.358]  performance 53.8  SECONDARY_WEAKNESS
                    churn -0.500, p = 0.0005
                    """, text);
            assertEquals(0.809496314368717, kda.rSquared(), 1e-12);
            // 6 of 20 rated support 1-2 and all churned in February; none of the 9 who rated it
            // 4-5 did.
            assertTrue(churn.difference() < 0 && churn.pValue() < 0.001, churn.toString());
        } finally {
            System.setOut(out);
        }
    }
}
