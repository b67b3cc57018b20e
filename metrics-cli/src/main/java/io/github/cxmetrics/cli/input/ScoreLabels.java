package io.github.cxmetrics.cli.input;

import io.github.cxmetrics.cli.UsageException;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a score cell is read as people and survey tools write it: an integer ({@code 9}), an
 * integer written as a decimal ({@code 9.0}, {@code 9,0} in a file with a decimal comma), a
 * number with its label ({@code 10 - Extremely likely}), or a label of the question's scale
 * ({@code Very satisfied}, {@code Good, I'm satisfied}) from the map of {@link #DEFAULTS},
 * extended by {@code --score-label}. {@code N/A}, {@code NA}, {@code -} and an empty cell are a
 * question shown but not answered. Anything else (a fraction such as {@code 9.5}, {@code +9}, an
 * unknown label) is an unparseable score. Labels compare regardless of case and of runs of
 * blanks. Immutable.
 */
public final class ScoreLabels {

    /** The labels of each built-in scale, by the scale's option name. */
    static final Map<String, Map<String, Integer>> DEFAULTS = builtIn();

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})\\s*[-\u2013\u2014:]\\s*\\p{L}.*");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern INTEGRAL_POINT = Pattern.compile("-?\\d{1,9}\\.0+");
    private static final Pattern INTEGRAL_COMMA = Pattern.compile("-?\\d{1,9},0+");

    private final Map<String, Map<String, Integer>> byScale;
    private final Map<String, Integer> everyScale;

    private ScoreLabels(Map<String, Map<String, Integer>> byScale,
            Map<String, Integer> everyScale) {
        this.byScale = byScale;
        this.everyScale = everyScale;
    }

    /** Returns the built-in labels. */
    public static ScoreLabels defaults() {
        return new ScoreLabels(DEFAULTS, Map.of());
    }

    /**
     * Returns the built-in labels with those of {@code --score-label}.
     *
     * @param given {@code [SCALE:]LABEL → SCORE}; without a scale the label holds on every
     *     scale
     * @throws UsageException if a scale is unknown or a score is not an integer
     */
    public static ScoreLabels of(Map<String, String> given) {
        Map<String, Map<String, Integer>> byScale = new HashMap<>();
        DEFAULTS.forEach((k, v) -> byScale.put(k, new HashMap<>(v)));
        Map<String, Integer> every = new HashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String key = e.getKey();
            int colon = key.indexOf(':');
            String scale = colon < 0 ? null : scaleName(key.substring(0, colon));
            String label = normalized(colon < 0 ? key : key.substring(colon + 1));
            if (label.isEmpty()) {
                throw new UsageException("--score-label: no label given in " + key + "="
                        + e.getValue());
            }
            int score;
            try {
                score = Integer.parseInt(e.getValue().strip());
            } catch (NumberFormatException ex) {
                throw new UsageException("--score-label: the score of '" + label
                        + "' must be an integer: " + e.getValue());
            }
            (scale == null ? every : byScale.get(scale)).put(label, score);
        }
        return new ScoreLabels(byScale, every);
    }

    /** Returns the option name of a scale: {@code nps}, {@code five-point}, …; or throws. */
    private static String scaleName(String given) {
        String name = given.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "nps", "0-10", "11-point" -> "nps";
            case "5", "five-point" -> "five-point";
            case "7", "seven-point" -> "seven-point";
            case "3", "three-point" -> "three-point";
            case "good-bad" -> "good-bad";
            default -> throw new UsageException("--score-label: unknown scale '" + given
                    + "' (nps, five-point, seven-point, three-point or good-bad)");
        };
    }

    /** Returns the option name of a built-in scale, or null for a scale of another name. */
    static String nameOf(ScoreScale scale) {
        if (scale == ScoreScale.NPS) {
            return "nps";
        }
        return DEFAULTS.containsKey(scale.name()) ? scale.name() : null;
    }

    /**
     * Reads a score cell.
     *
     * @param cell the stripped cell
     * @param scale the scale of the question, or null for a question that feeds no metric (any
     *     scale's label is then read)
     * @param decimalComma whether the file writes decimals with a comma
     * @return the score, or {@link Response#NO_SCORE} for a question not answered
     * @throws RowException if the cell is not a score
     */
    int read(String cell, ScoreScale scale, boolean decimalComma) {
        if (isUnanswered(cell)) {
            return Response.NO_SCORE;
        }
        char first = cell.charAt(0);
        if ((first >= '0' && first <= '9') || first == '-') {
            String integer = integral(cell, decimalComma);
            if (integer != null) {
                return integer(integer, cell);
            }
            Matcher numbered = NUMBERED.matcher(cell);
            if (numbered.matches()) {
                return Integer.parseInt(numbered.group(1));
            }
            String pointed = decimalComma ? Row.pointed(cell) : cell;
            if (Row.isDecimal(pointed == null ? cell : pointed)) {
                throw new RowException(Reason.BAD_NUMBER, "score is not an integer", cell);
            }
        }
        Integer labelled = label(normalized(cell), scale);
        if (labelled != null) {
            return labelled;
        }
        if (!LETTER.matcher(cell).find()) {
            // +9, other digits, 9-10: numbers the reader does not take, not labels.
            throw new RowException(Reason.BAD_NUMBER, "score is not an integer", cell);
        }
        String name = scale == null ? null : nameOf(scale);
        throw new RowException(Reason.BAD_NUMBER, "score is not an integer or a label of the "
                + (name == null ? "" : name + " ") + "scale (--score-label)", cell);
    }

    /** Returns whether a cell says that the question was not answered. */
    static boolean isUnanswered(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "", "n/a", "na", "-" -> true;
            default -> false;
        };
    }

    /**
     * Returns the integer digits of an integer, or of a decimal whose fraction is zero
     * ({@code 9.0}), or null.
     */
    private static String integral(String cell, boolean decimalComma) {
        int start = cell.charAt(0) == '-' ? 1 : 0;
        boolean digits = cell.length() > start;
        for (int i = start; i < cell.length() && digits; i++) {
            digits = cell.charAt(i) >= '0' && cell.charAt(i) <= '9';
        }
        if (digits) {
            return cell;
        }
        Pattern integral = decimalComma ? INTEGRAL_COMMA : INTEGRAL_POINT;
        if (integral.matcher(cell).matches()) {
            return cell.substring(0, cell.indexOf(decimalComma ? ',' : '.'));
        }
        return null;
    }

    private static int integer(String digits, String cell) {
        int start = digits.charAt(0) == '-' ? 1 : 0;
        if (digits.length() - start > 9) {
            throw new RowException(Reason.BAD_NUMBER, "score is out of range", cell);
        }
        return Integer.parseInt(digits);
    }

    private Integer label(String label, ScoreScale scale) {
        Integer every = everyScale.get(label);
        if (every != null) {
            return every;
        }
        if (scale != null) {
            String name = nameOf(scale);
            return name == null ? null : byScale.get(name).get(label);
        }
        for (String name : DEFAULTS.keySet()) {
            Integer score = byScale.get(name).get(label);
            if (score != null) {
                return score;
            }
        }
        return null;
    }

    /** Returns a label as compared: lower case, blanks collapsed, apostrophes unified. */
    static String normalized(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("\\s+", " ");
    }

    /** Returns the labels of a built-in scale, for the documentation: label = score. */
    static List<String> describe(String scale) {
        List<String> out = new ArrayList<>();
        DEFAULTS.get(scale).forEach((label, score) -> out.add(label + " = " + score));
        return out;
    }

    private static Map<String, Map<String, Integer>> builtIn() {
        Map<String, Map<String, Integer>> d = new LinkedHashMap<>();
        d.put("nps", labels("not at all likely", 0, "extremely likely", 10));
        d.put("five-point", labels(
                "very dissatisfied", 1, "dissatisfied", 2, "neither satisfied nor dissatisfied", 3,
                "neutral", 3, "satisfied", 4, "very satisfied", 5,
                "very unsatisfied", 1, "unsatisfied", 2,
                "very difficult", 1, "difficult", 2, "neither easy nor difficult", 3, "easy", 4,
                "very easy", 5,
                "very poor", 1, "poor", 2, "fair", 3, "good", 4, "excellent", 5,
                "strongly disagree", 1, "disagree", 2, "neither agree nor disagree", 3,
                "agree", 4, "strongly agree", 5));
        d.put("seven-point", labels(
                "strongly disagree", 1, "disagree", 2, "somewhat disagree", 3,
                "neither agree nor disagree", 4, "neutral", 4, "somewhat agree", 5, "agree", 6,
                "strongly agree", 7,
                "extremely difficult", 1, "very difficult", 2, "difficult", 3,
                "neither easy nor difficult", 4, "easy", 5, "very easy", 6, "extremely easy", 7));
        d.put("three-point", labels("not satisfied", 1, "dissatisfied", 1, "unsatisfied", 1,
                "neutral", 2, "satisfied", 3));
        d.put("good-bad", labels("bad", 0, "good", 1, "bad, i'm unsatisfied", 0,
                "good, i'm satisfied", 1));
        return java.util.Collections.unmodifiableMap(d);
    }

    private static Map<String, Integer> labels(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
