package io.github.cxmetrics.value;

import static io.github.cxmetrics.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.Periodicity;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.value.clv.LifetimeValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value calculators' entry points, their equality and their results' equality, and the limit
 * on the length of a period table.
 */
class ValueEntryPointsTest {

    @Test
    void create_isTheDefaultCalculatorOfCxMetrics() {
        assertEquals(CxMetrics.churn(), ChurnCalculator.create());
        assertEquals(CxMetrics.retention(), RetentionCalculator.create());
        assertEquals(CxMetrics.revenueRetention(), RevenueRetentionCalculator.create());
        assertEquals(CxMetrics.lifetimeValue(), LifetimeValueCalculator.create());
        assertEquals(CxMetrics.churn().toString(), ChurnCalculator.create().toString());
        assertNotEquals(CxMetrics.churn(), CxMetrics.churn().joinedAndLeft(JoinedAndLeft.COUNT));
    }

    @Test
    void lifetimeValue_handsOverToTheProbabilisticModels() {
        LifetimeValueCalculator ltv = CxMetrics.lifetimeValue();
        LifetimeValue models = LifetimeValue.create();
        assertEquals(models.bgNbd(), ltv.bgNbd());
        assertEquals(models.mbgNbd(), ltv.mbgNbd());
        assertEquals(models.paretoNbd(), ltv.paretoNbd());
        assertEquals(models.gammaGamma(), ltv.gammaGamma());
        assertNotEquals(ltv.bgNbd(), ltv.paretoNbd());
        java.time.LocalDate end = java.time.LocalDate.parse("1997-09-30");
        assertEquals(models.rfm(java.time.temporal.ChronoUnit.WEEKS, end).toString(),
                ltv.rfm(java.time.temporal.ChronoUnit.WEEKS, end).toString());
    }

    /** Results that differ in one count are not equal. */
    @Test
    void results_differingInOneCount_areNotEqual() {
        List<Customer> eight = ValueFixtures.eight();
        List<Customer> seven = eight.subList(0, 7);
        Instant asOf = ValueFixtures.at("2024-05-01");
        ChurnResult all = CxMetrics.churn().asOf(asOf).compute(eight);
        ChurnResult fewer = CxMetrics.churn().asOf(asOf).compute(seven);
        ChurnCounts april = all.periods().get(all.periods().lastKey());
        ChurnCounts aprilFewer = fewer.periods().get(fewer.periods().lastKey());
        assertEquals(april.period(), aprilFewer.period());
        assertNotEquals(april, aprilFewer);
        RetentionTable table = CxMetrics.retention().asOf(asOf).compute(eight);
        RetentionTable smaller = CxMetrics.retention().asOf(asOf).compute(seven);
        assertNotEquals(first(table), first(smaller));
        assertEquals(first(table), first(CxMetrics.retention().asOf(asOf).compute(eight)));
    }

    /**
     * A table of more than {@link Periodicity#MAX_TABLE_PERIODS} periods is refused; a span of
     * more days than that but fewer periods is computed (1600 to mid-2024 by week: 22,150 weeks
     * of Monday to Sunday; 1000 to mid-2024 by month: 12,294 months). Each span is refused by
     * day, with the message naming it.
     */
    static Stream<Arguments> longSpans() {
        return Stream.of(
                Arguments.of("1600-01-01T00:00:00Z", Periodicity.WEEK, 22_150,
                        "the periods from 1600-01-01 to 2024-06-30 are more than a table holds"
                        + " (120000 periods of DAY): the data span too long a time"),
                Arguments.of("1000-01-01T00:00:00Z", Periodicity.MONTH, 12_294,
                        "the periods from 1000-01-01 to 2024-06-30 are more than a table holds"
                        + " (120000 periods of DAY): the data span too long a time"));
    }

    @ParameterizedTest(name = "from {0}: refused by day, {2} periods by {1}")
    @MethodSource("longSpans")
    void periodTables_areLimitedInPeriods_notInDays(String firstSignup, Periodicity coarser,
            int periods, String refusedByDay) {
        List<Customer> customers = List.of(
                Customer.of("a", "s", Instant.parse(firstSignup)),
                Customer.of("b", "s", Instant.parse("2024-01-01T00:00:00Z")));
        Instant asOf = Instant.parse("2024-07-01T00:00:00Z");
        failure(IllegalArgumentException.class, () -> CxMetrics.churn().per(Periodicity.DAY)
                        .zone(ZoneOffset.UTC).asOf(asOf).compute(customers), refusedByDay);
        assertEquals(periods, CxMetrics.churn().per(coarser).zone(ZoneOffset.UTC)
                .asOf(asOf).compute(customers).periods().size());
    }

    private static CohortRetention first(RetentionTable table) {
        return table.cohorts().values().iterator().next();
    }
}
