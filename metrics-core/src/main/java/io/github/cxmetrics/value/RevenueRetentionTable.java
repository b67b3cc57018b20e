package io.github.cxmetrics.value;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.MetricResult;
import io.github.cxmetrics.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A revenue retention table: one {@link CohortRevenue} row per acquisition period, with the
 * cohort's revenue and its net and gross revenue retention at every age observed. Immutable.
 *
 * <p>All rows end at the last period complete at the calculator's {@code asOf}, or without it
 * the period of the latest event (acquisition, churn or purchase). Cohorts acquired after that
 * period have no row; their customers still count in {@link #customers()}.
 *
 * <p><b>Empty input</b>: no customers gives {@link #isEmpty()} true and no rows.
 *
 * <p>Tables of disjoint sets of customers add up exactly with
 * {@link #plus(RevenueRetentionTable)}.
 */
public final class RevenueRetentionTable extends CohortTable<CohortRevenue>
        implements MetricResult<RevenueRetentionTable> {

    /** A cohort's revenue, and revenue capped at each customer's base, in one period. */
    record Amounts(BigDecimal revenue, BigDecimal retained) {
        Amounts plus(Amounts other) {
            return new Amounts(revenue.add(other.revenue), retained.add(other.retained));
        }
    }

    /** A cohort's customers and its amounts per period. */
    record Sums(long customers, SortedMap<CalendarPeriod, Amounts> byPeriod) {
        Sums plus(Sums other) {
            return new Sums(Checks.addCount(customers, other.customers, "customers"),
                    Periods.merged(byPeriod, other.byPeriod, Amounts::plus));
        }
    }

    private static final Amounts NONE = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

    private final Horizon horizon;
    private final Currency currency;
    private final SortedMap<CalendarPeriod, Sums> sums;
    private final Instant latest;

    RevenueRetentionTable(Horizon horizon, Currency currency, SortedMap<CalendarPeriod, Sums> sums,
            Instant latest) {
        super(rows(horizon, currency, sums, latest));
        this.horizon = horizon;
        this.currency = currency;
        this.sums = Collections.unmodifiableSortedMap(new TreeMap<>(sums));
        this.latest = latest;
    }

    private static SortedMap<CalendarPeriod, CohortRevenue> rows(Horizon horizon,
            Currency currency, SortedMap<CalendarPeriod, Sums> sums, Instant latest) {
        CalendarPeriod last = horizon.lastPeriod(latest);
        TreeMap<CalendarPeriod, CohortRevenue> rows = new TreeMap<>();
        sums.forEach((cohort, s) -> {
            List<CalendarPeriod> ages = Periods.range(horizon.periodicity(), cohort, last);
            if (ages.isEmpty()) {
                return;
            }
            BigDecimal[] revenue = new BigDecimal[ages.size()];
            BigDecimal[] retained = new BigDecimal[ages.size()];
            for (int a = 0; a < ages.size(); a++) {
                Amounts amounts = s.byPeriod().getOrDefault(ages.get(a), NONE);
                revenue[a] = amounts.revenue();
                retained[a] = amounts.retained();
            }
            rows.put(cohort, new CohortRevenue(cohort, s.customers(), currency, revenue, retained));
        });
        return rows;
    }

    /** Returns the number of customers, whether or not their cohort has a row. */
    @Override
    public long customers() {
        return sums.values().stream().mapToLong(Sums::customers).sum();
    }

    /** Returns the currency of the amounts: the calculator's, or the one the purchases used. */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Returns the table of both populations together, exactly as one pass over both would give.
     *
     * @throws IllegalArgumentException if the tables were computed with different options or in
     *     different currencies
     */
    @Override
    public RevenueRetentionTable plus(RevenueRetentionTable other) {
        Checks.requireNonNull(other, "other table");
        Checks.requireSameOptions(horizon.equals(other.horizon), this, other);
        Currency both = currency;
        if (other.currency != null) {
            both = Checks.requireSameCurrency(currency, other.currency);
        }
        return new RevenueRetentionTable(horizon, both, Periods.merged(sums, other.sums, Sums::plus),
                Periods.later(latest, other.latest));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RevenueRetentionTable t && horizon.equals(t.horizon)
                && Objects.equals(currency, t.currency) && sums.equals(t.sums)
                && Objects.equals(latest, t.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(horizon, currency, sums, latest);
    }

    /** Returns a summary line and one line per cohort. */
    @Override
    public String toString() {
        return toString("revenue retention", horizon);
    }
}
