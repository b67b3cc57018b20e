package io.github.cxmetrics.drivers;

import io.github.cxmetrics.survey.Comparison;
import io.github.cxmetrics.value.ChurnCounts;
import io.github.cxmetrics.value.ChurnResult;
import io.github.cxmetrics.value.ServiceBand;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Churn by the band of one driver: each customer falls in the band (positive, neutral,
 * negative, or no answer) of their latest answer to the driver, as
 * {@link io.github.cxmetrics.value.ServiceBands} reads it, and churn is computed per band by the
 * churn calculator given. {@link #comparison()} tests the difference between the best and the
 * worst band. Immutable.
 */
public final class DriverChurn extends BandBreakdown<ChurnResult> {

    DriverChurn(String driver, List<ServiceBand> bands, Map<ServiceBand, ChurnResult> byBand) {
        super(driver, bands, byBand);
    }

    /** Returns the churn of the customers in a band, if the band has any. */
    public Optional<ChurnResult> churn(ServiceBand band) {
        return in(band);
    }

    /**
     * Returns the adjusted (Agresti–Caffo) two-proportion z-test, as
     * {@link Comparison#ofShares}, of the pooled churn rate (churned over at risk, all
     * periods together) of the best band minus that of the worst band, on the 0–1 scale: a
     * negative difference means the customers who rate the driver well churn less. Each
     * customer-period at risk is one trial, as in {@link ChurnCounts#churnInterval(double)}.
     * Empty if either band has no customer at risk.
     */
    public Optional<Comparison> comparison() {
        Optional<ChurnCounts> best = pooled(bestBand());
        Optional<ChurnCounts> worst = pooled(worstBand());
        if (best.isEmpty() || worst.isEmpty()) {
            return Optional.empty();
        }
        ChurnCounts b = best.get();
        ChurnCounts w = worst.get();
        return Optional.of(Comparison.ofShares(b.churned(), b.atRisk(), w.churned(), w.atRisk(),
                1));
    }

    private Optional<ChurnCounts> pooled(ServiceBand band) {
        ChurnResult churn = byBand().get(band);
        if (churn == null || churn.periods().isEmpty()) {
            return Optional.empty();
        }
        ChurnCounts counts = churn.pooled();
        return counts.isEmpty() ? Optional.empty() : Optional.of(counts);
    }

    @Override
    public String toString() {
        return toString("churn");
    }
}
