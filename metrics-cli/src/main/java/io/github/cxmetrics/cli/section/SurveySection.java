package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.cli.input.Part;
import static io.github.cxmetrics.cli.report.Cells.orNull;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.cli.UsageException;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.report.Cells;
import io.github.cxmetrics.cli.report.Report;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.survey.Comparison;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The survey section: NPS, CSAT, CSI, CES and the loyalty index over the responses file, overall,
 * by {@code --by} group and by {@code --period}, with the change between the last two periods
 * and its test. One pass: each response goes to its metric's accumulator of its cell, a group
 * within a period ({@link SurveyCells}: what {@code groupBy(key).byPeriod(period, zone)} of the
 * metric's calculator gives); the overall, per-group and per-period results are exact sums of
 * those cells. Memory: metrics × periods × groups × the
 * scale's size, whatever the number of rows.
 */
public final class SurveySection implements ReportSection {

    /** How many question names that feed no metric are listed by name. */
    private static final int MAX_OTHER_QUESTIONS = 20;
    /** The most question ids a tally keeps the metric of (a file may have any number). */
    private static final int MAX_KNOWN_QUESTIONS = 1_024;

    /** The survey section's options: {@code --small-sample}. */
    public static final class Options implements SectionOptions {

        @Option(names = "--small-sample", paramLabel = "N", defaultValue = "30",
                description = "Flag results with an effective sample size below N (default:"
                        + " ${DEFAULT-VALUE}).")
        int smallSample;

        @Override
        public void validate(ReportConfig config) {
            if (smallSample < 0) {
                throw new UsageException("--small-sample must be >= 0: " + smallSample);
            }
        }

        @Override
        public ReportSection create(ReportConfig config) {
            return config.has(InputKind.RESPONSES) ? new SurveySection(config, smallSample) : null;
        }

        /**
         * Adds {@code small_sample}, always: the survey flags its results by it, and the HTML
         * report marks the small samples of the other sections by the same threshold.
         */
        @Override
        public void describe(ReportConfig config, Map<String, String> parameters) {
            parameters.put("small_sample", Integer.toString(smallSample));
        }
    }

    private final ReportConfig config;
    private final int smallSample;
    private final Map<SurveyConfig.Metric, Track<?>> tracks = new EnumMap<>(SurveyConfig.Metric.class);
    private final Tally tally;
    /** The labels of the groups and periods in the tables, by key. */
    private final Map<Object, String> labels = new HashMap<>();

    SurveySection(ReportConfig config, int smallSample) {
        this.config = config;
        this.smallSample = smallSample;
        for (SurveyConfig.Metric metric : SurveyConfig.Metric.values()) {
            tracks.put(metric, new Track<>(SurveyMetric.of(metric, config.survey(), config.level(),
                    smallSample)));
        }
        this.tally = new Tally(new SurveyCells(config.period(), config.zone(), groupKey(config)));
    }

    private static Function<Response, String> groupKey(ReportConfig config) {
        String by = config.by();
        if (by.equals("channel")) {
            return r -> r.channel().name();
        }
        GroupBy groups = config.groups();
        return switch (groups.source(InputKind.RESPONSES)) {
            case OWN -> r -> r.attributeOr(by, Cells.NONE);
            case CUSTOMERS -> r -> groups.ofCustomer(r.customerId());
            case NONE -> r -> Cells.NONE;
        };
    }

    /** Returns whether the responses have groups: their own column or their customers'. */
    private boolean grouped() {
        return config.groups().source(InputKind.RESPONSES) != GroupBy.Source.NONE;
    }

    @Override
    public void connect(Feeds feeds) {
        feeds.onParts(config.responses(), tally);
    }

    /**
     * What the section gathers from the responses: the cells (group within period) and, per
     * metric, the accumulators of its cells; and the responses to questions that feed no metric.
     */
    private final class Tally implements Part<Response> {
        final SurveyCells cells;
        final Map<SurveyConfig.Metric, SurveyCells.Metric<?>> metricCells =
                new EnumMap<>(SurveyConfig.Metric.class);
        final NameCounts others = new NameCounts(MAX_OTHER_QUESTIONS);
        /**
         * The metric of each question met, found once per question (a question of the loyalty
         * index is matched against every metric's question, regardless of case, then the
         * index's); one per reading thread, as the tally.
         */
        private final Map<String, Optional<SurveyConfig.Metric>> metrics = new HashMap<>();

        Tally(SurveyCells cells) {
            this.cells = cells;
            tracks.forEach((metric, track) -> metricCells.put(metric,
                    new SurveyCells.Metric<>(track.metric.calculator())));
        }

        @Override
        public void accept(Response response) {
            SurveyConfig.Metric metric = metricOf(response.question());
            if (metric == null) {
                others.add(response.question());
            } else {
                metricCells.get(metric).add(cells.cellOf(response), response);
            }
        }

        private SurveyConfig.Metric metricOf(String question) {
            Optional<SurveyConfig.Metric> metric = metrics.get(question);
            if (metric == null) {
                metric = Optional.ofNullable(config.survey().metricOf(question));
                if (metrics.size() < MAX_KNOWN_QUESTIONS) {
                    metrics.put(question, metric);
                }
            }
            return metric.orElse(null);
        }

        @Override
        public Part<Response> emptyCopy() {
            return new Tally(cells.emptyCopy());
        }

        @Override
        public void merge(Part<Response> later) {
            Tally that = (Tally) later;
            int[] numbers = cells.numbersOf(that.cells);
            metricCells.forEach((metric, m) -> m.merge(that.metricCells.get(metric), numbers));
            others.merge(that.others);
        }
    }

    /** One metric and its results. */
    private static final class Track<R> {
        final SurveyMetric<R> metric;
        SortedMap<CalendarPeriod, Map<String, R>> results;
        R overall;
        final SortedMap<String, R> byGroup = new TreeMap<>();
        final SortedMap<CalendarPeriod, R> byPeriod = new TreeMap<>();

        Track(SurveyMetric<R> metric) {
            this.metric = metric;
        }

        /** Sums the results of the cells, by group, by period and overall. */
        @SuppressWarnings("unchecked")
        void finish(SurveyCells cells, SurveyCells.Metric<?> metricCells) {
            results = ((SurveyCells.Metric<R>) metricCells).results(cells);
            for (Map.Entry<CalendarPeriod, Map<String, R>> period : results.entrySet()) {
                for (Map.Entry<String, R> cell : period.getValue().entrySet()) {
                    byGroup.merge(cell.getKey(), cell.getValue(), metric.plus());
                    byPeriod.merge(period.getKey(), cell.getValue(), metric.plus());
                    overall = overall == null ? cell.getValue()
                            : metric.plus().apply(overall, cell.getValue());
                }
            }
        }

        SurveyMetric.Figures figures(R result) {
            return metric.figures().apply(result);
        }

        String label() {
            return metric.metric().label();
        }
    }

    @Override
    public Report.Section finish(Instant asOf) {
        List<Track<?>> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Map.Entry<SurveyConfig.Metric, Track<?>> e : tracks.entrySet()) {
            Track<?> track = e.getValue();
            track.finish(tally.cells, tally.metricCells.get(e.getKey()));
            if (track.overall != null) {
                present.add(track);
            } else {
                absent.add(track.metric.metric().id() + " (" + config.survey()
                        .describeQuestions(track.metric.metric()) + ")");
            }
        }
        String ci = Cells.ciTitle(config.level());
        String periodName = config.periodName().toLowerCase(Locale.ROOT);
        List<String> notes = new ArrayList<>();
        notes.add("Scores: NPS in points (-100..100), CSAT/CSI/CES in % top-box, CLI as the mean"
                + " on 0-10. " + ci + ": NPS adjusted Wald, CSAT/CSI/CES Wilson, CLI t. n counts"
                + " answers (for CLI, answers to all its questions); small sample: effective n < "
                + smallSample + ".");
        if (!absent.isEmpty()) {
            notes.add("No responses to: " + String.join(", ", absent) + ".");
        }
        if (tally.others.total() > 0) {
            notes.add("Not used: " + tally.others.describe("response", "responses")
                    + " to questions that feed no metric (" + tally.others.list()
                    + "); map them with --question.");
        }
        if (!grouped()) {
            notes.add(config.groups().noteOf("responses"));
        } else if (config.groups().source(InputKind.RESPONSES) == GroupBy.Source.CUSTOMERS) {
            notes.add(config.groups().joinedNote("responses"));
        }
        if (present.isEmpty()) {
            return new Report.Section("survey", "Survey", true, notes, List.of());
        }
        List<Report.Table> tables = new ArrayList<>();
        tables.add(overall(present, ci));
        tables.add(bands(present));
        if (grouped()) {
            tables.add(byGroup(present, ci));
        }
        tables.add(byPeriod(present, ci, periodName));
        tables.add(change(present, ci, periodName));
        return new Report.Section("survey", "Survey", true, notes, tables);
    }

    private Report.Table overall(List<Track<?>> present, String ci) {
        Report.Table.Builder t = Report.Table.builder("survey.overall", "Survey metrics")
                .text("metric", "metric").text("question", "question").text("unit", "unit")
                .count("n", "n").count("unanswered", "unanswered")
                .column("score", "score", Report.Type.NUMBER, 1)
                .column("ci", ci, Report.Type.INTERVAL, 1)
                .column("mean", "mean", Report.Type.NUMBER, 2)
                .column("small_sample", "small sample", Report.Type.FLAG, 0);
        for (Track<?> track : present) {
            overallRow(t, track);
        }
        return t.build();
    }

    private <R> void overallRow(Report.Table.Builder t, Track<R> track) {
        SurveyMetric.Figures f = track.figures(track.overall);
        SurveyConfig.Metric m = track.metric.metric();
        t.row(m.label(), config.survey().describeQuestions(m), m.unit(), f.n(), f.missing(),
                f.score(), f.interval(), f.mean(), f.small());
    }

    private Report.Table bands(List<Track<?>> present) {
        Report.Table.Builder t = Report.Table.builder("survey.bands", "Score bands (% of n)")
                .text("metric", "metric").count("n", "n")
                .column("negative", "negative", Report.Type.NUMBER, 1)
                .column("neutral", "neutral", Report.Type.NUMBER, 1)
                .column("positive", "positive", Report.Type.NUMBER, 1)
                .note("NPS: negative = detractors (0-6), neutral = passives (7-8), positive ="
                        + " promoters (9-10); CSAT, CSI and CES by their scale's bands (1-2, 3, 4-5"
                        + " on five points).");
        for (Track<?> track : present) {
            bandsRow(t, track);
        }
        return t.build();
    }

    private <R> void bandsRow(Report.Table.Builder t, Track<R> track) {
        if (track.metric.metric() == SurveyConfig.Metric.CLI) {
            return;
        }
        SurveyMetric.Figures f = track.figures(track.overall);
        t.row(track.label(), f.n(), f.negative(), f.neutral(), f.positive());
    }

    private Report.Table byGroup(List<Track<?>> present, String ci) {
        return breakdown("survey.by_group", "By " + config.by(), "group", config.by(), present, ci,
                false);
    }

    private Report.Table byPeriod(List<Track<?>> present, String ci, String periodName) {
        return breakdown("survey.by_period", "By " + periodName + " (" + config.zone() + ")",
                "period", periodName, present, ci, true);
    }

    /** A table of each metric's results per key: per group, or per period. */
    private Report.Table breakdown(String id, String title, String keyId, String keyTitle,
            List<Track<?>> present, String ci, boolean periods) {
        Report.Table.Builder t = Report.Table.builder(id, title)
                .text("metric", "metric").text(keyId, keyTitle).count("n", "n")
                .column("score", "score", Report.Type.NUMBER, 1)
                .column("ci", ci, Report.Type.INTERVAL, 1)
                .column("small_sample", "small sample", Report.Type.FLAG, 0);
        for (Track<?> track : present) {
            breakdownRows(t, track, periods);
        }
        return t.build();
    }

    private <R> void breakdownRows(Report.Table.Builder t, Track<R> track, boolean periods) {
        Map<?, R> results = periods ? track.byPeriod : track.byGroup;
        for (Map.Entry<?, R> e : results.entrySet()) {
            SurveyMetric.Figures f = track.figures(e.getValue());
            t.row(track.label(), label(e.getKey()), f.n(), f.score(), f.interval(), f.small());
        }
    }

    /**
     * Returns the label of a group or period, made once per key: a period's label goes through
     * {@code String.format}, slow in a short run, and every metric's rows repeat the periods.
     */
    private String label(Object key) {
        return labels.computeIfAbsent(key, Object::toString);
    }

    private Report.Table change(List<Track<?>> present, String ci, String periodName) {
        Report.Table.Builder t = Report.Table.builder("survey.change",
                        "Change between the last two " + periodName + "s")
                .text("metric", "metric").text("group", config.by())
                .text("previous", "previous").text("latest", "latest")
                .column("previous_score", "previous score", Report.Type.NUMBER, 1)
                .column("latest_score", "latest score", Report.Type.NUMBER, 1)
                .column("change", "change", Report.Type.SIGNED, 1)
                .column("change_ci", ci + " of change", Report.Type.INTERVAL, 1)
                .column("p_value", "p-value", Report.Type.P_VALUE, 3)
                .column("small_sample", "small sample", Report.Type.FLAG, 0)
                .note("change = latest - previous, over the last two " + periodName + "s with"
                        + " responses to the metric; tests: NPS adjusted-Wald z-test, CSAT/CSI/CES"
                        + " Agresti-Caffo two-proportion z-test, CLI Welch t-test.");
        List<String> single = new ArrayList<>();
        for (Track<?> track : present) {
            if (track.byPeriod.size() < 2) {
                single.add(track.label());
            } else {
                changeRows(t, track);
            }
        }
        if (!single.isEmpty()) {
            t.note("No change for " + String.join(", ", single) + ": responses in one " + periodName
                    + " only.");
        }
        return t.build();
    }

    private <R> void changeRows(Report.Table.Builder t, Track<R> track) {
        CalendarPeriod latest = track.byPeriod.lastKey();
        CalendarPeriod previous = track.byPeriod.headMap(latest).lastKey();
        changeRow(t, track, Cells.ALL, track.byPeriod.get(previous), track.byPeriod.get(latest),
                previous, latest);
        TreeSet<String> groups = new TreeSet<>(grouped() ? track.byGroup.keySet() : Set.of());
        for (String group : groups) {
            changeRow(t, track, group, track.results.get(previous).get(group),
                    track.results.get(latest).get(group), previous, latest);
        }
    }

    private <R> void changeRow(Report.Table.Builder t, Track<R> track, String group, R before,
            R after, CalendarPeriod previous, CalendarPeriod latest) {
        SurveyMetric.Figures b = before == null ? null : track.figures(before);
        SurveyMetric.Figures a = after == null ? null : track.figures(after);
        Comparison c = before == null || after == null ? null
                : orNull(() -> compare(track, after, before));
        Interval interval = c == null ? null : orNull(
                () -> c.confidenceInterval(config.level()));
        boolean small = (b == null || b.small()) || (a == null || a.small());
        t.row(track.label(), group, label(previous), label(latest),
                b == null ? null : b.score(), a == null ? null : a.score(),
                c == null ? null : Cells.finite(c.difference()), interval,
                c == null ? null : Cells.finite(c.pValue()), small);
    }

    private static <R> Comparison compare(Track<R> track, R after, R before) {
        try {
            return track.metric.compare().apply(after, before);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
