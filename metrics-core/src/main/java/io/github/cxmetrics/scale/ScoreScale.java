package io.github.cxmetrics.scale;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An integer answer scale: its range, which scores are negative, neutral and positive, and which
 * end is better. The extension point of the survey metrics: NPS, top-box (CSAT, CSI, CES) and the
 * loyalty index are computed on a scale, and users define their own.
 *
 * <h2>Built-in scales</h2>
 * <table class="striped">
 *   <caption>Built-in scales</caption>
 *   <thead><tr><th>scale</th><th>range</th><th>negative</th><th>neutral</th><th>positive</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #NPS}</td><td>0–10</td><td>0–6 (detractors)</td><td>7–8 (passives)</td><td>9–10 (promoters)</td></tr>
 *   <tr><td>{@link #FIVE_POINT}</td><td>1–5</td><td>1–2</td><td>3</td><td>4–5</td></tr>
 *   <tr><td>{@link #SEVEN_POINT}</td><td>1–7</td><td>1–3</td><td>4</td><td>5–7 (CES 2.0)</td></tr>
 *   <tr><td>{@link #THREE_POINT}</td><td>1–3</td><td>1</td><td>2</td><td>3</td></tr>
 *   <tr><td>{@link #GOOD_BAD}</td><td>0–1</td><td>0 (bad)</td><td>none</td><td>1 (good)</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Defining a scale</h2>
 * With the {@linkplain #builder(String) builder}, which checks the definition when it is built:
 * <pre>{@code
 * // CES run as "how much effort": 1 = very little (good) ... 5 = a great deal (bad)
 * ScoreScale effort = ScoreScale.builder("effort-1-5")
 *         .positive(1, 2).neutral(3, 3).negative(4, 5)
 *         .build();                        // direction LOWER_IS_BETTER, inferred
 * }</pre>
 * or by implementing this interface; calculators check an implementation with
 * {@link #requireConsistent(ScoreScale)} when it is given to them.
 *
 * <h2>Consistency</h2>
 * A scale is consistent when {@code min() <= max()}, it has at most {@link #MAX_SIZE} scores,
 * every score in the range has a band, it has at least one negative and one positive score, and
 * bands are ordered by the direction: for {@link Direction#HIGHER_IS_BETTER} no score is in a
 * lower band than a smaller score (negative, then neutral, then positive), and the reverse for
 * {@link Direction#LOWER_IS_BETTER}.
 *
 * <h2>Reverse coding and conversion</h2>
 * {@link #reverse(int)} maps a score to {@code min + max - score} (on 0–10, {@code 10 - x}):
 * used for reverse-coded items such as "would you buy the same products from another company?"
 * in the loyalty index. {@link #convert(int, ScoreScale)} maps a score linearly onto another
 * scale's range.
 */
public interface ScoreScale {

    /** The largest number of scores a scale may have; results keep one counter per score. */
    int MAX_SIZE = 1001;

    /** Net Promoter Score, 0–10: detractors 0–6, passives 7–8, promoters 9–10. */
    ScoreScale NPS = builder("nps-0-10").negative(0, 6).neutral(7, 8).positive(9, 10).build();

    /** Five-point satisfaction (CSAT, CSI) or ease (CES) scale, 1–5: negative 1–2, neutral 3, positive 4–5. */
    ScoreScale FIVE_POINT =
            builder("five-point").negative(1, 2).neutral(3, 3).positive(4, 5).build();

    /** Seven-point agreement scale of CES 2.0, 1–7: negative 1–3, neutral 4, positive 5–7. */
    ScoreScale SEVEN_POINT =
            builder("seven-point").negative(1, 3).neutral(4, 4).positive(5, 7).build();

    /** Three-point scale (as in Delighted's three-point CSAT), 1–3: negative 1, neutral 2, positive 3. */
    ScoreScale THREE_POINT =
            builder("three-point").negative(1, 1).neutral(2, 2).positive(3, 3).build();

    /**
     * Two-point good/bad rating (as in Zendesk's CSAT): 0 = bad (negative), 1 = good (positive);
     * the top-box share on it is {@code good / (good + bad)}.
     */
    ScoreScale GOOD_BAD = builder("good-bad").negative(0, 0).positive(1, 1).build();

    /** Returns the name of the scale, used in messages. */
    String name();

    /** Returns the smallest score on the scale. */
    int min();

    /** Returns the largest score on the scale. */
    int max();

    /**
     * Returns the band of a score.
     *
     * @param score a score in {@code [min(), max()]}
     * @return the band, never null
     * @throws IllegalArgumentException if the score is outside the scale
     */
    Band band(int score);

    /** Returns which end of the scale is better. */
    Direction direction();

    /** Returns whether {@code score} lies in {@code [min(), max()]}. */
    default boolean contains(int score) {
        return score >= min() && score <= max();
    }

    /** Returns the number of scores on the scale, {@code max() - min() + 1}. */
    default int size() {
        return max() - min() + 1;
    }

    /**
     * Reverse-codes a score: {@code min() + max() - score}. On 0–10, 3 becomes 7. Reversing twice
     * gives the score back.
     *
     * @throws IllegalArgumentException if the score is outside the scale
     */
    default int reverse(int score) {
        requireScore(score);
        return min() + max() - score;
    }

    /**
     * Converts a score linearly onto another scale:
     * {@code target.min + (score - min) × (target.max - target.min) / (max - min)}, first
     * reversing the position when the two scales' directions differ. The ends map to the ends:
     * 4 on {@link #FIVE_POINT} is 7.5 on {@link #NPS}; 1 (best) on a lower-is-better 1–5 scale is
     * 5 on {@link #FIVE_POINT}. A one-score scale maps to the middle of the target.
     *
     * <p>The result is a position on the target's range, not a score a respondent could give, and
     * it does not preserve bands: 3 on five points (neutral) is 5 on NPS (a detractor score).
     *
     * @param score a score on this scale
     * @param target the scale to convert to
     * @return the converted value, in {@code [target.min(), target.max()]}
     * @throws IllegalArgumentException if the score is outside this scale
     */
    default double convert(int score, ScoreScale target) {
        Objects.requireNonNull(target, "target must not be null");
        requireScore(score);
        double position = size() == 1 ? 0.5 : (double) (score - min()) / (max() - min());
        if (direction() != target.direction()) {
            position = 1 - position;
        }
        return target.min() + position * (target.max() - target.min());
    }

    /**
     * Returns {@code score} if it lies on the scale.
     *
     * @throws IllegalArgumentException {@code "score must be in [0, 10]: 11"}
     */
    default int requireScore(int score) {
        return requireScore(score, null);
    }

    /**
     * Returns {@code score} if it lies on the scale; otherwise throws, saying where the score came
     * from. The one range check of the library: calculators, score columns and service bands all
     * report a score off the scale through it.
     *
     * @param where what the score belongs to, computed only when the check fails; null for nothing
     * @throws IllegalArgumentException {@code "score must be in [0, 10]: 11 (customer c-7, …)"}
     */
    default int requireScore(int score, Supplier<String> where) {
        if (!contains(score)) {
            String context = where == null ? null : where.get();
            throw new IllegalArgumentException("score must be in [" + min() + ", " + max() + "]: "
                    + score + (context == null ? "" : " (" + context + ")"));
        }
        return score;
    }

    /**
     * Returns a builder of a scale with the given name.
     *
     * @param name the scale's name, not blank
     */
    static ScoreScaleBuilder builder(String name) {
        return new ScoreScaleBuilder(name);
    }

    /**
     * Checks that a scale, typically a user's implementation of this interface, is consistent
     * (see the class description) and returns it.
     *
     * @throws IllegalArgumentException naming what is wrong, e.g.
     *     {@code "scale 'x' has no band for score 4"}
     */
    static ScoreScale requireConsistent(ScoreScale scale) {
        return ScaleValidation.requireConsistent(scale);
    }
}
