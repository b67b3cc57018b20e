package io.github.cxmetrics.cli;

import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.cli.input.InputException;
import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.InputOptions;
import io.github.cxmetrics.cli.input.InputReader;
import io.github.cxmetrics.cli.input.InputStats;
import io.github.cxmetrics.cli.input.Part;
import io.github.cxmetrics.cli.input.ReadOptions;
import io.github.cxmetrics.cli.input.Reason;
import io.github.cxmetrics.cli.report.JsonWriter;
import io.github.cxmetrics.cli.report.Report;
import io.github.cxmetrics.cli.section.Feeds;
import io.github.cxmetrics.cli.section.GroupBy;
import io.github.cxmetrics.cli.section.ReportConfig;
import io.github.cxmetrics.cli.section.ReportSection;
import io.github.cxmetrics.cli.section.SectionOptions;
import io.github.cxmetrics.cli.section.SurveyConfig;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a report: creates the sections the inputs allow, reads every given file once (in the
 * order of {@link InputKind}) into the sections that read it, and assembles the {@link Report}:
 * the input summary first, then each section.
 */
final class ReportRunner {

    private final ReportConfig config;
    private final List<SectionOptions> sectionOptions;
    private final PrintStream err;
    private final List<InputStats> stats = new ArrayList<>();
    private final boolean breakdowns;
    private final String command;

    /**
     * Creates the runner.
     *
     * @param config what every section shares
     * @param sectionOptions the options of every section, validated, in report order
     * @param err where progress lines go
     */
    ReportRunner(ReportConfig config, List<SectionOptions> sectionOptions, PrintStream err) {
        this(config, sectionOptions, err, "report");
    }

    /**
     * Creates the runner of a command: {@code report}, or one without breakdowns
     * ({@code drivers}, {@code clv}) whose parameters leave out {@code by} and {@code period}.
     *
     * @param command the command, the heading of the text and HTML output
     */
    ReportRunner(ReportConfig config, List<SectionOptions> sectionOptions, PrintStream err,
            String command) {
        this.command = command;
        this.breakdowns = command.equals("report");
        this.config = config;
        this.sectionOptions = List.copyOf(sectionOptions);
        this.err = err;
    }

    /**
     * Runs a command of one section without breakdowns ({@code drivers}, {@code clv}): checks
     * the shared options and the section's, reads the files, writes the output in
     * {@code --format} and says on {@code err} what was skipped.
     *
     * @throws UsageException if an option is invalid
     * @throws InputException if an input stops the run
     */
    static void runSection(String command, Map<InputKind, InputFile> files,
            CommonOptions common, InputOptions input, SectionOptions section, PrintStream out,
            PrintStream err) {
        common.requireFormat();
        ZoneId zone = common.zoneId();
        ReadOptions read = input.validate(zone, common.fileZones(), common.from, common.to);
        ReportConfig config = ReportConfig.of(files, GroupBy.of("channel", files, null),
                Periodicity.MONTH, "month", zone, read.from(), read.to(), common.level(),
                SurveyConfig.defaults(), read, input.responses());
        section.validate(config);
        ReportRunner runner = new ReportRunner(config, List.of(section), err, command);
        Report report = runner.run();
        for (String line : skipSummary(runner.stats())) {
            err.println("cxmetrics: " + line);
        }
        common.write(report, out);
    }

    /**
     * Runs the report.
     *
     * @throws InputException if an input stops the run
     */
    Report run() {
        return run(new InputReader(config.read(), err));
    }

    /** Runs the report, reading the files with {@code reader}. */
    Report run(InputReader reader) {
        List<ReportSection> sections = new ArrayList<>();
        for (SectionOptions options : sectionOptions) {
            ReportSection section = options.create(config);
            if (section != null) {
                sections.add(section);
            }
        }
        Feeds feeds = new Feeds();
        for (ReportSection section : sections) {
            section.connect(feeds);
        }
        stats.clear();
        for (InputKind kind : readOrder(config)) {
            InputFile file = config.file(kind);
            if (file == null) {
                continue;
            }
            Part<Object> parts = feeds.parts(kind);
            if (parts != null) {
                stats.add(reader.read(file, kind, feeds.input(kind), parts));
            } else if (feeds.reads(kind)) {
                stats.add(reader.read(file, kind, feeds.input(kind), feeds.consumer(kind)));
            } else {
                stats.add(reader.read(file, kind, null, null));
            }
        }
        stats.sort(Comparator.comparing(InputStats::kind));
        Instant asOf = asOf(config, stats);
        List<Report.Section> out = new ArrayList<>();
        out.add(inputSection(stats));
        for (ReportSection section : sections) {
            out.add(section.finish(asOf));
        }
        return new Report(command, parameters(asOf), out);
    }

    /**
     * Returns the order the files are read in: that of {@link InputKind}, but the customers (and
     * their purchases) first when an input's {@code --by} group is its customer's, and the
     * status changes always before the interactions they are attached to.
     */
    static List<InputKind> readOrder(ReportConfig config) {
        List<InputKind> order = new ArrayList<>(List.of(InputKind.values()));
        order.remove(InputKind.STATUS_CHANGES);
        order.add(order.indexOf(InputKind.INTERACTIONS), InputKind.STATUS_CHANGES);
        if (config.groups().readsCustomersFirst()) {
            order.removeAll(List.of(InputKind.CUSTOMERS, InputKind.PURCHASES));
            order.addAll(0, List.of(InputKind.CUSTOMERS, InputKind.PURCHASES));
        }
        return order;
    }

    /**
     * Returns the instant the report describes, at which open contacts are judged against their
     * SLA and where the customer data ends: {@code --to} when given; else one second after the
     * latest event read (truncated to the second), so that every event read is before it; null
     * when no record was read. The library never reads the clock, and neither does the report.
     */
    static Instant asOf(ReportConfig config, List<InputStats> stats) {
        if (config.givenTo() != null) {
            return config.givenTo();
        }
        Instant latest = null;
        for (InputStats s : stats) {
            if (s.latest() != null && (latest == null || s.latest().isAfter(latest))) {
                latest = s.latest();
            }
        }
        return latest == null ? null : latest.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    /** Returns what reading each file did, after {@link #run()}. */
    List<InputStats> stats() {
        return List.copyOf(stats);
    }

    private Map<String, String> parameters(Instant asOf) {
        Map<String, String> p = new LinkedHashMap<>();
        for (InputKind kind : InputKind.values()) {
            InputFile file = config.file(kind);
            if (file != null) {
                p.put(kind.id(), file.name());
            }
        }
        if (breakdowns) {
            p.put("by", config.by());
            p.put("period", config.periodName());
        }
        p.put("zone", config.zone().toString());
        for (InputKind kind : InputKind.values()) {
            String format = config.file(kind) == null ? null
                    : config.read().formats().get(kind).describe(config.zone());
            if (format != null) {
                p.put(kind.id() + "_format", format);
            }
        }
        if (config.givenFrom() != null) {
            p.put("from", config.givenFrom().toString());
        }
        if (config.givenTo() != null) {
            p.put("to", config.givenTo().toString());
        }
        boolean support = config.file(InputKind.INTERACTIONS) != null;
        boolean value = config.file(InputKind.CUSTOMERS) != null;
        if ((support || value) && asOf != null) {
            p.put("as_of", asOf.toString());
        }
        for (SectionOptions options : sectionOptions) {
            options.describe(config, p);
        }
        p.put("confidence", JsonWriter.fixed(config.level(), 6));
        p.put("lenient", Boolean.toString(config.read().lenient()));
        return p;
    }

    /** Returns the input section: what was read, used, skipped and left out of the window. */
    static Report.Section inputSection(List<InputStats> stats) {
        Report.Table.Builder files = Report.Table.builder("input.files", "Files")
                .text("input", "input").text("file", "file").count("rows", "rows")
                .count("used", "used").count("outside_window", "outside window")
                .count("skipped", "skipped").text("use", "use");
        Report.Table.Builder skipped = Report.Table.builder("input.skipped",
                        "Skipped rows (--lenient)")
                .text("file", "file").text("reason", "reason").count("rows", "rows")
                .text("first_lines", "first lines").text("first", "first");
        for (InputStats s : stats) {
            files.row(s.kind().id(), s.file(), s.rows(), s.used(), s.outsideWindow(),
                    s.skippedTotal(), s.consumed() ? "read" : "checked only");
            s.skipped().forEach((reason, count) -> skipped.row(s.file(), reason.label(), count,
                    joinLines(s.firstLines(reason)), s.firstMessage(reason)));
        }
        List<Report.Table> tables = new ArrayList<>();
        tables.add(files.build());
        if (!skipped.isEmpty()) {
            tables.add(skipped.build());
        }
        List<String> warnings = new ArrayList<>();
        for (InputStats s : stats) {
            for (String warning : s.warnings()) {
                warnings.add("Warning: " + warning);
            }
        }
        return new Report.Section("input", "Input", true, warnings, tables);
    }

    static String joinLines(List<Long> lines) {
        StringBuilder s = new StringBuilder();
        for (Long line : lines) {
            s.append(s.length() == 0 ? "" : ", ").append(line);
        }
        return s.toString();
    }

    /** Returns one line per file with skipped rows, for standard error; empty if none. */
    static List<String> skipSummary(List<InputStats> stats) {
        List<String> lines = new ArrayList<>();
        for (InputStats s : stats) {
            if (s.skippedTotal() == 0) {
                continue;
            }
            StringBuilder line = new StringBuilder(s.file()).append(": skipped ")
                    .append(s.skippedTotal()).append(s.skippedTotal() == 1 ? " row (" : " rows (");
            boolean first = true;
            for (Map.Entry<Reason, Long> e : s.skipped().entrySet()) {
                line.append(first ? "" : "; ").append(e.getValue()).append(' ')
                        .append(e.getKey().label()).append(": line")
                        .append(s.firstLines(e.getKey()).size() > 1 ? "s " : " ")
                        .append(joinLines(s.firstLines(e.getKey())))
                        .append(e.getValue() > s.firstLines(e.getKey()).size() ? ", ..." : "");
                first = false;
            }
            lines.add(line.append(')').toString());
        }
        return lines;
    }
}
