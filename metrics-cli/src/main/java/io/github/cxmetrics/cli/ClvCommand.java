package io.github.cxmetrics.cli;

import io.github.cxmetrics.cli.input.InputFile;
import io.github.cxmetrics.cli.input.InputKind;
import io.github.cxmetrics.cli.input.InputOptions;
import io.github.cxmetrics.cli.section.ClvSection;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cxmetrics clv}: probabilistic lifetime value from the purchases file. */
@Command(name = "clv", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        sortOptions = false, usageHelpWidth = 100,
        versionProvider = CxmetricsCommand.Version.class,
        description = {
            "Probabilistic customer lifetime value: fits a purchase model (BG/NBD, MBG/NBD or"
                    + " Pareto/NBD) and the Gamma-Gamma spend model to the purchases, prints the"
                    + " estimates with their diagnostics (and a holdout check with"
                    + " --holdout-end), and writes per customer P(alive), expected purchases"
                    + " and CLV with --predictions.",
            "Definitions: docs/clv-models.md; formats: docs/cli.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the fit was written",
            "1:usage error: unknown or conflicting options, a missing file",
            "2:bad input: FILE:LINE: what is wrong (the value); data that cannot be fitted;"
                    + " a read or write error",
            "3:internal error"})
final class ClvCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--sample", description = "Use the bundled sample data (docs/examples).")
    boolean sample;

    @Option(names = "--customers", paramLabel = "FILE",
            description = "Customers: customer_id,segment,acquired_at,... (required).")
    Path customers;

    @Option(names = "--purchases", paramLabel = "FILE",
            description = "Purchases: customer_id,at,amount,currency (required).")
    Path purchases;

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Mixin
    ClvSection.Options model;

    ClvCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ReportRunner.runSection("clv", files(), common, input, model, out, err);
        return ExitCodes.OK;
    }

    private Map<InputKind, InputFile> files() {
        return new InputFiles(sample)
                .read(InputKind.CUSTOMERS, customers)
                .read(InputKind.PURCHASES, purchases)
                .files("no input: give --customers and --purchases, or --sample",
                        InputKind.CUSTOMERS, InputKind.PURCHASES);
    }
}
