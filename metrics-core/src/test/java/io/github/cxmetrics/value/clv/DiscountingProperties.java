package io.github.cxmetrics.value.clv;

import static io.github.cxmetrics.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of discounted lifetime values (QuickTheories): a longer horizon — more
 * periods, or longer ones — never lowers the value; at a zero rate the value is the undiscounted
 * expected spend over the horizon; the period's unit does not matter, only its length; the
 * column form equals the per-customer form.
 */
class DiscountingProperties {

    private static final GammaGamma SPEND = new GammaGamma(6.25, 3.74, 15.44);

    /** A purchase model of each kind, parameters in ranges seen in practice (weeks). */
    private static Gen<PurchaseModel> models() {
        Gen<Double> shape = doubles().between(0.1, 3);
        Gen<Double> scale = doubles().between(0.5, 40);
        Gen<Integer> kind = integers().between(0, 2);
        return kind.zip(shape, scale, shape, (k, r, alpha, a) -> new double[] {k, r, alpha, a})
                .zip(doubles().between(0.2, 5), (p, b) -> {
                    if (p[0] == 0) {
                        return new BgNbd(p[1], p[2], p[3], b, ChronoUnit.WEEKS);
                    }
                    if (p[0] == 1) {
                        return new MbgNbd(p[1], p[2], p[3], b, ChronoUnit.WEEKS);
                    }
                    return new ParetoNbd(p[1], p[2], p[3], 2 * b, ChronoUnit.WEEKS);
                });
    }

    /** A customer observed up to 78 weeks with up to 20 repeat purchases. */
    private static Gen<CustomerRfm> customers() {
        return integers().between(0, 20).zip(doubles().between(0, 1), doubles().between(1, 78),
                doubles().between(5, 200), (x, share, age, spend) -> new CustomerRfm("c", x,
                        x == 0 ? 0 : share * age, age, x == 0 ? 0 : spend, ChronoUnit.WEEKS));
    }

    private static Gen<Discounting> discountings() {
        return integers().between(1, 24).zip(doubles().between(0.1, 13),
                doubles().between(0, 0.2), (k, length, rate) ->
                        Discounting.of(k, length, ChronoUnit.WEEKS, rate));
    }

    @Test
    void aLongerHorizonNeverLowersTheValue() {
        qt(300)
                .forAll(models(), customers(), discountings(), doubles().between(1, 3))
                .checkAssert((model, customer, d, stretch) -> {
                    double clv = model.lifetimeValue(customer, SPEND, d);
                    double morePeriods = model.lifetimeValue(customer, SPEND,
                            Discounting.of(d.periods() + 1, d.length(), d.unit(), d.rate()));
                    double longerPeriods = model.lifetimeValue(customer, SPEND,
                            Discounting.of(d.periods(), d.length() * stretch, d.unit(), d.rate()));
                    double slack = 1e-12 * Math.max(1, clv);
                    assertTrue(clv >= 0, () -> "negative " + clv);
                    assertTrue(morePeriods >= clv - slack, () -> morePeriods + " < " + clv);
                    assertTrue(longerPeriods >= clv - slack, () -> longerPeriods + " < " + clv);
                });
    }

    @Test
    void zeroDiscountIsTheUndiscountedSum() {
        qt(300)
                .forAll(models(), customers(), discountings())
                .checkAssert((model, customer, d) -> {
                    Discounting none = Discounting.of(d.periods(), d.length(), d.unit(), 0);
                    double clv = model.lifetimeValue(customer, SPEND, none);
                    double step = none.periodLength(ChronoUnit.WEEKS);
                    double sum = 0;
                    for (int k = 1; k <= none.periods(); k++) {
                        sum += model.expectedPurchases(customer, k * step)
                                - model.expectedPurchases(customer, (k - 1) * step);
                    }
                    double spend = SPEND.expectedMeanSpend(customer);
                    double horizon = model.expectedPurchases(customer, none.horizon(ChronoUnit.WEEKS));
                    assertEquals(spend * sum, clv, 1e-12 * Math.max(1, clv));
                    assertEquals(spend * horizon, clv, 1e-11 * Math.max(1, clv));
                });
    }

    @Test
    void onlyThePeriodLengthMattersNotItsUnit() {
        qt(200)
                .forAll(models(), customers(), discountings())
                .checkAssert((model, customer, d) -> {
                    Discounting inDays = Discounting.of(d.periods(), d.length() * 7,
                            ChronoUnit.DAYS, d.rate());
                    double weeks = model.lifetimeValue(customer, SPEND, d);
                    assertEquals(weeks, model.lifetimeValue(customer, SPEND, inDays),
                            1e-12 * Math.max(1, weeks));
                    assertEquals(d.horizon(ChronoUnit.DAYS), inDays.horizon(ChronoUnit.DAYS),
                            1e-9);
                });
    }

    @Test
    void columnsEqualTheValuesOfEachCustomer() {
        qt(100)
                .forAll(models(), customers(), customers(), discountings())
                .checkAssert((model, first, second, d) -> {
                    RfmSummary summary = RfmSummary.builder(ChronoUnit.WEEKS).add(first)
                            .add(second).add(first).build();
                    double[] clv = model.lifetimeValue(summary, SPEND, d);
                    double[] alive = model.probabilityAlive(summary);
                    double[] expected = model.expectedPurchases(summary, d.horizon(ChronoUnit.WEEKS));
                    for (int i = 0; i < summary.size(); i++) {
                        CustomerRfm c = summary.customer(i);
                        double one = model.lifetimeValue(c, SPEND, d);
                        assertEquals(one, clv[i], 1e-12 * Math.max(1, one));
                        assertEquals(model.probabilityAlive(c), alive[i], 1e-15);
                        double e = model.expectedPurchases(c, d.horizon(ChronoUnit.WEEKS));
                        assertEquals(e, expected[i], 1e-13 * Math.max(1, e));
                    }
                });
    }
}
