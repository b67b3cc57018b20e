/**
 * Support metrics over {@link io.github.cxmetrics.model.Interaction interactions}: response,
 * resolution and handle times, first contact resolution, reopens and SLA attainment, in calendar
 * or business time ({@code METRICS.md} §2, {@code docs/support-metrics.md}).
 *
 * <table class="striped">
 *   <caption>Formulas</caption>
 *   <thead><tr><th>metric</th><th>entry point</th><th>per interaction</th><th>result</th></tr></thead>
 *   <tbody>
 *   <tr><td>first response time</td><td>{@code CxMetrics.firstResponseTime()}</td>
 *       <td>{@code firstReplyAt − openedAt}</td><td>{@link io.github.cxmetrics.support.DurationResult}</td></tr>
 *   <tr><td>first resolution time</td><td>{@code CxMetrics.firstResolutionTime()}</td>
 *       <td>{@code firstSolvedAt − openedAt}</td><td>{@code DurationResult}</td></tr>
 *   <tr><td>full resolution time</td><td>{@code CxMetrics.fullResolutionTime()}</td>
 *       <td>{@code lastSolvedAt − openedAt}</td><td>{@code DurationResult}</td></tr>
 *   <tr><td>handle time</td><td>{@code CxMetrics.handleTime()}</td>
 *       <td>{@code talk + hold} (+ after-call work); mean = {@code (Σ talk + Σ hold) / calls}</td>
 *       <td>{@code DurationResult}</td></tr>
 *   <tr><td>first contact resolution</td><td>{@code CxMetrics.firstContactResolution()}</td>
 *       <td>{@code 100 × count(solved, replies ≤ 1, no reopen) / count(solved)}</td>
 *       <td>{@link io.github.cxmetrics.support.ShareResult}</td></tr>
 *   <tr><td>reopen rate</td><td>{@code CxMetrics.reopenRate()}</td>
 *       <td>{@code 100 × count(reopened) / count(ever solved)}</td><td>{@code ShareResult}</td></tr>
 *   <tr><td>SLA attainment</td><td>{@code CxMetrics.slaAttainment(policy)}</td>
 *       <td>{@code 100 × met / (met + breached + open and breached)}</td>
 *       <td>{@link io.github.cxmetrics.support.SlaResult}</td></tr>
 *   <tr><td>requester wait time</td><td>{@code CxMetrics.requesterWaitTime()}</td>
 *       <td>{@code Σ} spans in new, open, on-hold up to {@code lastSolvedAt}</td><td>{@code DurationResult}</td></tr>
 *   <tr><td>agent wait time</td><td>{@code CxMetrics.agentWaitTime()}</td>
 *       <td>{@code Σ} spans in pending up to {@code lastSolvedAt}</td><td>{@code DurationResult}</td></tr>
 *   <tr><td>on-hold time</td><td>{@code CxMetrics.onHoldTime()}</td>
 *       <td>{@code Σ} spans in on-hold up to {@code lastSolvedAt}</td><td>{@code DurationResult}</td></tr>
 *   <tr><td>agent work time</td><td>{@code CxMetrics.agentWorkTime()}</td>
 *       <td>{@code Σ} spans in new, open up to {@code lastSolvedAt}</td><td>{@code DurationResult}</td></tr>
 *   <tr><td>time in a status</td><td>{@code CxMetrics.timeInStatus(…)}</td>
 *       <td>{@code Σ} spans in the statuses (or the named one) up to {@code lastSolvedAt}</td>
 *       <td>{@code DurationResult}</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Policies</h2>
 * <ul>
 *   <li>Status times read the status timeline ({@code Interaction.statusChanges()}) as spans from
 *       one change to the next, from {@code openedAt} (new) on; the times in all six statuses add
 *       up to the full resolution time. An unsolved interaction is open, measured up to
 *       {@code asOf} when one is given; one without a timeline is skipped.
 *   <li>Open interactions (no end event) are counted as open, never as a duration of zero; the
 *       shares leave them out of the base and count them.
 *   <li>Durations are whole milliseconds of the instants truncated to the millisecond. Exact by
 *       default (every value kept, nearest-rank percentiles); {@code approximate(d)} keeps an
 *       HdrHistogram with {@code d} significant digits instead. Both merge exactly.
 *   <li>Business time: {@code inBusinessTime(calendar)} measures only the time a
 *       {@link io.github.cxmetrics.support.BusinessCalendar} is open, exactly, across
 *       daylight-saving changes.
 *   <li>SLA: the most specific target applies (channel and priority, priority, channel,
 *       default); interactions without a target are counted apart; open interactions are judged
 *       at an explicit {@code asOf} instant, never at the clock's time.
 *   <li>Trends: {@code byPeriod} groups interactions by the period in which they were opened.
 *   <li>Empty input: {@code isEmpty()}; reading a statistic throws
 *       {@link java.lang.IllegalStateException}.
 * </ul>
 */
package io.github.cxmetrics.support;
