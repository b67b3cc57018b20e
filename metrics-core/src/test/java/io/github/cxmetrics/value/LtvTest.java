package io.github.cxmetrics.value;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cxmetrics.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifetime-value formulas with the seeds' and hand-computed values. */
class LtvTest {

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void simple_seedExample_is30000() {
        // Seed 001: books for 1,000 roubles every two months for five years: 1000 × 6 × 5 = 30,000
        Money rub = Money.of("1000", "RUB");
        assertEquals(Money.of("30000", "RUB"), Ltv.simple(rub, 6, 5));
        assertEquals(eur("0"), Ltv.simple(eur("1000"), 0, 5));
    }

    @Test
    void net_seedExample_is100000() {
        // Seed 001: a customer spent 200,000 over five years and cost 100,000: CLV 100,000
        Money net = Ltv.net(Money.of("200000", "RUB"), Money.of("40000", "RUB"), Money.of("60000", "RUB"));
        assertEquals(Money.of("100000", "RUB"), net);
        assertEquals(new BigDecimal("100000"), net.amount());   // exact, no rounding
    }

    @Test
    void churnBased_isArpaTimesMarginOverChurn() {
        // ChartMogul: ARPA 50, gross margin 80 %, monthly churn 5 %: 50 × 0.8 / 0.05 = 800
        assertEquals(eur("800"), Ltv.churnBased(eur("50"), 0.8, 0.05));
    }

    @Test
    void discounted_handComputed() {
        // m = 100, r = 0.8, d = 0.1, H = 3: q = 8/11, 100 × (8/11 + 64/121 + 512/1331)
        //   = 100 × 2184 / 1331 = 218400 / 1331 = 164.0871525169046...
        BigDecimal exact = new BigDecimal("218400").divide(new BigDecimal("1331"), MathContext.DECIMAL64);
        assertEquals(Money.of(exact, eur("0").currency()), Ltv.discounted(eur("100"), 0.8, 0.1, 3));
        assertEquals(Money.of(exact, eur("0").currency()), Ltv.discountedSum(eur("100"), 0.8, 0.1, 3));
        // one period: m·r/(1+d) = 80 / 1.1 = 72.72727272727273
        assertEquals(eur("72.72727272727273"), Ltv.discounted(eur("100"), 0.8, 0.1, 1));
    }

    @Test
    void discounted_withoutDiscountOrChurn_isMarginTimesHorizon() {
        assertEquals(eur("1200"), Ltv.discounted(eur("100"), 1, 0, 12));
        assertEquals(eur("1200"), Ltv.discountedSum(eur("100"), 1, 0, 12));
    }

    @Test
    void discountedPerpetual_isMarginMultiple() {
        // Gupta & Lehmann (2003): m·r / (1 + d − r) = 100 × 0.8 / 0.3 = 266.6666666666667
        assertEquals(eur("266.6666666666667"), Ltv.discountedPerpetual(eur("100"), 0.8, 0.1));
        // a long horizon approaches it
        Money tenYears = Ltv.discounted(eur("100"), 0.8, 0.1, 120);
        assertEquals(266.6666666666667, tenYears.amount().doubleValue(), 1e-9);
    }

    @Test
    void ltvToCacAndPayback() {
        // LTV 800, CAC 200: 4 (≥ 3 is the rule of thumb); payback 200 / (50 × 0.8) = 5 months
        assertEquals(4.0, Ltv.ltvToCac(eur("800"), eur("200")));
        assertEquals(5.0, Ltv.cacPaybackMonths(eur("200"), eur("50"), 0.8));
    }

    @Test
    void churnBased_acceptsAChurnOfOne() {
        // everyone leaves after one period: the value is one period's margin, 50 × 0.8
        assertEquals(eur("40"), Ltv.churnBased(eur("50"), 0.8, 1));
    }

    @Test
    void cacPayback_ofNoCost_isImmediate() {
        assertEquals(0.0, Ltv.cacPaybackMonths(eur("0"), eur("50"), 0.8));
    }

    /** Arguments outside a formula's domain, each refused with its exact message. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("churn-based at churn 0", () -> Ltv.churnBased(eur("50"), 0.8, 0),
                        "churnRate must be in (0, 1]: 0.0 (churn-based lifetime value is undefined"
                        + " at churn 0)"),
                refused("churn-based at a churn above 1", () -> Ltv.churnBased(eur("50"), 0.8, 1.5),
                        "churnRate must be in (0, 1]: 1.5 (churn-based lifetime value is undefined"
                        + " at churn 0)"),
                refused("churn-based at a margin above 1",
                        () -> Ltv.churnBased(eur("50"), 1.2, 0.1),
                        "grossMargin must be in [0, 1]: 1.2"),
                refused("perpetual at retention 1 and no discount",
                        () -> Ltv.discountedPerpetual(eur("100"), 1, 0),
                        "perpetual discounted value is undefined for retention 1 and discount rate"
                        + " 0: the sum does not converge"),
                refused("discounted at a retention above 1",
                        () -> Ltv.discounted(eur("1"), 1.5, 0.1, 3),
                        "retention must be in [0, 1]: 1.5"),
                refused("discounted at a negative discount rate",
                        () -> Ltv.discounted(eur("1"), 0.5, -0.1, 3),
                        "discountRate must be finite and >= 0: -0.1"),
                refused("discounted sum over no periods",
                        () -> Ltv.discountedSum(eur("1"), 0.5, 0.1, 0),
                        "horizon must be >= 1: 0"),
                refused("LTV to CAC at no cost", () -> Ltv.ltvToCac(eur("800"), eur("0")),
                        "acquisitionCost must be > 0: 0 EUR"),
                refused("LTV to CAC in two currencies",
                        () -> Ltv.ltvToCac(eur("800"), Money.of("200", "USD")),
                        "cannot mix currencies: EUR and USD"),
                refused("CAC payback at no margin",
                        () -> Ltv.cacPaybackMonths(eur("200"), eur("50"), 0),
                        "revenue × gross margin per period must be > 0: 50 EUR × 0"),
                refused("CAC payback of a negative cost",
                        () -> Ltv.cacPaybackMonths(eur("-10"), eur("50"), 0.8),
                        "acquisitionCost must be >= 0: -10 EUR"),
                refused("net in two currencies",
                        () -> Ltv.net(eur("1"), Money.of("1", "USD"), eur("0")),
                        "cannot mix currencies: EUR and USD"));
    }

    private static Arguments refused(String name, Executable call, String message) {
        return Arguments.of(name, call, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void outsideTheDomain_isRefused(String name, Executable call, String message) {
        failure(IllegalArgumentException.class, call, message);
    }

    /**
     * The longest horizons, where {@code q^H} is taken by halving the exponent: with
     * {@code m = 100}, {@code r = 0.999999999}, {@code d = 0}, {@code 100·r·(1 − r^H)/(1 − r)}
     * is 88,322,235,710.85416 for {@code H = 2^31 − 1} and 88,322,235,699.17639 for
     * {@code H = 2^31 − 2} (Python's decimal module at 60 digits). A faster decay reaches the
     * perpetual value, the power being below the working precision.
     */
    @Test
    void discounted_overTheLongestHorizons() {
        assertEquals(eur("88322235710.85416"),
                Ltv.discounted(eur("100"), 0.999999999, 0, Integer.MAX_VALUE));
        assertEquals(eur("88322235699.17639"),
                Ltv.discounted(eur("100"), 0.999999999, 0, Integer.MAX_VALUE - 1));
        assertEquals(eur("266.6666666666667"),
                Ltv.discounted(eur("100"), 0.8, 0.1, Integer.MAX_VALUE));
        assertEquals(eur("266.6666666666667"), Ltv.discounted(eur("100"), 0.8, 0.1, 2000));
    }
}
