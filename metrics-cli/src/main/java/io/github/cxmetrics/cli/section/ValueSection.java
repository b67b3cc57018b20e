package io.github.cxmetrics.cli.section;

import static io.github.cxmetrics.cli.report.Cells.orNull;

import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.cli.UsageException;
import io.github.cxmetrics.cli.input.CustomerBook;
import io.github.cxmetrics.cli.input.CustomersInput;
import io.github.cxmetrics.cli.input.InputException;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.PurchasesInput;
import io.github.cxmetrics.cli.report.JsonWriter;
import io.github.cxmetrics.cli.report.Cells;
import io.github.cxmetrics.cli.report.Report;
import io.github.cxmetrics.model.Customer;
import io.github.cxmetrics.model.Money;
import io.github.cxmetrics.stats.Interval;
import io.github.cxmetrics.value.ChurnCounts;
import io.github.cxmetrics.value.ChurnResult;
import io.github.cxmetrics.value.CustomerPurchases;
import io.github.cxmetrics.value.LifetimeValueCalculator;
import io.github.cxmetrics.value.LifetimeValueResult;
import io.github.cxmetrics.value.ServiceBand;
import io.github.cxmetrics.value.ServiceBands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The value section: churn, retention and lifetime value by customer segment, by NPS band (each
 * customer's latest answer in the responses file) and by first-response-time band (each
 * customer's median first response time in the interactions file), and churn per
 * {@code --period}. Money is in the one currency of the data.
 *
 * <p>Everything is computed by the library when every file has been read, as of the report's
 * instant: {@code CxMetrics.lifetimeValue()} (whose result carries the monthly churn) grouped by
 * segment and by band, and {@code CxMetrics.churn()} per period. Memory is per customer, not per
 * row of the responses and interactions files: the customers with their purchases (kept compactly
 * by {@link CustomerBook}), each customer's latest NPS answer, and each customer's first response
 * times (exact, for the median).
 */
public final class ValueSection implements ReportSection {

    /**
     * The value section's options: {@code --margin}, {@code --window} and
     * {@code --response-bands}.
     */
    public static final class Options implements SectionOptions {

        @Option(names = "--margin", paramLabel = "MARGIN", defaultValue = "0.8",
                description = "Gross margin of the churn-based LTV, in [0, 1] (default:"
                        + " ${DEFAULT-VALUE}).")
        double margin;

        @Option(names = "--window", paramLabel = "MONTHS", defaultValue = "12",
                description = "Trailing complete months of churn, ARPA and LTV (default:"
                        + " ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--response-bands", paramLabel = "DURATIONS", defaultValue = "1h,4h,24h",
                description = "First-response-time bands of the value section (default:"
                        + " ${DEFAULT-VALUE}).")
        String responseBands;

        @Option(names = "--discount-rate", paramLabel = "RATE", defaultValue = "0.1",
                description = "Yearly discount rate of the discounted LTV, >= 0 (default:"
                        + " ${DEFAULT-VALUE}); applied per month as (1 + RATE)^(1/12) - 1.")
        double discountRate;

        @Option(names = "--ltv-horizon", paramLabel = "MONTHS", defaultValue = "36",
                description = "Horizon of the discounted LTV in months (default:"
                        + " ${DEFAULT-VALUE}).")
        int horizon;

        private List<Duration> bands;

        @Override
        public void validate(ReportConfig config) {
            if (!(margin >= 0 && margin <= 1)) {
                throw new UsageException("--margin must be in [0, 1]: " + margin);
            }
            if (!(discountRate >= 0 && discountRate <= 100)) {
                throw new UsageException("--discount-rate must be in [0, 100]: " + discountRate);
            }
            if (horizon < 1 || horizon > 1200) {
                throw new UsageException("--ltv-horizon must be in [1, 1200] months: " + horizon);
            }
            if (window < 1) {
                throw new UsageException("--window must be >= 1: " + window);
            }
            bands = DurationText.parseIncreasing(responseBands, "--response-bands");
        }

        @Override
        public ReportSection create(ReportConfig config) {
            return config.has(InputKind.CUSTOMERS) ? new ValueSection(config, this) : null;
        }

        @Override
        public void describe(ReportConfig config, Map<String, String> parameters) {
            if (config.has(InputKind.CUSTOMERS)) {
                parameters.put("margin", JsonWriter.fixed(margin, 6));
                parameters.put("window", window + (window == 1 ? " month" : " months"));
                parameters.put("discount_rate", JsonWriter.fixed(discountRate, 6));
                parameters.put("ltv_horizon", horizon + (horizon == 1 ? " month" : " months"));
                if (config.has(InputKind.INTERACTIONS)) {
                    parameters.put("response_bands", DurationText.describe(bands));
                }
            }
        }
    }

    private final ReportConfig config;
    private final double margin;
    private final int window;
    private final double monthlyDiscount;
    private final int horizon;
    private final double yearlyDiscount;
    private final List<Duration> responseBands;
    private final CustomerBook book = new CustomerBook();
    private final String npsQuestion;
    private final LatestAnswers latestNps;
    private final String csatQuestion;
    private final LatestAnswers latestCsat;
    private final FirstReplies firstResponses;

    ValueSection(ReportConfig config, Options options) {
        this.config = config;
        this.margin = options.margin;
        this.window = options.window;
        this.yearlyDiscount = options.discountRate;
        this.monthlyDiscount = Math.pow(1 + options.discountRate, 1.0 / 12) - 1;
        this.horizon = options.horizon;
        this.responseBands = options.bands;
        this.npsQuestion = config.survey().question(SurveyConfig.Metric.NPS);
        this.latestNps = config.file(InputKind.RESPONSES) == null ? null
                : new LatestAnswers(npsQuestion);
        this.csatQuestion = config.survey().question(SurveyConfig.Metric.CSAT);
        this.latestCsat = latestNps == null ? null : new LatestAnswers(csatQuestion);
        this.firstResponses = config.file(InputKind.INTERACTIONS) == null ? null
                : new FirstReplies();
    }

    @Override
    public void connect(Feeds feeds) {
        if (latestNps != null) {
            feeds.onParts(config.responses(), latestNps);
            feeds.onParts(config.responses(), latestCsat);
        }
        if (firstResponses != null) {
            feeds.onParts(config.interactions(), firstResponses);
        }
        CustomersInput customers = new CustomersInput(book, config.givenTo(),
                config.groups().readsCustomersFirst() ? config.by() : null);
        feeds.on(customers, book::add);
        if (config.groups().readsCustomersFirst()) {
            // The responses and interactions are grouped by their customer's --by column.
            feeds.on(customers, config.groups()::add);
        }
        feeds.on(new PurchasesInput(book, config.givenTo()), book::add);
    }

    /**
     * The figures of one group of customers over a trailing window of {@code months} months;
     * null where the library leaves them undefined.
     */
    private record Figures(LifetimeValueResult result, int months, ChurnCounts churn, Money arpa,
            Money ltv, Money discounted) {}

    @Override
    public Report.Section finish(Instant asOf) {
        try {
            return compute(asOf);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("the periods from")) {
                // The library's limit on period tables (Periodicity.MAX_TABLE_PERIODS).
                throw new InputException(config.file(InputKind.CUSTOMERS).name() + ": "
                        + e.getMessage() + "; narrow --plausible-years or use a longer --period", e);
            }
            throw e;
        }
    }

    private Report.Section compute(Instant asOf) {
        if (book.size() == 0) {
            return new Report.Section("value", "Value", true,
                    List.of("No customers to report: none was read in the window."), List.of());
        }
        Currency currency = book.currency();
        LifetimeValueCalculator ltv = CxMetrics.lifetimeValue().zone(config.zone()).asOf(asOf);
        if (currency != null) {
            ltv = ltv.currency(currency);
        }
        ServiceBands nps = latestNps == null ? null
                : ServiceBands.nps(latestNps.answers(), npsQuestion);
        ServiceBands csat = latestCsat == null ? null : ServiceBands.survey(latestCsat.answers(),
                csatQuestion, config.survey().scale(SurveyConfig.Metric.CSAT));
        ServiceBands speed = firstResponses == null ? null : ServiceBands.firstResponseTime(
                firstResponses.medians(), responseBands.toArray(Duration[]::new));
        Accumulator<CustomerPurchases, Map<String, LifetimeValueResult>> bySegment =
                ltv.groupBy(CustomerPurchases::segment).accumulator();
        Accumulator<CustomerPurchases, Map<ServiceBand, LifetimeValueResult>> byNps =
                nps == null ? null : ltv.groupBy(nps::bandOf).accumulator();
        Accumulator<CustomerPurchases, Map<ServiceBand, LifetimeValueResult>> byCsat =
                csat == null ? null : ltv.groupBy(csat::bandOf).accumulator();
        Accumulator<CustomerPurchases, Map<ServiceBand, LifetimeValueResult>> bySpeed =
                speed == null ? null : ltv.groupBy(speed::bandOf).accumulator();
        Accumulator<Customer, ChurnResult> byPeriod = CxMetrics.churn()
                .per(config.period()).zone(config.zone()).asOf(asOf).accumulator();
        CohortTables cohorts = new CohortTables(config, asOf, currency);
        Map<String, Long> active = new TreeMap<>();
        long purchases = 0;
        for (CustomerBook.Entry entry : book.entries()) {
            CustomerPurchases history = entry.history(currency);
            Customer customer = history.customer();
            purchases += entry.purchaseCount();
            bySegment.add(history);
            if (byNps != null) {
                byNps.add(history);
            }
            if (byCsat != null) {
                byCsat.add(history);
            }
            if (bySpeed != null) {
                bySpeed.add(history);
            }
            byPeriod.add(customer);
            cohorts.add(history);
            active.merge(customer.segment(), customer.isActiveAt(asOf) ? 1L : 0L,
                    Long::sum);
        }
        SortedMap<String, LifetimeValueResult> segments = new TreeMap<>(bySegment.snapshot());
        LifetimeValueResult all = segments.values().stream().reduce(LifetimeValueResult::plus)
                .orElseThrow();
        List<CalendarPeriod> months = window(all.churn());
        int n = months.size();

        List<String> notes = new ArrayList<>();
        notes.add("As of " + asOf + (config.givenTo() != null ? " (--to)"
                : " (just after the latest event read; give --to to set it)") + "; "
                + (currency == null ? "no money in the data" : "money in " + currency) + "; "
                + book.size() + " customers with " + purchases + " purchases and refunds.");
        if (n == 0) {
            notes.add("No complete month before the as-of instant"
                    + (config.givenFrom() != null ? " from --from on" : "")
                    + ": churn, retention, ARPA and LTV are undefined.");
        } else {
            notes.add("Churn, retention, ARPA and LTV are per month, pooled over the last " + n
                    + (n == 1 ? " complete month" : " complete months") + " before the as-of"
                    + " instant (" + months.get(0) + (n == 1 ? "" : " to " + months.get(n - 1))
                    + ", --window): churn = customers lost / customer-months at risk, with "
                    + Cells.ciTitle(config.level()) + " (Wilson); retention = 1 - churn;"
                    + " lifetime = 1 / churn, in months; customers who joined and left within a"
                    + " month are left out.");
        }
        List<Report.Table> tables = new ArrayList<>();
        Function<LifetimeValueResult, Figures> figures = r -> figures(r, n);
        tables.add(churnTable(all, segments, active, figures));
        tables.add(valueTable(all, segments, figures));
        if (nps != null) {
            tables.add(bandTable("value.by_nps_band", "By NPS band", nps, byNps.snapshot(),
                    figures, "NPS band: each customer's latest answer to '" + npsQuestion + "' in"
                            + " the responses (promoter 9-10, passive 7-8, detractor 0-6); no"
                            + " answer: customers without one." + strangers(latestNps.customers(),
                            "answered '" + npsQuestion + "'")));
            tables.add(bandTable("value.by_csat_band", "By CSAT band", csat, byCsat.snapshot(),
                    figures, "CSAT band: each customer's latest answer to '" + csatQuestion
                            + "' in the responses (" + bandsOf(config.survey().scale(
                                    SurveyConfig.Metric.CSAT)) + "); no answer: customers without"
                            + " one." + strangers(latestCsat.customers(), "answered '"
                            + csatQuestion + "'")));
        } else {
            notes.add("Give --responses for value by NPS and CSAT band.");
        }
        if (speed != null) {
            tables.add(bandTable("value.by_response_time", "By first response time", speed,
                    bySpeed.snapshot(), figures, "First response time band: the median first"
                            + " response time (calendar time) of each customer's answered"
                            + " interactions; no response time: none answered."
                            + strangers(firstResponses.customers(),
                            "had interactions")));
        } else {
            notes.add("Give --interactions for value by first response time.");
        }
        tables.add(periodTable(byPeriod.snapshot()));
        tables.addAll(cohorts.tables());
        return new Report.Section("value", "Value", true, notes, tables);
    }

    /** Returns a sentence counting the customer ids that are not in the customers file. */
    private String strangers(Iterable<String> ids, String what) {
        long count = 0;
        for (String id : ids) {
            if (book.get(id) == null) {
                count++;
            }
        }
        return count == 0 ? "" : " " + count + (count == 1 ? " customer who " : " customers who ")
                + what + (count == 1 ? " is" : " are") + " not in the customers file.";
    }

    /**
     * Returns the months of the trailing window: up to {@code --window} of the last complete
     * months before the as-of instant, none starting before {@code --from}.
     */
    private List<CalendarPeriod> window(ChurnResult monthly) {
        List<CalendarPeriod> months = new ArrayList<>(monthly.periods().keySet());
        int first = Math.max(0, months.size() - window);
        Instant from = config.givenFrom();
        while (first < months.size() && from != null
                && months.get(first).startIn(config.zone()).isBefore(from)) {
            first++;
        }
        return months.subList(first, months.size());
    }

    private Figures figures(LifetimeValueResult r, int n) {
        if (n == 0) {
            return new Figures(r, 0, null, null, null, null);
        }
        return new Figures(r, n, orNull(() -> r.churn().trailing(n)),
                orNull(() -> r.revenuePerCustomer(n)),
                orNull(() -> r.churnBasedValue(margin, n)),
                orNull(() -> r.discountedValue(margin, monthlyDiscount, horizon, n)));
    }

    private Report.Table churnTable(LifetimeValueResult all,
            SortedMap<String, LifetimeValueResult> segments, Map<String, Long> active,
            Function<LifetimeValueResult, Figures> figures) {
        String ci = Cells.ciTitle(config.level());
        Report.Table.Builder t = Report.Table.builder("value.churn",
                        "Churn and retention by segment (% per month)")
                .text("segment", "segment").count("customers", "customers")
                .count("active", "active").count("at_risk", "customer-months")
                .count("lost", "lost")
                .column("churn", "churn %", Report.Type.NUMBER, 2)
                .column("churn_ci", ci, Report.Type.INTERVAL, 2)
                .column("retention", "retention %", Report.Type.NUMBER, 2)
                .column("lifetime", "lifetime (months)", Report.Type.NUMBER, 1)
                .note("active: not churned at the as-of instant; customer-months: customers"
                        + " active at the start of each month of the window, summed; lost: of"
                        + " those, churned in that month.");
        long allActive = active.values().stream().mapToLong(Long::longValue).sum();
        churnRow(t, Cells.ALL, figures.apply(all), allActive);
        segments.forEach((segment, r) -> churnRow(t, segment, figures.apply(r),
                active.getOrDefault(segment, 0L)));
        return t.build();
    }

    private void churnRow(Report.Table.Builder t, String segment, Figures f, long active) {
        ChurnCounts c = f.churn();
        t.row(segment, f.result().customers(), active, c == null ? null : c.atRisk(),
                c == null ? null : c.churned(), churn(c), churnInterval(c), retention(c),
                c == null ? null : orNull(c::averageLifetime));
    }

    private Report.Table valueTable(LifetimeValueResult all,
            SortedMap<String, LifetimeValueResult> segments,
            Function<LifetimeValueResult, Figures> figures) {
        Report.Table.Builder t = Report.Table.builder("value.ltv", "Lifetime value by segment")
                .text("segment", "segment").count("customers", "customers")
                .column("revenue", "revenue", Report.Type.NUMBER, 2)
                .column("historical_value", "historical value", Report.Type.NUMBER, 2)
                .column("average_purchase", "average purchase", Report.Type.NUMBER, 2)
                .column("purchases_per_year", "purchases/year", Report.Type.NUMBER, 2)
                .column("arpa", "ARPA", Report.Type.NUMBER, 2)
                .column("ltv", "LTV", Report.Type.NUMBER, 2)
                .column("cac", "CAC", Report.Type.NUMBER, 2)
                .column("ltv_cac", "LTV:CAC", Report.Type.NUMBER, 2)
                .column("payback", "payback (months)", Report.Type.NUMBER, 1)
                .column("discounted_ltv", "discounted LTV", Report.Type.NUMBER, 2)
                .note("revenue: purchases minus refunds to the as-of instant; historical value:"
                        + " revenue per customer; average purchase: revenue / purchases; ARPA:"
                        + " revenue per customer-month over the window; LTV = ARPA x gross margin "
                        + JsonWriter.fixed(margin, 6) + " / churn (--margin); CAC: mean"
                        + " acquisition cost of the customers whose cost is known; payback = CAC /"
                        + " (ARPA x margin); " + discountedNote() + ".");
        valueRow(t, Cells.ALL, figures.apply(all));
        segments.forEach((segment, r) -> valueRow(t, segment, figures.apply(r)));
        return t.build();
    }

    private void valueRow(Report.Table.Builder t, String segment, Figures f) {
        LifetimeValueResult r = f.result();
        t.row(segment, r.customers(), money(r::revenue), money(r::historicalValue),
                money(r::averagePurchaseValue), orNull(r::purchasesPerYear),
                amount(f.arpa()), amount(f.ltv()), money(r::averageAcquisitionCost),
                f.ltv() == null ? null : undefinedAsNull(() -> r.ltvToCac(f.ltv())),
                f.arpa() == null ? null : undefinedAsNull(() -> r.cacPaybackPeriods(
                        margin, f.months())), amount(f.discounted()));
    }

    /** Returns the definition of the discounted lifetime value, for the tables' notes. */
    private String discountedNote() {
        return "discounted LTV = the sum over " + horizon + " months (--ltv-horizon) of ARPA x"
                + " margin x retention^t / (1 + d)^t, d = " + JsonWriter.fixed(monthlyDiscount, 6)
                + " a month (" + JsonWriter.fixed(yearlyDiscount, 6) + " a year, --discount-rate)";
    }

    /** Returns a scale's bands for a note, such as {@code positive 4-5, neutral 3, negative 1-2}. */
    private static String bandsOf(io.github.cxmetrics.scale.ScoreScale scale) {
        List<String> parts = new ArrayList<>();
        for (io.github.cxmetrics.scale.Band band : new io.github.cxmetrics.scale.Band[] {
                io.github.cxmetrics.scale.Band.POSITIVE, io.github.cxmetrics.scale.Band.NEUTRAL,
                io.github.cxmetrics.scale.Band.NEGATIVE}) {
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (int score = scale.min(); score <= scale.max(); score++) {
                if (scale.band(score) == band) {
                    low = Math.min(low, score);
                    high = Math.max(high, score);
                }
            }
            if (low <= high) {
                parts.add(band.name().toLowerCase(Locale.ROOT) + " "
                        + (low == high ? Integer.toString(low) : low + "-" + high));
            }
        }
        return String.join(", ", parts);
    }

    private Report.Table bandTable(String id, String title, ServiceBands bands,
            Map<ServiceBand, LifetimeValueResult> results,
            Function<LifetimeValueResult, Figures> figures, String note) {
        String ci = Cells.ciTitle(config.level());
        Report.Table.Builder t = Report.Table.builder(id, title)
                .text("band", "band").count("customers", "customers")
                .column("churn", "churn %", Report.Type.NUMBER, 2)
                .column("churn_ci", ci, Report.Type.INTERVAL, 2)
                .column("retention", "retention %", Report.Type.NUMBER, 2)
                .column("historical_value", "historical value", Report.Type.NUMBER, 2)
                .column("arpa", "ARPA", Report.Type.NUMBER, 2)
                .column("ltv", "LTV", Report.Type.NUMBER, 2)
                .column("discounted_ltv", "discounted LTV", Report.Type.NUMBER, 2)
                .note(note);
        for (ServiceBand band : bands.bands()) {
            LifetimeValueResult r = results.get(band);
            if (r == null) {
                t.row(band.label(), 0L, null, null, null, null, null, null, null);
                continue;
            }
            Figures f = figures.apply(r);
            ChurnCounts c = f.churn();
            t.row(band.label(), r.customers(), churn(c), churnInterval(c), retention(c),
                    money(r::historicalValue), amount(f.arpa()), amount(f.ltv()),
                    amount(f.discounted()));
        }
        return t.build();
    }

    private Report.Table periodTable(ChurnResult churn) {
        String periodName = config.periodName().toLowerCase(Locale.ROOT);
        String ci = Cells.ciTitle(config.level());
        Report.Table.Builder t = Report.Table.builder("value.by_period",
                        "Churn by " + periodName + " (" + config.zone() + ")")
                .text("period", periodName).count("active_at_start", "active at start")
                .count("joined", "joined").count("lost", "lost")
                .count("joined_and_left", "joined and left")
                .count("active_at_end", "active at end")
                .column("churn", "churn %", Report.Type.NUMBER, 2)
                .column("churn_ci", ci, Report.Type.INTERVAL, 2)
                .column("retention", "retention %", Report.Type.NUMBER, 2)
                .note("Complete " + periodName + "s before the as-of instant"
                        + (config.givenFrom() != null ? ", from --from on" : "") + "; churn = lost /"
                        + " active at start; joined and left: acquired and churned in the same "
                        + periodName + ", not in the rate.");
        for (ChurnCounts c : churn.periods().values()) {
            if (config.givenFrom() != null
                    && c.period().startIn(config.zone()).isBefore(config.givenFrom())) {
                continue;
            }
            t.row(c.period().toString(), c.activeAtStart(), c.joined(), c.lost(),
                    c.joinedAndLeft(), c.activeAtEnd(), churn(c), churnInterval(c), retention(c));
        }
        return t.build();
    }

    private static Double churn(ChurnCounts c) {
        return c == null ? null : orNull(() -> 100 * c.churnRate());
    }

    private static Double retention(ChurnCounts c) {
        return c == null ? null : orNull(() -> 100 * c.retentionRate());
    }

    private Interval churnInterval(ChurnCounts c) {
        return c == null ? null
                : orNull(() -> c.churnInterval(config.level()).scaled(100));
    }

    /** Returns an amount of money as a number, or null when the library leaves it undefined. */
    private static Double money(Supplier<Money> money) {
        return amount(orNull(money));
    }

    private static Double amount(Money money) {
        return money == null ? null : money.amount().doubleValue();
    }

    /**
     * Returns a ratio the library refuses for a zero denominator ({@link IllegalArgumentException}
     * for a zero acquisition cost or a margin that earns nothing), or null then.
     */
    private static Double undefinedAsNull(Supplier<Double> ratio) {
        try {
            return orNull(ratio);
        } catch (IllegalArgumentException undefined) {
            return null;
        }
    }
}
