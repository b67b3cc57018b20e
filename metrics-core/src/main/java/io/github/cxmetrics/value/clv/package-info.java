/**
 * Probabilistic customer lifetime value: the BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma models
 * of a non-contractual customer base, fitted by maximum likelihood to recency–frequency–monetary
 * summaries, predicting per customer the probability of being alive, future purchases and their
 * discounted value ({@code docs/clv-models.md}).
 *
 * <h2>Data</h2>
 * {@link io.github.cxmetrics.value.clv.RfmSummary}: per customer {@code x} (repeat purchases),
 * {@code tₓ} (time of the last purchase since the first), {@code T} (time from the first
 * purchase to the end of calibration) and the mean repeat spend, built from
 * {@link io.github.cxmetrics.model.Purchase purchases} by
 * {@link io.github.cxmetrics.value.clv.RfmCalculator} (transactions are days with purchases) or
 * from rows. <b>The time unit is explicit everywhere</b> — in the summary, in every
 * {@link io.github.cxmetrics.value.clv.CustomerRfm}, in every model — and conversions use exact
 * lengths: 7 days a week, 30.436875 days a month, 365.2425 days a year, never 30-day months. A
 * customer in another unit than the model is rejected.
 *
 * <h2>Models</h2>
 * <table class="striped">
 *   <caption>Models and their key formulas</caption>
 *   <thead><tr><th>model</th><th>parameters</th><th>likelihood of (x, tₓ, T)</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link io.github.cxmetrics.value.clv.BgNbd BG/NBD}</td><td>r, α, a, b</td>
 *       <td>{@code B(a,b+x)/B(a,b)·Γ(r+x)αʳ/(Γ(r)(α+T)^(r+x))
 *       + [x>0]·B(a+1,b+x−1)/B(a,b)·Γ(r+x)αʳ/(Γ(r)(α+tₓ)^(r+x))}</td></tr>
 *   <tr><td>{@link io.github.cxmetrics.value.clv.MbgNbd MBG/NBD}</td><td>r, α, a, b</td>
 *       <td>{@code B(a,b+x+1)/B(a,b)·Γ(r+x)αʳ/(Γ(r)(α+T)^(r+x))
 *       + B(a+1,b+x)/B(a,b)·Γ(r+x)αʳ/(Γ(r)(α+tₓ)^(r+x))}: customers may also drop out at their
 *       first purchase</td></tr>
 *   <tr><td>{@link io.github.cxmetrics.value.clv.ParetoNbd Pareto/NBD}</td><td>r, α, s, β</td>
 *       <td>{@code Γ(r+x)αʳβˢ/Γ(r)·[s·K_{r+x,s+1}(tₓ) + (r+x)·K_{r+x+1,s}(T)]},
 *       {@code K_{p,q}(t) = ∫ₜ^∞ (α+τ)^−p(β+τ)^−q dτ}, a sum of positive terms</td></tr>
 *   <tr><td>{@link io.github.cxmetrics.value.clv.GammaGamma Gamma-Gamma}</td><td>p, q, γ</td>
 *       <td>{@code Γ(px+q)/(Γ(px)Γ(q))·γ^q·x^(px)·m^(px−1)/(γ+xm)^(px+q)} for the mean spend
 *       {@code m} of {@code x ≥ 1} transactions</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Fitting</h2>
 * {@link io.github.cxmetrics.value.clv.ModelFitter}: BFGS with a strong-Wolfe line search on
 * the log-parameters with analytic gradients, customers with identical rows grouped and weighted
 * where that pays, rows in parallel blocks whose partial sums are added in a fixed order (the same
 * result on any number of threads), standard errors from the Hessian by the delta method,
 * convergence in
 * {@link io.github.cxmetrics.value.clv.FitDiagnostics}. On the CDNOW sample it reproduces the
 * published estimates (BG/NBD r = 0.243, α = 4.414, a = 0.793, b = 2.426, ℓ = −9582.4).
 *
 * <h2>Predictions</h2>
 * {@link io.github.cxmetrics.value.clv.PurchaseModel}: probability alive, expected purchases
 * (new and existing customers), probability of {@code n} purchases and the discounted lifetime
 * value with {@link io.github.cxmetrics.value.clv.Discounting} (periods of any length) and the
 * Gamma-Gamma expected spend; for a whole {@code RfmSummary}, one column per prediction, without
 * an object per customer.
 */
package io.github.cxmetrics.value.clv;
