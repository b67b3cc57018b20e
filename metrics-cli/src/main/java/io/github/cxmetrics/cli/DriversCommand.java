package io.github.cxmetrics.cli;

import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.InputOptions;
import io.github.cxmetrics.cli.section.DriversSection;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cxmetrics drivers}: key driver analysis of an outcome question. */
@Command(name = "drivers", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        sortOptions = false, usageHelpWidth = 100,
        versionProvider = CxmetricsCommand.Version.class,
        description = {
            "Key driver analysis: which driver questions go with the outcome (NPS, CSAT or any"
                    + " scale), their share of the model's R² (relative weights and Shapley"
                    + " values, with bootstrap intervals), their performance and"
                    + " importance-performance quadrant; with --customers and --purchases, churn"
                    + " and value by each driver's band.",
            "Definitions: docs/drivers.md; formats: docs/cli.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the analysis was written",
            "1:usage error: unknown or conflicting options, a missing file",
            "2:bad input: FILE:LINE: what is wrong (the value); data that cannot be analysed;"
                    + " a read or write error",
            "3:internal error"})
final class DriversCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--sample", description = "Use the bundled sample data (docs/examples):"
            + " nps against csi, csat and ces unless --outcome and --drivers say otherwise.")
    boolean sample;

    @Option(names = "--responses", paramLabel = "FILE",
            description = "Survey responses: customer_id,question,score,answered_at,channel[,...].")
    Path responses;

    @Option(names = "--customers", paramLabel = "FILE",
            description = "Customers: customer_id,segment,acquired_at,churned_at,... (with"
                    + " --purchases): churn and value by driver band.")
    Path customers;

    @Option(names = "--purchases", paramLabel = "FILE",
            description = "Purchases: customer_id,at,amount,currency (with --customers).")
    Path purchases;

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Mixin
    DriversSection.Options analysis;

    DriversCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Map<InputKind, InputFile> files = files();
        if (sample) {
            analysis.useSampleDrivers();
        }
        ReportRunner.runSection("drivers", files, common, input, analysis, out, err);
        return ExitCodes.OK;
    }

    private Map<InputKind, InputFile> files() {
        return new InputFiles(sample)
                .read(InputKind.RESPONSES, responses)
                .read(InputKind.CUSTOMERS, customers)
                .read(InputKind.PURCHASES, purchases)
                .files("no input: give --responses (and --customers with --purchases for churn"
                        + " and value by band), or --sample", InputKind.RESPONSES);
    }
}
