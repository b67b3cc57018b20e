package io.github.cxmetrics.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.survey.NpsResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each benchmark's library method and its baselines compute the same figure. */
class BenchmarkAgreementTest {

    @Test
    void nps_libraryAndBaselinesAgree() {
        NpsBenchmark b = new NpsBenchmark();
        b.size = 5000;
        b.generate();
        double expected = b.baselineHandLoop();
        assertEquals(expected, b.library().score(), 1e-9);
        assertEquals(expected, b.libraryParallelStream().score(), 1e-9);
        assertEquals(expected, b.baselineThreePassStream(), 1e-9);
        assertEquals(expected, b.baselineGroupingBy(), 1e-9);
        double column = b.baselineHandLoopColumn();
        assertEquals(column, b.libraryColumn().netScore(), 1e-9);
        assertEquals(column, b.libraryColumnParallel().netScore(), 1e-9);
    }

    @Test
    void topBox_libraryAndBaselinesAgree() {
        TopBoxBenchmark b = new TopBoxBenchmark();
        b.size = 5000;
        b.generate();
        double expected = b.baselineHandLoop();
        assertEquals(expected, b.library().score(), 1e-9);
        assertEquals(expected, b.baselineTwoPassStream(), 1e-9);
        assertEquals(expected, b.baselineGroupingBy(), 1e-9);
    }

    @Test
    void groupByChannel_libraryAndBaselinesAgree() {
        GroupByChannelBenchmark b = new GroupByChannelBenchmark();
        b.size = 5000;
        b.generate();
        double[] hand = b.baselineHandLoop();
        Map<Channel, NpsResult> library = b.library();
        Map<Channel, Double> grouping = b.baselineGroupingBy();
        for (int i = 0; i < SurveyData.CHANNELS.length; i++) {
            Channel channel = SurveyData.CHANNELS[i];
            assertEquals(hand[i], library.get(channel).score(), 1e-9);
            assertEquals(hand[i], grouping.get(channel), 1e-9);
        }
    }

    @Test
    void firstResponseTime_libraryAndBaselinesAgree() {
        FirstResponseTimeBenchmark b = new FirstResponseTimeBenchmark();
        b.size = 5000;
        b.generate();
        java.time.Duration[] exact = b.libraryExact();
        assertEquals(java.util.List.of(exact), java.util.List.of(b.baselineSortedDurations()));
        assertEquals(java.util.List.of(exact), java.util.List.of(b.baselineSortedMillis()));
        java.time.Duration[] histogram = b.libraryHistogram();
        for (int i = 0; i < exact.length; i++) {
            double relative = Math.abs(histogram[i].toMillis() - exact[i].toMillis())
                    / (double) exact[i].toMillis();
            org.junit.jupiter.api.Assertions.assertTrue(relative <= 0.01, () -> "within 1 %");
        }
    }

    @Test
    void businessTime_libraryAndBaselineAgree() {
        BusinessTimeBenchmark b = new BusinessTimeBenchmark();
        for (int days : new int[] {1, 365, 36525}) {
            b.size = days;
            b.generate();
            assertEquals(b.baselineDayWalk(), b.library(), "span of " + days + " days");
        }
        // 45 of 168 hours, less the holidays, to within two weeks.
        java.time.Duration millionYears = b.libraryMillionYears();
        long expectedHours = 365_242_500L * 24 * 45 / 168;
        org.junit.jupiter.api.Assertions.assertTrue(
                Math.abs(millionYears.toHours() - expectedHours) < 14 * 24, () -> "within two weeks");
    }

    @Test
    void value_libraryAndBaselinesAgree() {
        ValueBenchmark b = new ValueBenchmark();
        b.size = 5000;
        b.generate();
        Map<String, Double> churn = b.libraryChurnBySegment();
        assertEquals(churn, b.baselineChurnStreams());
        assertEquals(churn, b.baselineChurnHandLoop());
        Map<String, io.github.cxmetrics.model.Money> value = b.libraryValueBySegment();
        b.baselineValueStreams().forEach((segment, amount) ->
                assertEquals(0, amount.compareTo(value.get(segment).amount()), segment));
    }

    private static void assumeCdnow() {
        java.nio.file.Path file = ClvFitBenchmark.cdnowDirectory()
                .resolve("cdnow_customers_summary_with_transactions.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file),
                () -> "CDNOW data not found at " + file + ": skipped");
    }

    @Test
    void clvFit_distinctRowsGiveTheSameParameters() {
        assumeCdnow();
        ClvFitBenchmark plain = new ClvFitBenchmark();
        plain.copies = 2;
        plain.load();
        ClvFitBenchmark distinct = new ClvFitBenchmark();
        distinct.copies = 2;
        distinct.distinct = true;
        distinct.load();
        var a = plain.libraryBgNbdFit().model();
        var b = distinct.libraryBgNbdFit().model();
        assertEquals(0.2426, a.r(), 5e-4);
        assertEquals(a.r(), b.r(), 1e-4);
        assertEquals(a.alpha(), b.alpha(), 1e-3);
    }

    @Test
    void binaryForm_decodesToTheSameState() {
        for (String kind : new String[] {"nps", "npsByChannelByMonth", "npsKeepLatest",
                "durationsExact", "durationsApproximate", "slaKeepOpen", "lifetimeValue", "rfm"}) {
            BinaryFormBenchmark b = new BinaryFormBenchmark();
            b.fill(kind, 2000);
            assertEquals(b.encode().length, b.decode().toByteArray().length, kind);
            org.junit.jupiter.api.Assertions.assertArrayEquals(b.encode(),
                    b.decode().toByteArray(), kind);
        }
    }

    @Test
    void clvDistinctFits_reproduceTheCdnowEstimates() {
        assumeCdnow();
        ClvDistinctFitBenchmark b = new ClvDistinctFitBenchmark();
        b.copies = 2;
        b.load();
        assertEquals(0.2426, b.libraryBgNbdFit().model().r(), 5e-4);
        assertEquals(b.libraryBgNbdFit().model(), b.libraryBgNbdFitOneThread().model());
        assertEquals(0.525, b.libraryMbgNbdFit().model().r(), 5e-4);
        assertEquals(0.553, b.libraryParetoNbdFit().model().r(), 5e-4);
    }

    @Test
    void clvSummary_columnsAndBuilderAgree() {
        assumeCdnow();
        ClvSummaryBenchmark b = new ClvSummaryBenchmark();
        b.copies = 2;
        b.load();
        assertEquals(b.baselineBuilder(), b.librarySummaryFromColumns());
        var anonymous = b.librarySummaryFromColumnsWithoutIds();
        assertEquals(b.baselineBuilder().size(), anonymous.size());
        assertEquals(b.baselineBuilder().age(4000), anonymous.age(4000));
    }

    @Test
    void clvPrediction_columnAndPerCustomerLoopAgree() {
        assumeCdnow();
        for (boolean distinct : new boolean[] {false, true}) {
            ClvPredictionBenchmark b = new ClvPredictionBenchmark();
            b.copies = 2;
            b.distinct = distinct;
            b.load();
            double[] column = b.libraryLifetimeValueColumn();
            double[] loop = b.baselineLifetimeValuePerCustomer();
            assertEquals(loop.length, column.length);
            for (int i = 0; i < loop.length; i++) {
                assertEquals(loop[i], column[i], 1e-12 * Math.max(1, loop[i]));
            }
        }
    }
}
