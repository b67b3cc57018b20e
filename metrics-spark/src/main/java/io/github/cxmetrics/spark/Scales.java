package io.github.cxmetrics.spark;

import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.scale.ScoreScaleBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale argument of {@code cx_top_box}: the name of a built-in scale or a band spec.
 *
 * <pre>
 * scale  = built-in | [name ":"] band {"," band}
 * built-in = "five-point" | "seven-point" | "three-point" | "good-bad"
 * band   = ("negative" | "neutral" | "positive") score ["-" score]
 * name   = letters, digits, "_", "." or "-"; "custom" if none is given
 * score  = an integer, such as 7 or -2
 * </pre>
 *
 * <p>Examples: {@code 'negative 1-6, neutral 7-8, positive 9-10'} (a 1–10 scale, top box
 * 9–10), {@code 'effort: negative 5-7, neutral 4, positive 1-3'} (lower is better). Case and
 * spaces around the separators do not matter. The bands are checked by the core's
 * {@link ScoreScaleBuilder}: the negative and the positive band are required, bands may not
 * overlap or leave a gap. Every scale has one canonical text ({@link #text}), the one states
 * carry.
 */
final class Scales {

    private static final Map<String, ScoreScale> BUILT_IN = Map.of(
            "five-point", ScoreScale.FIVE_POINT,
            "seven-point", ScoreScale.SEVEN_POINT,
            "three-point", ScoreScale.THREE_POINT,
            "good-bad", ScoreScale.GOOD_BAD);
    private static final Pattern NAMED = Pattern.compile("\\s*([A-Za-z0-9_.-]+)\\s*:(.*)", Pattern.DOTALL);
    private static final Pattern BAND = Pattern.compile(
            "\\s*(negative|neutral|positive)\\s+(-?\\d{1,9})(?:\\s*-\\s*(-?\\d{1,9}))?\\s*");
    static final String GRAMMAR = "five-point, seven-point, three-point, good-bad or bands such as"
            + " 'negative 1-6, neutral 7-8, positive 9-10'";

    private Scales() {
    }

    /**
     * Reads a scale argument.
     *
     * @throws IllegalArgumentException if it is neither a built-in scale nor valid bands
     */
    static ScoreScale parse(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        ScoreScale builtIn = BUILT_IN.get(trimmed);
        if (builtIn != null) {
            return builtIn;
        }
        String name = "custom";
        String bands = trimmed;
        Matcher named = NAMED.matcher(trimmed);
        if (named.matches()) {
            name = named.group(1);
            bands = named.group(2);
        }
        ScoreScaleBuilder builder = ScoreScale.builder(name);
        Set<Band> seen = EnumSet.noneOf(Band.class);
        for (String part : bands.split(",", -1)) {
            Matcher band = BAND.matcher(part);
            if (!band.matches()) {
                throw new IllegalArgumentException("scale must be " + GRAMMAR + ": '" + text
                        + "' (cannot read '" + part.strip() + "')");
            }
            Band which = Band.valueOf(band.group(1).toUpperCase(Locale.ROOT));
            if (!seen.add(which)) {
                throw new IllegalArgumentException("scale: the " + band.group(1)
                        + " band is given twice: '" + text + "'");
            }
            int from = Integer.parseInt(band.group(2));
            int to = band.group(3) == null ? from : Integer.parseInt(band.group(3));
            switch (which) {
                case NEGATIVE -> builder.negative(from, to);
                case NEUTRAL -> builder.neutral(from, to);
                case POSITIVE -> builder.positive(from, to);
            }
        }
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Returns the canonical text of a scale: the name of a built-in scale, else the name and the
     * bands from the lowest score up, such as {@code custom: negative 1-6, neutral 7-8, positive
     * 9-10}. {@link #parse} of it gives an equal scale.
     */
    static String text(ScoreScale scale) {
        for (Map.Entry<String, ScoreScale> builtIn : BUILT_IN.entrySet()) {
            if (builtIn.getValue().equals(scale)) {
                return builtIn.getKey();
            }
        }
        List<String> bands = new ArrayList<>();
        int start = scale.min();
        for (int s = scale.min() + 1; s <= scale.max() + 1; s++) {
            if (s > scale.max() || scale.band(s) != scale.band(start)) {
                bands.add(scale.band(start).name().toLowerCase(Locale.ROOT) + " "
                        + (start == s - 1 ? String.valueOf(start) : start + "-" + (s - 1)));
                start = s;
            }
        }
        return scale.name().toLowerCase(Locale.ROOT) + ": " + String.join(", ", bands);
    }

    /**
     * Returns the text of a scale of the core, checked to read back to an equal scale.
     *
     * @throws IllegalArgumentException if the scale has no text form
     */
    static String textOf(ScoreScale scale) {
        String text = text(scale);
        ScoreScale back;
        try {
            back = parse(text);
        } catch (IllegalArgumentException e) {
            back = null;
        }
        if (!scale.equals(back)) {
            throw new IllegalArgumentException("scale " + scale.name() + " has no text form (its"
                    + " name must be letters, digits, '_', '.' or '-' in lower case, and each band"
                    + " one range of scores): " + text);
        }
        return text;
    }
}
