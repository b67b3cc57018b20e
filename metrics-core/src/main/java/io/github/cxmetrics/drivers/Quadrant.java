package io.github.cxmetrics.drivers;

/**
 * Where a driver falls on the importance-performance chart. A driver is <em>important</em> when
 * its relative weight is at least the mean relative weight ({@code R² / p}, an equal share of
 * the explained variance), and <em>performs well</em> when its performance (its normalised mean,
 * 0–100) is at least the threshold: by default the mean performance of all the drivers
 * analysed, or a fixed number of points given with
 * {@link DriverCalculator#performanceThreshold(double)}.
 */
public enum Quadrant {
    /** Important and performing well: keep it there. */
    KEY_STRENGTH,
    /** Important and performing poorly: the first place to improve. */
    KEY_WEAKNESS,
    /** Less important and performing well: possibly over-served. */
    SECONDARY_STRENGTH,
    /** Less important and performing poorly: improve after the key weaknesses. */
    SECONDARY_WEAKNESS;

    static Quadrant of(boolean important, boolean performsWell) {
        if (important) {
            return performsWell ? KEY_STRENGTH : KEY_WEAKNESS;
        }
        return performsWell ? SECONDARY_STRENGTH : SECONDARY_WEAKNESS;
    }
}
