/**
 * Statistics of survey metrics: {@link io.github.cxmetrics.stats.Interval confidence intervals},
 * tests and sample sizes.
 *
 * <ul>
 *   <li>Net scores (NPS): {@code Var = (p₊ + p₋) − (p₊ − p₋)²}, {@code se = sqrt(Var / n)};
 *       adjusted-Wald interval (Rocks 2016: add 3 to n and ¾ to promoters and detractors) by
 *       default, Wald as an option; the adjusted-Wald standard error and interval of a
 *       difference; sample size {@code n = z²·Var / moe² − 3}. See
 *       {@link io.github.cxmetrics.stats.NetScores}.
 *   <li>Proportions (top-box): Wilson score interval
 *       {@code (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)} by default, Agresti–Coull and
 *       Wald as options; two-proportion z-test, pooled or adjusted (Agresti–Caffo); Newcombe's
 *       interval of a difference. See {@link io.github.cxmetrics.stats.Proportions}.
 *   <li>Sample sizes take the margin of error in points ({@code sampleSizeFor(5, 0.95, …)} for
 *       ±5 points), as the results' {@code sampleSizeFor} do.
 *   <li>Means: Student-t interval {@code mean ± t(n−1)·s/sqrt(n)} and Welch's degrees of freedom.
 *       See {@link io.github.cxmetrics.stats.Means}.
 * </ul>
 * Weighted results use Kish's effective sample size {@code (Σw)² / Σw²} as {@code n}.
 */
package io.github.cxmetrics.stats;
