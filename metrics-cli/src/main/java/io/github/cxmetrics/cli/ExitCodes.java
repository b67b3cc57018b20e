package io.github.cxmetrics.cli;

/** The exit codes of the {@code cxmetrics} command, documented in {@code docs/cli.md}. */
final class ExitCodes {

    /** The command did what it was asked. */
    static final int OK = 0;
    /** The command line is wrong: unknown or conflicting options, a missing file. */
    static final int USAGE = 1;
    /** An input file is wrong: a bad header, a bad row (strict mode), a read or write error. */
    static final int INPUT = 2;
    /** A defect of cxmetrics itself; the stack trace is printed. */
    static final int INTERNAL = 3;

    private ExitCodes() {}
}
