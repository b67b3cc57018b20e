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

    /** The subcommands' names, in the order the help lists them. */
    private static final String[] COMMANDS = {"report", "drivers", "clv", "generate"};

    /** Returns the command line of {@code cxmetrics} with its subcommands, writing to the streams. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new CxmetricsCommand());
        for (String name : COMMANDS) {
            commandLine.addSubcommand(name, subcommand(name, out, err));
        }
        return commandLine;
    }

    /**
     * Returns the command line that runs {@code args}: when the first argument names a
     * subcommand, {@code cxmetrics} with that subcommand alone, else with all of them. Picocli
     * builds a command's model by reflection over its options, which costs more than reading a
     * small file; every argument after a subcommand's name goes to that subcommand, so the
     * others are never asked for (the top command's help and errors need them all, and get
     * them).
     */
    static CommandLine commandLine(String[] args, PrintStream out, PrintStream err) {
        String first = args.length == 0 ? null : args[0];
        for (String name : COMMANDS) {
            if (name.equals(first)) {
                CommandLine commandLine = new CommandLine(new CxmetricsCommand());
                commandLine.addSubcommand(name, subcommand(name, out, err));
                return commandLine;
            }
        }
        return commandLine(out, err);
    }

    private static Object subcommand(String name, PrintStream out, PrintStream err) {
        return switch (name) {
            case "report" -> ReportCommand.commandLine(out, err);
            case "drivers" -> new DriversCommand(out, err);
            case "clv" -> new ClvCommand(out, err);
            case "generate" -> new GenerateCommand(out);
            default -> throw new IllegalArgumentException("no such command: " + name);
        };
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
