package io.github.cxmetrics.value.clv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The entry point of probabilistic customer lifetime value, also reached through
 * {@code CxMetrics.lifetimeValue()} (whose {@code rfm}, {@code bgNbd()}, {@code mbgNbd()},
 * {@code paretoNbd()} and {@code gammaGamma()} delegate here): RFM summaries from purchases, and
 * the BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma models fitted to them.
 *
 * <pre>{@code
 * RfmSummary summary = CxMetrics.lifetimeValue()
 *         .rfm(ChronoUnit.WEEKS, LocalDate.of(1997, 9, 30)).compute(purchases);
 * ModelFit<BgNbd> purchases = CxMetrics.lifetimeValue().bgNbd().fit(summary);
 * ModelFit<GammaGamma> spend = CxMetrics.lifetimeValue().gammaGamma().fit(summary);
 * double clv = purchases.model().lifetimeValue(summary.customer(0), spend.model(),
 *         Discounting.of(12, ChronoUnit.MONTHS, 0.01));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class LifetimeValue {

    private static final LifetimeValue INSTANCE = new LifetimeValue();
    private static final ModelFitter<BgNbd> BG_NBD = ModelFitter.of(ModelSpec.BG_NBD);
    private static final ModelFitter<MbgNbd> MBG_NBD = ModelFitter.of(ModelSpec.MBG_NBD);
    private static final ModelFitter<ParetoNbd> PARETO_NBD = ModelFitter.of(ModelSpec.PARETO_NBD);
    private static final ModelFitter<GammaGamma> GAMMA_GAMMA =
            ModelFitter.of(ModelSpec.GAMMA_GAMMA);

    private LifetimeValue() {}

    /** Returns the entry point. */
    public static LifetimeValue create() {
        return INSTANCE;
    }

    /**
     * Returns a calculator of RFM summaries in {@code unit} with a calibration period that ends
     * with (and includes) the day {@code calibrationEnd}; see {@link RfmCalculator}.
     *
     * @throws IllegalArgumentException if the unit is not DAYS, WEEKS, MONTHS or YEARS
     */
    public RfmCalculator rfm(ChronoUnit unit, LocalDate calibrationEnd) {
        return RfmCalculator.create(unit, calibrationEnd);
    }

    /** Returns the fitter of the BG/NBD model (Fader, Hardie and Lee 2005). */
    public ModelFitter<BgNbd> bgNbd() {
        return BG_NBD;
    }

    /**
     * Returns the fitter of the MBG/NBD model (Batislam, Denizel and Filiztekin 2007), the
     * BG/NBD in which customers can also drop out at their first purchase.
     */
    public ModelFitter<MbgNbd> mbgNbd() {
        return MBG_NBD;
    }

    /** Returns the fitter of the Pareto/NBD model (Schmittlein, Morrison and Colombo 1987). */
    public ModelFitter<ParetoNbd> paretoNbd() {
        return PARETO_NBD;
    }

    /** Returns the fitter of the Gamma-Gamma spend model (Fader and Hardie 2013). */
    public ModelFitter<GammaGamma> gammaGamma() {
        return GAMMA_GAMMA;
    }
}
