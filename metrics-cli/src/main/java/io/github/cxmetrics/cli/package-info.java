/**
 * The {@code cxmetrics} command: {@code report} and {@code generate}. The commands validate their
 * options and wire the layers: {@link io.github.cxmetrics.cli.input} reads the files,
 * {@link io.github.cxmetrics.cli.section} computes each section of the report with the library,
 * and {@link io.github.cxmetrics.cli.report} renders it. Exit codes are in {@link ExitCodes}.
 */
package io.github.cxmetrics.cli;
