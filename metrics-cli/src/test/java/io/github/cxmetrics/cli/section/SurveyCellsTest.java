package io.github.cxmetrics.cli.section;

import static io.github.cxmetrics.cli.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.Calculator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.survey.NpsResult;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The survey section's cells give what the library's
 * {@code calculator.groupBy(key).byPeriod(period, zone)} gives over the same answers in file
 * order, read in one part or in several merged in order: times in runs and scattered over
 * decades (the table of days grows both ways, and gives way to the slow path past its span),
 * zones with and without daylight saving, groups met as equal strings that are not the same
 * instance, answers that feed no metric.
 */
class SurveyCellsTest {

    private static final Channel[] CHANNELS = {Channel.EMAIL, Channel.CHAT, Channel.PHONE};
    private static final ZoneId[] ZONES = {
        ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/Sao_Paulo")};
    private static final Periodicity[] PERIODS = {
        Periodicity.DAY, Periodicity.WEEK, Periodicity.MONTH, Periodicity.QUARTER,
        Periodicity.parse("P10D")};

    @Test
    void cells_giveTheResultsOfTheGroupedCalculator() {
        qt(300).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, parts) -> {
            Random random = new Random(seed);
            ZoneId zone = ZONES[random.nextInt(ZONES.length)];
            Periodicity periodicity = PERIODS[random.nextInt(PERIODS.length)];
            // Spans of days, of years, and of two centuries (past the table of days).
            long span = new long[] {5L, 4_000L, 80_000L}[random.nextInt(3)] * 86_400;
            List<Response> file = new ArrayList<>();
            int n = random.nextInt(200);
            Instant at = Instant.ofEpochSecond(1_600_000_000L);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(3) > 0) {
                    // A new run: another time (the same instance within a run, as read).
                    at = Instant.ofEpochSecond(1_600_000_000L - span / 2
                            + (long) (random.nextDouble() * span));
                }
                int score = random.nextInt(8) == 0 ? Response.NO_SCORE : random.nextInt(11);
                String question = random.nextInt(6) == 0 ? "csat" : "nps";
                // Segments as a parser makes them: equal strings, a new instance now and then.
                String segment = random.nextInt(4) == 0 ? new String("b2b") : "b2c";
                file.add(new Response("c" + random.nextInt(9), question, score, at,
                        CHANNELS[random.nextInt(CHANNELS.length)], 1.0 + random.nextInt(3) * 0.25,
                        Map.of("segment", segment)));
            }
            Function<Response, String> key = random.nextBoolean()
                    ? r -> r.channel().name() : r -> r.attributeOr("segment", "(none)");
            Calculator<Response, NpsResult> nps = CxMetrics.nps().question("nps");
            SortedMap<CalendarPeriod, Map<String, NpsResult>> expected =
                    nps.groupBy(key).byPeriod(periodicity, zone).compute(file);

            SurveyCells first = new SurveyCells(periodicity, zone, key);
            List<SurveyCells> cells = new ArrayList<>(List.of(first));
            List<SurveyCells.Metric<NpsResult>> metrics =
                    new ArrayList<>(List.of(new SurveyCells.Metric<>(nps)));
            for (int p = 1; p < parts; p++) {
                cells.add(first.emptyCopy());
                metrics.add(metrics.get(0).emptyCopy());
            }
            int[] cuts = random.ints(parts - 1, 0, file.size() + 1).sorted().toArray();
            int from = 0;
            for (int p = 0; p < parts; p++) {
                int to = p < cuts.length ? cuts[p] : file.size();
                for (Response r : file.subList(from, to)) {
                    metrics.get(p).add(cells.get(p).cellOf(r), r);
                }
                from = to;
            }
            for (int p = 1; p < parts; p++) {
                metrics.get(0).merge(metrics.get(p), first.numbersOf(cells.get(p)));
            }
            assertEquals(expected, metrics.get(0).results(first));
        });
    }

    @Test
    void cells_refuseANullGroup() {
        SurveyCells cells = new SurveyCells(Periodicity.MONTH, ZoneId.of("UTC"), r -> null);
        Response response = Response.of("c1", "nps", 9, Instant.EPOCH, Channel.EMAIL);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> cells.cellOf(response));
        assertEquals("group key must not be null: " + response, e.getMessage());
    }
}
