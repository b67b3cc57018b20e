/**
 * Live customer-experience metrics in a service's own monitoring: recorders that a service feeds
 * as answers and tickets arrive, and that publish Micrometer gauges over a sliding window.
 *
 * <ul>
 *   <li>{@link io.github.cxmetrics.micrometer.ResponseRecorder}: NPS or a top-box score (CSAT,
 *       CSI, CES) of survey responses, with its interval, base and band counts;
 *   <li>{@link io.github.cxmetrics.micrometer.InteractionRecorder}: median and p90 of response or
 *       resolution times, with SLA attainment.
 * </ul>
 *
 * <p><b>Window.</b> A window of length {@code L} in {@code k} buckets holds the items recorded in
 * the current bucket and the {@code k − 1} before it, by the recorder's clock: an item counts from
 * when it is recorded until between {@code L − L/k} and {@code L} later. Each bucket is the core
 * calculator's accumulator (split into stripes while it is current), and the figures are their
 * exact merge: the same as the calculator's {@code compute} over the items in the window.
 *
 * <p><b>Small windows.</b> A window with fewer items than the minimum sample (30 by default)
 * publishes NaN for its score, interval and percentiles, and 1 on its {@code small.sample} gauge;
 * its counts are published as they are.
 *
 * <p><b>Tags.</b> Tag functions split the items into series, one per combination of values, at
 * most {@code maxTagValues} (100 by default); later combinations share one overflow series,
 * tagged {@code other}, and are counted by {@code <name>.tags.overflow}.
 */
package io.github.cxmetrics.micrometer;
