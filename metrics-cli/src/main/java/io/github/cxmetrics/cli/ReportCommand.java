package io.github.cxmetrics.cli;

import io.github.cxmetrics.Periodicity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--from", paramLabel = "TIME",
            description = "Use records from this date or time on (inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "TIME",
            description = "Use records before this time, the instant the report is as of; a date"
                    + " includes that whole day.")
    String to;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of periods and of times without offset (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--calendar", paramLabel = "HOURS",
            description = "Business hours for support times, e.g. 'mon-fri 09:00-18:00;"
                    + " holidays 2024-12-25', or a file of such lines.")
    String calendar;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--lenient",
            description = "Skip bad rows, count them per reason and go on (default: stop at the first).")
    boolean lenient;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "Field delimiter: ',', ';', '|' or tab (default: '${DEFAULT-VALUE}').")
    String delimiter;

    @Option(names = "--column", paramLabel = "[FILE.]NAME=HEADER",
            description = "Read a documented column from another header, e.g. score=Rating or"
                    + " responses.customer_id=\"Customer ID\".")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--time-pattern", paramLabel = "PATTERN",
            description = "Pattern of time cells, e.g. 'dd.MM.yyyy HH:mm' (default: ISO-8601).")
    String timePattern;

    @Option(names = "--question", paramLabel = "METRIC=ID",
            description = "Question of a metric, e.g. nps=recommend or cli=q1,q2,q3 or cli=loyalty_*"
                    + " (defaults: nps, csat, csi, ces, cli_*).")
    Map<String, String> questions = new LinkedHashMap<>();

    @Option(names = "--reverse-coded", paramLabel = "ID", split = ",",
            description = "Reverse-coded loyalty questions (default: cli_competitor).")
    List<String> reverseCoded;

    @Option(names = "--scale", paramLabel = "METRIC=SCALE",
            description = "Scale of csat, csi or ces: five-point (default), seven-point,"
                    + " three-point or good-bad.")
    Map<String, String> scales = new LinkedHashMap<>();

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Confidence level of intervals (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--small-sample", paramLabel = "N", defaultValue = "30",
            description = "Flag results with an effective sample size below N (default: ${DEFAULT-VALUE}).")
    int smallSample;

    @Option(names = "--sla", paramLabel = "MILESTONE:TARGETS",
            description = "SLA policy, repeatable: first-reply, first-resolution or resolution with"
                    + " targets per channel, CHANNEL/PRIORITY, */PRIORITY or default (default:"
                    + " first-reply:chat=1h,email=24h,default=8h and resolution:default=72h).")
    List<String> sla;

    @Option(names = "--margin", paramLabel = "MARGIN", defaultValue = "0.8",
            description = "Gross margin of the churn-based LTV, in [0, 1] (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--window", paramLabel = "MONTHS", defaultValue = "12",
            description = "Trailing complete months of churn, ARPA and LTV (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--response-bands", paramLabel = "DURATIONS", defaultValue = "1h,4h,24h",
            description = "First-response-time bands of the value section (default: ${DEFAULT-VALUE}).")
    String responseBands;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on standard error for large files (default: when it is a"
                    + " terminal).")
    Boolean progress;

    ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ReportConfig config = config();
        ReportRunner runner = new ReportRunner(config, err);
        Report report = runner.run();
        for (String line : ReportRunner.skipSummary(runner.stats())) {
            err.println("cxmetrics: " + line);
        }
        write(report);
        return ExitCodes.OK;
    }

    private void write(Report report) {
        Renderers renderer = Renderers.of(format);
        StringWriter text = new StringWriter();
        try {
            renderer.render(report, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write(text.toString());
        } catch (IOException e) {
            throw new InputException(output + ": cannot write the report: " + e.getMessage(), e);
        }
    }

    /** Validates the options into a configuration. */
    ReportConfig config() {
        Map<InputKind, InputFile> files = files();
        if (!List.of("text", "json", "csv").contains(format.toLowerCase(Locale.ROOT))) {
            throw new UsageException("--format must be text, json or csv: " + format);
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UsageException("--zone: unknown time zone: " + zone);
        }
        Periodicity periodicity;
        try {
            periodicity = Periodicity.parse(period);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
        TimeParser times;
        try {
            times = new TimeParser(zoneId, timePattern);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--time-pattern: invalid pattern '" + timePattern + "': "
                    + e.getMessage());
        }
        Instant start = null;
        Instant end = null;
        if (from != null || to != null) {
            TimeParser iso = new TimeParser(zoneId, null);
            start = from == null ? Instant.MIN : bound("--from", from, iso, false);
            end = to == null ? Instant.MAX : bound("--to", to, iso, true);
            if (!start.isBefore(end)) {
                throw new UsageException("--from must be before --to: " + from + " and " + to);
            }
        }
        if (!(level > 0 && level < 1)) {
            throw new UsageException("--level must be in (0, 1): " + level);
        }
        if (smallSample < 0) {
            throw new UsageException("--small-sample must be >= 0: " + smallSample);
        }
        if (by.isBlank()) {
            throw new UsageException("--by must name a column");
        }
        if (!(margin >= 0 && margin <= 1)) {
            throw new UsageException("--margin must be in [0, 1]: " + margin);
        }
        if (window < 1) {
            throw new UsageException("--window must be >= 1: " + window);
        }
        return new ReportConfig(files, by.strip(), periodicity, periodName(periodicity), zoneId,
                start, end,
                calendar == null ? null : CalendarSpec.parse(calendar, zoneId),
                lenient, delimiter(), columnMapping(), times,
                SurveyConfig.of(questions, reverseCoded, scales), level, smallSample,
                progress != null ? progress : stderrIsTerminal(), SlaOption.of(sla), margin,
                window, DurationText.parseIncreasing(responseBands, "--response-bands"));
    }

    private Map<InputKind, InputFile> files() {
        Map<InputKind, InputFile> files = new EnumMap<>(InputKind.class);
        boolean anyFile = responses != null || interactions != null || customers != null
                || purchases != null;
        if (sample) {
            if (anyFile) {
                throw new UsageException("--sample cannot be combined with input files");
            }
            for (int i = 0; i < SAMPLE_FILES.length; i++) {
                files.put(InputKind.values()[i], InputFile.sample(SAMPLE_FILES[i]));
            }
            return files;
        }
        if (!anyFile) {
            throw new UsageException("no input: give --responses, --interactions,"
                    + " --customers with --purchases, or --sample");
        }
        if ((customers == null) != (purchases == null)) {
            throw new UsageException("--customers and --purchases go together");
        }
        put(files, InputKind.RESPONSES, responses);
        put(files, InputKind.INTERACTIONS, interactions);
        put(files, InputKind.CUSTOMERS, customers);
        put(files, InputKind.PURCHASES, purchases);
        return files;
    }

    private static void put(Map<InputKind, InputFile> files, InputKind kind, Path path) {
        if (path != null) {
            files.put(kind, InputFile.of(path, "--" + kind.id()));
        }
    }

    private static Instant bound(String option, String text, TimeParser iso, boolean end) {
        try {
            Instant instant = iso.parse(text.strip());
            if (end && iso.isDateOnly(text.strip())) {
                return instant.atZone(iso.zone()).toLocalDate().plusDays(1)
                        .atStartOfDay(iso.zone()).toInstant();
            }
            return instant;
        } catch (DateTimeException e) {
            throw new UsageException(option + " must be an ISO-8601 date or time, such as 2024-04-01"
                    + " or 2024-04-01T09:00:00Z: " + text);
        }
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

    private char delimiter() {
        String d = delimiter;
        if (d.equals("\\t") || d.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
            throw new UsageException("--delimiter must be one character, such as ';' or tab: '"
                    + d + "'");
        }
        return d.charAt(0);
    }

    private Map<InputKind, Map<String, String>> columnMapping() {
        Map<InputKind, Map<String, String>> mapping = new EnumMap<>(InputKind.class);
        for (Map.Entry<String, String> e : columns.entrySet()) {
            String key = e.getKey().strip();
            String header = e.getValue().strip();
            if (header.isEmpty()) {
                throw new UsageException("--column: no header name given for " + key);
            }
            int dot = key.indexOf('.');
            InputKind only = dot < 0 ? null : InputKind.byId(key.substring(0, dot));
            if (dot >= 0 && only == null) {
                throw new UsageException("--column: unknown file '" + key.substring(0, dot)
                        + "' (responses, interactions, customers or purchases)");
            }
            String column = dot < 0 ? key : key.substring(dot + 1);
            boolean known = false;
            for (InputKind kind : InputKind.values()) {
                if ((only == null || only == kind) && kind.knows(column)) {
                    known = true;
                    Map<String, String> m = mapping.computeIfAbsent(kind, k -> new HashMap<>());
                    if (m.containsValue(header) && !header.equals(m.get(column))) {
                        throw new UsageException("--column: '" + header
                                + "' is mapped to two columns of " + kind.id());
                    }
                    m.put(column, header);
                }
            }
            if (!known) {
                throw new UsageException("--column: unknown column '" + column + "'"
                        + (only == null ? "" : " of " + only.id()) + "; the documented columns are"
                        + " in docs/cli.md");
            }
        }
        return mapping;
    }

    /**
     * Returns whether standard error is a terminal: the launcher script tells with the property
     * {@code cxmetrics.stderr.tty}; without it, a console means an interactive run.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("cxmetrics.stderr.tty");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return System.console() != null;
    }
}
