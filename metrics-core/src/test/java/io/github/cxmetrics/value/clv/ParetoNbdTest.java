package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Closed-form checks of the Pareto/NBD at the published CDNOW estimates (Fader, Hardie and Lee
 * 2005: r = 0.553, α = 10.578, s = 0.606, β = 11.669, weeks). Reference values were computed
 * with mpmath 1.3.0 at 40 digits from the model's definition, independently of the
 * hypergeometric forms used here: the likelihood and P(alive) by numerical integration of
 * {@code ∫ from tₓ to T of (α+τ)^−(r+x)(β+τ)^−(s+1) dτ} (Fader and Hardie 2005, "A Note on
 * Deriving the Pareto/NBD Model", equations 17–18), E[X(t)] by its closed form (equation 27),
 * P(X(t) = n) by integrating over the lifetime.
 */
class ParetoNbdTest {

    static final ParetoNbd CDNOW = new ParetoNbd(0.553, 10.578, 0.606, 11.669, ChronoUnit.WEEKS);

    @Test
    void logLikelihood_matchesTheIntegral() {
        assertEquals(-9.5542832451504057, CDNOW.logLikelihood(BgNbdTest.CUSTOMER_1), 1e-13);
        assertEquals(-0.52104629408089037, CDNOW.logLikelihood(BgNbdTest.ONE_TIMER), 1e-13);
    }

    @Test
    void logLikelihood_isAccurateWhereTheHypergeometricArgumentApproachesOne() {
        // α ≫ β, α ≪ β, and tₓ close to T with many purchases (where the published difference
        // of two hypergeometric terms cancels).
        CustomerRfm c = new CustomerRfm("c", 3, 5, 40, 10, ChronoUnit.WEEKS);
        assertEquals(-21.622572793656994,
                new ParetoNbd(0.8, 200, 1.5, 0.05, ChronoUnit.WEEKS).logLikelihood(c), 1e-11);
        assertEquals(-11.893032431895651,
                new ParetoNbd(0.8, 0.05, 1.5, 300, ChronoUnit.WEEKS).logLikelihood(c), 1e-11);
        assertEquals(-39.368926515617482, new ParetoNbd(0.8, 2, 0.3, 20, ChronoUnit.WEEKS)
                .logLikelihood(new CustomerRfm("d", 60, 39.9, 40, 10, ChronoUnit.WEEKS)), 1e-11);
    }

    @Test
    void probabilityAlive_matchesTheIntegral() {
        assertEquals(0.8691675591530112, CDNOW.probabilityAlive(BgNbdTest.CUSTOMER_1), 1e-13);
        assertEquals(0.29528660461689416, CDNOW.probabilityAlive(BgNbdTest.ONE_TIMER), 1e-13);
    }

    @Test
    void expectedPurchases_matchesTheClosedForm() {
        assertEquals(1.2130028442810159, CDNOW.expectedPurchases(39), 1e-13);
        assertEquals(1.9093981293136855, CDNOW.expectedPurchases(78), 1e-13);
        // At s = 1 the closed form becomes (rβ/α)·ln(1 + t/β): 0.5 · 7/3 · ln(1 + 20/7).
        assertEquals(1.5749145031071851,
                new ParetoNbd(0.5, 3, 1, 7, ChronoUnit.WEEKS).expectedPurchases(20), 1e-14);
    }

    @Test
    void conditionalExpectedPurchases_matchesSchmittleinMorrisonColombo() {
        assertEquals(1.4551231932576023, CDNOW.expectedPurchases(BgNbdTest.CUSTOMER_1, 39),
                1e-12);
        assertEquals(new ParetoNbd(2.553, 10.578 + 38.86, 0.606, 11.669 + 38.86,
                ChronoUnit.WEEKS), CDNOW.givenAlive(BgNbdTest.CUSTOMER_1));
    }

    @Test
    void probabilityOfPurchases_matchesTheLifetimeIntegral() {
        ModelAssertions.assertProbabilities(CDNOW, 39, 1e-11, 0.59362503160238383,
                0.16556294727717548, 0.082487184116316588);
        assertEquals(0.021484828361821043, CDNOW.probabilityOfPurchases(5, 39), 1e-12);
        ModelAssertions.assertNoPurchasesInNoTime(CDNOW);
    }

    @Test
    void inUnit_leavesPredictionsUnchanged() {
        ParetoNbd days = CDNOW.inUnit(ChronoUnit.DAYS);
        assertEquals(11.669 * 7, days.beta(), 1e-12);
        ModelAssertions.assertSamePredictionsInDays(CDNOW, BgNbdTest.CUSTOMER_1, 1e-13, 1e-12);
    }

    @Test
    void constructor_rejectsBadParameters() {
        failure(IllegalArgumentException.class,
                () -> new ParetoNbd(1, 1, Double.NaN, 1, ChronoUnit.WEEKS),
                "s must be finite and > 0: NaN");
    }

    @Test
    void analyticGradient_matchesCentralDifferences() {
        RfmSummary data = new Simulation(5).paretoNbd(
                new ParetoNbd(0.6, 8, 0.8, 12, ChronoUnit.WEEKS), 3000, 26, 52);
        Objective f = ModelSpec.PARETO_NBD.objective(ModelSpec.PARETO_NBD.groups(data));
        Objective numeric = Objective.centralDifferences(f, 1e-5);
        // α > β and α < β take different branches of the hypergeometric integrals.
        for (double[] point : new double[][] {{0.6, 8, 0.8, 12}, {0.5, 20, 1.2, 3},
                {2, 1, 0.3, 40}, {0.6, 10, 0.8, 10}}) {
            double[] theta = new double[4];
            for (int i = 0; i < 4; i++) {
                theta[i] = Math.log(point[i]);
            }
            double[] analytic = new double[4];
            double[] central = new double[4];
            assertEquals(numeric.value(theta, central), f.value(theta, analytic), 1e-13);
            for (int i = 0; i < 4; i++) {
                assertEquals(central[i], analytic[i], 1e-8, "component " + i);
            }
        }
        assertTrue(f.analyticGradient());
    }
}
