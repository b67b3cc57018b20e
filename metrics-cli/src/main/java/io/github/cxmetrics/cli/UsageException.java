package io.github.cxmetrics.cli;

/**
 * A command line that cannot run: conflicting options, a value of the wrong form, an input file
 * that does not exist. The command prints the message and the usage line and exits with
 * {@link ExitCodes#USAGE}.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
