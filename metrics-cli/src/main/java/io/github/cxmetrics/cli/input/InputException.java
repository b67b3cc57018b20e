package io.github.cxmetrics.cli.input;

/**
 * Input that stops the report: a rejected row in strict mode, a bad header, a file that cannot be
 * read. Its message is complete, such as {@code responses.csv:17: score must be in [0, 10] for
 * question 'nps' (11)}; the command prints it and exits with exit code 2 ({@code ExitCodes.INPUT}).
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Returns the exception for a problem at {@code line} of {@code file}. */
    public static InputException at(String file, long line, String what) {
        return new InputException(file + ":" + line + ": " + what);
    }
}
