package io.github.cxmetrics.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command, {@code cxmetrics}: its subcommands do the work. */
@Command(name = "cxmetrics", mixinStandardHelpOptions = true,
        versionProvider = CxmetricsCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Customer-experience and customer-value metrics over CSV exports.",
        footer = {"", "Try: cxmetrics report --sample", "Documentation: docs/cli.md"})
final class CxmetricsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: report, drivers, clv or generate");
    }

    /** Returns the command line of {@code cxmetrics} with its subcommands, writing to the streams. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new CxmetricsCommand());
        commandLine.addSubcommand("report", ReportCommand.commandLine(out, err));
        commandLine.addSubcommand("drivers", new DriversCommand(out, err));
        commandLine.addSubcommand("clv", new ClvCommand(out, err));
        commandLine.addSubcommand("generate", new GenerateCommand(out));
        return commandLine;
    }

    /** The version: the jar's implementation version, when run from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cxmetrics " + (version == null ? "(development build)" : version)};
        }
    }
}
