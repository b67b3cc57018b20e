/**
 * The sections of the report, one class each (survey, support, value), each with its own
 * options ({@link io.github.cxmetrics.cli.section.SectionOptions}) and listed in
 * {@link io.github.cxmetrics.cli.section.Sections}. Sections call the library's calculators and
 * accumulators; they do not re-implement its rules.
 */
package io.github.cxmetrics.cli.section;
