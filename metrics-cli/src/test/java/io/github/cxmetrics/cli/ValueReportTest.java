package io.github.cxmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Interaction;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.value.ChurnCounts;
import io.github.cxmetrics.value.ChurnResult;
import io.github.cxmetrics.value.CustomerPurchases;
import io.github.cxmetrics.value.LifetimeValueResult;
import io.github.cxmetrics.value.ServiceBand;
import io.github.cxmetrics.value.ServiceBands;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code cxmetrics report} on crafted customer, purchase, response and interaction files and
 * on the sample, and checks the value section against hand-computed values and against the
 * library's API.
 */
class ValueReportTest {

    private static final double EXACT = 1e-6;
    private static final Instant JULY = Instant.parse("2024-07-01T00:00:00Z");

    @TempDir
    Path dir;

    /**
     * Six customers from January to June 2024 (c7 comes after the window) and their purchases.
     * Monthly, as of 1 July: active at start 0, 2, 4, 4, 3, 3 (January to June), lost 0, 0, 1
     * (c4), 1 (c2), 0, 1 (c5); c6 joined and left in June.
     */
    private Path customers() throws IOException {
        return Cli.write(dir, "customers.csv",
                "customer_id,segment,acquired_at,churned_at,acquisition_cost,currency",
                "c1,smb,2024-01-10,,100.00,EUR",
                "c2,smb,2024-01-15,2024-04-10,100.00,EUR",
                "c3,consumer,2024-02-01,,20.00,EUR",
                "c4,consumer,2024-02-20,2024-03-05,20.00,EUR",
                "c5,consumer,2024-03-01,2024-06-15,,",
                "c6,consumer,2024-06-05,2024-06-20,10.00,EUR",
                "c7,smb,2024-07-05,,100.00,EUR");
    }

    /** Revenue by month: January 180, February 20, March 50, April 0, May 30, June 65. */
    private Path purchases() throws IOException {
        return Cli.write(dir, "purchases.csv", "customer_id,at,amount,currency",
                "c1,2024-01-10T12:00:00Z,100.00,EUR",
                "c2,2024-01-20T00:00:00Z,80.00,EUR",
                "c3,2024-02-05T00:00:00Z,30.00,EUR",
                "c2,2024-02-20T00:00:00Z,-20.00,EUR",
                "c4,2024-02-25T00:00:00Z,10.00,EUR",
                "c1,2024-03-10T00:00:00Z,50.00,EUR",
                "c3,2024-05-05T00:00:00Z,30.00,EUR",
                "c1,2024-06-10T00:00:00Z,50.00,EUR",
                "c6,2024-06-06T00:00:00Z,15.00,EUR",
                "c7,2024-07-06T00:00:00Z,99.00,EUR");
    }

    /** Latest NPS answers: c1 promoter (10 after 3), c2 passive, c3 promoter (9 beats 2 at the same instant). */
    private Path responses() throws IOException {
        return Cli.write(dir, "responses.csv", "customer_id,question,score,answered_at,channel",
                "c1,nps,3,2024-02-01T10:00:00Z,email",
                "c1,nps,10,2024-03-01T10:00:00Z,email",
                "c2,nps,8,2024-02-01T10:00:00Z,email",
                "c3,nps,2,2024-03-01T10:00:00Z,web",
                "c3,nps,9,2024-03-01T10:00:00Z,web",
                "c4,nps,,2024-03-01T10:00:00Z,web",
                "c9,nps,9,2024-03-01T10:00:00Z,web");
    }

    /** First response times: c1 30 and 120 minutes (median 30), c2 5 hours, c3 unanswered. */
    private Path interactions() throws IOException {
        return Cli.write(dir, "interactions.csv", "id,customer_id,channel,opened_at,first_reply_at",
                "i1,c1,chat,2024-03-01T10:00:00Z,2024-03-01T10:30:00Z",
                "i2,c1,chat,2024-03-02T10:00:00Z,2024-03-02T12:00:00Z",
                "i3,c2,email,2024-03-03T10:00:00Z,2024-03-03T15:00:00Z",
                "i4,c3,email,2024-03-04T10:00:00Z,",
                "i5,c8,email,2024-03-05T10:00:00Z,2024-03-05T10:01:00Z");
    }

    private Cli.Run report(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("report", "--customers",
                customers().toString(), "--purchases", purchases().toString(), "--to",
                "2024-06-30", "--format", "csv"));
        args.addAll(List.of(options));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void churn_matchesHandComputedValues() throws IOException {
        Cli.Run run = report();
        assertEquals("2024-07-01T00:00:00Z", run.row("parameters", "parameter", "as_of")
                .get("value"));
        // Customer-months at risk over January to June: 0 + 2 + 4 + 4 + 3 + 3 = 16; lost 3 →
        // 3 / 16 = 18.75 % a month, retention 81.25 %, lifetime 16 / 3 months. c1 and c3 are
        // still active.
        Map<String, String> all = run.row("value.churn", "segment", "(all)");
        assertEquals(List.of("6", "2", "16", "3"), List.of(all.get("customers"),
                all.get("active"), all.get("at_risk"), all.get("lost")));
        assertEquals(18.75, Double.parseDouble(all.get("churn")), EXACT);
        assertEquals(81.25, Double.parseDouble(all.get("retention")), EXACT);
        assertEquals(16.0 / 3, Double.parseDouble(all.get("lifetime")), EXACT);
        // smb (c1, c2): at risk 0 + 2 + 2 + 2 + 1 + 1 = 8, lost 1; consumer (c3-c6) from
        // February: 0 + 2 + 2 + 2 + 2 = 8, lost 2.
        assertEquals(12.5, run.number("value.churn", "churn", "segment", "smb"), EXACT);
        assertEquals(25.0, run.number("value.churn", "churn", "segment", "consumer"), EXACT);
        // March: 4 at the start, c5 joined, c4 lost → 4 at the end; June: 3 at the start, c6
        // joined and left, c5 lost → 2.
        Map<String, String> march = run.row("value.by_period", "period", "2024-03");
        assertEquals(List.of("4", "1", "1", "0", "4"), List.of(march.get("active_at_start"),
                march.get("joined"), march.get("lost"), march.get("joined_and_left"),
                march.get("active_at_end")));
        assertEquals(25.0, Double.parseDouble(march.get("churn")), EXACT);
        Map<String, String> june = run.row("value.by_period", "period", "2024-06");
        assertEquals("1", june.get("joined_and_left"));
        assertEquals("2", june.get("active_at_end"));
        assertEquals("", run.row("value.by_period", "period", "2024-01").get("churn"));
        // c7, acquired after --to, and its purchase are outside the window; nothing else is.
        assertEquals("1", run.row("input.files", "input", "customers").get("outside_window"));
        assertEquals("1", run.row("input.files", "input", "purchases").get("outside_window"));
    }

    @Test
    void cohorts_matchHandComputedValues() throws IOException {
        Cli.Run run = report();
        // January cohort c1, c2 (lost 10 April): both still customers at the start of
        // February, March and April, one from May on. February cohort c3, c4 (lost 5 March):
        // both at the start of March, one from April. c6 (June) has age 0 only; c7 (July) is
        // after the as-of instant.
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-06"),
                run.table("value.cohorts").stream().map(r -> r.get("cohort")).toList());
        Map<String, String> january = run.row("value.cohorts", "cohort", "2024-01");
        assertEquals(List.of("2", "100", "100", "100", "100", "50", "50"), List.of(
                january.get("customers"), january.get("age_0"), january.get("age_1"),
                january.get("age_2"), january.get("age_3"), january.get("age_4"),
                january.get("age_5")));
        Map<String, String> february = run.row("value.cohorts", "cohort", "2024-02");
        assertEquals(List.of("100", "100", "50", "50", "50", ""), List.of(february.get("age_0"),
                february.get("age_1"), february.get("age_2"), february.get("age_3"),
                february.get("age_4"), february.get("age_5")));
        // Revenue of the January cohort by month: 180 (age 0), -20 (c2's refund), 50, 0, 0, 50
        // (c1): net = gross (nobody spends above their own January) = -11.1 %, 27.8 %, 0, 0,
        // 27.8 %. February cohort: 40, then 0, 0, 30 in May (c3): 75 % at age 3.
        for (String table : List.of("value.net_revenue_retention", "value.gross_revenue_retention")) {
            Map<String, String> jan = run.row(table, "cohort", "2024-01");
            assertEquals(180.0, Double.parseDouble(jan.get("base_revenue")), EXACT);
            assertEquals(-2000.0 / 180, Double.parseDouble(jan.get("age_1")), EXACT);
            assertEquals(5000.0 / 180, Double.parseDouble(jan.get("age_2")), EXACT);
            assertEquals(5000.0 / 180, Double.parseDouble(jan.get("age_5")), EXACT);
            assertEquals(75.0, run.number(table, "age_3", "cohort", "2024-02"), EXACT);
            // March: c5 bought nothing in March, so its retention is undefined, not 0.
            assertEquals("", run.row(table, "cohort", "2024-03").get("age_0"));
        }
    }

    @Test
    void value_matchesHandComputedValues() throws IOException {
        Cli.Run run = report();
        // Revenue 100 + 80 + 30 − 20 + 10 + 50 + 30 + 50 + 15 = 345 over 6 customers (57.50)
        // and 8 purchases (43.125).
        Map<String, String> all = run.row("value.ltv", "segment", "(all)");
        assertEquals(345.0, Double.parseDouble(all.get("revenue")), EXACT);
        assertEquals(57.5, Double.parseDouble(all.get("historical_value")), EXACT);
        assertEquals(43.125, Double.parseDouble(all.get("average_purchase")), EXACT);
        // Customer-days 173 + 86 + 151 + 14 + 106 + 15 = 545: 8 purchases a 545 / 365.2425 years.
        assertEquals(8 * 365.2425 / 545, Double.parseDouble(all.get("purchases_per_year")), EXACT);
        // ARPA: 345 over customer-months 2 + 4 + 5 + 4 + 3 + 4 = 22; LTV = ARPA × 0.8 / (3 / 16).
        double arpa = 345.0 / 22;
        assertEquals(arpa, Double.parseDouble(all.get("arpa")), EXACT);
        double ltv = arpa * 0.8 / (3.0 / 16);
        assertEquals(ltv, Double.parseDouble(all.get("ltv")), EXACT);
        // CAC: the five known costs 100, 100, 20, 20, 10 → 50; LTV:CAC; payback 50 / (ARPA × 0.8).
        assertEquals(50.0, Double.parseDouble(all.get("cac")), EXACT);
        assertEquals(ltv / 50, Double.parseDouble(all.get("ltv_cac")), EXACT);
        assertEquals(50 / (arpa * 0.8), Double.parseDouble(all.get("payback")), EXACT);
        // smb: revenue 260 over customer-months 2 + 2 + 2 + 2 + 1 + 1 = 10 → ARPA 26; churn
        // 1 / 8 → LTV 26 × 0.8 / 0.125 = 166.4. A lower margin scales it.
        assertEquals(26.0, run.number("value.ltv", "arpa", "segment", "smb"), EXACT);
        assertEquals(166.4, run.number("value.ltv", "ltv", "segment", "smb"), EXACT);
        Cli.Run half = report("--margin", "0.4");
        assertEquals(83.2, half.number("value.ltv", "ltv", "segment", "smb"), EXACT);
        // Over the last 3 months (April to June): at risk 4 + 3 + 3, lost 2 → 20 %.
        Cli.Run quarter = report("--window", "3");
        assertEquals(20.0, quarter.number("value.churn", "churn", "segment", "(all)"), EXACT);
    }

    @Test
    void byNpsBand_matchesHandComputedValues() throws IOException {
        Cli.Run run = report("--responses", responses().toString());
        // Promoters c1 and c3: at risk 0 + 1 + 2 + 2 + 2 + 2 = 9, none lost: churn 0, and the
        // churn-based LTV is undefined (empty), not infinite.
        Map<String, String> promoters = run.row("value.by_nps_band", "band", "promoter");
        assertEquals("2", promoters.get("customers"));
        assertEquals(0.0, Double.parseDouble(promoters.get("churn")), EXACT);
        assertEquals("", promoters.get("ltv"));
        // Passive c2: at risk 0 + 1 + 1 + 1 = 3, lost 1; detractors: nobody, still a row.
        assertEquals(100.0 / 3, run.number("value.by_nps_band", "churn", "band", "passive"),
                EXACT);
        assertEquals("0", run.row("value.by_nps_band", "band", "detractor").get("customers"));
        // No answer: c4 (an unanswered question is no answer), c5, c6: at risk 0 + 1 + 1 + 1 +
        // 1 = 4, lost 2.
        Map<String, String> none = run.row("value.by_nps_band", "band", "no answer");
        assertEquals("3", none.get("customers"));
        assertEquals(50.0, Double.parseDouble(none.get("churn")), EXACT);
        Cli.Run text = Cli.run("report", "--customers", customers().toString(), "--purchases",
                purchases().toString(), "--to", "2024-06-30", "--responses",
                responses().toString());
        assertTrue(text.out().contains(" 1 customer who answered 'nps' is not in the customers"
                + " file."), text.out());
    }

    @Test
    void byResponseTime_matchesHandComputedValues() throws IOException {
        Cli.Run run = report("--interactions", interactions().toString());
        // c1: median of 30 and 120 minutes (rank 1) = 30 → < 1h; c2: 5 h → [4h, 24h); c3
        // unanswered, c4-c6 without interactions → no response time.
        assertEquals("1", run.row("value.by_response_time", "band", "< 1h").get("customers"));
        assertEquals("0", run.row("value.by_response_time", "band", "[1h, 4h)").get("customers"));
        assertEquals("1", run.row("value.by_response_time", "band", "[4h, 24h)")
                .get("customers"));
        assertEquals("4", run.row("value.by_response_time", "band", "no response time")
                .get("customers"));
        Cli.Run bands = report("--interactions", interactions().toString(), "--response-bands",
                "15m,6h");
        assertEquals("2", bands.row("value.by_response_time", "band", "[15m, 6h)")
                .get("customers"));
    }

    @Test
    void from_startsTheWindowAndThePeriods() throws IOException {
        Cli.Run run = report("--from", "2024-04-01", "--responses", responses().toString());
        // April to June only: at risk 4 + 3 + 3, lost 2.
        assertEquals(20.0, run.number("value.churn", "churn", "segment", "(all)"), EXACT);
        assertEquals(3, run.table("value.by_period").size());
        // Customers and purchases before --from are history and stay; responses do not.
        assertEquals("6", run.row("input.files", "input", "customers").get("used"));
        assertEquals("9", run.row("input.files", "input", "purchases").get("used"));
        assertEquals("7", run.row("input.files", "input", "responses").get("outside_window"));
        assertEquals("6", run.row("value.by_nps_band", "band", "no answer").get("customers"));
    }

    @Test
    void windowWithoutACompleteMonth_leavesTheRatesUndefined() throws IOException {
        Cli.Run run = report("--from", "2024-06-15");
        Cli.Run text = Cli.run("report", "--customers", customers().toString(), "--purchases",
                purchases().toString(), "--to", "2024-06-30", "--from", "2024-06-15");
        assertTrue(text.out().contains("No complete month before the as-of instant from --from on:"
                + " churn, retention, ARPA and LTV are undefined."), text.out());
        Map<String, String> all = run.row("value.churn", "segment", "(all)");
        assertEquals("6", all.get("customers"));
        assertEquals("", all.get("churn"));
        assertEquals("", run.row("value.ltv", "segment", "(all)").get("ltv"));
        assertEquals(345.0, run.number("value.ltv", "revenue", "segment", "(all)"), EXACT);
        assertEquals(List.of(), run.table("value.by_period"));
    }

    @Test
    void noCustomersInTheWindow_isANote() throws IOException {
        Cli.Run run = Cli.run("report", "--customers", customers().toString(), "--purchases",
                purchases().toString(), "--to", "2023-12-31", "--interactions",
                interactions().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\nNo customers to report: none was read in the window.\n"),
                run.out());
        assertTrue(run.out().contains("\nNo interactions to report: the file has none in the"
                + " window.\n"), run.out());
    }

    @Test
    void report_agreesWithLibrary() throws IOException {
        Cli.Run run = report("--responses", responses().toString(), "--interactions",
                interactions().toString());
        // c7 and its purchase come after --to.
        assertAgrees(run, readCustomers(customers()).stream()
                        .filter(c -> c.acquiredAt().isBefore(JULY)).toList(),
                readPurchases(purchases()).stream().filter(p -> p.at().isBefore(JULY)).toList(),
                ReportEndToEndTest.readResponses(responses()), null, JULY, 12, 0.8);
    }

    @Test
    void sample_agreesWithLibrary() throws IOException {
        Cli.Run run = Cli.run("report", "--sample", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        Path examples = Path.of("..", "docs", "examples");
        Instant asOf = Instant.parse(run.row("parameters", "parameter", "as_of").get("value"));
        assertAgrees(run, readCustomers(examples.resolve("customers.csv")),
                readPurchases(examples.resolve("purchases.csv")),
                ReportEndToEndTest.readResponses(examples.resolve("responses.csv")),
                SupportReportTest.readInteractions(examples.resolve("interactions.csv")), asOf,
                12, 0.8);
    }

    /** Asserts the report's value figures equal the library's on the same records. */
    private static void assertAgrees(Cli.Run run, List<Customer> customers,
            List<Purchase> purchases, List<Response> responses, List<Interaction> interactions,
            Instant asOf, int window, double margin) {
        List<CustomerPurchases> histories = CustomerPurchases.join(customers, purchases);
        LifetimeValueResult all = CxMetrics.lifetimeValue().asOf(asOf).compute(histories);
        int n = Math.min(window, all.churn().periods().size());
        Map<String, String> row = run.row("value.ltv", "segment", "(all)");
        assertEquals(all.revenue().amount().doubleValue(), Double.parseDouble(row.get("revenue")),
                EXACT);
        assertEquals(all.churnBasedValue(margin, n).amount().doubleValue(),
                Double.parseDouble(row.get("ltv")), EXACT);
        assertEquals(all.revenuePerCustomer(n).amount().doubleValue(),
                Double.parseDouble(row.get("arpa")), EXACT);
        ChurnCounts pooled = CxMetrics.churn().asOf(asOf).compute(customers).trailing(n);
        assertEquals(100 * pooled.churnRate(), run.number("value.churn", "churn", "segment",
                "(all)"), EXACT);
        Map<String, LifetimeValueResult> bySegment = CxMetrics.lifetimeValue().asOf(asOf)
                .groupBy(CustomerPurchases::segment).compute(histories);
        bySegment.forEach((segment, r) -> {
            assertEquals(r.historicalValue().amount().doubleValue(), run.number("value.ltv",
                    "historical_value", "segment", segment), EXACT, segment);
            assertEquals(100 * r.churn().trailing(n).churnRate(), run.number("value.churn",
                    "churn", "segment", segment), EXACT, segment);
        });
        ServiceBands nps = ServiceBands.nps(responses, "nps");
        Map<ServiceBand, ChurnResult> churnByNps = CxMetrics.churn().asOf(asOf)
                .groupBy(nps::bandOf).compute(customers);
        churnByNps.forEach((band, r) -> {
            Map<String, String> b = run.row("value.by_nps_band", "band", band.label());
            assertEquals(Long.toString(r.customers()), b.get("customers"), band.label());
            ChurnCounts c = r.trailing(n);
            if (!c.isEmpty()) {
                assertEquals(100 * c.churnRate(), Double.parseDouble(b.get("churn")), EXACT);
            }
        });
        if (interactions != null) {
            ServiceBands speed = ServiceBands.firstResponseTime(interactions, Duration.ofHours(1),
                    Duration.ofHours(4), Duration.ofHours(24));
            Map<ServiceBand, LifetimeValueResult> bySpeed = CxMetrics.lifetimeValue().asOf(asOf)
                    .groupBy(speed::bandOf).compute(histories);
            bySpeed.forEach((band, r) -> assertEquals(Long.toString(r.customers()), run.row(
                    "value.by_response_time", "band", band.label()).get("customers")));
        }
        ChurnResult monthly = CxMetrics.churn().asOf(asOf).compute(customers);
        monthly.periods().forEach((period, c) -> assertEquals(Long.toString(c.activeAtEnd()),
                run.row("value.by_period", "period", period.toString()).get("active_at_end")));
    }

    /** A reference reader of the simple customer files of these tests: no quotes, UTC. */
    static List<Customer> readCustomers(Path file) throws IOException {
        return ReferenceCsv.read(file, f -> {
            String cost = f.get("acquisition_cost");
            return new Customer(f.get("customer_id"), f.get("segment"),
                    time(f.get("acquired_at")), time(f.get("churned_at")),
                    cost.isEmpty() ? null : Money.of(cost, f.get("currency")), Map.of());
        });
    }

    /** A reference reader of the simple purchase files of these tests: no quotes, UTC. */
    static List<Purchase> readPurchases(Path file) throws IOException {
        return ReferenceCsv.read(file, f -> Purchase.of(f.get("customer_id"),
                Instant.parse(f.get("at")), new BigDecimal(f.get("amount")),
                Currency.getInstance(f.get("currency"))));
    }

    private static Instant time(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        return cell.length() == 10 ? LocalDate.parse(cell).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(cell);
    }
}
