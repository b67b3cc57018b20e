package io.github.cxmetrics.cli;

import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.TopBoxResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * The report agrees with the library on any responses: what the CSV file says, read back by the
 * command, gives the same NPS and CSAT, overall and per channel, as the library over the same
 * responses built in memory.
 */
class ReportProperties {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final String[] CHANNELS = {"email", "chat", "phone"};

    record Row(int customer, boolean nps, int score, long minutes, int channel) {}

    static Gen<Row> rows() {
        return integers().between(1, 50).zip(booleans().all(), integers().between(0, 10),
                longs().between(0, 525_600), integers().between(0, 2),
                (c, nps, score, minutes, channel) ->
                        new Row(c, nps, nps ? score : 1 + score % 5, minutes, channel));
    }

    @Test
    void report_agreesWithLibrary() {
        qt(40).forAll(lists().of(rows()).ofSizeBetween(1, 200))
                .checkAssert(inTempDir(ReportProperties::reportAgreesWithLibrary));
    }

    private static void reportAgreesWithLibrary(Path dir, List<Row> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("customer_id,question,score,answered_at,channel");
        List<Response> responses = new ArrayList<>();
        for (Row r : rows) {
            Instant at = START.plusSeconds(60 * r.minutes());
            String question = r.nps() ? "nps" : "csat";
            lines.add("c" + r.customer() + "," + question + "," + r.score() + "," + at + ","
                    + CHANNELS[r.channel()]);
            responses.add(Response.of("c" + r.customer(), question, r.score(), at,
                    Channel.of(CHANNELS[r.channel()])));
        }
        Path file = Cli.write(dir, "r.csv", lines.toArray(String[]::new));
        Cli.Run run = Cli.run("report", "--responses", file.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());

        NpsResult nps = CxMetrics.nps().question("nps").compute(responses);
        if (!nps.isEmpty()) {
            assertEquals(nps.score(), run.number("survey.overall", "score", "metric", "NPS"),
                    1e-6);
            Map<Channel, NpsResult> byChannel = CxMetrics.nps().question("nps")
                    .groupBy(Response::channel).compute(responses);
            byChannel.forEach((channel, r) -> assertEquals(r.score(), run.number(
                    "survey.by_group", "score", "metric", "NPS", "group", channel.name()), 1e-6));
        }
        TopBoxResult csat = CxMetrics.csat().question("csat").compute(responses);
        if (!csat.isEmpty()) {
            assertEquals(csat.score(), run.number("survey.overall", "score", "metric", "CSAT"),
                    1e-6);
            assertEquals(Long.toString(csat.count()),
                    run.row("survey.overall", "metric", "CSAT").get("n"));
        }
    }

    /** A contact: minutes to the reply and to the solve (negative: none), reopened or not. */
    record Contact(long opened, long reply, long solve, boolean reopened, boolean openAgain,
            int channel, int replies) {}

    static Gen<Contact> contacts() {
        Gen<Long> minutes = longs().between(-200, 5_000);
        Gen<Pair<Boolean, Boolean>> reopening = booleans().all().zip(booleans().all(), Pair::of);
        Gen<Pair<Integer, Integer>> channelAndReplies =
                integers().between(0, 2).zip(integers().between(1, 3), Pair::of);
        return longs().between(0, 200_000).zip(minutes, minutes, reopening, channelAndReplies,
                (opened, reply, solve, r, c) ->
                        new Contact(opened, reply, solve, r._1, r._2, c._1, c._2));
    }

    @Test
    void supportReport_agreesWithLibrary() {
        qt(30).forAll(lists().of(contacts()).ofSizeBetween(1, 150))
                .checkAssert(inTempDir(ReportProperties::supportReportAgreesWithLibrary));
    }

    private static void supportReportAgreesWithLibrary(Path dir, List<Contact> contacts) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("id,customer_id,channel,opened_at,first_reply_at,first_solved_at,"
                + "last_solved_at,reopens,public_replies");
        List<Interaction> interactions = new ArrayList<>();
        int n = 0;
        for (Contact c : contacts) {
            Instant opened = START.plusSeconds(60 * c.opened());
            Instant reply = c.reply() < 0 ? null : opened.plusSeconds(60 * c.reply());
            Instant solved = c.solve() < 0 ? null
                    : (reply == null ? opened : reply).plusSeconds(60 * c.solve());
            int reopens = solved != null && c.reopened() ? 1 : 0;
            Instant last = reopens == 0 ? solved
                    : c.openAgain() ? null : solved.plusSeconds(3600);
            int replies = reply == null ? 0 : c.replies();
            Interaction.Builder b = Interaction.builder("t" + n, "c" + n,
                    Channel.of(CHANNELS[c.channel()]), opened).firstReplyAt(reply)
                    .firstSolvedAt(solved).lastSolvedAt(last).reopens(reopens)
                    .publicReplies(replies);
            interactions.add(b.build());
            lines.add("t" + n + ",c" + n + "," + CHANNELS[c.channel()] + "," + opened + ","
                    + cell(reply) + "," + cell(solved) + "," + cell(last) + "," + reopens
                    + "," + replies);
            n++;
        }
        Path file = Cli.write(dir, "i.csv", lines.toArray(String[]::new));
        Cli.Run run = Cli.run("report", "--interactions", file.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        Instant asOf = Instant.parse(run.row("parameters", "parameter", "as_of")
                .get("value"));
        SupportReportTest.assertAgrees(run, interactions, asOf);
    }

    /** A check of one generated value that writes its files into a directory. */
    private interface InDirectory<T> {
        void check(Path dir, T value) throws IOException;
    }

    /** Returns {@code check} run in a fresh temporary directory, deleted after, for each value. */
    private static <T> Consumer<T> inTempDir(InDirectory<T> check) {
        return value -> {
            try {
                Path dir = Files.createTempDirectory("cxmetrics-property");
                try {
                    check.check(dir, value);
                } finally {
                    try (var files = Files.walk(dir)) {
                        files.sorted(java.util.Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static String cell(Instant time) {
        return time == null ? "" : time.toString();
    }
}
