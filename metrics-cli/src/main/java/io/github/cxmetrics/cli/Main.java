package io.github.cxmetrics.cli;

import io.github.cxmetrics.cli.input.InputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code cxmetrics} command: {@code cxmetrics report ...} and {@code cxmetrics generate ...}.
 * Exit codes are in {@link ExitCodes}: 0 done, 1 usage error (with the usage line), 2 bad input
 * ({@code FILE:LINE: what is wrong (the value)}), 3 internal error.
 */
public final class Main {

    private Main() {}

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command with the given streams and returns its exit code; used by {@link #main}
     * and by the tests.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = CxmetricsCommand.commandLine(args, out, err);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            usage(err, e.getCommandLine(), e.getMessage());
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException) {
                usage(err, command, e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof InputException) {
                err.println("cxmetrics: " + e.getMessage());
                return ExitCodes.INPUT;
            }
            err.println("cxmetrics: internal error: " + e);
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("cxmetrics: out of memory: " + e.getMessage() + "; please report it with"
                    + " the command line (reports stream their input and should not need much)");
            code = ExitCodes.INTERNAL;
        } catch (Error e) {
            err.println("cxmetrics: internal error: " + e);
            e.printStackTrace(err);
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static void usage(PrintStream err, CommandLine command, String message) {
        err.println("cxmetrics: " + message);
        err.print("Usage: " + command.getHelp().synopsis(0));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more"
                + " information.");
    }
}
