package io.github.cxmetrics.cli;

import io.github.cxmetrics.cli.input.Part;
import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.InputReader;
import io.github.cxmetrics.cli.input.InputStats;
import io.github.cxmetrics.cli.report.Renderers;
import io.github.cxmetrics.cli.report.Report;
import io.github.cxmetrics.cli.section.Feeds;
import io.github.cxmetrics.cli.section.ReportConfig;
import io.github.cxmetrics.cli.section.ReportSection;
import io.github.cxmetrics.cli.section.SectionOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Split and merge equals one pass, for every section: the records of each file whose consumers
 * are all {@link Part}s are cut at random places into up to eight parts, each read into a fresh
 * copy, and merged in file order; the sections must give exactly the tables of one pass.
 */
class SectionPartsTest {

    private static final String[][] REPORTS = {
        {"--sample"},
        {"--sample", "--by", "segment", "--period", "week"},
        {"--sample", "--calendar", "mon-fri 09:00-18:00", "--to", "2024-07-01"},
        {"--sample", "--from", "2023-06-01", "--question", "cli=cli_recommend,cli_repurchase", "--zone", "Europe/Berlin"},
    };

    @Test
    void everySectionReadsInParts() {
        ReportCommand command = command(REPORTS[0]);
        ReportConfig config = command.config();
        Feeds feeds = new Feeds();
        for (SectionOptions options : command.sections()) {
            ReportSection section = options.create(config);
            if (section != null) {
                section.connect(feeds);
            }
        }
        assertNotNull(feeds.parts(InputKind.RESPONSES));
        assertNotNull(feeds.parts(InputKind.INTERACTIONS));
    }

    @Test
    void parts_mergeToOnePass() {
        List<String> onePass = new ArrayList<>();
        for (String[] args : REPORTS) {
            onePass.add(sections(args, new Random(0), 1));
        }
        qt(12).forAll(integers().between(0, REPORTS.length - 1), integers().between(2, 8),
                        longs().all())
                .checkAssert((report, parts, seed) -> assertEquals(onePass.get(report),
                        sections(REPORTS[report], new Random(seed), parts),
                        () -> String.join(" ", REPORTS[report]) + " in " + parts + " parts"));
    }

    private static ReportCommand command(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8);
        CommandLine commandLine = ReportCommand.commandLine(sink, sink);
        commandLine.parseArgs(args);
        return commandLine.getCommand();
    }

    /** The sections of a report as JSON, each splittable file read in {@code parts} parts. */
    private static String sections(String[] args, Random random, int parts) {
        ReportCommand command = command(args);
        ReportConfig config = command.config();
        List<ReportSection> sections = new ArrayList<>();
        Feeds feeds = new Feeds();
        for (SectionOptions options : command.sections()) {
            ReportSection section = options.create(config);
            if (section != null) {
                section.connect(feeds);
                sections.add(section);
            }
        }
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8);
        InputReader reader = new InputReader(config.read(), err);
        List<InputStats> stats = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            InputFile file = config.file(kind);
            if (file != null) {
                stats.add(read(reader, file, kind, feeds, random, parts));
            }
        }
        Instant asOf = ReportRunner.asOf(config, stats);
        List<Report.Section> out = new ArrayList<>();
        for (ReportSection section : sections) {
            out.add(section.finish(asOf));
        }
        StringWriter json = new StringWriter();
        try {
            Renderers.of("json").render(new Report(Map.of(), out), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toString();
    }

    private static <T> InputStats read(InputReader reader, InputFile file, InputKind kind,
            Feeds feeds, Random random, int parts) {
        if (!feeds.reads(kind)) {
            return reader.read(file, kind, null, null);
        }
        Part<T> first = feeds.parts(kind);
        if (first == null) {
            Consumer<T> consumer = feeds.consumer(kind);
            return reader.read(file, kind, feeds.<T>input(kind), consumer);
        }
        List<T> records = new ArrayList<>();
        Consumer<T> collect = records::add;
        InputStats stats = reader.read(file, kind, feeds.<T>input(kind), collect);
        int[] cuts = random.ints(parts - 1, 0, records.size() + 1).sorted().toArray();
        List<Part<T>> filled = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < parts; p++) {
            Part<T> part = p == 0 ? first : first.emptyCopy();
            int to = p < cuts.length ? cuts[p] : records.size();
            records.subList(from, to).forEach(part);
            filled.add(part);
            from = to;
        }
        for (int p = 1; p < parts; p++) {
            first.merge(filled.get(p));
        }
        return stats;
    }
}
