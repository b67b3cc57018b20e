package io.github.cxmetrics.stats;

/**
 * How a confidence interval of a share or a net score is computed.
 *
 * <table class="striped">
 *   <caption>Methods and where they apply</caption>
 *   <thead><tr><th>method</th><th>share (top-box)</th><th>net score (NPS)</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #WILSON}</td><td>default</td><td>not defined</td></tr>
 *   <tr><td>{@link #ADJUSTED_WALD}</td><td>Agresti–Coull</td><td>default (Rocks 2016)</td></tr>
 *   <tr><td>{@link #WALD}</td><td>plain normal approximation</td><td>plain normal approximation</td></tr>
 *   </tbody>
 * </table>
 */
public enum IntervalMethod {
    /**
     * Wilson score interval of a proportion (Wilson 1927):
     * {@code (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)}. Good coverage for small
     * {@code n} and shares near 0 or 1; never leaves [0, 1].
     */
    WILSON,
    /**
     * Adjusted Wald. For a share: Agresti–Coull (1998), add {@code z²/2} successes and
     * {@code z²} trials, then Wald. For a net score: Rocks (2016), add 3 to {@code n} and ¾ to
     * both promoters and detractors, then Wald.
     */
    ADJUSTED_WALD,
    /** Plain Wald: estimate ± z × standard error, clipped to the range of the estimate. */
    WALD
}
