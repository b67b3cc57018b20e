/**
 * The report as data ({@link io.github.cxmetrics.cli.report.Report}: parameters, sections, typed
 * tables) and its output formats ({@link io.github.cxmetrics.cli.report.Renderers}: text, JSON,
 * CSV), with the conventions sections share when they fill tables
 * ({@link io.github.cxmetrics.cli.report.Cells}).
 */
package io.github.cxmetrics.cli.report;
