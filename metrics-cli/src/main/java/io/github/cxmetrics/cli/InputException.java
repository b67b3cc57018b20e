package io.github.cxmetrics.cli;

/**
 * Input that stops the report: a rejected row in strict mode, a bad header, a file that cannot be
 * read. Its message is complete, such as {@code responses.csv:17: score must be in [0, 10] for
 * question 'nps' (11)}; the command prints it and exits with {@link ExitCodes#INPUT}.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Returns the exception for a problem at {@code line} of {@code file}. */
    static InputException at(String file, long line, String what) {
        return new InputException(file + ":" + line + ": " + what);
    }
}
