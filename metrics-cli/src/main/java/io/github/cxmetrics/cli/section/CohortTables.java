package io.github.cxmetrics.cli.section;

import static io.github.cxmetrics.cli.report.Cells.orNull;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.cli.report.Report;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.value.CohortRetention;
import io.github.cxmetrics.value.CohortRevenue;
import io.github.cxmetrics.value.CustomerPurchases;
import io.github.cxmetrics.value.RetentionTable;
import io.github.cxmetrics.value.RevenueRetentionCalculator;
import io.github.cxmetrics.value.RevenueRetentionTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The value section's cohort tables, by the library's {@code CxMetrics.retention()} and
 * {@code revenueRetention()}: per acquisition {@code --period} (the cohort), the share of its
 * customers still customers at every age, and its net and gross revenue retention. A row per
 * cohort, a column per age ({@code age_0}, {@code age_1}…, as many as the oldest cohort has),
 * absent past a younger cohort's last complete period. Cohorts before {@code --from} are left
 * out, as the churn by period is.
 */
final class CohortTables {

    private final ReportConfig config;
    private final Accumulator<Customer, RetentionTable> retention;
    private final Accumulator<CustomerPurchases, RevenueRetentionTable> revenue;

    CohortTables(ReportConfig config, Instant asOf, Currency currency) {
        this.config = config;
        retention = CxMetrics.retention().per(config.period()).zone(config.zone()).asOf(asOf)
                .accumulator();
        RevenueRetentionCalculator r = CxMetrics.revenueRetention().per(config.period())
                .zone(config.zone()).asOf(asOf);
        revenue = (currency == null ? r : r.currency(currency)).accumulator();
    }

    /** Adds a customer with their purchases. */
    void add(CustomerPurchases customer) {
        retention.add(customer.customer());
        revenue.add(customer);
    }

    /** Returns the tables: cohort retention, net and gross revenue retention. */
    List<Report.Table> tables() {
        String period = config.periodName().toLowerCase(Locale.ROOT);
        List<CohortRetention> customers = new ArrayList<>(retention.snapshot().cohorts().values());
        List<CohortRevenue> money = new ArrayList<>(revenue.snapshot().cohorts().values());
        customers.removeIf(c -> beforeFrom(c.cohort()));
        money.removeIf(c -> beforeFrom(c.cohort()));
        String ages = "age 0 is the " + period + " of acquisition, age a the a-th " + period
                + " after it; complete " + period + "s before the as-of instant"
                + (config.givenFrom() != null ? ", cohorts from --from on" : "") + ".";
        Report.Table.Builder retained = ageColumns(Report.Table.builder("value.cohorts",
                        "Cohort retention by " + period + " of acquisition (% of the cohort)")
                .text("cohort", "cohort").count("customers", "customers"), customers,
                CohortRetention::ages)
                .note("Retained at age a: the cohort's customers not churned before the start of"
                        + " that " + period + "; " + ages);
        int width = width(customers, CohortRetention::ages);
        for (CohortRetention c : customers) {
            retained.row(row(c.cohort(), c.size(), c.ages(), width, a -> 100 * c.share(a)));
        }
        List<Report.Table> tables = new ArrayList<>();
        tables.add(retained.build());
        tables.add(revenueTable("value.net_revenue_retention", "Net revenue retention", money,
                (c, a) -> orNull(() -> 100 * c.netRetention(a)),
                "Net revenue retention at age a: the cohort's revenue (net of refunds) in that "
                        + period + " / its revenue at age 0, so expansion counts; " + ages));
        tables.add(revenueTable("value.gross_revenue_retention", "Gross revenue retention", money,
                (c, a) -> orNull(() -> 100 * c.grossRetention(a)),
                "Gross revenue retention at age a: as net, with each customer counted up to their"
                        + " own revenue at age 0 (no expansion, at most 100%); " + ages));
        return tables;
    }

    private Report.Table revenueTable(String id, String title, List<CohortRevenue> cohorts,
            BiFunction<CohortRevenue, Integer, Double> share, String note) {
        String period = config.periodName().toLowerCase(Locale.ROOT);
        Report.Table.Builder t = ageColumns(Report.Table.builder(id, title + " by " + period
                        + " of acquisition (% of the cohort's revenue at age 0)")
                .text("cohort", "cohort").count("customers", "customers")
                .column("base_revenue", "revenue at age 0", Report.Type.NUMBER, 2), cohorts,
                CohortRevenue::ages)
                .note(note + " Undefined (-) for a cohort without revenue at age 0.");
        int width = width(cohorts, CohortRevenue::ages);
        for (CohortRevenue c : cohorts) {
            Double base = orNull(() -> c.baseRevenue().amount().doubleValue());
            Object[] cells = row(c.cohort(), c.customers(), c.ages(), width, a -> share.apply(c, a));
            Object[] withBase = new Object[cells.length + 1];
            withBase[0] = cells[0];
            withBase[1] = cells[1];
            withBase[2] = base;
            System.arraycopy(cells, 2, withBase, 3, cells.length - 2);
            t.row(withBase);
        }
        return t.build();
    }

    private static <C> Report.Table.Builder ageColumns(Report.Table.Builder t, List<C> cohorts,
            ToIntFunction<C> ages) {
        for (int a = 0; a < width(cohorts, ages); a++) {
            t.column("age_" + a, Integer.toString(a), Report.Type.NUMBER, 1);
        }
        return t;
    }

    private static <C> int width(List<C> cohorts, ToIntFunction<C> ages) {
        return cohorts.stream().mapToInt(ages).max().orElse(0);
    }

    /** Returns a row: the cohort, its size, then a share per age (null past its last). */
    private static Object[] row(CalendarPeriod cohort, long size, int ages, int width,
            IntFunction<Double> share) {
        Object[] cells = new Object[2 + width];
        cells[0] = cohort.toString();
        cells[1] = size;
        for (int a = 0; a < ages; a++) {
            cells[2 + a] = share.apply(a);
        }
        return cells;
    }

    private boolean beforeFrom(CalendarPeriod cohort) {
        return config.givenFrom() != null
                && cohort.startIn(config.zone()).isBefore(config.givenFrom());
    }
}
