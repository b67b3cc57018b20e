/**
 * The input files of the command line: their kinds and documented columns
 * ({@link io.github.cxmetrics.cli.input.InputKind}), one {@link io.github.cxmetrics.cli.input.Input}
 * per kind that turns rows into the library's records, and the reader that accounts for every
 * row: used, outside the window, or skipped with its reason and line
 * ({@link io.github.cxmetrics.cli.input.InputStats}).
 */
package io.github.cxmetrics.cli.input;
