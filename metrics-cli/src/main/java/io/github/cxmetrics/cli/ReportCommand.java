package io.github.cxmetrics.cli;

import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.InputOptions;
import io.github.cxmetrics.cli.input.InputReader;
import io.github.cxmetrics.cli.input.InputStats;
import io.github.cxmetrics.cli.input.ReadOptions;
import io.github.cxmetrics.cli.report.Report;
import io.github.cxmetrics.cli.section.GroupBy;
import io.github.cxmetrics.cli.section.QuestionOptions;
import io.github.cxmetrics.cli.section.ReportConfig;
import io.github.cxmetrics.cli.section.SectionOptions;
import io.github.cxmetrics.cli.section.Sections;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cxmetrics report}: every section of the report that the given inputs allow. */
@Command(name = "report", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        sortOptions = false, usageHelpWidth = 100,
        versionProvider = CxmetricsCommand.Version.class,
        description = {
            "Reads CSV exports in one streaming pass each and prints the report: survey metrics"
                    + " (NPS, CSAT, CSI, CES, CLI) from --responses; support metrics (response,"
                    + " resolution and handle times, FCR, reopens, SLA) from --interactions; value"
                    + " metrics (churn, retention, LTV by segment, by NPS band and by response"
                    + " time) from --customers and --purchases.",
            "Formats of the files and of the report: docs/cli.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written",
            "1:usage error: unknown or conflicting options, a missing file",
            "2:bad input: FILE:LINE: what is wrong (the value); a read or write error",
            "3:internal error"})
final class ReportCommand implements Callable<Integer> {

    static final String[] SAMPLE_FILES = {
        "responses.csv", "interactions.csv", "customers.csv", "purchases.csv"};

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--sample", description = "Use the bundled sample data (docs/examples).")
    boolean sample;

    @Option(names = "--responses", paramLabel = "FILE",
            description = "Survey responses: customer_id,question,score,answered_at,channel[,weight][,...].")
    Path responses;

    @Option(names = "--interactions", paramLabel = "FILE",
            description = "Support interactions: id,customer_id,channel,opened_at,...")
    Path interactions;

    @Option(names = "--status-changes", paramLabel = "FILE",
            description = "Status changes of the interactions (a help desk's audit export):"
                    + " interaction_id,at,status; adds requester wait, agent wait, on-hold and"
                    + " agent work times to the support section.")
    Path statusChanges;

    @Option(names = "--customers", paramLabel = "FILE",
            description = "Customers: customer_id,segment,acquired_at,churned_at,... (with --purchases).")
    Path customers;

    @Option(names = "--purchases", paramLabel = "FILE",
            description = "Purchases: customer_id,at,amount,currency (with --customers).")
    Path purchases;

    @Option(names = "--by", paramLabel = "COLUMN", defaultValue = "channel",
            description = "Group breakdown: channel, segment or any column (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "month",
            description = "Trend periods: day, week, month, quarter, year (default: ${DEFAULT-VALUE}).")
    String period;

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Mixin
    QuestionOptions questions;

    /** The options of each section, added to the command as mixins by {@link #commandLine}. */
    private final List<SectionOptions> sections = Sections.options();

    private ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Returns the command line of {@code cxmetrics report}, writing to the streams. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        ReportCommand command = new ReportCommand(out, err);
        CommandLine commandLine = new CommandLine(command);
        for (SectionOptions options : command.sections) {
            commandLine.addMixin(options.getClass().getEnclosingClass().getSimpleName(), options);
        }
        return commandLine;
    }

    @Override
    public Integer call() {
        ReportConfig config = config();
        ReportRunner runner = new ReportRunner(config, sections, err);
        Report report = runner.run();
        for (InputStats stats : runner.stats()) {
            for (String warning : stats.warnings()) {
                err.println("cxmetrics: warning: " + warning);
            }
        }
        for (String line : ReportRunner.skipSummary(runner.stats())) {
            err.println("cxmetrics: " + line);
        }
        common.write(report, out);
        return ExitCodes.OK;
    }

    /** Returns the options of each section, in report order. */
    List<SectionOptions> sections() {
        return sections;
    }

    /** Validates the options into a configuration, and the options of each section. */
    ReportConfig config() {
        Map<InputKind, InputFile> files = files();
        common.requireFormat();
        ZoneId zoneId = common.zoneId();
        Periodicity periodicity;
        try {
            periodicity = Periodicity.parse(period);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
        ReadOptions read = input.validate(zoneId, common.fileZones(), common.from, common.to);
        double level = common.level();
        if (by.isBlank()) {
            throw new UsageException("--by must name a column");
        }
        GroupBy groups = GroupBy.of(by.strip(), files, new InputReader(read, err));
        ReportConfig config = ReportConfig.of(files, groups, periodicity,
                periodName(periodicity), zoneId, read.from(), read.to(), level,
                questions.validate(), read, input.responses());
        for (SectionOptions options : sections) {
            options.validate(config);
        }
        return config;
    }

    private Map<InputKind, InputFile> files() {
        return new InputFiles(sample)
                .read(InputKind.RESPONSES, responses)
                .read(InputKind.INTERACTIONS, interactions)
                .read(InputKind.CUSTOMERS, customers)
                .read(InputKind.PURCHASES, purchases)
                .read(InputKind.STATUS_CHANGES, statusChanges)
                .files("no input: give --responses, --interactions, --customers with"
                        + " --purchases, or --sample");
    }

    private String periodName(Periodicity periodicity) {
        String name = period.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "day", "daily" -> "day";
            case "week", "weekly" -> "week";
            case "month", "monthly" -> "month";
            case "quarter", "quarterly" -> "quarter";
            case "year", "yearly", "annual" -> "year";
            default -> periodicity.toString().toLowerCase(Locale.ROOT);
        };
    }
}
