package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.UsageException;
import io.github.cxmetrics.cli.input.ResponsesInput;
import io.github.cxmetrics.scale.ScoreScale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which survey questions feed which metric, and on which scale. Defaults: the questions
 * {@code nps}, {@code csat}, {@code csi} and {@code ces}, and every question starting with
 * {@code cli_} for the loyalty index with {@code cli_competitor} reverse-coded; CSAT, CSI and CES
 * on the five-point scale. Changed with {@code --question METRIC=ID}, {@code --reverse-coded} and
 * {@code --scale METRIC=SCALE}. Immutable.
 */
public final class SurveyConfig implements ResponsesInput.Questions {

    /** The survey metrics of the report, in report order. */
    public enum Metric {
        NPS("nps", "NPS", "points"),
        CSAT("csat", "CSAT", "%"),
        CSI("csi", "CSI", "%"),
        CES("ces", "CES", "%"),
        CLI("cli", "CLI", "0-10");

        private final String id;
        private final String label;
        private final String unit;

        Metric(String id, String label, String unit) {
            this.id = id;
            this.label = label;
            this.unit = unit;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** Returns the unit of the score: NPS points, percent, or the loyalty scale. */
        public String unit() {
            return unit;
        }

        public static Metric byId(String id) {
            for (Metric m : values()) {
                if (m.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
            return null;
        }
    }

    static final String DEFAULT_CLI_PREFIX = "cli_";
    static final String DEFAULT_REVERSE_CODED = "cli_competitor";

    private final Map<Metric, String> questions;
    private final List<String> cliQuestions;
    private final String cliPrefix;
    private final Set<String> reverseCoded;
    private final Map<Metric, ScoreScale> scales;

    private SurveyConfig(Map<Metric, String> questions, List<String> cliQuestions, String cliPrefix,
            Set<String> reverseCoded, Map<Metric, ScoreScale> scales) {
        this.questions = questions;
        this.cliQuestions = cliQuestions;
        this.cliPrefix = cliPrefix;
        this.reverseCoded = reverseCoded;
        this.scales = scales;
    }

    /** Returns the default configuration. */
    public static SurveyConfig defaults() {
        return of(Map.of(), null, Map.of());
    }

    /**
     * Builds a configuration from the options.
     *
     * @param questionOptions {@code --question}: metric → question id; for {@code cli} a
     *     comma-separated list or a prefix ending in {@code *}
     * @param reverseOption {@code --reverse-coded}, or null for the default
     * @param scaleOptions {@code --scale}: metric → scale name
     * @throws UsageException if an option is invalid
     */
    public static SurveyConfig of(Map<String, String> questionOptions, List<String> reverseOption,
            Map<String, String> scaleOptions) {
        Map<Metric, String> questions = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            if (m != Metric.CLI) {
                questions.put(m, m.id());
            }
        }
        List<String> cliQuestions = null;
        String cliPrefix = DEFAULT_CLI_PREFIX;
        for (Map.Entry<String, String> e : questionOptions.entrySet()) {
            String key = e.getKey();
            String value = e.getValue().strip();
            if (Metric.byId(key) == null && Metric.byId(value) != null) {
                // ID=METRIC: a question's text, such as a column of a wide export, mapped to a metric.
                value = key.strip();
                key = e.getValue();
            }
            Metric metric = metric(key, "--question");
            if (value.isEmpty()) {
                throw new UsageException("--question: no question given for " + metric.id());
            }
            if (metric == Metric.CLI) {
                if (value.endsWith("*") && !value.contains(",")) {
                    cliPrefix = value.substring(0, value.length() - 1);
                } else {
                    cliPrefix = null;
                    cliQuestions = new ArrayList<>();
                    for (String q : value.split(",")) {
                        if (q.isBlank()) {
                            throw new UsageException("--question: empty question in cli=" + value);
                        }
                        cliQuestions.add(q.strip());
                    }
                }
            } else {
                if (value.contains(",") || value.contains("*")) {
                    throw new UsageException("--question: " + metric.id()
                            + " takes one question id: " + value);
                }
                questions.put(metric, value);
            }
        }
        Set<String> reverse = new LinkedHashSet<>();
        if (reverseOption == null) {
            if (matchesCli(DEFAULT_REVERSE_CODED, cliQuestions, cliPrefix)) {
                reverse.add(DEFAULT_REVERSE_CODED);
            }
        } else {
            for (String q : reverseOption) {
                if (q.isBlank()) {
                    continue;
                }
                if (!matchesCli(q.strip(), cliQuestions, cliPrefix)) {
                    throw new UsageException("--reverse-coded: '" + q.strip()
                            + "' is not a loyalty (cli) question");
                }
                reverse.add(q.strip());
            }
        }
        Map<Metric, ScoreScale> scales = new EnumMap<>(Metric.class);
        scales.put(Metric.NPS, ScoreScale.NPS);
        scales.put(Metric.CSAT, ScoreScale.FIVE_POINT);
        scales.put(Metric.CSI, ScoreScale.FIVE_POINT);
        scales.put(Metric.CES, ScoreScale.FIVE_POINT);
        scales.put(Metric.CLI, ScoreScale.NPS);
        for (Map.Entry<String, String> e : scaleOptions.entrySet()) {
            Metric metric = metric(e.getKey(), "--scale");
            if (metric == Metric.NPS || metric == Metric.CLI) {
                throw new UsageException("--scale: " + metric.id() + " is always on 0-10");
            }
            scales.put(metric, scale(e.getValue()));
        }
        SurveyConfig config = new SurveyConfig(questions,
                cliQuestions == null ? null : List.copyOf(cliQuestions), cliPrefix,
                Set.copyOf(reverse), scales);
        config.checkDistinct();
        return config;
    }

    private void checkDistinct() {
        Map<String, Metric> seen = new java.util.HashMap<>();
        for (Map.Entry<Metric, String> e : questions.entrySet()) {
            Metric other = seen.putIfAbsent(ResponsesInput.Questions.fold(e.getValue()),
                    e.getKey());
            if (other != null) {
                throw new UsageException("--question: '" + e.getValue() + "' is the question of both "
                        + other.id() + " and " + e.getKey().id());
            }
            if (matchesCli(e.getValue(), cliQuestions, cliPrefix)) {
                throw new UsageException("--question: '" + e.getValue() + "' is the question of both "
                        + e.getKey().id() + " and cli");
            }
        }
    }

    private static boolean matchesCli(String question, List<String> cliQuestions, String prefix) {
        return cliQuestion(question, cliQuestions, prefix) != null;
    }

    /**
     * Returns the loyalty question {@code question} is, regardless of case: one of the list as
     * the list spells it, or with a prefix the question as written; null if it is none.
     */
    private static String cliQuestion(String question, List<String> cliQuestions, String prefix) {
        String folded = ResponsesInput.Questions.fold(question);
        if (cliQuestions != null) {
            for (String q : cliQuestions) {
                if (ResponsesInput.Questions.fold(q).equals(folded)) {
                    return q;
                }
            }
            return null;
        }
        return folded.startsWith(ResponsesInput.Questions.fold(prefix)) ? question.strip() : null;
    }

    private static Metric metric(String id, String option) {
        Metric metric = Metric.byId(id);
        if (metric == null) {
            throw new UsageException(option + ": unknown metric '" + id
                    + "' (nps, csat, csi, ces or cli)");
        }
        return metric;
    }

    /** Returns the scale named on the command line: 5, 7, 3 or good-bad. */
    static ScoreScale scale(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "5", "five-point" -> ScoreScale.FIVE_POINT;
            case "7", "seven-point" -> ScoreScale.SEVEN_POINT;
            case "3", "three-point" -> ScoreScale.THREE_POINT;
            case "good-bad" -> ScoreScale.GOOD_BAD;
            default -> throw new UsageException("--scale: unknown scale '" + name
                    + "' (five-point, seven-point, three-point or good-bad)");
        };
    }

    /** Returns the metric a question feeds, regardless of case, or null if none. */
    public Metric metricOf(String question) {
        String folded = ResponsesInput.Questions.fold(question);
        for (Map.Entry<Metric, String> e : questions.entrySet()) {
            if (ResponsesInput.Questions.fold(e.getValue()).equals(folded)) {
                return e.getKey();
            }
        }
        return matchesCli(question, cliQuestions, cliPrefix) ? Metric.CLI : null;
    }

    /**
     * Returns the id of a question as the report spells it ({@code nps} for {@code NPS}, the
     * text given to {@code --question} for a column of a wide export), or null when it feeds no
     * metric.
     */
    @Override
    public String known(String question) {
        String folded = ResponsesInput.Questions.fold(question);
        for (String q : questions.values()) {
            if (ResponsesInput.Questions.fold(q).equals(folded)) {
                return q;
            }
        }
        String cli = cliQuestion(question, cliQuestions, cliPrefix);
        if (cli != null) {
            for (String reverse : reverseCoded) {
                if (ResponsesInput.Questions.fold(reverse).equals(folded)) {
                    return reverse;
                }
            }
        }
        return cli;
    }

    /** Returns the question of a single-question metric (not {@link Metric#CLI}). */
    public String question(Metric metric) {
        return questions.get(metric);
    }

    /** Returns the explicit loyalty questions, or null when they are chosen by a prefix. */
    public List<String> cliQuestions() {
        return cliQuestions;
    }

    /** Returns the reverse-coded loyalty questions. */
    public Set<String> reverseCoded() {
        return reverseCoded;
    }

    /** Returns the scale of a metric. */
    public ScoreScale scale(Metric metric) {
        return scales.get(metric);
    }

    /** Returns the scale of the metric a question feeds, or null when it feeds none. */
    public ScoreScale scaleOf(String question) {
        Metric metric = metricOf(question);
        return metric == null ? null : scales.get(metric);
    }

    /** Returns how the questions of a metric are described in the report. */
    public String describeQuestions(Metric metric) {
        if (metric != Metric.CLI) {
            return questions.get(metric);
        }
        return cliQuestions != null ? String.join(",", cliQuestions) : cliPrefix + "*";
    }
}
