package io.github.cxmetrics.drivers;

import io.github.cxmetrics.survey.Comparison;
import io.github.cxmetrics.value.ChurnResult;
import io.github.cxmetrics.value.LifetimeValueResult;
import io.github.cxmetrics.value.ServiceBand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lifetime value and churn by the band of one driver: each customer falls in the band of their
 * latest answer to the driver, and the lifetime-value calculator given measures each band (its
 * churn, historical and net value, and the lifetime values of {@link LifetimeValueResult}).
 * {@link #comparison()} tests the difference in historical value per customer between the best
 * and the worst band, {@link #churn()} the difference in churn. Immutable.
 */
public final class DriverValue extends BandBreakdown<LifetimeValueResult> {

    private final Map<ServiceBand, double[]> spend;

    DriverValue(String driver, List<ServiceBand> bands,
            Map<ServiceBand, LifetimeValueResult> byBand, Map<ServiceBand, double[]> spend) {
        super(driver, bands, byBand);
        this.spend = Map.copyOf(spend);
    }

    /** Returns the value of the customers in a band, if the band has any. */
    public Optional<LifetimeValueResult> value(ServiceBand band) {
        return in(band);
    }

    /** Returns the churn of each band, from the same customers, with its comparison. */
    public DriverChurn churn() {
        Map<ServiceBand, ChurnResult> churn = new LinkedHashMap<>();
        byBand().forEach((band, value) -> churn.put(band, value.churn()));
        return new DriverChurn(driver(), bands(), churn);
    }

    /**
     * Returns Welch's t-test of the historical value per customer (what a customer has spent so
     * far, {@link LifetimeValueResult#historicalValue()}) of the best band minus the worst band,
     * in the currency's units. Empty unless both bands have at least two customers. A customer
     * with a longer history has had more time to spend: read it beside the churn and the
     * lifetime values, which account for time.
     */
    public Optional<Comparison> comparison() {
        double[] best = spend.get(bestBand());
        double[] worst = spend.get(worstBand());
        if (best == null || worst == null || best.length < 2 || worst.length < 2) {
            return Optional.empty();
        }
        return Optional.of(Comparison.ofMeans(mean(best), sd(best), best.length,
                mean(worst), sd(worst), worst.length));
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    @Override
    public String toString() {
        return toString("value");
    }
}
