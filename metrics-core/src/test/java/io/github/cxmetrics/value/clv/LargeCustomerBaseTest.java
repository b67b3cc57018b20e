package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Expect.failureStartingWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The paths that only large customer bases take: summaries made from columns, rows used as they
 * are when grouping does not pay, tables of distinct ages, fits split over threads (the same to
 * the last bit on any number of them) and warm-started from a sample, per-customer columns.
 */
class LargeCustomerBaseTest {

    private static final LifetimeValue CLV = LifetimeValue.create();
    private static final BgNbd TRUTH = new BgNbd(0.5, 6, 0.7, 2.5, ChronoUnit.WEEKS);
    /** 140,000 simulated customers with exact (distinct) ages: beyond the warm-start limit. */
    private static final RfmSummary LARGE = new Simulation(42).bgNbd(TRUTH, 140_000, 26, 52);
    /** 30,000 of them: four blocks of rows. */
    private static final RfmSummary MEDIUM = new Simulation(43).bgNbd(TRUTH, 30_000, 26, 52);

    private static RfmSummary columns(RfmSummary s) {
        SummaryColumns c = SummaryColumns.of(s);
        return RfmSummary.of(s.unit(), c.frequency(), c.recency(), c.age(), null);
    }

    @Test
    void summaryFromColumns_equalsTheBuilderAndCopiesTheArrays() {
        int[] x = {2, 1, 0};
        double[] tx = {30.43, 1.71, 0};
        double[] age = {38.86, 38.86, 38.86};
        double[] spend = {22.35, 11.77, 0};
        RfmSummary built = RfmSummary.builder(ChronoUnit.WEEKS).add("1", 2, 30.43, 38.86, 22.35)
                .add("2", 1, 1.71, 38.86, 11.77).add("3", 0, 0, 38.86, 0).build();
        RfmSummary withIds = RfmSummary.of(ChronoUnit.WEEKS, new String[] {"1", "2", "3"}, x, tx,
                age, spend);
        assertEquals(built, withIds);
        RfmSummary anonymous = RfmSummary.of(ChronoUnit.WEEKS, x, tx, age, spend);
        x[0] = 7;
        assertEquals(2, anonymous.frequency(0));
        assertEquals("0", anonymous.customerId(0));
        assertEquals(new CustomerRfm("2", 0, 0, 38.86, 0, ChronoUnit.WEEKS),
                anonymous.customer(2));
        assertEquals(List.of("0", "1", "2"),
                anonymous.customers().stream().map(CustomerRfm::customerId).toList());
        assertEquals(0, RfmSummary.of(ChronoUnit.WEEKS, x, tx, age, null).meanSpend(1));
        assertThrows(IndexOutOfBoundsException.class, () -> anonymous.customerId(3));
    }

    @Test
    void summaryFromColumns_rejectsBadRowsNamingTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmSummary.of(ChronoUnit.WEEKS, new int[] {1, 1}, new double[] {1, 40},
                        new double[] {38, 39}, null));
        assertEquals("recency must be <= age 39.0: 40.0 (customer row 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RfmSummary.of(ChronoUnit.WEEKS, new int[] {1, 1}, new double[] {1},
                        new double[] {38, 39}, null));
        assertEquals("recency must have the length of frequency, 2: 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RfmSummary.of(ChronoUnit.WEEKS, new String[] {"a", " "}, new int[] {0, 0},
                        new double[2], new double[] {3, 4}, null));
        assertEquals("ids[1] must not be blank: ' '", e.getMessage());
        failureStartingWith(IllegalArgumentException.class,
                () -> RfmSummary.of(ChronoUnit.WEEKS, new int[] {0, -1}, new double[2], new double[] {3, 4}, null),
                "frequency must be");
        failureStartingWith(IllegalArgumentException.class,
                () -> RfmSummary.of(ChronoUnit.WEEKS, new int[] {0}, new double[1], new double[] {Double.NaN}, null),
                "age must be");
        assertThrows(IllegalArgumentException.class, () -> RfmSummary.of(ChronoUnit.WEEKS,
                new int[] {1}, new double[] {1}, new double[] {2}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> RfmSummary.of(ChronoUnit.HOURS,
                new int[0], new double[0], new double[0], null));
    }

    @Test
    void rowGroups_useDistinctRowsAsTheyAreAndTabulateFewAges() {
        RowGroups rows = ModelSpec.BG_NBD.groups(LARGE);
        assertEquals(LARGE.size(), rows.size);           // every row distinct: not grouped
        assertEquals(LARGE.size(), rows.totalWeight);
        assertNull(rows.distinctV);                      // ages all distinct: no table
        // Ages in whole days: few distinct values, so ln(α + T) is tabulated.
        int n = 100_000;
        int[] x = IntStream.range(0, n).map(i -> i % 7).toArray();
        double[] age = IntStream.range(0, n).mapToDouble(i -> (180 + i % 97) / 7.0).toArray();
        double[] tx = IntStream.range(0, n)
                .mapToDouble(i -> x[i] == 0 ? 0 : age[i] * (i % 1000) / 1000.0).toArray();
        RowGroups days = RowGroups.of(x, tx, age);
        assertNotNull(days.distinctV);
        assertEquals(97, days.distinctV.length);
        for (int i = 0; i < days.size; i += 997) {
            assertEquals(days.v[i], days.distinctV[days.vIndex[i]]);
        }
    }

    @Test
    void likelihood_isTheSameOnAnyNumberOfThreadsAndEqualsTheSumOverCustomers() {
        RowGroups rows = ModelSpec.BG_NBD.groups(MEDIUM);
        double[] theta = {Math.log(0.4), Math.log(5), Math.log(0.8), Math.log(2)};
        double[] one = new double[4];
        double[] four = new double[4];
        double value = ModelSpec.BG_NBD.objective(rows, RowBlocks.SEQUENTIAL).value(theta, one);
        assertEquals(value, ModelSpec.BG_NBD.objective(rows, RowBlocks.threads(4))
                .value(theta, four));
        assertArrayEquals(one, four);
        BgNbd model = new BgNbd(0.4, 5, 0.8, 2, ChronoUnit.WEEKS);
        assertEquals(model.logLikelihood(MEDIUM), -value * MEDIUM.size(), 1e-9 * MEDIUM.size());
        for (ModelSpec<?> spec : List.of(ModelSpec.MBG_NBD, ModelSpec.PARETO_NBD)) {
            assertEquals(spec.objective(rows, RowBlocks.SEQUENTIAL).value(theta, one),
                    spec.objective(rows, RowBlocks.threads(3)).value(theta, four), spec.name());
            assertArrayEquals(one, four, spec.name());
        }
    }

    @Test
    void fit_isTheSameOnAnyNumberOfThreadsAndWarmStartsToTheSameOptimum() {
        ModelFit<BgNbd> sequential = CLV.bgNbd().parallelism(1).fit(LARGE);
        ModelFit<BgNbd> parallel = CLV.bgNbd().parallelism(4).fit(LARGE);
        assertEquals(sequential.model(), parallel.model());
        assertEquals(sequential.diagnostics(), parallel.diagnostics());
        FitDiagnostics d = sequential.diagnostics();
        assertTrue(d.converged(), d.message());
        BgNbd m = sequential.model();
        assertEquals(0.5, m.r(), 3 * d.standardError("r"));
        assertEquals(6, m.alpha(), 3 * d.standardError("alpha"));
        assertEquals(0.7, m.a(), 3 * d.standardError("a"));
        assertEquals(2.5, m.b(), 3 * d.standardError("b"));
        ModelFit<BgNbd> cold = MaximumLikelihood.fit(ModelSpec.BG_NBD,
                ModelSpec.BG_NBD.groups(LARGE), ChronoUnit.WEEKS, 500, 1e-8,
                RowBlocks.SEQUENTIAL, false);
        assertTrue(cold.diagnostics().converged());
        assertEquals(cold.model().r(), m.r(), 1e-6 * m.r());
        assertEquals(cold.model().alpha(), m.alpha(), 1e-6 * m.alpha());
        assertEquals(cold.model().a(), m.a(), 1e-6 * m.a());
        assertEquals(cold.model().b(), m.b(), 1e-6 * m.b());
        assertEquals(cold.logLikelihood(), sequential.logLikelihood(), 1e-6);
        assertTrue(d.evaluations() > cold.diagnostics().evaluations() / 2,
                "the sample's evaluations are counted too");
    }

    @Test
    void columns_equalThePredictionsOfEachCustomerWithoutGrouping() {
        RfmSummary summary = columns(LARGE);
        BgNbd model = new BgNbd(0.5, 6, 0.7, 2.5, ChronoUnit.WEEKS);
        double[] alive = model.probabilityAlive(summary);
        double[] expected = model.expectedPurchases(summary, 39);
        for (int i = 0; i < summary.size(); i += 101) {
            CustomerRfm c = summary.customer(i);
            assertEquals(model.probabilityAlive(c), alive[i], 1e-15);
            assertEquals(model.expectedPurchases(c, 39), expected[i], 1e-13);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.inUnit(ChronoUnit.DAYS).probabilityAlive(summary));
        assertEquals("customer is in WEEKS but the model is in DAYS: convert one of them with"
                + " inUnit", e.getMessage());
    }

    @Test
    void expectedMeanSpendColumn_rejectsARepeatBuyerWithoutSpend() {
        RfmSummary summary = RfmSummary.of(ChronoUnit.WEEKS, new String[] {"a", "b"},
                new int[] {0, 2}, new double[] {0, 3}, new double[] {5, 5}, new double[2]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GammaGammaTest.CDNOW.expectedMeanSpend(summary));
        assertEquals("meanSpend must be > 0 for the gamma-gamma model: 0.0 (customer b)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MbgNbdTest.CDNOW.lifetimeValue(summary,
                GammaGammaTest.CDNOW, Discounting.of(3, ChronoUnit.MONTHS, 0.01)));
    }
}
