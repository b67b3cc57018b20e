package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsResult;
import io.github.cxmetrics.survey.TopBoxResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The report agrees with the library on any responses: what the CSV file says, read back by the
 * command, gives the same NPS and CSAT, overall and per channel, as the library over the same
 * responses built in memory.
 */
class ReportProperties {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final String[] CHANNELS = {"email", "chat", "phone"};

    record Row(int customer, boolean nps, int score, long minutes, int channel) {}

    @Provide
    Arbitrary<Row> rows() {
        return Combinators.combine(Arbitraries.integers().between(1, 50), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 10), Arbitraries.longs().between(0, 525_600),
                Arbitraries.integers().between(0, 2)).as((c, nps, score, minutes, channel) ->
                        new Row(c, nps, nps ? score : 1 + score % 5, minutes, channel));
    }

    @Property(tries = 40)
    void report_agreesWithLibrary(@ForAll @Size(min = 1, max = 200) List<@From("rows") Row> rows)
            throws IOException {
        Path dir = Files.createTempDirectory("cxmetrics-property");
        try {
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
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
