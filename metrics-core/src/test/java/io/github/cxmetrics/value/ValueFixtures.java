package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/** Test data for the value metrics, at fixed instants (no test reads the clock). */
final class ValueFixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");

    private ValueFixtures() {}

    /** Noon UTC of a date written {@code 2024-01-05}; a full instant is taken as it is. */
    static Instant at(String date) {
        return date.contains("T") ? Instant.parse(date) : Instant.parse(date + "T12:00:00Z");
    }

    static Customer customer(String id, String segment, String acquired, String churned) {
        Customer c = Customer.of(id, segment, at(acquired));
        return churned == null ? c : c.withChurnedAt(at(churned));
    }

    static Purchase purchase(String customer, String when, String amount) {
        return Purchase.of(customer, at(when), new BigDecimal(amount), EUR);
    }

    static CalendarPeriod month(String yearMonth) {
        YearMonth m = YearMonth.parse(yearMonth);
        LocalDate start = m.atDay(1);
        return new CalendarPeriod(start, start.plusMonths(1));
    }

    /** The months of {@link #eight()}'s events, January to April 2024. */
    static final List<CalendarPeriod> EIGHTS_MONTHS = List.of(month("2024-01"), month("2024-02"),
            month("2024-03"), month("2024-04"));

    /**
     * Eight customers over January–April 2024 (hand-computed churn in ChurnCalculatorTest):
     * <pre>
     *   a retail 01-05 active          e pro 02-10 → 02-20 (joined and left)
     *   b retail 01-10 → 02-15         f pro 03-05 → 04-10
     *   c retail 01-20 → 03-01T00:00Z  g pro 04-01T00:00Z active
     *   d retail 02-01T00:00Z active   h pro 01-25 → 04-20
     * </pre>
     */
    static List<Customer> eight() {
        return List.of(
                customer("a", "retail", "2024-01-05", null),
                customer("b", "retail", "2024-01-10", "2024-02-15"),
                customer("c", "retail", "2024-01-20", "2024-03-01T00:00:00Z"),
                customer("d", "retail", "2024-02-01T00:00:00Z", null),
                customer("e", "pro", "2024-02-10", "2024-02-20"),
                customer("f", "pro", "2024-03-05", "2024-04-10"),
                customer("g", "pro", "2024-04-01T00:00:00Z", null),
                customer("h", "pro", "2024-01-25", "2024-04-20"));
    }
}
