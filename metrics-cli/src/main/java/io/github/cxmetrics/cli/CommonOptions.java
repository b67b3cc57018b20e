package io.github.cxmetrics.cli;

import io.github.cxmetrics.cli.input.InputException;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.PerFile;
import io.github.cxmetrics.cli.report.Renderer;
import io.github.cxmetrics.cli.report.Renderers;
import io.github.cxmetrics.cli.report.Report;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that {@code report} and {@code drivers} share (a picocli mixin): the window
 * ({@code --from}, {@code --to}, read with the plausible years by
 * {@link io.github.cxmetrics.cli.input.InputOptions#validate}), {@code --zone}, {@code --level},
 * {@code --format} and {@code --output}, with their checks and the writing of the output.
 */
final class CommonOptions {

    @Option(names = "--from", paramLabel = "TIME",
            description = "Use records from this date or time on (inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "TIME",
            description = "Use records before this time, the instant the report is as of; a date"
                    + " includes that whole day.")
    String to;

    @Option(names = "--zone", paramLabel = "[FILE=]ZONE",
            description = "Time zone of periods and of times without offset (default: UTC); with"
                    + " FILE= only of that file's times, e.g. interactions=America/New_York.")
    List<String> zones;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, csv or html (default: ${DEFAULT-VALUE}); html is one page"
                    + " with charts that opens offline: give it -o FILE.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Confidence level of intervals (default: ${DEFAULT-VALUE}).")
    double level;

    /** Checks {@code --format}. */
    void requireFormat() {
        if (Renderers.of(format) == null) {
            throw new UsageException("--format must be " + Renderers.choices() + ": " + format);
        }
    }

    /** Returns the zone of {@code --zone} for the report: periods, dates and every file. */
    ZoneId zoneId() {
        return PerFile.values("--zone", everyFile(), ZoneId.of("UTC"), CommonOptions::zone)
                .get(InputKind.RESPONSES);
    }

    /** Returns the zones of {@code --zone FILE=ZONE}: the files whose times have their own. */
    Map<InputKind, ZoneId> fileZones() {
        return PerFile.values("--zone", perFile(), null, CommonOptions::zone);
    }

    private List<String> everyFile() {
        return given().stream().filter(z -> !isPerFile(z)).toList();
    }

    private List<String> perFile() {
        return given().stream().filter(CommonOptions::isPerFile).toList();
    }

    private List<String> given() {
        return zones == null ? List.of() : zones;
    }

    private static boolean isPerFile(String zone) {
        int eq = zone.indexOf('=');
        return eq > 0 && InputKind.byId(zone.substring(0, eq).strip()) != null;
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new UsageException("--zone: unknown time zone: " + zone);
        }
    }

    /** Returns {@code --level}, checked to be in (0, 1). */
    double level() {
        if (!(level > 0 && level < 1)) {
            throw new UsageException("--level must be in (0, 1): " + level);
        }
        return level;
    }

    /** Renders the report in {@code --format} to {@code --output}, or to {@code out} without one. */
    void write(Report report, PrintStream out) {
        Renderer renderer = Renderers.of(format);
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
}
