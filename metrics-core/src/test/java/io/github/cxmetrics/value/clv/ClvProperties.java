package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the customer-base models over generated parameters and customers. */
class ClvProperties {

    @Provide
    Arbitrary<BgNbd> bgNbd() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0.05, 3),
                        Arbitraries.doubles().between(0.5, 50),
                        Arbitraries.doubles().between(0.1, 3),
                        Arbitraries.doubles().between(0.1, 5))
                .as((r, alpha, a, b) -> new BgNbd(r, alpha, a, b, ChronoUnit.WEEKS));
    }

    @Provide
    Arbitrary<ParetoNbd> paretoNbd() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0.05, 3),
                        Arbitraries.doubles().between(0.5, 50),
                        Arbitraries.doubles().between(0.1, 3),
                        Arbitraries.doubles().between(0.5, 200))
                .as((r, alpha, s, beta) -> new ParetoNbd(r, alpha, s, beta, ChronoUnit.WEEKS));
    }

    @Provide
    Arbitrary<PurchaseModel> model() {
        return Arbitraries.oneOf(bgNbd(), paretoNbd());
    }

    /** Histories (x, tₓ, T) in weeks, repeat buyers or not. */
    @Provide
    Arbitrary<CustomerRfm> customer() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 100),
                        Arbitraries.doubles().between(1, 200))
                .as((x, share, age, spend) -> new CustomerRfm("c", x, x == 0 ? 0 : share * age,
                        age, x == 0 ? 0 : spend, ChronoUnit.WEEKS));
    }

    @Property
    void probabilityAlive_isAProbability(@ForAll("model") PurchaseModel model,
            @ForAll("customer") CustomerRfm customer) {
        double p = model.probabilityAlive(customer);
        assertTrue(p >= 0 && p <= 1, () -> "P(alive) = " + p);
    }

    @Property
    void probabilityAlive_isOneForABgNbdCustomerWithoutRepeatPurchase(
            @ForAll("bgNbd") BgNbd model, @ForAll @DoubleRange(min = 0, max = 500) double age) {
        assertEquals(1, model.probabilityAlive(new CustomerRfm("c", 0, 0, age, 0,
                ChronoUnit.WEEKS)));
    }

    @Property
    void expectedPurchases_increaseWithTheHorizon(@ForAll("model") PurchaseModel model,
            @ForAll("customer") CustomerRfm customer,
            @ForAll @DoubleRange(min = 0, max = 100) double shorter,
            @ForAll @DoubleRange(min = 0.01, max = 100) double extra) {
        double longer = shorter + extra;
        assertTrue(model.expectedPurchases(longer) > model.expectedPurchases(shorter));
        double a = model.expectedPurchases(customer, shorter);
        double b = model.expectedPurchases(customer, longer);
        assertTrue(b >= a && b >= 0, () -> a + " then " + b);
    }

    /**
     * The probabilities of 0, 1, 2, … purchases sum to 1, and their mean is the expected number
     * of purchases, for a new customer and for one with a history.
     */
    @Property(tries = 60)
    void probabilitiesOfPurchases_sumToOneWithTheExpectedMean(@ForAll("model") PurchaseModel model,
            @ForAll("customer") CustomerRfm customer,
            @ForAll @DoubleRange(min = 0.1, max = 40) double horizon) {
        // Keep the distributions short enough to sum term by term.
        Assume.that(model.expectedPurchases(horizon) < 20
                && model.expectedPurchases(customer, horizon) < 20);
        checkDistribution(n -> model.probabilityOfPurchases(n, horizon),
                model.expectedPurchases(horizon));
        checkDistribution(n -> model.probabilityOfPurchases(customer, n, horizon),
                model.expectedPurchases(customer, horizon));
    }

    private static void checkDistribution(java.util.function.IntToDoubleFunction pmf,
            double mean) {
        double total = 0;
        double first = 0;
        for (int n = 0; n < 4000; n++) {
            double p = pmf.applyAsDouble(n);
            assertTrue(p >= 0 && p <= 1 + 1e-12, "P(" + n + ") = " + p);
            total += p;
            first += n * p;
            if (1 - total < 1e-10 && n * p < 1e-10) {
                break;
            }
        }
        assertEquals(1, total, 1e-8);
        assertEquals(mean, first, 1e-6 * Math.max(1, mean));
    }

    @Property
    void lifetimeValue_decreasesWithTheDiscountRate(@ForAll("model") PurchaseModel model,
            @ForAll("customer") CustomerRfm customer,
            @ForAll @DoubleRange(min = 0, max = 0.2) double rate,
            @ForAll @DoubleRange(min = 0.01, max = 0.2) double more,
            @ForAll @IntRange(min = 1, max = 36) int months) {
        GammaGamma spend = new GammaGamma(6.25, 3.74, 15.44);
        double low = model.lifetimeValue(customer, spend,
                Discounting.of(months, ChronoUnit.MONTHS, rate));
        double high = model.lifetimeValue(customer, spend,
                Discounting.of(months, ChronoUnit.MONTHS, rate + more));
        assertTrue(high <= low && high >= 0, () -> low + " then " + high);
    }

    /** The grouped, compensated likelihood equals the naive sum over customers. */
    @Property(tries = 100)
    void groupedLikelihood_equalsTheSumOverCustomers(@ForAll("model") PurchaseModel model,
            @ForAll("customers") List<CustomerRfm> customers) {
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
        ModelSpec<?> spec = model instanceof BgNbd ? ModelSpec.BG_NBD : ModelSpec.PARETO_NBD;
        RowGroups groups = spec.groups(summary);
        double[] theta = model instanceof BgNbd m
                ? logs(m.r(), m.alpha(), m.a(), m.b())
                : logs(((ParetoNbd) model).r(), ((ParetoNbd) model).alpha(),
                        ((ParetoNbd) model).s(), ((ParetoNbd) model).beta());
        double grouped = -spec.objective(groups).value(theta, null) * groups.totalWeight;
        assertEquals(naive, grouped, 1e-9 * Math.max(1, Math.abs(naive)));
        assertEquals(customers.size(), groups.totalWeight);
    }

    @Provide
    Arbitrary<List<CustomerRfm>> customers() {
        // Few distinct values, so that identical rows occur and are grouped.
        Arbitrary<CustomerRfm> c = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.of(0.25, 0.5, 1.0),
                        Arbitraries.of(10.0, 20.0, 39.0))
                .as((x, share, age) -> new CustomerRfm("c", x, x == 0 ? 0 : share * age, age,
                        0, ChronoUnit.WEEKS));
        return c.list().ofMinSize(1).ofMaxSize(60);
    }

    /** The analytic BG/NBD and Gamma-Gamma gradients agree with central differences. */
    @Property(tries = 100)
    void analyticGradients_matchCentralDifferences(@ForAll("bgNbd") BgNbd model,
            @ForAll("customers") List<CustomerRfm> customers,
            @ForAll @DoubleRange(min = 0.5, max = 20) double p,
            @ForAll @DoubleRange(min = 0.5, max = 20) double q,
            @ForAll @DoubleRange(min = 1, max = 100) double gamma) {
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
    @Provide
    Arbitrary<List<Purchase>> purchases() {
        Currency usd = Currency.getInstance("USD");
        Instant start = Instant.parse("1997-01-01T00:00:00Z");
        return Combinators.combine(
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.longs().between(0, 540L * 24 * 3600),
                        Arbitraries.integers().between(-500, 10_000))
                .as((customer, seconds, cents) -> Purchase.of("c" + customer,
                        start.plusSeconds(seconds), BigDecimal.valueOf(cents, 2), usd))
                .list().ofMaxSize(80);
    }

    @Property
    void rfm_splitAndMergeEqualsOnePassInAnyOrder(@ForAll("purchases") List<Purchase> purchases,
            @ForAll @IntRange(min = 0, max = 80) int cut, @ForAll long seed) {
        RfmCalculator calculator = CxMetrics.lifetimeValue()
                .rfm(ChronoUnit.WEEKS, LocalDate.of(1997, 9, 30))
                .holdoutEnd(LocalDate.of(1998, 6, 30));
        RfmSummary onePass = calculator.compute(purchases);
        List<Purchase> shuffled = new ArrayList<>(purchases);
        Collections.shuffle(shuffled, new Random(seed));
        int k = Math.min(cut, shuffled.size());
        Accumulator<Purchase, RfmSummary> left = calculator.accumulator();
        Accumulator<Purchase, RfmSummary> right = calculator.accumulator();
        left.addAll(shuffled.subList(0, k));
        right.addAll(shuffled.subList(k, shuffled.size()));
        right.merge(left);
        assertEquals(onePass, right.snapshot());
        assertEquals(onePass, purchases.parallelStream().collect(calculator.collector()));
        for (CustomerRfm c : onePass.customers()) {
            assertTrue(c.recency() <= c.age() && c.frequency() >= 0);
        }
    }
}
