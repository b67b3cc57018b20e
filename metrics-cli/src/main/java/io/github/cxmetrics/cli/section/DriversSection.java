package io.github.cxmetrics.cli.section;

import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.cli.UsageException;
import io.github.cxmetrics.cli.input.CustomerBook;
import io.github.cxmetrics.cli.input.CustomersInput;
import io.github.cxmetrics.cli.input.InputException;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.PurchasesInput;
import io.github.cxmetrics.cli.input.ResponsesInput;
import io.github.cxmetrics.cli.report.Cells;
import io.github.cxmetrics.cli.report.JsonWriter;
import io.github.cxmetrics.cli.report.Report;
import io.github.cxmetrics.drivers.Driver;
import io.github.cxmetrics.drivers.DriverCalculator;
import io.github.cxmetrics.drivers.DriverChurn;
import io.github.cxmetrics.drivers.DriverResult;
import io.github.cxmetrics.drivers.DriverValue;
import io.github.cxmetrics.drivers.MissingDrivers;
import io.github.cxmetrics.model.Response;
import io.github.cxmetrics.scale.ScoreScale;
import io.github.cxmetrics.survey.Comparison;
import io.github.cxmetrics.value.ChurnCounts;
import io.github.cxmetrics.value.ChurnResult;
import io.github.cxmetrics.value.CustomerPurchases;
import io.github.cxmetrics.value.LifetimeValueCalculator;
import io.github.cxmetrics.value.LifetimeValueResult;
import io.github.cxmetrics.value.ServiceBand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The key driver analysis of {@code cxmetrics drivers}: the outcome and driver questions of the
 * responses file, joined by customer, analysed by {@link DriverCalculator}; with customers and
 * purchases, churn and value by each driver's band. Keeps the answers to those questions in
 * memory (the bootstrap resamples them) and, with customers, every customer's purchases.
 */
public final class DriversSection implements ReportSection {

    /** The questions of the bundled sample analysed by {@code cxmetrics drivers --sample}. */
    public static final List<String> SAMPLE_DRIVERS = List.of("csi", "csat", "ces");

    /**
     * The options of the analysis: {@code --outcome}, {@code --drivers}, {@code --scale},
     * {@code --missing}, {@code --resamples}, {@code --seed}, {@code --no-shapley} and
     * {@code --performance-threshold}.
     */
    public static final class Options implements SectionOptions {

        @Option(names = "--outcome", paramLabel = "QUESTION", defaultValue = "nps",
                description = "The outcome question (default: ${DEFAULT-VALUE}).")
        String outcome;

        @Option(names = "--drivers", paramLabel = "QUESTIONS", split = ",",
                description = "The driver questions, e.g. price,quality,support (with --sample:"
                        + " csi,csat,ces).")
        List<String> drivers;

        @Option(names = "--scale", paramLabel = "QUESTION=SCALE",
                description = "Scale of a question: nps (0-10), five-point, seven-point,"
                        + " three-point or good-bad (defaults: nps for the outcome, five-point"
                        + " for drivers).")
        Map<String, String> scales = new LinkedHashMap<>();

        @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "listwise",
                description = "Respondents missing a driver answer: listwise (left out) or"
                        + " pairwise (default: ${DEFAULT-VALUE}).")
        String missing;

        @Option(names = "--resamples", paramLabel = "N", defaultValue = "1000",
                description = "Bootstrap resamples of the importance intervals, 0 for none"
                        + " (default: ${DEFAULT-VALUE}).")
        int resamples;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "18",
                description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--no-shapley",
                description = "Relative weights only, no Shapley values (needed above 15 drivers).")
        boolean noShapley;

        @Option(names = "--performance-threshold", paramLabel = "POINTS",
                description = "Performance (0-100) from which a driver performs well (default:"
                        + " the drivers' mean performance).")
        Double performanceThreshold;

        private DriverCalculator calculator;
        /** The outcome, then the drivers, with their scales. */
        private final Map<String, ScoreScale> questions = new LinkedHashMap<>();

        /** Gives the sample's drivers when none were named. */
        public void useSampleDrivers() {
            if (drivers == null) {
                drivers = SAMPLE_DRIVERS;
            }
        }

        @Override
        public void validate(ReportConfig config) {
            if (drivers == null || drivers.isEmpty()) {
                throw new UsageException("--drivers is required: the driver questions, such as"
                        + " --drivers price,quality,support");
            }
            if (resamples < 0 || resamples > DriverCalculator.MAX_RESAMPLES) {
                throw new UsageException("--resamples must be in [0, "
                        + DriverCalculator.MAX_RESAMPLES + "]: " + resamples);
            }
            if (performanceThreshold != null
                    && !(performanceThreshold >= 0 && performanceThreshold <= 100)) {
                throw new UsageException("--performance-threshold must be in [0, 100]: "
                        + performanceThreshold);
            }
            if (!noShapley && drivers.size() > DriverCalculator.MAX_SHAPLEY_DRIVERS) {
                throw new UsageException("Shapley values are limited to "
                        + DriverCalculator.MAX_SHAPLEY_DRIVERS + " drivers: " + drivers.size()
                        + "; add --no-shapley for relative weights only");
            }
            MissingDrivers policy = switch (missing.strip().toLowerCase(Locale.ROOT)) {
                case "listwise" -> MissingDrivers.LISTWISE;
                case "pairwise" -> MissingDrivers.PAIRWISE;
                default -> throw new UsageException("--missing must be listwise or pairwise: "
                        + missing);
            };
            Map<String, ScoreScale> named = new LinkedHashMap<>();
            scales.forEach((question, name) -> named.put(question.strip(), scale(name)));
            questions.clear();
            String outcomeQuestion = outcome.strip();
            DriverCalculator c;
            try {
                c = CxMetrics.drivers().outcome(outcomeQuestion,
                        named.getOrDefault(outcomeQuestion, ScoreScale.NPS));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--outcome: " + e.getMessage());
            }
            questions.put(outcomeQuestion, named.getOrDefault(outcomeQuestion, ScoreScale.NPS));
            for (String d : drivers) {
                String q = d.strip();
                ScoreScale scale = named.getOrDefault(q, ScoreScale.FIVE_POINT);
                try {
                    c = c.driver(q, scale);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--drivers: " + e.getMessage());
                }
                questions.put(q, scale);
            }
            for (String question : named.keySet()) {
                if (!questions.containsKey(question)) {
                    throw new UsageException("--scale names a question that is neither the"
                            + " outcome nor a driver: " + question);
                }
            }
            c = c.missing(policy).bootstrap(resamples).seed(seed);
            if (noShapley) {
                c = c.withoutShapley();
            }
            calculator = performanceThreshold == null ? c
                    : c.performanceThreshold(performanceThreshold);
        }

        private static ScoreScale scale(String name) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            return n.equals("nps") || n.equals("0-10") ? ScoreScale.NPS : SurveyConfig.scale(n);
        }

        @Override
        public ReportSection create(ReportConfig config) {
            return config.has(InputKind.RESPONSES) ? new DriversSection(config, this) : null;
        }

        @Override
        public void describe(ReportConfig config, Map<String, String> parameters) {
            List<String> named = new ArrayList<>();
            questions.forEach((q, scale) -> named.add(q + " (" + scale.name() + ")"));
            parameters.put("outcome", named.get(0));
            parameters.put("drivers", String.join(", ", named.subList(1, named.size())));
            parameters.put("missing", missing.strip().toLowerCase(Locale.ROOT));
            parameters.put("resamples", Integer.toString(resamples));
            parameters.put("seed", Long.toString(seed));
            parameters.put("shapley", Boolean.toString(!noShapley));
            parameters.put("performance_threshold", performanceThreshold == null ? "mean"
                    : JsonWriter.fixed(performanceThreshold, 6));
        }
    }

    private final ReportConfig config;
    private final Options options;
    private final List<Response> answers = new ArrayList<>();
    private final CustomerBook book;

    DriversSection(ReportConfig config, Options options) {
        this.config = config;
        this.options = options;
        this.book = config.has(InputKind.CUSTOMERS) ? new CustomerBook() : null;
    }

    @Override
    public void connect(Feeds feeds) {
        Map<String, ScoreScale> scaleOf = options.questions;
        feeds.on(new ResponsesInput("channel", ResponsesInput.Questions.of(scaleOf),
                config.responsesOptions()), r -> {
            if (scaleOf.containsKey(r.question())) {
                answers.add(r);
            }
        });
        if (book != null) {
            feeds.on(new CustomersInput(book, config.givenTo()), book::add);
            feeds.on(new PurchasesInput(book, config.givenTo()), book::add);
        }
    }

    @Override
    public Report.Section finish(Instant asOf) {
        DriverResult result;
        try {
            result = options.calculator.compute(answers);
        } catch (IllegalArgumentException e) {
            throw new InputException(config.file(InputKind.RESPONSES).name() + ": " + e.getMessage());
        }
        double level = config.level();
        String ci = Cells.ciTitle(level);
        List<Report.Table> tables = new ArrayList<>();
        tables.add(model(result, level, ci));
        tables.add(importance(result, level, ci));
        tables.add(correlations(result, level, ci));
        tables.add(performance(result, level, ci));
        List<String> notes = new ArrayList<>();
        notes.add("Outcome " + result.outcome() + ": " + result.n() + " of "
                + result.respondents() + " respondents analysed ("
                + result.missingDrivers().name().toLowerCase(Locale.ROOT) + "); a respondent is a"
                + " customer id, their latest answer to each question counts.");
        notes.add("Importance: share of R² (relative weight, Shapley); a driver is important from"
                + " R²/p, performs well from the performance threshold; see docs/drivers.md.");
        if (book != null) {
            if (book.size() == 0) {
                notes.add("No customers were read in the window: no churn or value by band.");
            } else {
                bands(result, asOf, level, ci, tables, notes);
            }
        }
        return new Report.Section("drivers", "Key drivers of " + result.outcome(), true, notes,
                tables);
    }

    private static Report.Table model(DriverResult r, double level, String ci) {
        Report.Table.Builder t = Report.Table.builder("drivers.model", "Model")
                .text("outcome", "outcome").count("respondents", "respondents")
                .count("n", "n").count("incomplete", "incomplete")
                .count("without_outcome", "without outcome").count("duplicates", "duplicates")
                .column("r_squared", "R²", Report.Type.NUMBER, 4)
                .column("r_squared_ci", "R² " + ci, Report.Type.INTERVAL, 4)
                .column("adjusted_r_squared", "adjusted R²", Report.Type.NUMBER, 4)
                .column("importance_threshold", "importance threshold", Report.Type.NUMBER, 4)
                .column("performance_threshold", "performance threshold", Report.Type.NUMBER, 2)
                .count("resamples", "resamples").count("failed_resamples", "failed");
        t.row(r.outcome(), r.respondents(), r.n(), r.incomplete(), r.withoutOutcome(),
                r.duplicates(), r.rSquared(), Cells.orNull(() -> r.rSquaredInterval(level)),
                Cells.finite(r.adjustedRSquared()), r.importanceThreshold(),
                r.performanceThreshold(), (long) r.resamples(), (long) r.failedResamples());
        return t.build();
    }

    private static Report.Table importance(DriverResult r, double level, String ci) {
        Report.Table.Builder t = Report.Table.builder("drivers.importance",
                        "Importance (share of R²), most important first")
                .text("driver", "driver")
                .column("relative_weight", "relative weight", Report.Type.NUMBER, 4)
                .column("relative_weight_ci", ci, Report.Type.INTERVAL, 4)
                .column("relative_weight_percent", "% of R²", Report.Type.NUMBER, 1)
                .column("shapley", "shapley", Report.Type.NUMBER, 4)
                .column("shapley_ci", ci, Report.Type.INTERVAL, 4)
                .column("shapley_percent", "% of R²", Report.Type.NUMBER, 1)
                .column("performance", "performance", Report.Type.NUMBER, 1)
                .text("quadrant", "quadrant").count("n", "n");
        for (Driver d : r.byImportance()) {
            boolean shapley = d.hasShapley();
            t.row(d.question(), d.relativeWeight(),
                    Cells.orNull(() -> d.relativeWeightInterval(level)),
                    d.relativeWeightPercent(), shapley ? d.shapley() : null,
                    shapley ? Cells.orNull(() -> d.shapleyInterval(level)) : null,
                    shapley ? d.shapleyPercent() : null, d.performance(),
                    d.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' '), d.n());
        }
        return t.build();
    }

    private static Report.Table correlations(DriverResult r, double level, String ci) {
        Report.Table.Builder t = Report.Table.builder("drivers.correlations",
                        "Correlations with " + r.outcome())
                .text("driver", "driver").count("n", "n").count("missing", "missing")
                .column("pearson", "pearson", Report.Type.NUMBER, 3)
                .column("pearson_ci", ci, Report.Type.INTERVAL, 3)
                .column("p_value", "p", Report.Type.P_VALUE, 3)
                .column("spearman", "spearman", Report.Type.NUMBER, 3)
                .column("spearman_ci", ci, Report.Type.INTERVAL, 3)
                .column("coefficient", "std. coefficient", Report.Type.NUMBER, 3);
        for (Driver d : r.drivers()) {
            t.row(d.question(), d.n(), d.missing(), d.pearson(), d.pearsonInterval(level),
                    d.pearsonPValue(), d.spearman(), d.spearmanInterval(level),
                    d.standardizedCoefficient());
        }
        return t.build();
    }

    private static Report.Table performance(DriverResult r, double level, String ci) {
        Report.Table.Builder t = Report.Table.builder("drivers.performance", "Performance")
                .text("driver", "driver").text("scale", "scale")
                .column("mean", "mean", Report.Type.NUMBER, 2)
                .column("mean_ci", ci, Report.Type.INTERVAL, 2)
                .column("performance", "performance", Report.Type.NUMBER, 1)
                .column("top_box", "top box %", Report.Type.NUMBER, 1)
                .column("top_box_ci", ci, Report.Type.INTERVAL, 1);
        for (Driver d : r.drivers()) {
            t.row(d.question(), d.scale().name(), d.mean(), d.meanInterval(level),
                    d.performance(), d.topBoxShare(), d.topBoxInterval(level));
        }
        return t.build();
    }

    private void bands(DriverResult result, Instant asOf, double level, String ci,
            List<Report.Table> tables, List<String> notes) {
        Currency currency = book.currency();
        LifetimeValueCalculator ltv = CxMetrics.lifetimeValue().zone(config.zone()).asOf(asOf);
        if (currency != null) {
            ltv = ltv.currency(currency);
        }
        List<CustomerPurchases> histories = new ArrayList<>();
        for (CustomerBook.Entry entry : book.entries()) {
            histories.add(entry.history(currency));
        }
        List<DriverValue> values = options.calculator.valueByBand(answers, histories, ltv);
        Report.Table.Builder byBand = Report.Table.builder("drivers.value_by_band",
                        "Churn and value by driver band")
                .text("driver", "driver").text("band", "band").count("customers", "customers")
                .count("at_risk", "at risk").count("churned", "churned")
                .column("churn", "churn %", Report.Type.NUMBER, 2)
                .column("churn_ci", ci, Report.Type.INTERVAL, 2)
                .column("historical_value", "value per customer", Report.Type.NUMBER, 2);
        Report.Table.Builder tests = Report.Table.builder("drivers.band_tests",
                        "Best band minus worst band")
                .text("driver", "driver").text("measure", "measure").text("test", "test")
                .column("difference", "difference", Report.Type.SIGNED, 2)
                .column("difference_ci", ci, Report.Type.INTERVAL, 2)
                .column("p_value", "p", Report.Type.P_VALUE, 3);
        for (DriverValue v : values) {
            DriverChurn churn = v.churn();
            for (ServiceBand band : v.bands()) {
                Optional<LifetimeValueResult> value = v.value(band);
                if (value.isEmpty()) {
                    continue;
                }
                LifetimeValueResult lv = value.get();
                ChurnCounts pooled = pooled(lv.churn());
                byBand.row(v.driver(), band.label(), lv.customers(),
                        pooled == null ? null : pooled.atRisk(),
                        pooled == null ? null : pooled.churned(),
                        pooled == null || pooled.isEmpty() ? null : 100 * pooled.churnRate(),
                        pooled == null || pooled.isEmpty() ? null
                                : pooled.churnInterval(level).scaled(100),
                        Cells.orNull(() -> lv.historicalValue().amount().doubleValue()));
            }
            String name = churn.bestBand().label() + " - " + churn.worstBand().label();
            test(tests, v.driver(), "churn % (" + name + ")", churn.comparison(), 100, level);
            test(tests, v.driver(), "value per customer (" + name + ")", v.comparison(), 1,
                    level);
        }
        tables.add(byBand.build());
        tables.add(tests.build());
        notes.add("Churn pooled over every period as of " + asOf + "; value per customer is what"
                + " a customer has spent so far" + (currency == null ? "" : " (" + currency + ")")
                + ".");
    }

    private static ChurnCounts pooled(ChurnResult churn) {
        return churn.periods().isEmpty() ? null : churn.pooled();
    }

    private static void test(Report.Table.Builder tests, String driver, String measure,
            Optional<Comparison> comparison, double unit, double level) {
        if (comparison.isEmpty()) {
            tests.row(driver, measure, null, null, null, null);
            return;
        }
        Comparison c = comparison.get();
        tests.row(driver, measure, c.test(), unit * c.difference(),
                c.confidenceInterval(level).scaled(unit), c.pValue());
    }
}
