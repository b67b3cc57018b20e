package io.github.cxmetrics.drivers;

import io.github.cxmetrics.internal.Checks;
import io.github.cxmetrics.value.ServiceBand;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A result per band of one driver ({@link DriverChurn}, {@link DriverValue}): the driver, every
 * band a customer may fall in (best first, the no-answer band last) and the result of each band
 * that has customers. Immutable.
 *
 * @param <R> the result of one band
 */
abstract class BandBreakdown<R> {

    private final String driver;
    private final List<ServiceBand> bands;
    private final SortedMap<ServiceBand, R> byBand;

    BandBreakdown(String driver, List<ServiceBand> bands, Map<ServiceBand, R> byBand) {
        this.driver = driver;
        this.bands = List.copyOf(bands);
        this.byBand = Collections.unmodifiableSortedMap(new TreeMap<>(byBand));
    }

    /** Returns the driver's question. */
    public String driver() {
        return driver;
    }

    /** Returns every band a customer may fall in, best first, the no-answer band last. */
    public List<ServiceBand> bands() {
        return bands;
    }

    /** Returns the result of each band that has customers, best band first. */
    public SortedMap<ServiceBand, R> byBand() {
        return byBand;
    }

    /** Returns the best band (positive, or promoter for an NPS-scale driver): the first. */
    public ServiceBand bestBand() {
        return bands.get(0);
    }

    /** Returns the worst band (negative, or detractor): the last before the no-answer band. */
    public ServiceBand worstBand() {
        return bands.get(bands.size() - 2);
    }

    /** Returns the result of the customers in a band, if the band has any. */
    Optional<R> in(ServiceBand band) {
        Checks.requireNonNull(band, "band");
        return Optional.ofNullable(byBand.get(band));
    }

    /** Returns {@code what} "by" the driver, and the bands that have customers. */
    String toString(String what) {
        return what + " by " + driver + ": " + byBand.keySet();
    }
}
