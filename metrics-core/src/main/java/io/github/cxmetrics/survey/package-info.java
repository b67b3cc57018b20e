/**
 * Survey metrics over {@link io.github.cxmetrics.model.Response responses}: NPS, top-box shares
 * (CSAT, CSI, CES) and the Customer Loyalty Index ({@code METRICS.md} §1).
 *
 * <table class="striped">
 *   <caption>Formulas</caption>
 *   <thead><tr><th>metric</th><th>default scale</th><th>formula</th><th>range</th></tr></thead>
 *   <tbody>
 *   <tr><td>NPS</td><td>0–10</td><td>{@code 100 × (count(9..10) − count(0..6)) / n}</td><td>−100..100</td></tr>
 *   <tr><td>CSAT, CSI</td><td>1–5</td><td>{@code 100 × count(4..5) / n}</td><td>0..100</td></tr>
 *   <tr><td>CES</td><td>1–5 (CES 2.0: 1–7, positive 5–7)</td><td>{@code 100 × count(positive) / n}</td><td>0..100</td></tr>
 *   <tr><td>CLI</td><td>0–10</td><td>mean of all answers, reverse-coded items as {@code 10 − x}</td><td>0..10</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Policies</h2>
 * <ul>
 *   <li>Scores outside the scale: strict by default ({@link java.lang.IllegalArgumentException}
 *       naming the response); lenient skips and counts them in {@code invalid()}.
 *   <li>Missing answers: excluded from {@code n} by default and counted in {@code missing()};
 *       {@link io.github.cxmetrics.survey.MissingAnswers#COUNT_IN_BASE} counts them in {@code n}.
 *   <li>Duplicates: every answer counts by default;
 *       {@link io.github.cxmetrics.survey.Duplicates#KEEP_LATEST} keeps the latest per customer
 *       and question and counts the others in {@code duplicates()}.
 *   <li>Weights: counts become sums of weights; intervals use the effective sample size.
 *   <li>Empty input: {@code isEmpty()}; reading a score throws
 *       {@link java.lang.IllegalStateException}.
 * </ul>
 *
 * <p>Results keep the whole {@link io.github.cxmetrics.survey.ScoreDistribution distribution},
 * merge exactly with {@code plus}, and compare with {@code comparedTo}
 * ({@link io.github.cxmetrics.survey.Comparison}).
 */
package io.github.cxmetrics.survey;
