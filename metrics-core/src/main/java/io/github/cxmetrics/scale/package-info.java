/**
 * Score scales: the range of answers, the negative / neutral / positive bands and the direction
 * of a question. {@link io.github.cxmetrics.scale.ScoreScale} has the built-in scales (NPS 0–10,
 * five-point, seven-point CES 2.0, three-point, good/bad) and the builder for custom ones.
 *
 * <p>Reverse coding: {@code reverse(x) = min + max − x}. Linear conversion from scale A to B:
 * {@code B.min + (x − A.min) × (B.max − B.min) / (A.max − A.min)}, with the position mirrored
 * when the directions differ.
 */
package io.github.cxmetrics.scale;
