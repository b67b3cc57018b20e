package io.github.cxmetrics.drivers;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.stats.Interval;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bootstrap replicates and their percentile intervals, by hand. */
class ReplicatesTest {

    /**
     * R's type-7 quantiles of {0.1, 0.2, 0.4, 0.8} (the first four of the five values given):
     * at 0.25, h = 3 × 0.25 = 0.75, so 0.1 + 0.75 × 0.1 = 0.175; at 0.75, h = 2.25, so
     * 0.4 + 0.25 × 0.4 = 0.5 (R: quantile(c(.1, .2, .4, .8), c(.25, .75)) gives 0.175, 0.5).
     */
    @Test
    void interval_interpolatesBetweenOrderStatistics() {
        Replicates r = Replicates.of(new double[] {0.8, 0.1, 0.4, 0.2, 99}, 4);
        assertEquals(4, r.count());
        Interval half = r.interval(0.5, "r squared");
        assertEquals(0.175, half.lower(), 1e-15);
        assertEquals(0.5, half.upper(), 1e-15);
        assertEquals(0.5, half.level());
        Interval one = Replicates.of(new double[] {0.3}, 1).interval(0.95, "r squared");
        assertEquals(0.3, one.lower());
        assertEquals(0.3, one.upper());
    }

    @Test
    void noReplicates_sayWhy() {
        failure(IllegalStateException.class,
                () -> Replicates.of(new double[3], 0).interval(0.95, "r squared"),
                "the r squared has no bootstrap interval: no resample succeeded");
        failure(IllegalStateException.class,
                () -> Replicates.none("the calculator was built with bootstrap(0)")
                        .interval(0.95, "shapley value of price"),
                "the shapley value of price has no bootstrap interval: the calculator was built"
                        + " with bootstrap(0)");
    }

    /**
     * Five respondents and three drivers: a resample with fewer than four distinct respondents
     * has a singular correlation matrix and is left out, and counted.
     */
    @Test
    void singularResamples_areCounted() {
        DriverResult r = CxMetrics.drivers().outcome("nps", ScoreScale.NPS)
                .drivers(ScoreScale.FIVE_POINT, "price", "quality", "support")
                .bootstrap(200).seed(3)
                .compute(Surveys.responses(Arrays.copyOf(Surveys.WORKED, 5), "nps", "price",
                        "quality", "support"));
        assertEquals(200, r.resamples());
        assertTrue(r.failedResamples() > 20 && r.failedResamples() < 200,
                () -> "failed " + r.failedResamples());
        Interval rSquared = r.rSquaredInterval(0.95);
        assertTrue(rSquared.lower() <= rSquared.upper());
    }
}
