package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.CalculatorProperties.assertParallelEqualsSequential;
import static io.github.cxmetrics.CalculatorProperties.shuffled;
import static io.github.cxmetrics.Theories.anyLong;
import static io.github.cxmetrics.Theories.listsOf;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.api.Pair;
import org.quicktheories.api.Tuple3;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the customer-base models over generated parameters and customers. */
class ClvProperties {

    static Gen<BgNbd> bgNbd() {
        return doubles().between(0.05, 3).zip(doubles().between(0.5, 50), doubles().between(0.1, 3),
                doubles().between(0.1, 5),
                (r, alpha, a, b) -> new BgNbd(r, alpha, a, b, ChronoUnit.WEEKS));
    }

    static Gen<ParetoNbd> paretoNbd() {
        return doubles().between(0.05, 3).zip(doubles().between(0.5, 50), doubles().between(0.1, 3),
                doubles().between(0.5, 200),
                (r, alpha, s, beta) -> new ParetoNbd(r, alpha, s, beta, ChronoUnit.WEEKS));
    }

    static Gen<MbgNbd> mbgNbd() {
        return bgNbd().map(m -> new MbgNbd(m.r(), m.alpha(), m.a(), m.b(), m.unit()));
    }

    static Gen<PurchaseModel> model() {
        return Generate.oneOf(bgNbd().map(m -> (PurchaseModel) m), mbgNbd().map(m -> m),
                paretoNbd().map(m -> m));
    }

    /** The fitter's spec of a model and the model's parameters on the log scale. */
    private static ModelSpec<?> spec(PurchaseModel model) {
        return model instanceof BgNbd ? ModelSpec.BG_NBD
                : model instanceof MbgNbd ? ModelSpec.MBG_NBD : ModelSpec.PARETO_NBD;
    }

    private static double[] logParameters(PurchaseModel model) {
        if (model instanceof BgNbd m) {
            return logs(m.r(), m.alpha(), m.a(), m.b());
        }
        if (model instanceof MbgNbd m) {
            return logs(m.r(), m.alpha(), m.a(), m.b());
        }
        ParetoNbd m = (ParetoNbd) model;
        return logs(m.r(), m.alpha(), m.s(), m.beta());
    }

    /** Histories (x, tₓ, T) in weeks, repeat buyers or not. */
    static Gen<CustomerRfm> customer() {
        return integers().between(0, 40).zip(doubles().between(0, 1), doubles().between(0, 100),
                doubles().between(1, 200),
                (x, share, age, spend) -> new CustomerRfm("c", x, x == 0 ? 0 : share * age,
                        age, x == 0 ? 0 : spend, ChronoUnit.WEEKS));
    }

    @Test
    void probabilityAlive_isAProbability() {
        qt().forAll(model(), customer()).checkAssert((model, customer) -> {
            double p = model.probabilityAlive(customer);
            assertTrue(p >= 0 && p <= 1, () -> "P(alive) = " + p);
        });
    }

    @Test
    void probabilityAlive_isOneForABgNbdCustomerWithoutRepeatPurchase() {
        qt().forAll(bgNbd(), doubles().between(0, 500)).checkAssert((model, age) -> {
            assertEquals(1, model.probabilityAlive(new CustomerRfm("c", 0, 0, age, 0,
                    ChronoUnit.WEEKS)));
        });
    }

    @Test
    void expectedPurchases_increaseWithTheHorizon() {
        qt().forAll(model(), customer(), doubles().between(0, 100), doubles().between(0.01, 100))
                .checkAssert((model, customer, shorter, extra) -> {
            double longer = shorter + extra;
            assertTrue(model.expectedPurchases(longer) > model.expectedPurchases(shorter));
            double a = model.expectedPurchases(customer, shorter);
            double b = model.expectedPurchases(customer, longer);
            assertTrue(b >= a && b >= 0, () -> a + " then " + b);
        });
    }

    /**
     * The probabilities of 0, 1, 2, … purchases sum to 1, and their mean is the expected number
     * of purchases, for a new customer and for one with a history. A fixed table rather than a
     * random property: the sums run over up to thousands of terms, so random draws made the test
     * slow (about 10 s) and, at rare parameters, flaky; the table covers the corners of the
     * property generators' ranges that make the distributions long (small {@code r} and
     * {@code alpha}, a long horizon), published fits, and short horizons, in about a second.
     */
    @ParameterizedTest(name = "{0}, x={1}, t_x={2}, T={3}, t={4}")
    @MethodSource("distributions")
    void probabilitiesOfPurchases_sumToOneWithTheExpectedMean(PurchaseModel model, int x,
            double recency, double age, double horizon) {
        CustomerRfm customer = new CustomerRfm("c", x, recency, age, x == 0 ? 0 : 35,
                ChronoUnit.WEEKS);
        assertTrue(model.expectedPurchases(horizon) < 20
                && model.expectedPurchases(customer, horizon) < 20, "a short distribution");
        checkDistribution(n -> model.probabilityOfPurchases(n, horizon),
                model.expectedPurchases(horizon));
        checkDistribution(n -> model.probabilityOfPurchases(customer, n, horizon),
                model.expectedPurchases(customer, horizon));
    }

    static Stream<Arguments> distributions() {
        ChronoUnit weeks = ChronoUnit.WEEKS;
        // The CDNOW fits of Fader, Hardie & Lee 2005 (§4), BG/NBD and Pareto/NBD, and the
        // history of its worked example (x 2, t_x 30.43, T 38.86).
        BgNbd cdnowBg = new BgNbd(0.243, 4.414, 0.793, 2.426, weeks);
        ParetoNbd cdnowPareto = new ParetoNbd(0.553, 10.578, 0.606, 11.669, weeks);
        // Corners of the generators' ranges: heavy tails (r and alpha at their minimum) ...
        BgNbd heavyBg = new BgNbd(0.05, 0.5, 0.1, 0.1, weeks);
        ParetoNbd heavyPareto = new ParetoNbd(0.05, 0.5, 3, 200, weeks);
        // ... early dropout, frequent buyers that leave fast, and long lives with few purchases
        BgNbd droppingBg = new BgNbd(1, 5, 3, 0.1, weeks);
        ParetoNbd shortPareto = new ParetoNbd(0.05, 50, 0.1, 0.5, weeks);
        BgNbd slowBg = new BgNbd(3, 50, 0.1, 5, weeks);
        ParetoNbd slowPareto = new ParetoNbd(3, 50, 3, 200, weeks);
        return Stream.of(
                Arguments.of(cdnowBg, 2, 30.43, 38.86, 39.0),
                Arguments.of(cdnowBg, 0, 0.0, 38.86, 78.0),
                Arguments.of(cdnowPareto, 2, 30.43, 38.86, 39.0),
                Arguments.of(cdnowPareto, 7, 35.0, 38.86, 52.0),
                Arguments.of(heavyBg, 0, 0.0, 0.0, 40.0),
                Arguments.of(heavyBg, 40, 100.0, 100.0, 40.0),
                Arguments.of(heavyPareto, 0, 0.0, 100.0, 10.0),
                Arguments.of(heavyPareto, 40, 100.0, 100.0, 10.0),
                Arguments.of(droppingBg, 40, 1.0, 1.0, 40.0),
                Arguments.of(droppingBg, 1, 0.0, 0.0, 0.1),
                Arguments.of(shortPareto, 10, 1.0, 1.0, 40.0),
                Arguments.of(shortPareto, 0, 0.0, 0.0, 0.1),
                Arguments.of(slowBg, 40, 0.0, 100.0, 40.0),
                Arguments.of(slowPareto, 40, 100.0, 100.0, 0.1),
                Arguments.of(slowPareto, 3, 50.0, 80.0, 20.0));
    }

    private static void checkDistribution(java.util.function.IntToDoubleFunction pmf,
            double mean) {
        ModelAssertions.assertDistribution(pmf, mean, 1e-8, 1e-6 * Math.max(1, mean));
    }

    @Test
    void lifetimeValue_decreasesWithTheDiscountRate() {
        Gen<Pair<Double, Double>> rates =
                doubles().between(0, 0.2).zip(doubles().between(0.01, 0.2), Pair::of);
        qt().forAll(model(), customer(), rates, integers().between(1, 36))
                .checkAssert((model, customer, rateAndMore, months) -> {
            double rate = rateAndMore._1;
            double more = rateAndMore._2;
            GammaGamma spend = new GammaGamma(6.25, 3.74, 15.44);
            double low = model.lifetimeValue(customer, spend,
                    Discounting.of(months, ChronoUnit.MONTHS, rate));
            double high = model.lifetimeValue(customer, spend,
                    Discounting.of(months, ChronoUnit.MONTHS, rate + more));
            assertTrue(high <= low && high >= 0, () -> low + " then " + high);
        });
    }

    /** The grouped, compensated likelihood equals the naive sum over customers. */
    @Test
    void groupedLikelihood_equalsTheSumOverCustomers() {
        qt(100).forAll(model(), customers()).checkAssert((model, customers) -> {
            RfmSummary.Builder builder = RfmSummary.builder(ChronoUnit.WEEKS);
            double naive = 0;
            for (CustomerRfm c : customers) {
                builder.add(c);
                naive += model.logLikelihood(c);
            }
            RfmSummary summary = builder.build();
            if (summary.repeatBuyers() == 0) {
                return;
            }
            ModelSpec<?> spec = spec(model);
            RowGroups groups = spec.groups(summary);
            double[] theta = logParameters(model);
            double grouped = -spec.objective(groups).value(theta, null) * groups.totalWeight;
            assertEquals(naive, grouped, 1e-9 * Math.max(1, Math.abs(naive)));
            assertEquals(customers.size(), groups.totalWeight);
        });
    }

    static Gen<List<CustomerRfm>> customers() {
        // Few distinct values, so that identical rows occur and are grouped.
        Gen<CustomerRfm> c = integers().between(0, 4).zip(
                Generate.pick(List.of(0.25, 0.5, 1.0)), Generate.pick(List.of(10.0, 20.0, 39.0)),
                (x, share, age) -> new CustomerRfm("c", x, x == 0 ? 0 : share * age, age,
                        0, ChronoUnit.WEEKS));
        return listsOf(c, 1, 60);
    }

    /** The analytic gradients of every model agree with central differences. */
    @Test
    void analyticGradients_matchCentralDifferences() {
        Gen<Tuple3<Double, Double, Double>> spendings = doubles().between(0.5, 20).zip(
                doubles().between(0.5, 20), doubles().between(1, 100), Tuple3::of);
        qt(100).forAll(bgNbd(), customers(), spendings).checkAssert((model, customers, spend) -> {
            double p = spend._1;
            double q = spend._2;
            double gamma = spend._3;
            RfmSummary.Builder builder = RfmSummary.builder(ChronoUnit.WEEKS);
            int i = 0;
            for (CustomerRfm c : customers) {
                builder.add("c" + i, c.frequency(), c.recency(), c.age(),
                        c.frequency() == 0 ? 0 : 5 + 7 * (i++ % 5));
            }
            RfmSummary summary = builder.build();
            if (summary.repeatBuyers() == 0) {
                return;
            }
            checkGradient(ModelSpec.BG_NBD.objective(ModelSpec.BG_NBD.groups(summary)),
                    logs(model.r(), model.alpha(), model.a(), model.b()));
            checkGradient(ModelSpec.GAMMA_GAMMA.objective(ModelSpec.GAMMA_GAMMA.groups(summary)),
                    logs(p, q, gamma));
        });
        qt(100).forAll(model(), customers()).checkAssert((model, customers) -> {
            RfmSummary.Builder builder = RfmSummary.builder(ChronoUnit.WEEKS);
            customers.forEach(builder::add);
            RfmSummary summary = builder.build();
            if (summary.repeatBuyers() > 0) {
                ModelSpec<?> spec = spec(model);
                checkGradient(spec.objective(spec.groups(summary)), logParameters(model));
            }
        });
    }

    private static void checkGradient(Objective f, double[] theta) {
        double[] analytic = new double[theta.length];
        double[] numeric = new double[theta.length];
        f.value(theta, analytic);
        Objective.centralDifferences(f, 1e-6).value(theta, numeric);
        for (int i = 0; i < theta.length; i++) {
            assertEquals(numeric[i], analytic[i], 1e-6 * Math.max(1, Math.abs(analytic[i])),
                    "component " + i);
        }
    }

    private static double[] logs(double... values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }

    /** Purchases of 8 customers over 1997–1998, some on the same day, some refunds. */
    static Gen<List<Purchase>> purchases() {
        Currency usd = Currency.getInstance("USD");
        Instant start = Instant.parse("1997-01-01T00:00:00Z");
        Gen<Purchase> purchase = integers().between(0, 7).zip(
                longs().between(0, 540L * 24 * 3600), integers().between(-500, 10_000),
                (customer, seconds, cents) -> Purchase.of("c" + customer,
                        start.plusSeconds(seconds), BigDecimal.valueOf(cents, 2), usd));
        return listsOf(purchase, 0, 80);
    }

    @Test
    void rfm_splitAndMergeEqualsOnePassInAnyOrder() {
        qt().forAll(purchases(), integers().between(0, 80), anyLong())
                .checkAssert((purchases, cut, seed) -> {
            RfmCalculator calculator = CxMetrics.lifetimeValue()
                    .rfm(ChronoUnit.WEEKS, LocalDate.of(1997, 9, 30))
                    .holdoutEnd(LocalDate.of(1998, 6, 30));
            RfmSummary onePass = calculator.compute(purchases);
            List<Purchase> shuffled = shuffled(purchases, seed);
            int k = Math.min(cut, shuffled.size());
            Accumulator<Purchase, RfmSummary> left = calculator.accumulator();
            Accumulator<Purchase, RfmSummary> right = calculator.accumulator();
            left.addAll(shuffled.subList(0, k));
            right.addAll(shuffled.subList(k, shuffled.size()));
            right.merge(left);
            assertEquals(onePass, right.snapshot());
            assertParallelEqualsSequential(calculator, purchases);
            for (CustomerRfm c : onePass.customers()) {
                assertTrue(c.recency() <= c.age() && c.frequency() >= 0);
            }
        });
    }
}
