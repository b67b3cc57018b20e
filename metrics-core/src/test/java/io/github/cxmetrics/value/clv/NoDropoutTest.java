package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The no-dropout limit of the BG/NBD and MBG/NBD, {@code b = ∞}: the NBD model (every customer
 * stays active; Poisson purchases of a gamma(r, α) rate), which a fit to data without dropout
 * runs off towards. Closed forms of the NBD computed by hand; values of the BG/NBD's equation 9
 * (Fader, Hardie and Lee 2005) with little dropout computed with mpmath 1.3.0's hyp2f1 at 40
 * and 70 digits (which agree to 20).
 */
class NoDropoutTest {

    private static final LifetimeValue CLV = LifetimeValue.create();
    /** r = 2, α = 4: at t = 4, α/(α+t) = 1/2. */
    private static final BgNbd NBD = BgNbd.withoutDropout(2, 4, ChronoUnit.WEEKS);

    @Test
    void withoutDropout_givesTheNbdClosedForms() {
        assertTrue(NBD.hasNoDropout());
        assertEquals(new BgNbd(2, 4, 1, Double.POSITIVE_INFINITY, ChronoUnit.WEEKS), NBD);
        // E[X(t)] = r·t/α.
        assertEquals(2, NBD.expectedPurchases(4));
        assertEquals(19.5, NBD.expectedPurchases(39));
        // P(X(t) = n) = Γ(r+n)/(Γ(r) n!)·θ^r·(1−θ)^n, θ = 1/2: 1/4, 2/8, 3/16.
        ModelAssertions.assertProbabilities(NBD, 4, 1e-15, 0.25, 0.25, 0.1875);
        // Every customer is alive; E[Y(t) | x, tₓ, T] = (r+x)·t/(α+T) = 4·4/8.
        CustomerRfm lapsed = new CustomerRfm("c", 2, 0.5, 4, 0, ChronoUnit.WEEKS);
        assertEquals(1, NBD.probabilityAlive(lapsed));
        assertEquals(2, NBD.expectedPurchases(lapsed, 4), 1e-15);
        assertEquals(BgNbd.withoutDropout(4, 8, ChronoUnit.WEEKS), NBD.givenAlive(lapsed));
        // Updated (r, α) = (4, 8), t = 8: P(Y = 0) = (1/2)^4.
        assertEquals(0.0625, NBD.probabilityOfPurchases(lapsed, 0, 8), 1e-16);
        // L = Γ(r+x)/Γ(r)·α^r/(α+T)^(r+x) = 2·16/512 for x = 1, T = 4, whatever tₓ.
        assertEquals(-Math.log(16), NBD.logLikelihood(
                new CustomerRfm("c", 1, 0.1, 4, 0, ChronoUnit.WEEKS)), 1e-15);
        assertEquals(-Math.log(16), NBD.logLikelihood(
                new CustomerRfm("c", 1, 3.9, 4, 0, ChronoUnit.WEEKS)), 1e-15);
        assertEquals(BgNbd.withoutDropout(2, 28, ChronoUnit.DAYS), NBD.inUnit(ChronoUnit.DAYS));
    }

    @Test
    void mbgNbdWithoutDropout_isTheSameNbd() {
        MbgNbd m = new MbgNbd(2, 4, 1, Double.POSITIVE_INFINITY, ChronoUnit.WEEKS);
        assertTrue(m.hasNoDropout());
        CustomerRfm oneOff = new CustomerRfm("c", 0, 0, 4, 0, ChronoUnit.WEEKS);
        assertEquals(1, m.probabilityAlive(oneOff));
        assertEquals(2, m.expectedPurchases(4));
        ModelAssertions.assertProbabilities(m, 4, 1e-15, 0.25, 0.25, 0.1875);
        assertEquals(NBD.logLikelihood(oneOff), m.logLikelihood(oneOff), 1e-15);
        assertEquals(BgNbd.withoutDropout(2, 8, ChronoUnit.WEEKS), m.givenAlive(oneOff));
    }

    @Test
    void constructor_acceptsAnInfiniteBOnly() {
        failure(IllegalArgumentException.class,
                () -> new BgNbd(1, 2, 1, Double.NaN, ChronoUnit.WEEKS),
                "b must be > 0, finite or infinity (the no-dropout limit): NaN");
        failure(IllegalArgumentException.class, () -> new MbgNbd(1, 2, 1, 0, ChronoUnit.WEEKS),
                "b must be > 0, finite or infinity (the no-dropout limit): 0.0");
        failure(IllegalArgumentException.class,
                () -> new BgNbd(1, 2, Double.POSITIVE_INFINITY, 1, ChronoUnit.WEEKS),
                "a must be finite and > 0: Infinity");
        failure(IllegalArgumentException.class,
                () -> new ParetoNbd(1, 2, 1, Double.POSITIVE_INFINITY, ChronoUnit.WEEKS),
                "beta must be finite and > 0: Infinity");
        failure(IllegalArgumentException.class,
                () -> new Estimate("b", Double.POSITIVE_INFINITY, 1),
                "b: standardError of an infinite estimate must be NaN: 1.0");
        Estimate infinite = new Estimate("b", Double.POSITIVE_INFINITY, Double.NaN);
        assertFalse(infinite.hasStandardError());
        failure(IllegalStateException.class, () -> infinite.confidenceInterval(0.95),
                "b is infinite (a limit of the model, such as b without dropout): it has no"
                + " confidence interval");
    }

    @Test
    void expectedPurchases_withLittleDropoutMatchEquation9() {
        // Parameters where the series overflows (large a) or cancels (b ≫ a); mpmath, eq. 9.
        assertEquals(5.8940264926707060059, new BgNbd(1.524391033158772, 10.027172328652334,
                1275.1201121290746, 1053676.7485415044, ChronoUnit.WEEKS).expectedPurchases(39),
                1e-13);
        assertEquals(5.8499914443931378792,
                new BgNbd(1.5, 10, 3, 1e7, ChronoUnit.WEEKS).expectedPurchases(39), 1e-13);
        assertEquals(5.8499999857406251044,
                new BgNbd(1.5, 10, 0.5, 1e9, ChronoUnit.WEEKS).expectedPurchases(39), 1e-13);
        assertEquals(1.8276254814206166896,
                new BgNbd(0.8, 5, 2000, 3000, ChronoUnit.WEEKS).expectedPurchases(52), 1e-13);
        assertEquals(5.8499999714813799173,
                new BgNbd(1.5, 10, 0.001, 1e6, ChronoUnit.WEEKS).expectedPurchases(39), 1e-13);
        assertEquals(5.8499999999429625,
                new BgNbd(1.5, 10, 2, 1e12, ChronoUnit.WEEKS).expectedPurchases(39), 1e-13);
        assertEquals(0.5505149226632876013,
                new BgNbd(0.243, 4.414, 0.793, 1e5, ChronoUnit.WEEKS).expectedPurchases(10),
                1e-14);
    }

    @Test
    void expectedBySurvival_agreesWithTheSeriesWhereBothHold() {
        // The sum of positive terms against the series of equation 9, at CDNOW's estimates and
        // others where the series neither overflows nor cancels.
        double[][] cases = {{39, 0.243, 4.414, 0.793, 2.426}, {78, 0.243, 4.414, 0.793, 2.426},
            {10, 1.2, 3, 1, 0.5}, {52, 0.5, 2, 3, 1.5}, {1, 0.525, 6.183, 0.891, 1.614},
            {26, 4, 20, 0.2, 40}};
        for (double[] c : cases) {
            double series = BgNbd.expected(c[0], c[1], c[2], c[3], c[4]);
            double survival = BgNbd.expectedBySurvival(c[0], c[1], c[2], c[3], c[4]);
            assertEquals(series, survival, 2e-14 * series, () -> java.util.Arrays.toString(c));
        }
    }

    @Test
    void expectedPurchases_approachTheNbdFromBelowWithinTheBound() {
        // 0 ≤ r·t/α − E[X(t)] ≤ r·t/α·(r+1)·t/(2α)·a/(a+b): see the class comment of BgNbd.
        qt().forAll(doubles().between(0.05, 5), doubles().between(0.5, 50),
                doubles().between(0.05, 50), doubles().between(1, 15))
                .checkAssert((r, alpha, a, logB) -> {
                    double b = Math.pow(10, logB);
                    double t = 39;
                    double nbd = r * t / alpha;
                    double e = new BgNbd(r, alpha, a, b, ChronoUnit.WEEKS).expectedPurchases(t);
                    double bound = nbd * (r + 1) * t / (2 * alpha) * (a / (a + b));
                    assertTrue(e <= nbd * (1 + 1e-13), () -> e + " > " + nbd);
                    assertTrue(nbd - e <= bound * (1 + 1e-9) + 1e-13 * nbd,
                            () -> (nbd - e) + " > " + bound);
                });
    }

    /**
     * NBD customers (r = 1.5, α = 10 weeks) who all keep buying: each repeat buyer's last
     * purchase is at the end of the calibration period, so nothing in the data suggests dropout.
     */
    private static RfmSummary customersWhoKeepBuying() {
        RfmSummary nbd = new Simulation(20250701).nbd(1.5, 10, ChronoUnit.WEEKS, 5000, 20, 40);
        int n = nbd.size();
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = nbd.frequency(i);
            age[i] = nbd.age(i);
            recency[i] = x[i] > 0 ? age[i] : 0;
        }
        return RfmSummary.of(ChronoUnit.WEEKS, x, recency, age, null);
    }

    @Test
    void fit_onCustomersWhoKeepBuying_isTheNbdLimit() {
        RfmSummary data = customersWhoKeepBuying();
        for (ModelFit<? extends PurchaseModel> fit
                : java.util.List.of(CLV.bgNbd().fit(data), CLV.mbgNbd().fit(data))) {
            FitDiagnostics d = fit.diagnostics();
            assertTrue(d.converged(), d.toString());
            assertTrue(d.message().startsWith("no dropout in the data: the likelihood is highest"
                    + " in the limit b = infinity"), d.toString());
            assertEquals(Double.POSITIVE_INFINITY, d.estimate("b").value());
            assertEquals(1, d.estimate("a").value());
            assertFalse(d.estimate("b").hasStandardError());
            double r = d.estimate("r").value();
            double alpha = d.estimate("alpha").value();
            assertTrue(d.estimate("r").confidenceInterval(0.999).contains(1.5), d.toString());
            assertTrue(d.estimate("alpha").confidenceInterval(0.999).contains(10), d.toString());
            // The NBD's score equation in α: Σ (r/α − (r+x)/(α+T)) = 0 at the maximum.
            double score = 0;
            for (int i = 0; i < data.size(); i++) {
                score += r / alpha - (r + data.frequency(i)) / (alpha + data.age(i));
            }
            assertEquals(0, score / data.size(), 1e-8);
            PurchaseModel model = fit.model();
            assertEquals(d.logLikelihood(), model.logLikelihood(data),
                    1e-9 * Math.abs(d.logLikelihood()));
            double[] alive = model.probabilityAlive(data);
            double[] expected = model.expectedPurchases(data, 39);
            for (int i = 0; i < data.size(); i++) {
                assertEquals(1, alive[i]);
                assertEquals((r + data.frequency(i)) * 39 / (alpha + data.age(i)), expected[i],
                        1e-12 * expected[i]);
            }
            assertEquals(r * 39 / alpha, model.expectedPurchases(39), 1e-12);
        }
    }

    @Test
    void fit_onNbdData_predictsLikeTheNbd() {
        // Simulated from the NBD, the data may still favour a little dropout by chance (here
        // a = 0.0024, b = 23.9, a finite maximum): then the BG/NBD stands, and its predictions
        // (summed without cancellation) are close to the NBD's.
        RfmSummary data = new Simulation(20250701).nbd(1.5, 10, ChronoUnit.WEEKS, 5000, 20, 40);
        ModelFit<BgNbd> fit = CLV.bgNbd().fit(data);
        BgNbd model = fit.model();
        double nbd = model.r() * 39 / model.alpha();
        double expected = model.expectedPurchases(39);
        assertTrue(expected <= nbd && expected > 0.99 * nbd, model + ": " + expected);
        for (double p : model.probabilityAlive(data)) {
            assertTrue(p > 0.9 && p <= 1, model + ": " + p);
        }
    }

    @Test
    void fit_withDropout_isNotTakenForTheLimit() {
        // A small but real dropout (mean a/(a+b) = 0.002 per purchase over many purchases).
        BgNbd truth = new BgNbd(2, 4, 2, 998, ChronoUnit.WEEKS);
        RfmSummary data = new Simulation(20250702).bgNbd(truth, 4000, 50, 100);
        BgNbd fitted = CLV.bgNbd().fit(data).model();
        assertFalse(fitted.hasNoDropout(), fitted.toString());
    }
}
