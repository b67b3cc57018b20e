package io.github.cxmetrics.value;

import static io.github.cxmetrics.Expect.failure;
import static io.github.cxmetrics.value.ValueFixtures.EIGHTS_MONTHS;
import static io.github.cxmetrics.value.ValueFixtures.at;
import static io.github.cxmetrics.value.ValueFixtures.customer;
import static io.github.cxmetrics.value.ValueFixtures.eight;
import static io.github.cxmetrics.value.ValueFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionCalculatorTest {

    private static final RetentionCalculator MAY =
            CxMetrics.retention().asOf(at("2024-05-01T00:00:00Z"));

    @Test
    void compute_javadocExample_tenCustomers() {
        // 10 acquired in January, 2 lost in January, 1 in February: 10, 8, 7 (1.0, 0.8, 0.7)
        List<Customer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            list.add(customer("c" + i, "s", "2024-01-03",
                    i < 2 ? "2024-01-20" : i == 2 ? "2024-02-11" : null));
        }
        CohortRetention jan = CxMetrics.retention().asOf(at("2024-04-01T00:00:00Z")).compute(list)
                .cohort(month("2024-01")).orElseThrow();
        assertEquals(List.of(10L, 8L, 7L), jan.retainedCounts());
        assertEquals(10, jan.size());
        assertEquals(0.8, jan.share(1), 1e-15);
        assertEquals(0.7, jan.share(2), 1e-15);
        assertEquals("2024-01: 10 customers, retained 10 8 7 (100.0% 80.0% 70.0%)", jan.toString());
    }

    @Test
    void compute_eightCustomers_handComputedTable() {
        RetentionTable t = MAY.compute(eight());
        assertEquals(8, t.customers());
        assertEquals(EIGHTS_MONTHS, List.copyOf(t.cohorts().keySet()));
        // January: a b c h; b left in Feb; c at 00:00 on 1 March, so still there at its start
        assertEquals(List.of(4L, 4L, 3L, 2L), t.cohorts().get(month("2024-01")).retainedCounts());
        // February: d e; e left in February
        assertEquals(List.of(2L, 1L, 1L), t.cohorts().get(month("2024-02")).retainedCounts());
        // March: f, who left in April (after the start of April)
        assertEquals(List.of(1L, 1L), t.cohorts().get(month("2024-03")).retainedCounts());
        assertEquals(List.of(1L), t.cohorts().get(month("2024-04")).retainedCounts());
        CohortRetention jan = t.cohorts().get(month("2024-01"));
        assertEquals(0.5, jan.share(3), 1e-15);
        assertEquals(4, jan.ages());
    }

    @Test
    void table_isAValueWithItsChurnCountsAndText() {
        RetentionTable t = MAY.compute(eight());
        RetentionTable again = MAY.compute(eight());
        assertEquals(t, again);
        assertEquals(t.hashCode(), again.hashCode());
        CohortRetention jan = t.cohorts().get(month("2024-01"));
        assertEquals(jan.hashCode(), again.cohorts().get(month("2024-01")).hashCode());
        assertEquals(t.cohorts().keySet(), t.churnByCohort().keySet());
        // January's cohort a b c h: 4 at the start of February, b lost in February
        ChurnCounts feb = t.churnByCohort().get(month("2024-01")).period(month("2024-02")).orElseThrow();
        assertEquals(4, feb.activeAtStart());
        assertEquals(1, feb.lost());
        assertEquals(JoinedAndLeft.EXCLUDE, feb.joinedAndLeftRule());
        assertEquals(feb.hashCode(), again.churnByCohort().get(month("2024-01"))
                .period(month("2024-02")).orElseThrow().hashCode());
        StringBuilder text = new StringBuilder("retention by MONTH in Z, as of 2024-05-01T00:00:00Z: 8 customers, 4 cohorts");
        t.cohorts().values().forEach(row -> text.append('\n').append(row));
        assertEquals(text.toString(), t.toString());
        assertEquals("2024-01: 4 customers, retained 4 4 3 2 (100.0% 100.0% 75.0% 50.0%)",
                jan.toString());
    }

    @Test
    void rows_endTogetherAtTheLastPeriod() {
        // without asOf the last event (h's churn on 20 April) ends every row in April
        assertEquals(MAY.compute(eight()).cohorts(), CxMetrics.retention().compute(eight()).cohorts());
        // as of 15 April: March is the last complete period; g's April cohort has no row but
        // counts as a customer
        RetentionTable mid = CxMetrics.retention().asOf(at("2024-04-15T00:00:00Z")).compute(eight());
        assertEquals(List.of(4L, 4L, 3L), mid.cohorts().get(month("2024-01")).retainedCounts());
        assertFalse(mid.cohort(month("2024-04")).isPresent());
        assertEquals(8, mid.customers());
    }

    @Test
    void shareInterval_isWilson() {
        // 2 of 4 at age 3: Wilson 95 % [0.1500, 0.8500]
        Interval ci = MAY.compute(eight()).cohorts().get(month("2024-01")).shareInterval(3, 0.95);
        assertEquals(0.15, ci.lower(), 5e-5);
        assertEquals(0.85, ci.upper(), 5e-5);
    }

    @Test
    void age_outsideTheRow_isRejected() {
        CohortRetention feb = MAY.compute(eight()).cohorts().get(month("2024-02"));
        failure(IllegalArgumentException.class, () -> feb.retained(3), "age must be in [0, 2]: 3");
        assertThrows(IllegalArgumentException.class, () -> feb.share(-1));
    }

    @Test
    void compute_empty_isEmpty() {
        RetentionTable t = CxMetrics.retention().compute(List.of());
        assertTrue(t.isEmpty());
        assertEquals(0, t.customers());
        assertTrue(t.cohorts().isEmpty());
    }

    @Test
    void groupBy_segmentsAddUpToTheWhole() {
        Map<String, RetentionTable> bySegment = MAY.groupBy(Customer::segment).compute(eight());
        assertEquals(List.of(3L, 3L, 2L, 1L),           // a b c; b left in Feb, c on 1 March
                bySegment.get("retail").cohorts().get(month("2024-01")).retainedCounts());
        assertEquals(MAY.compute(eight()), bySegment.get("retail").plus(bySegment.get("pro")));
        // each segment's rows end at the same last period as the whole
        assertEquals(4, bySegment.get("pro").cohorts().get(month("2024-01")).ages());
    }
}
