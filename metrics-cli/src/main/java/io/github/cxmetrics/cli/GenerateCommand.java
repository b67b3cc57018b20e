package io.github.cxmetrics.cli;

import io.github.cxmetrics.cli.input.InputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cxmetrics generate}: writes the seeded sample data, or larger files for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = CxmetricsCommand.Version.class,
        description = {
            "Writes responses.csv, interactions.csv, customers.csv and purchases.csv of a seeded,"
                    + " realistic sample. With the defaults it reproduces docs/examples byte for"
                    + " byte; more customers make larger files for benchmarks."})
final class GenerateCommand implements Callable<Integer> {

    private final PrintStream out;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Directory to write the files to (created if needed; files replaced).")
    Path dir;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
            description = "Seed of the random numbers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "2000",
            description = "Number of customers (default: ${DEFAULT-VALUE}); about 8 response"
                    + " rows each.")
    int customers;

    GenerateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        if (customers < 1) {
            throw new UsageException("--customers must be >= 1: " + customers);
        }
        SampleGenerator.Counts counts;
        try {
            counts = SampleGenerator.write(dir, seed, customers);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot write the sample: " + e.getMessage(), e);
        }
        out.println("wrote " + dir.resolve("responses.csv") + " (" + counts.responses() + " rows)");
        out.println("wrote " + dir.resolve("interactions.csv") + " (" + counts.interactions() + " rows)");
        out.println("wrote " + dir.resolve("customers.csv") + " (" + counts.customers() + " rows)");
        out.println("wrote " + dir.resolve("purchases.csv") + " (" + counts.purchases() + " rows)");
        return ExitCodes.OK;
    }
}
