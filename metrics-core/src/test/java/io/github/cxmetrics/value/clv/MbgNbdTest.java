package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.Expect;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Closed-form checks of the MBG/NBD at the estimates BTYDplus gives for CDNOW (r = 0.525,
 * α = 6.183, a = 0.891, b = 1.614, weeks). Reference values were computed with mpmath 1.3.0 at
 * 40 digits from BTYDplus' own expressions ({@code xbgcnbd.LL}, {@code xbgcnbd.PAlive} and
 * {@code xbgcnbd.ConditionalExpectedTransactions} with {@code k = 1} and dropout at zero) and
 * {@code lifetimes}' unconditional expectation; the probabilities of {@code n} purchases by a
 * double numerical integral over λ ~ gamma(r, α) and p ~ beta(a, b) of the model's definition,
 * independently of the closed form.
 */
class MbgNbdTest {

    static final MbgNbd CDNOW = new MbgNbd(0.525, 6.183, 0.891, 1.614, ChronoUnit.WEEKS);

    @Test
    void expectedPurchases_matchesTheClosedForm() {
        assertEquals(0.053084795263701838, CDNOW.expectedPurchases(1), 1e-15);
        assertEquals(1.1829536655971726, CDNOW.expectedPurchases(39), 1e-13);
        assertEquals(1.8047575775531417, CDNOW.expectedPurchases(78), 1e-13);
        assertEquals(0, CDNOW.expectedPurchases(0));
    }

    @Test
    void probabilityAlive_isBelowOneAlsoWithoutRepeatPurchases() {
        assertEquals(0.70620226511848728, CDNOW.probabilityAlive(BgNbdTest.CUSTOMER_1), 1e-14);
        assertEquals(0.025305520749527768, CDNOW.probabilityAlive(
                new CustomerRfm("x", 5, 10, 38.86, 30, ChronoUnit.WEEKS)), 1e-15);
        // Unlike the BG/NBD (exactly 1), a one-off buyer may have dropped out at the first purchase.
        assertEquals(0.3897350809187629, CDNOW.probabilityAlive(BgNbdTest.ONE_TIMER), 1e-14);
    }

    @Test
    void conditionalExpectation_matchesBtydPlus() {
        assertEquals(1.2629606232673657, CDNOW.expectedPurchases(BgNbdTest.CUSTOMER_1, 39), 1e-13);
        assertEquals(1.59721663081809, CDNOW.expectedPurchases(BgNbdTest.CUSTOMER_1, 52), 1e-13);
        assertEquals(0.15401274667514668, CDNOW.expectedPurchases(BgNbdTest.ONE_TIMER, 39), 1e-14);
    }

    @Test
    void givenAlive_isTheBgNbdOfACustomerWhoSurvivedEveryPurchase() {
        BgNbd updated = CDNOW.givenAlive(BgNbdTest.CUSTOMER_1);
        assertEquals(new BgNbd(2.525, 6.183 + 38.86, 0.891, 4.614, ChronoUnit.WEEKS), updated);
    }

    @Test
    void logLikelihood_matchesBtydPlus() {
        assertEquals(-9.4855513145339315, CDNOW.logLikelihood(BgNbdTest.CUSTOMER_1), 1e-13);
        assertEquals(-0.53983746353101456, CDNOW.logLikelihood(BgNbdTest.ONE_TIMER), 1e-14);
    }

    @Test
    void probabilityOfPurchases_matchesTheIntegralOfTheDefinition() {
        // P(X(t) = 0) = a/(a+b) + b/(a+b)·(α/(α+t))^r in closed form.
        assertEquals(0.58247318949328897, CDNOW.probabilityOfPurchases(0, 39), 1e-13);
        assertEquals(0.182783077288, CDNOW.probabilityOfPurchases(1, 39), 1e-10);
        assertEquals(0.0193873235536, CDNOW.probabilityOfPurchases(5, 39), 1e-10);
        ModelAssertions.assertNoPurchasesInNoTime(CDNOW);
    }

    @Test
    void probabilitiesOfPurchases_sumToOneWithTheExpectationAsMean() {
        ModelAssertions.assertDistribution(n -> CDNOW.probabilityOfPurchases(n, 39),
                CDNOW.expectedPurchases(39), 1e-10, 1e-8);
        ModelAssertions.assertDistribution(
                n -> CDNOW.probabilityOfPurchases(BgNbdTest.CUSTOMER_1, n, 39),
                CDNOW.expectedPurchases(BgNbdTest.CUSTOMER_1, 39), 1e-10, 1e-8);
    }

    @Test
    void lifetimeValue_withLifetimesMonthsOf4345Weeks() {
        // lifetimes' customer_lifetime_value(time=12, discount_rate=0.01, freq="W") steps by
        // months of 4.345 weeks; with the published Gamma-Gamma spend (Fader and Hardie 2013).
        double clv = CDNOW.lifetimeValue(BgNbdTest.CUSTOMER_1, GammaGammaTest.CDNOW,
                Discounting.of(12, 4.345, ChronoUnit.WEEKS, 0.01));
        assertEquals(37.201895218922922, clv, 1e-11);
    }

    @Test
    void inUnit_rescalesAlphaAndKeepsThePredictions() {
        MbgNbd days = CDNOW.inUnit(ChronoUnit.DAYS);
        assertEquals(6.183 * 7, days.alpha(), 1e-12);
        ModelAssertions.assertSamePredictionsInDays(CDNOW, BgNbdTest.CUSTOMER_1, 1e-14, 1e-12);
        assertEquals(CDNOW.expectedPurchases(39), days.expectedPurchases(273), 1e-13);
    }

    @Test
    void rejectsBadParametersAndCustomersInAnotherUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MbgNbd(0.5, -1, 1, 1, ChronoUnit.WEEKS));
        assertTrue(e.getMessage().startsWith("alpha must be"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CDNOW.probabilityAlive(BgNbdTest.CUSTOMER_1.inUnit(ChronoUnit.DAYS)));
        assertEquals("customer is in DAYS but the model is in WEEKS: convert one of them with"
                + " inUnit", e.getMessage());
    }

    /**
     * The three models check their arguments in one place, so in one order: the count before the
     * horizon (the MBG/NBD checked the horizon first until its checks were shared).
     */
    @Test
    void everyModel_checksTheCountBeforeTheHorizon_withTheSameMessages() {
        for (PurchaseModel model : List.of(BgNbdTest.CDNOW, CDNOW, ParetoNbdTest.CDNOW)) {
            Expect.failure(IllegalArgumentException.class,
                    () -> model.probabilityOfPurchases(-1, Double.NaN), "n must be >= 0: -1");
            Expect.failure(IllegalArgumentException.class,
                    () -> model.probabilityOfPurchases(-1, 3), "n must be >= 0: -1");
            Expect.failure(IllegalArgumentException.class,
                    () -> model.probabilityOfPurchases(0, Double.NaN),
                    "horizon must be finite and >= 0: NaN");
            Expect.failure(IllegalArgumentException.class, () -> model.expectedPurchases(-1),
                    "horizon must be finite and >= 0: -1.0");
        }
    }
}
