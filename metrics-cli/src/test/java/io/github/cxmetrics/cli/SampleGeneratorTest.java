package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.Band;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.survey.NpsResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample is what the documented generator makes, and it is realistic in the ways
 * the report needs: channels differ, times are skewed, and customers' NPS band relates to their
 * churn and spending.
 */
class SampleGeneratorTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @TempDir
    Path dir;

    @Test
    void documentedSeed_reproducesTheCommittedFilesByteForByte() throws IOException {
        // docs/cli.md: cxmetrics generate --seed 42 --customers 2000 --out docs/examples
        Cli.Run run = Cli.run("generate", "--seed", "42", "--customers", "2000", "--out",
                dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String name : ReportCommand.SAMPLE_FILES) {
            assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve(name)),
                    Files.readAllBytes(dir.resolve(name)), name + " differs from the generator's");
        }
    }

    @Test
    void generate_withoutOut_isAUsageError() {
        Cli.Run run = Cli.run("generate");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("cxmetrics: Missing required option: '--out=DIR'\n"
                + "Usage: cxmetrics generate [-hV] [--customers=N] --out=DIR [--seed=SEED]\n"
                + "Try 'cxmetrics generate --help' for more information.\n", run.err());
    }

    @Test
    void generate_withoutCustomers_isAUsageError() {
        Cli.Run run = Cli.run("generate", "--customers", "0", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("cxmetrics: --customers must be >= 1: 0\n"), run.err());
    }

    @Test
    void generate_printsWhatItWrote() {
        Cli.Run run = Cli.run("generate", "--customers", "3", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote " + dir.resolve("responses.csv") + " ("), run.out());
        assertEquals(4, run.out().lines().count());
    }

    @Test
    void committedSample_isSmall() throws IOException {
        long total = 0;
        for (String name : ReportCommand.SAMPLE_FILES) {
            total += Files.size(EXAMPLES.resolve(name));
        }
        assertTrue(total < 3_000_000, "the sample has " + total + " bytes");
    }

    @Test
    void anotherSeed_givesOtherData() throws IOException {
        SampleGenerator.write(dir, 7, 50);
        assertTrue(!Files.readString(dir.resolve("purchases.csv"))
                .equals(Files.readString(sized(50).resolve("purchases.csv"))));
    }

    private Path sized(int customers) throws IOException {
        Path other = dir.resolve("other");
        SampleGenerator.write(other, SampleGenerator.DEFAULT_SEED, customers);
        return other;
    }

    @Test
    void generatedFiles_areReadByTheReportWithoutErrors() throws IOException {
        SampleGenerator.write(dir, 1, 300);
        Cli.Run run = Cli.run("report", "--responses", dir.resolve("responses.csv").toString(),
                "--interactions", dir.resolve("interactions.csv").toString(), "--customers",
                dir.resolve("customers.csv").toString(), "--purchases",
                dir.resolve("purchases.csv").toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    private static List<String[]> rows(String name) throws IOException {
        return Files.readAllLines(EXAMPLES.resolve(name)).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
    }

    @Test
    void sample_channelsHaveDifferentScores() throws IOException {
        List<Response> responses = ReportEndToEndTest.readResponses(EXAMPLES.resolve("responses.csv"));
        Map<io.github.cxmetrics.model.Channel, NpsResult> byChannel = CxMetrics.nps()
                .question("nps").groupBy(Response::channel).compute(responses);
        double web = byChannel.get(io.github.cxmetrics.model.Channel.WEB).score();
        double sms = byChannel.get(io.github.cxmetrics.model.Channel.SMS).score();
        assertTrue(web - sms > 10, "web " + web + ", sms " + sms);
    }

    @Test
    void sample_firstReplyTimesAreSkewed() throws IOException {
        double[] seconds = rows("interactions.csv").stream()
                .filter(r -> r[2].equals("email") && !r[6].isEmpty())
                .mapToDouble(r -> Instant.parse(r[6]).getEpochSecond() - Instant.parse(r[5]).getEpochSecond())
                .sorted().toArray();
        double median = seconds[seconds.length / 2];
        double mean = java.util.Arrays.stream(seconds).average().orElseThrow();
        assertTrue(mean > 1.3 * median, "mean " + mean + ", median " + median);
    }

    @Test
    void sample_hasReopenedOpenAndPhoneDetails() throws IOException {
        List<String[]> interactions = rows("interactions.csv");
        assertTrue(interactions.stream().anyMatch(r -> !r[9].equals("0")), "reopened");
        assertTrue(interactions.stream().anyMatch(r -> r[7].isEmpty()), "open");
        assertTrue(interactions.stream().allMatch(r -> r[2].equals("phone") == !r[11].isEmpty()),
                "talk time for calls only");
        assertTrue(rows("purchases.csv").stream().anyMatch(r -> r[2].startsWith("-")), "refunds");
    }

    /** Promoters churn less and spend more than detractors, by their latest NPS answer. */
    @Test
    void sample_npsBandRelatesToChurnAndSpending() throws IOException {
        Map<String, Integer> latestNps = new HashMap<>();
        for (String[] r : rows("responses.csv")) {
            if (r[1].equals("nps")) {
                latestNps.put(r[0], Integer.parseInt(r[2]));
            }
        }
        Map<String, Boolean> churned = new HashMap<>();
        for (String[] r : rows("customers.csv")) {
            churned.put(r[0], !r[3].isEmpty());
        }
        Map<String, BigDecimal> spent = new HashMap<>();
        for (String[] r : rows("purchases.csv")) {
            spent.merge(r[0], new BigDecimal(r[2]), BigDecimal::add);
        }
        double[] churn = new double[3];
        double[] spend = new double[3];
        int[] count = new int[3];
        latestNps.forEach((customer, score) -> {
            int band = ScoreScale.NPS.band(score) == Band.POSITIVE ? 2
                    : ScoreScale.NPS.band(score) == Band.NEUTRAL ? 1 : 0;
            count[band]++;
            churn[band] += churned.get(customer) ? 1 : 0;
            spend[band] += spent.getOrDefault(customer, BigDecimal.ZERO).doubleValue();
        });
        assertTrue(churn[2] / count[2] < churn[0] / count[0], "promoters churn less");
        assertTrue(spend[2] / count[2] > spend[0] / count[0], "promoters spend more");
    }
}
