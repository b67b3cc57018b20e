/**
 * Customer value ({@code METRICS.md} §3): churn, retention, cohorts and lifetime value from
 * {@link io.github.cxmetrics.model.Customer customers} and their
 * {@link io.github.cxmetrics.model.Purchase purchases}, by segment, by any attribute and by
 * service quality.
 *
 * <table class="striped">
 *   <caption>Formulas</caption>
 *   <thead><tr><th>metric</th><th>entry point</th><th>formula</th><th>range</th></tr></thead>
 *   <tbody>
 *   <tr><td>churn rate (seed 002)</td><td>{@link io.github.cxmetrics.CxMetrics#churn()}</td>
 *       <td>{@code lost during the period / active at its start}</td><td>0..1</td></tr>
 *   <tr><td>retention rate</td><td>{@link io.github.cxmetrics.value.ChurnCounts#retentionRate()}</td>
 *       <td>{@code 1 − churn}</td><td>0..1</td></tr>
 *   <tr><td>average lifetime</td><td>{@link io.github.cxmetrics.value.ChurnCounts#averageLifetime()}</td>
 *       <td>{@code 1 / churn}, in periods</td><td>1..∞ (undefined at churn 0)</td></tr>
 *   <tr><td>cohort retention</td><td>{@link io.github.cxmetrics.CxMetrics#retention()}</td>
 *       <td>{@code active at the start of age a / cohort size}</td><td>0..1</td></tr>
 *   <tr><td>net / gross revenue retention</td>
 *       <td>{@link io.github.cxmetrics.CxMetrics#revenueRetention()}</td>
 *       <td>{@code Σ revenue(a) / base}; gross caps each customer at their base</td>
 *       <td>net ≥ 0, gross ≤ 1 (refunds aside)</td></tr>
 *   <tr><td>LTV family</td><td>{@link io.github.cxmetrics.CxMetrics#lifetimeValue()},
 *       {@link io.github.cxmetrics.value.Ltv}</td>
 *       <td>simple {@code APV × purchases/year × years}; net {@code revenue − costs};
 *       churn-based {@code ARPA × margin / churn}; discounted {@code Σ m·r^t / (1+d)^t};
 *       {@code LTV / CAC}; {@code CAC / (ARPA × margin)}</td><td>money</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Periods and where the data ends</h2>
 * Churn and the tables are per calendar period of a {@link io.github.cxmetrics.Periodicity}
 * (months by default) in a time zone (UTC by default). A customer is active at the start of a
 * period when acquired before its start and not churned before its start; lost during it when
 * churned in {@code [start, end)}. The library never reads the clock: {@code asOf} says when the
 * data ends, and tables stop at the last period complete by then; without it, at the period of
 * the latest event.
 *
 * <h2>Items and grouping</h2>
 * Churn and cohort retention take {@link io.github.cxmetrics.model.Customer}s; the revenue metrics
 * take {@link io.github.cxmetrics.value.CustomerPurchases}, a customer with all of their
 * purchases (see {@link io.github.cxmetrics.value.CustomerPurchases#join}). Every calculator is a
 * {@link io.github.cxmetrics.Calculator}: {@code groupBy(Customer::segment)},
 * {@code groupBy(c -> c.attributeOr("region", "(none)"))},
 * {@code groupBy(bands::bandOf)} with {@link io.github.cxmetrics.value.ServiceBands}, and
 * {@code byPeriod} (by acquisition period) compose as for the survey metrics. Accumulators keep
 * counts and exact sums per period, so their memory grows with the number of periods, not of
 * customers, and merges are exact.
 *
 * <h2>Money</h2>
 * Sums of money are exact {@link java.math.BigDecimal}s; estimates (averages, projections,
 * discounting) are rounded to {@link io.github.cxmetrics.model.Money#ESTIMATES} (16 significant
 * digits, half-even). Mixing currencies is an {@link java.lang.IllegalArgumentException} naming
 * both currencies.
 *
 * <h2>Empty and undefined</h2>
 * One policy, as everywhere: empty results report {@code isEmpty()} and zero counts, and a rate
 * or value whose base is 0 (no customer at the start of a period, no purchases, churn 0 for the
 * churn-based value and the average lifetime) throws {@link java.lang.IllegalStateException};
 * never a silent 0, NaN or infinity.
 */
package io.github.cxmetrics.value;
