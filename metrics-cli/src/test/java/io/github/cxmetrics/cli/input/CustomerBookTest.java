package io.github.cxmetrics.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The book gives back every customer equal to the one added: times of whole seconds (kept
 * without a column of nanoseconds) and times with nanoseconds, before or after the first of
 * those, churned or not, across the growth of its columns.
 */
class CustomerBookTest {

    @Test
    void customers_comeBackEqual_withOrWithoutNanoseconds() {
        CustomerBook book = new CustomerBook();
        List<Customer> added = new ArrayList<>();
        Instant base = Instant.parse("2024-01-02T03:04:05Z");
        for (int i = 0; i < 100; i++) {
            // whole seconds only until customer 40; then a nanosecond every third customer,
            // and churn times with nanoseconds from customer 70
            Instant acquired = base.plusSeconds(i).plusNanos(i >= 40 && i % 3 == 0 ? 123_456_789 : 0);
            Instant churned = i % 4 == 0 ? null : acquired.plusSeconds(3600).plusNanos(i >= 70 ? 7 : 0);
            Customer c = Customer.of("c" + i, i % 2 == 0 ? "pro" : "retail", acquired);
            if (churned != null) {
                c = c.withChurnedAt(churned);
            }
            if (i % 5 == 0) {
                c = c.withAcquisitionCost(Money.of("12.50", "EUR"));
            }
            book.add(c);
            added.add(c);
        }
        assertEquals(100, book.size());
        for (Customer c : added) {
            CustomerBook.Entry e = book.get(c.id());
            assertEquals(c, e.customer());
            assertEquals(c.acquiredAt(), e.acquiredAt());
        }
        assertNull(book.get("c0").customer().churnedAt());
        // before the epoch, too: a churn second below zero is not "not churned"
        CustomerBook old = new CustomerBook();
        Customer early = Customer.of("e", "s", Instant.parse("1969-12-31T23:59:59Z"))
                .withChurnedAt(Instant.parse("1970-01-01T00:00:00Z"));
        old.add(early);
        assertEquals(early, old.get("e").customer());
    }
}
