package io.github.cxmetrics.value.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Closed-form checks of the BG/NBD at the published CDNOW estimates (Fader, Hardie and Lee 2005:
 * r = 0.243, α = 4.414, a = 0.793, b = 2.426, weeks). Reference values were computed with mpmath
 * 1.3.0 at 40 digits directly from the paper's equations: (6) likelihood, (8) P(X(t) = x),
 * (9) E[X(t)], (10) E[Y(t) | x, tₓ, T] and (11) P(alive), with mpmath's own hyp2f1.
 */
class BgNbdTest {

    static final BgNbd CDNOW = new BgNbd(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);
    /** CDNOW customer 1: two repeat purchases, the last at week 30.43, observed 38.86 weeks. */
    static final CustomerRfm CUSTOMER_1 =
            new CustomerRfm("1", 2, 30.43, 38.86, 22.35, ChronoUnit.WEEKS);
    static final CustomerRfm ONE_TIMER = new CustomerRfm("3", 0, 0, 38.86, 0, ChronoUnit.WEEKS);

    @Test
    void expectedPurchases_matchesEquation9() {
        assertEquals(0.053267891171658282, CDNOW.expectedPurchases(1), 1e-15);
        assertEquals(1.1967231933208169, CDNOW.expectedPurchases(39), 1e-13);
        assertEquals(1.8605190579427686, CDNOW.expectedPurchases(78), 1e-13);
        assertEquals(4.9746178618496597, CDNOW.expectedPurchases(520), 1e-12);
        assertEquals(0, CDNOW.expectedPurchases(0));
    }

    /**
     * Equation 9 where its series overflows (large a) or cancels (b much larger than a): the
     * sum of positive terms takes over. Reference: src/test/python/bgnbd_expected.py (mpmath
     * 1.3.0, 60 digits, the ₂F₁ summed term by term).
     */
    @ParameterizedTest
    @CsvSource({
        "52, 0.25, 4.4, 200, 300, 0.8850933997465393453",
        "10, 2.5, 0.5, 120, 900, 8.134872390903289221",
        "39, 0.24, 4.4, 0.5, 1e6, 2.1272668821683857397",
        "100, 1.5, 10, 3, 5e4, 14.988761161695555649",
        "3, 0.8, 2, 0.05, 2e5, 1.1999995950030780067",
    })
    void expectedPurchases_withLittleDropoutMatchesEquation9(double t, double r, double alpha,
            double a, double b, double expected) {
        assertEquals(expected, new BgNbd(r, alpha, a, b, ChronoUnit.WEEKS).expectedPurchases(t),
                1e-14 * expected);
    }

    @Test
    void expectedBySurvival_isEquation9WhereTheSeriesHoldsToo() {
        assertEquals(0.053267891171658282, BgNbd.expectedBySurvival(1, 0.243, 4.414, 0.793,
                2.426), 1e-16);
        assertEquals(1.1967231933208169, BgNbd.expectedBySurvival(39, 0.243, 4.414, 0.793,
                2.426), 1e-14);
        assertEquals(4.9746178618496597, BgNbd.expectedBySurvival(520, 0.243, 4.414, 0.793,
                2.426), 1e-13);
    }

    @Test
    void expectedPurchases_isSmoothThroughAEqualToOne() {
        // Equation 9 has a removable singularity at a = 1 (mpmath: the limit a → 1).
        assertEquals(1.3323679285400012,
                new BgNbd(1.2, 3, 1, 0.5, ChronoUnit.WEEKS).expectedPurchases(10), 1e-13);
        assertEquals(1.2725707201004792,
                new BgNbd(0.5, 2, 3, 1.5, ChronoUnit.WEEKS).expectedPurchases(52), 1e-13);
    }

    @Test
    void probabilityOfPurchases_matchesEquation8() {
        ModelAssertions.assertProbabilities(CDNOW, 39, 1e-13, 0.5737863520960094,
                0.19939528083591145, 0.085429759539060759);
        assertEquals(0.017965493866579044, CDNOW.probabilityOfPurchases(5, 39), 1e-14);
        assertEquals(0.0035904295401896733, CDNOW.probabilityOfPurchases(10, 39), 1e-15);
        ModelAssertions.assertNoPurchasesInNoTime(CDNOW);
    }

    @Test
    void probabilityAlive_matchesEquation11() {
        assertEquals(0.72657857008067291, CDNOW.probabilityAlive(CUSTOMER_1), 1e-14);
        assertEquals(0.024804366168778527, CDNOW.probabilityAlive(
                new CustomerRfm("x", 5, 10, 38.86, 30, ChronoUnit.WEEKS)), 1e-15);
        // Without a repeat purchase a BG/NBD customer cannot have dropped out.
        assertEquals(1, CDNOW.probabilityAlive(ONE_TIMER));
    }

    @Test
    void conditionalExpectedPurchases_matchesEquation10() {
        assertEquals(1.2260281747671445, CDNOW.expectedPurchases(CUSTOMER_1, 39), 1e-13);
        assertEquals(0.19509805201126264, CDNOW.expectedPurchases(ONE_TIMER, 39), 1e-14);
        assertEquals(5.7286816643460994, CDNOW.expectedPurchases(
                new CustomerRfm("x", 7, 35, 38, 30, ChronoUnit.WEEKS), 52), 1e-12);
        assertEquals(0, CDNOW.expectedPurchases(CUSTOMER_1, 0));
    }

    @Test
    void conditionalProbabilityOfPurchases_mixesAliveAndDead() {
        double alive = CDNOW.probabilityAlive(CUSTOMER_1);
        BgNbd updated = new BgNbd(0.243 + 2, 4.414 + 38.86, 0.793, 2.426 + 2, ChronoUnit.WEEKS);
        assertEquals(updated, CDNOW.givenAlive(CUSTOMER_1));
        assertEquals(alive * updated.probabilityOfPurchases(0, 39) + 1 - alive,
                CDNOW.probabilityOfPurchases(CUSTOMER_1, 0, 39), 1e-15);
        assertEquals(alive * updated.probabilityOfPurchases(3, 39),
                CDNOW.probabilityOfPurchases(CUSTOMER_1, 3, 39), 1e-15);
    }

    @Test
    void logLikelihood_matchesEquation6() {
        assertEquals(-9.4586063070662712, CDNOW.logLikelihood(CUSTOMER_1), 1e-13);
        assertEquals(-0.55471327643815845, CDNOW.logLikelihood(ONE_TIMER), 1e-14);
    }

    @Test
    void inUnit_leavesPredictionsUnchanged() {
        BgNbd days = CDNOW.inUnit(ChronoUnit.DAYS);
        assertEquals(ChronoUnit.DAYS, days.unit());
        assertEquals(4.414 * 7, days.alpha(), 1e-12);
        CustomerRfm inDays = CUSTOMER_1.inUnit(ChronoUnit.DAYS);
        assertEquals(30.43 * 7, inDays.recency(), 1e-12);
        ModelAssertions.assertSamePredictionsInDays(CDNOW, CUSTOMER_1, 1e-14, 1e-12);
        BgNbd months = CDNOW.inUnit(ChronoUnit.MONTHS);
        assertEquals(4.414 * 7 / 30.436875, months.alpha(), 1e-12);
        assertEquals(CDNOW.expectedPurchases(52), months.expectedPurchases(52 * 7 / 30.436875),
                1e-12);
    }

    @Test
    void predictions_rejectAnotherUnitAndBadArguments() {
        CustomerRfm inDays = CUSTOMER_1.inUnit(ChronoUnit.DAYS);
        var e = assertThrows(IllegalArgumentException.class,
                () -> CDNOW.expectedPurchases(inDays, 39));
        assertEquals("customer is in DAYS but the model is in WEEKS: convert one of them with"
                + " inUnit", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CDNOW.expectedPurchases(-1));
        assertEquals("horizon must be finite and >= 0: -1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CDNOW.probabilityOfPurchases(-1, 39));
        assertEquals("n must be >= 0: -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new BgNbd(0, 1, 1, 1, ChronoUnit.WEEKS));
        assertEquals("r must be finite and > 0: 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new BgNbd(1, 1, 1, 1, ChronoUnit.HOURS));
        assertEquals("unit must be DAYS, WEEKS, MONTHS or YEARS: HOURS", e.getMessage());
    }
}
