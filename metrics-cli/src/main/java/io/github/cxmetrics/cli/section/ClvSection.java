package io.github.cxmetrics.cli.section;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cxmetrics.CxMetrics;
import io.github.cxmetrics.cli.UsageException;
import io.github.cxmetrics.cli.input.CustomerBook;
import io.github.cxmetrics.cli.input.CustomersInput;
import io.github.cxmetrics.cli.input.InputException;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.PurchasesInput;
import io.github.cxmetrics.cli.report.JsonWriter;
import io.github.cxmetrics.cli.report.Report;
import io.github.cxmetrics.Accumulator;
import io.github.cxmetrics.model.Purchase;
import io.github.cxmetrics.value.LifetimeValueCalculator;
import io.github.cxmetrics.value.clv.BgNbd;
import io.github.cxmetrics.value.clv.Discounting;
import io.github.cxmetrics.value.clv.Estimate;
import io.github.cxmetrics.value.clv.FitDiagnostics;
import io.github.cxmetrics.value.clv.GammaGamma;
import io.github.cxmetrics.value.clv.MbgNbd;
import io.github.cxmetrics.value.clv.ModelFit;
import io.github.cxmetrics.value.clv.PurchaseModel;
import io.github.cxmetrics.value.clv.RfmCalculator;
import io.github.cxmetrics.value.clv.RfmSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The section of {@code cxmetrics clv}: probabilistic lifetime value from the purchases file.
 * The purchases up to the calibration end are summarised per customer ({@link RfmCalculator}:
 * repeat transactions, recency, age and mean repeat spend), a purchase model (BG/NBD by default,
 * MBG/NBD or Pareto/NBD) and the Gamma-Gamma spend model are fitted by maximum likelihood, and
 * the fit is reported with its standard errors and convergence. With a holdout end, the model's
 * expected purchases in the holdout are compared with the actual ones, in total and by the
 * number of repeat purchases in calibration. The per-customer predictions (probability alive,
 * expected purchases over the horizon, expected spend per purchase, discounted lifetime value) go
 * to the CSV file of {@code --predictions}.
 */
public final class ClvSection implements ReportSection {

    /** The options of {@code cxmetrics clv}. */
    public static final class Options implements SectionOptions {

        @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bg-nbd",
                description = "Purchase model: bg-nbd (default), mbg-nbd or pareto-nbd.")
        String model;

        @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "weeks",
                description = "Time unit of the models' recency, age and rates: days, weeks"
                        + " (default) or months.")
        String unit;

        @Option(names = "--calibration-end", paramLabel = "DATE",
                description = "Last day of the calibration period (default: the day of the"
                        + " latest purchase read).")
        String calibrationEnd;

        @Option(names = "--holdout-end", paramLabel = "DATE",
                description = "Check the model on the purchases after --calibration-end up to"
                        + " and including DATE: expected against actual purchases.")
        String holdoutEnd;

        @Option(names = "--horizon", paramLabel = "MONTHS", defaultValue = "12",
                description = "Months of the expected purchases and of the lifetime value"
                        + " (default: ${DEFAULT-VALUE}).")
        int horizon;

        @Option(names = "--discount-rate", paramLabel = "RATE", defaultValue = "0.1",
                description = "Yearly discount rate of the lifetime value, >= 0 (default:"
                        + " ${DEFAULT-VALUE}); applied per month as (1 + RATE)^(1/12) - 1.")
        double discountRate;

        @Option(names = "--predictions", paramLabel = "FILE",
                description = "Write per customer: P(alive), expected purchases, expected spend"
                        + " and CLV as CSV.")
        Path predictions;

        private ChronoUnit chronoUnit;
        private LocalDate calibration;
        private LocalDate holdout;

        @Override
        public void validate(ReportConfig config) {
            if (!List.of("bg-nbd", "mbg-nbd", "pareto-nbd").contains(model)) {
                throw new UsageException("--model must be bg-nbd, mbg-nbd or pareto-nbd: "
                        + model);
            }
            chronoUnit = switch (unit.strip().toLowerCase(Locale.ROOT)) {
                case "days" -> ChronoUnit.DAYS;
                case "weeks" -> ChronoUnit.WEEKS;
                case "months" -> ChronoUnit.MONTHS;
                default -> throw new UsageException("--unit must be days, weeks or months: "
                        + unit);
            };
            if (horizon < 1 || horizon > 1200) {
                throw new UsageException("--horizon must be in [1, 1200] months: " + horizon);
            }
            if (!(discountRate >= 0 && discountRate <= 100)) {
                throw new UsageException("--discount-rate must be in [0, 100]: " + discountRate);
            }
            calibration = date("--calibration-end", calibrationEnd);
            holdout = date("--holdout-end", holdoutEnd);
            if (holdout != null && calibration == null) {
                throw new UsageException("--holdout-end needs --calibration-end: the holdout is"
                        + " the days after it");
            }
            if (holdout != null && !holdout.isAfter(calibration)) {
                throw new UsageException("--holdout-end must be after --calibration-end: "
                        + holdoutEnd + " is not after " + calibrationEnd);
            }
        }

        private static LocalDate date(String option, String text) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeException e) {
                throw new UsageException(option + " must be an ISO-8601 date such as 2024-06-30: "
                        + text);
            }
        }

        @Override
        public ReportSection create(ReportConfig config) {
            return new ClvSection(config, this);
        }

        @Override
        public void describe(ReportConfig config, Map<String, String> parameters) {
            parameters.put("model", model);
            parameters.put("unit", unit.strip().toLowerCase(Locale.ROOT));
            if (calibration != null) {
                parameters.put("calibration_end", calibration.toString());
            }
            if (holdout != null) {
                parameters.put("holdout_end", holdout.toString());
            }
            parameters.put("horizon", horizon + (horizon == 1 ? " month" : " months"));
            parameters.put("discount_rate", JsonWriter.fixed(discountRate, 6));
            if (predictions != null) {
                parameters.put("predictions", predictions.toString());
            }
        }
    }

    /** The largest repeat-purchase count with its own row in the holdout table. */
    static final int HOLDOUT_ROWS = 7;

    private final ReportConfig config;
    private final Options options;
    private final CustomerBook book = new CustomerBook();

    private ClvSection(ReportConfig config, Options options) {
        this.config = config;
        this.options = options;
    }

    @Override
    public void connect(Feeds feeds) {
        feeds.on(new CustomersInput(book, config.givenTo()), book::add);
        feeds.on(new PurchasesInput(book, config.givenTo()), book::add);
    }

    @Override
    public Report.Section finish(Instant asOf) {
        LocalDate calibration = options.calibration != null ? options.calibration
                : latestPurchaseDay();
        if (calibration == null) {
            throw badInput("no purchases: a lifetime value model needs repeat purchases");
        }
        LifetimeValueCalculator ltv = CxMetrics.lifetimeValue();
        RfmCalculator rfm = ltv.rfm(options.chronoUnit, calibration).zone(config.zone());
        if (options.holdout != null) {
            rfm = rfm.holdoutEnd(options.holdout);
        }
        Accumulator<Purchase, RfmSummary> summarise = rfm.accumulator();
        for (CustomerBook.Entry entry : book.entries()) {
            if (entry.purchaseCount() > 0) {
                entry.history(book.currency()).purchases().forEach(summarise::add);
            }
        }
        RfmSummary summary = summarise.snapshot();
        if (summary.isEmpty()) {
            throw badInput("no purchases on or before the calibration end " + calibration);
        }
        ModelFit<? extends PurchaseModel> purchases;
        ModelFit<GammaGamma> spend;
        try {
            purchases = switch (options.model) {
                case "mbg-nbd" -> ltv.mbgNbd().fit(summary);
                case "pareto-nbd" -> ltv.paretoNbd().fit(summary);
                default -> ltv.bgNbd().fit(summary);
            };
            spend = ltv.gammaGamma().fit(summary);
        } catch (IllegalArgumentException e) {
            throw badInput(e.getMessage());
        }
        PurchaseModel model = purchases.model();
        Discounting discounting = Discounting.of(options.horizon, ChronoUnit.MONTHS,
                Math.pow(1 + options.discountRate, 1.0 / 12) - 1);
        double horizon = discounting.horizon(options.chronoUnit);
        double[] alive;
        double[] expected;
        double[] meanSpend;
        double[] value;
        double[] holdout;
        try {
            alive = model.probabilityAlive(summary);
            expected = model.expectedPurchases(summary, horizon);
            if (spend.model().q() > 1) {
                meanSpend = spend.model().expectedMeanSpend(summary);
                value = model.lifetimeValue(summary, spend.model(), discounting);
            } else {
                meanSpend = new double[summary.size()];
                value = new double[summary.size()];
                for (int i = 0; i < summary.size(); i++) {
                    // At q <= 1 the population mean spend, a one-off buyer's expected spend, is
                    // infinite: no value for them (NaN, an empty cell).
                    boolean repeat = summary.frequency(i) > 0;
                    meanSpend[i] = repeat ? spend.model().expectedMeanSpend(summary.customer(i))
                            : Double.NaN;
                    value[i] = repeat ? model.lifetimeValue(summary.customer(i), spend.model(),
                            discounting) : Double.NaN;
                }
            }
            holdout = summary.hasHoldout()
                    ? model.expectedPurchases(summary, summary.holdoutLength()) : null;
        } catch (ArithmeticException e) {
            // A fit at the edge of its parameter space (a and b of the BG/NBD without bound:
            // no dropout in the data) whose series the library cannot sum.
            throw badInput("the fitted " + describe(purchases.diagnostics()) + " cannot predict:"
                    + " " + e.getMessage() + "; the data may show no dropout: try --model"
                    + " pareto-nbd");
        }
        if (options.predictions != null) {
            writePredictions(summary, alive, expected, meanSpend, value);
        }
        List<Report.Table> tables = new ArrayList<>();
        tables.add(summaryTable(summary, calibration));
        tables.add(fitTable(purchases.diagnostics(), spend.diagnostics()));
        tables.add(diagnosticsTable(purchases.diagnostics(), spend.diagnostics()));
        tables.add(totalsTable(summary, alive, expected, value, horizon));
        List<String> notes = new ArrayList<>();
        notes.add("Transactions are days with purchases (refunds left out); x = repeat"
                + " transactions to the calibration end " + calibration + ", recency and age in "
                + options.chronoUnit.toString().toLowerCase(Locale.ROOT) + " from the first"
                + " transaction. CLV: expected spend per transaction (Gamma-Gamma) x expected"
                + " transactions of each month of the " + options.horizon + "-month horizon,"
                + " discounted at " + JsonWriter.fixed(options.discountRate, 6) + " a year ("
                + JsonWriter.fixed(discounting.rate(), 6) + " a month); revenue, not margin.");
        if (model instanceof BgNbd m && m.hasNoDropout()
                || model instanceof MbgNbd mbg && mbg.hasNoDropout()) {
            notes.add("The data show no dropout: the " + purchases.diagnostics().model()
                    + " fit is at its limit b = infinity (empty in the estimates), the NBD"
                    + " model: every customer is alive and expects (r + x) t / (alpha + T)"
                    + " purchases in the next t.");
        }
        if (!purchases.diagnostics().converged() || !spend.diagnostics().converged()) {
            notes.add("Warning: a fit did not converge (see converged and message): its"
                    + " estimates and predictions are not the maximum-likelihood ones.");
        }
        if (!(spend.model().q() > 1)) {
            notes.add("Warning: the Gamma-Gamma fit has q = "
                    + JsonWriter.significantDigits(spend.model().q(), 5) + " <= 1: the"
                    + " population mean spend is infinite, so customers without repeat purchases"
                    + " have no expected spend and no CLV (empty), and CLV sums the repeat buyers"
                    + " only.");
        }
        if (summary.hasHoldout()) {
            tables.add(holdoutTable(summary, holdout));
        } else {
            notes.add("Give --calibration-end and --holdout-end for a holdout check of the"
                    + " model.");
        }
        return new Report.Section("clv", "Probabilistic lifetime value", true, notes, tables);
    }

    /** Returns a fit for messages, such as {@code bg/nbd (r = 0.2426, alpha = 4.4135, ...)}. */
    private static String describe(FitDiagnostics fit) {
        List<String> parts = new ArrayList<>();
        for (Estimate e : fit.estimates()) {
            parts.add(e.name() + " = " + (Double.isInfinite(e.value()) ? "infinity"
                    : JsonWriter.significantDigits(e.value(), 5)));
        }
        return fit.model() + " (" + String.join(", ", parts) + ")";
    }

    private InputException badInput(String message) {
        return new InputException(config.file(InputKind.PURCHASES).name() + ": " + message);
    }

    /** Returns the day, in the report's zone, of the latest purchase read; null without any. */
    private LocalDate latestPurchaseDay() {
        Instant latest = null;
        for (CustomerBook.Entry entry : book.entries()) {
            for (Purchase p : entry.purchaseCount() == 0 ? List.<Purchase>of()
                    : entry.history(book.currency()).purchases()) {
                if (latest == null || p.at().isAfter(latest)) {
                    latest = p.at();
                }
            }
        }
        return latest == null ? null : LocalDate.ofInstant(latest, config.zone());
    }

    private Report.Table summaryTable(RfmSummary summary, LocalDate calibration) {
        long without = book.size() - summary.size() - summary.customersAfterCalibration();
        return Report.Table.builder("clv.summary", "Customers")
                .count("customers", "customers").count("repeat_buyers", "repeat buyers")
                .count("repeat_transactions", "repeat transactions")
                .count("after_calibration", "first purchase after calibration")
                .count("without_purchases", "without purchases")
                .count("refunds_skipped", "refunds left out")
                .text("calibration_end", "calibration end")
                .note("customers: with a first transaction on or before the calibration end, the"
                        + " customers the models are fitted to; customers of the file whose first"
                        + " purchase is later, or who have none, are counted, not fitted.")
                .row((long) summary.size(), (long) summary.repeatBuyers(),
                        summary.totalRepeatPurchases(), summary.customersAfterCalibration(),
                        Math.max(0, without), summary.skippedRefunds(), calibration.toString())
                .build();
    }

    private Report.Table fitTable(FitDiagnostics purchases, FitDiagnostics spend) {
        Report.Table.Builder t = Report.Table.builder("clv.fit", "Estimates")
                .text("model", "model").text("parameter", "parameter")
                .column("estimate", "estimate", Report.Type.NUMBER, 4)
                .column("standard_error", "std. error", Report.Type.NUMBER, 4)
                .column("ci", io.github.cxmetrics.cli.report.Cells.ciTitle(config.level()),
                        Report.Type.INTERVAL, 4)
                .note("Maximum likelihood; standard errors from the Hessian by the delta method,"
                        + " intervals on the log scale (empty where the information matrix is"
                        + " not positive definite).");
        for (FitDiagnostics d : List.of(purchases, spend)) {
            for (Estimate e : d.estimates()) {
                boolean se = e.hasStandardError();
                // An infinite estimate (b without dropout) is an empty cell; a note says why.
                t.row(d.model(), e.name(), Double.isInfinite(e.value()) ? null : e.value(),
                        se ? e.standardError() : null,
                        se ? e.confidenceInterval(config.level()) : null);
            }
        }
        return t.build();
    }

    private static Report.Table diagnosticsTable(FitDiagnostics purchases,
            FitDiagnostics spend) {
        Report.Table.Builder t = Report.Table.builder("clv.diagnostics", "Fit diagnostics")
                .text("model", "model").count("customers", "customers")
                .count("distinct_rows", "distinct rows")
                .column("log_likelihood", "log-likelihood", Report.Type.NUMBER, 2)
                .column("aic", "AIC", Report.Type.NUMBER, 2)
                .column("converged", "converged", Report.Type.FLAG, 0)
                .count("iterations", "iterations").count("evaluations", "evaluations")
                .text("message", "message")
                .note("AIC = 2k - 2 log-likelihood with k parameters; Gamma-Gamma is fitted to the"
                        + " repeat buyers.");
        for (FitDiagnostics d : List.of(purchases, spend)) {
            t.row(d.model(), d.customers(), (long) d.distinctRows(), d.logLikelihood(),
                    2.0 * d.estimates().size() - 2 * d.logLikelihood(), d.converged(),
                    (long) d.iterations(), (long) d.evaluations(), d.message());
        }
        return t.build();
    }

    private Report.Table totalsTable(RfmSummary summary, double[] alive, double[] expected,
            double[] value, double horizon) {
        double aliveSum = 0;
        double expectedSum = 0;
        double valueSum = 0;
        long valued = 0;
        for (int i = 0; i < summary.size(); i++) {
            aliveSum += alive[i];
            expectedSum += expected[i];
            if (!Double.isNaN(value[i])) {
                valueSum += value[i];
                valued++;
            }
        }
        int n = summary.size();
        return Report.Table.builder("clv.totals", "Predictions over the horizon")
                .count("customers", "customers")
                .column("expected_alive", "expected alive", Report.Type.NUMBER, 1)
                .column("expected_purchases", "expected purchases", Report.Type.NUMBER, 1)
                .column("clv", "CLV", Report.Type.NUMBER, 2)
                .column("mean_clv", "mean CLV", Report.Type.NUMBER, 2)
                .note("Over the next " + options.horizon + " months ("
                        + JsonWriter.fixed(horizon, 4) + " "
                        + options.chronoUnit.toString().toLowerCase(Locale.ROOT) + ") after the"
                        + " calibration end; expected alive: the sum of P(alive); money in the"
                        + " data's currency" + (book.currency() == null ? ""
                                : " (" + book.currency().getCurrencyCode() + ")") + ".")
                .row((long) n, aliveSum, expectedSum, valueSum,
                        valued == 0 ? null : valueSum / valued).build();
    }

    private Report.Table holdoutTable(RfmSummary summary, double[] expected) {
        double length = summary.holdoutLength();
        double[] actualBy = new double[HOLDOUT_ROWS + 1];
        double[] expectedBy = new double[HOLDOUT_ROWS + 1];
        long[] customersBy = new long[HOLDOUT_ROWS + 1];
        double absolute = 0;
        double actualAll = 0;
        double expectedAll = 0;
        for (int i = 0; i < summary.size(); i++) {
            int row = Math.min(summary.frequency(i), HOLDOUT_ROWS);
            customersBy[row]++;
            actualBy[row] += summary.holdoutPurchases(i);
            expectedBy[row] += expected[i];
            actualAll += summary.holdoutPurchases(i);
            expectedAll += expected[i];
            absolute += Math.abs(summary.holdoutPurchases(i) - expected[i]);
        }
        Report.Table.Builder t = Report.Table.builder("clv.holdout", "Holdout check")
                .text("repeat_purchases", "repeat purchases in calibration")
                .count("customers", "customers")
                .column("actual", "actual mean", Report.Type.NUMBER, 3)
                .column("expected", "expected mean", Report.Type.NUMBER, 3)
                .column("actual_total", "actual", Report.Type.NUMBER, 1)
                .column("expected_total", "expected", Report.Type.NUMBER, 1)
                .note("Transactions in the holdout, the " + JsonWriter.fixed(length, 4) + " "
                        + options.chronoUnit.toString().toLowerCase(Locale.ROOT) + " after the"
                        + " calibration end to " + options.holdout + ", against the model's"
                        + " conditional expectation, per customer by their repeat purchases in"
                        + " calibration; mean absolute error per customer "
                        + JsonWriter.fixed(absolute / summary.size(), 4) + ".");
        int n = summary.size();
        t.row("(all)", (long) n, actualAll / n, expectedAll / n, actualAll, expectedAll);
        for (int x = 0; x <= HOLDOUT_ROWS; x++) {
            if (customersBy[x] == 0) {
                continue;
            }
            t.row(x == HOLDOUT_ROWS ? HOLDOUT_ROWS + "+" : Integer.toString(x), customersBy[x],
                    actualBy[x] / customersBy[x], expectedBy[x] / customersBy[x], actualBy[x],
                    expectedBy[x]);
        }
        return t.build();
    }

    /** Returns a prediction for the CSV file: empty when undefined (NaN). */
    private static String orEmpty(double value) {
        return Double.isNaN(value) ? "" : JsonWriter.fixed(value, 6);
    }

    /** Writes the per-customer predictions as CSV. */
    private void writePredictions(RfmSummary summary, double[] alive, double[] expected,
            double[] meanSpend, double[] value) {
        Path file = options.predictions;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            csv.writeRecord("customer_id", "frequency", "recency", "age", "mean_spend",
                    "p_alive", "expected_purchases", "expected_spend", "clv");
            for (int i = 0; i < summary.size(); i++) {
                csv.writeRecord(summary.customerId(i), Integer.toString(summary.frequency(i)),
                        JsonWriter.fixed(summary.recency(i), 6), JsonWriter.fixed(summary.age(i), 6),
                        JsonWriter.fixed(summary.meanSpend(i), 6), JsonWriter.fixed(alive[i], 6),
                        JsonWriter.fixed(expected[i], 6), orEmpty(meanSpend[i]),
                        orEmpty(value[i]));
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot write the predictions: " + e.getMessage(),
                    e);
        }
    }
}
