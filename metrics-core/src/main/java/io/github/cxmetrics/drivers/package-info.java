/**
 * Key driver analysis: what moves an outcome such as NPS or CSAT, and what moves churn and
 * lifetime value. Start at {@link io.github.cxmetrics.CxMetrics#drivers()}.
 *
 * <p>Each respondent (a customer id) contributes their latest answer to the outcome {@code y}
 * and to each driver {@code x_1..x_p}, scores oriented so that higher is better. Over the
 * {@code n} respondents analysed, with {@code R_xx} the drivers' correlation matrix and
 * {@code r_xy} their correlations with the outcome:
 *
 * <ul>
 *   <li><b>Pearson</b> {@code r_j}, with the Fisher z interval
 *       {@code tanh(atanh(r) ± z_{α/2} / sqrt(n − 3))}; <b>Spearman</b> {@code ρ_j}, Pearson's of
 *       the mid-ranks, with the Fisher z interval of Bonett and Wright (2000), standard error
 *       {@code sqrt((1 + ρ²/2) / (n − 3))}.
 *   <li><b>Model</b>: standardized coefficients {@code b = R_xx⁻¹ r_xy},
 *       {@code R² = r_xy' R_xx⁻¹ r_xy}.
 *   <li><b>Relative weights</b> (Johnson 2000): with the eigendecomposition
 *       {@code R_xx = V D V'}, {@code Λ = V D^½ V'} (the drivers regressed on their closest
 *       orthogonal counterparts {@code Z}) and {@code β = Λ⁻¹ r_xy} (the outcome regressed on
 *       {@code Z}), {@code ε_j = Σ_k Λ_jk² β_k²}; {@code Σ_j ε_j = R²}.
 *   <li><b>Shapley values</b> (LMG; Lindeman, Merenda and Gold 1980; Grömping 2006):
 *       {@code φ_j = Σ_{S ⊆ P∖{j}} |S|! (p − |S| − 1)! / p! · (R²(S ∪ {j}) − R²(S))}, over all
 *       {@code 2^p} subsets, exact for up to 15 drivers; {@code Σ_j φ_j = R²}.
 *   <li><b>Bootstrap</b>: {@code B} resamples of the respondents with replacement, drawn from a
 *       seeded {@link java.util.SplittableRandom}; percentile intervals of R², {@code ε_j} and
 *       {@code φ_j} (type-7 quantiles). Resamples in which the model cannot be fitted are
 *       counted and left out.
 *   <li><b>Performance</b>: {@code 100 × (mean − min) / (max − min)} of the oriented scores on
 *       the driver's scale, and the top-box share (positive band) with its Wilson interval.
 *   <li><b>Quadrant</b>: important when {@code ε_j ≥ R² / p}; performing well when the
 *       performance is at least the drivers' mean performance (or a fixed threshold).
 * </ul>
 *
 * <p>Churn and lifetime value by band ({@link io.github.cxmetrics.drivers.DriverChurn},
 * {@link io.github.cxmetrics.drivers.DriverValue}) reuse the value calculators grouped by each
 * customer's band on the driver; the best and worst bands are compared with the adjusted
 * (Agresti–Caffo) two-proportion z-test (churn) and Welch's t-test (historical value per customer).
 *
 * <p>Definitions, sources and how to read the results: {@code docs/drivers.md}.
 */
package io.github.cxmetrics.drivers;
